// SPDX-License-Identifier: Apache-2.0
// CalibrationResultsView: a trainer's one screen on a calibration session.
#include "app/gui/calibrationresultsview.h"
#include "core/base/decimal.h"
#include "app/gui/calibrationdebriefdialog.h"

#include "core/project/services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QSignalBlocker>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

static QString figure(const std::optional<double> &v)
{
    return v ? localDecimal(*v, 2) : QStringLiteral("–");
}

static QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    return t;
}

CalibrationResultsView::CalibrationResultsView(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_sessions(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_people(table({tr("Person"), tr("State"), tr("Attempt"), tr("Accuracy"), tr("Box F1"),
                      tr("Why not ready")},
                     this))
    , m_items(table({tr("Item"), tr("Reference"), tr("How the cohort answered"), tr("Wrong"),
                     tr("Box F1"), tr("Guideline section")},
                    this))
    , m_cohort(new QLabel(this))
    , m_missed(new QLabel(this))
    , m_judge(new QPushButton(tr("Apply the Session's &Rule"), this))
    , m_debrief(new QPushButton(tr("&Debrief of Selected…"), this))
    , m_overlay(new CohortOverlay(this))
    , m_spread(new ClassSpreadChart(this))
{
    setWindowTitle(tr("Calibration Results"));
    m_people->setObjectName(QStringLiteral("calibrationPeople"));
    m_items->setObjectName(QStringLiteral("calibrationItems"));
    m_judge->setObjectName(QStringLiteral("calibrationJudge"));
    m_judge->setToolTip(tr("Judge every finished attempt: record passes (lifting the"
                           " recalibration gate), queue retries with hints, release debriefs"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Session:"), this));
    top->addWidget(m_sessions, 1);
    top->addWidget(m_judge);
    top->addWidget(m_debrief);
    layout->addLayout(top);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_people);
    split->addWidget(m_items);
    // The selected item: the cohort's boxes over the image, beside the spread of answers.
    auto *itemView = new QSplitter(Qt::Horizontal, this);
    m_overlay->setObjectName(QStringLiteral("calibrationOverlay"));
    m_spread->setObjectName(QStringLiteral("calibrationSpread"));
    itemView->addWidget(m_overlay);
    itemView->addWidget(m_spread);
    itemView->setStretchFactor(0, 3);
    itemView->setStretchFactor(1, 2);
    split->addWidget(itemView);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) { selectItem(row); });
    m_cohort->setWordWrap(true);
    m_cohort->setObjectName(QStringLiteral("calibrationCohort"));
    m_missed->setWordWrap(true);
    m_missed->setTextFormat(Qt::PlainText);
    layout->addWidget(m_cohort);
    layout->addWidget(m_missed);
    connect(m_sessions, &QComboBox::activated, this, [this] {
        if (const Status st = show(m_sessions->currentData().toString()); !st)
            m_summary->setText(st.error().message);
    });
    connect(m_judge, &QPushButton::clicked, this, &CalibrationResultsView::judge);
    connect(m_debrief, &QPushButton::clicked, this, [this] {
        const int row = m_people->currentRow();
        if (row < 0)
            return;
        CalibrationDebriefDialog dialog(m_project, this);
        if (const Status st = dialog.load(m_sessions->currentData().toString(),
                                          m_people->item(row, 0)->text());
            !st) {
            QMessageBox::information(this, tr("Debrief"), st.error().message);
            return;
        }
        dialog.exec();
    });
    resize(1180, 1000);
}

Status CalibrationResultsView::load(const QString &session)
{
    auto all = m_project->calibration().sessions();
    if (!all)
        return all.error();
    m_sessions->clear();
    for (const CalibrationSession &s : *all)
        m_sessions->addItem(s.closed ? tr("%1 (closed)").arg(s.name) : s.name, s.id);
    if (all->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no calibration session yet"));
    int index = int(all->size()) - 1;
    for (int i = 0; i < all->size(); ++i) {
        if (all->at(i).name == session || all->at(i).id == session)
            index = i;
    }
    m_sessions->setCurrentIndex(index);
    return show(all->at(index).id);
}

Status CalibrationResultsView::show(const QString &session)
{
    auto r = m_project->calibration().results(session);
    if (!r)
        return r.error();
    m_results = *r;
    m_referenceBoxes.clear();
    auto references = m_project->calibration().references(r->session.setId);
    if (!references)
        return references.error();
    for (const CalibrationReference &ref : std::as_const(*references))
        m_referenceBoxes.insert(ref.itemId, ref.boxes);
    const QHash<Id, QString> &names = r->classNames;
    int ready = 0;
    for (const PersonCalibrationResult &p : r->people)
        ready += p.state == MemberState::Passed;
    m_summary->setText(tr("%1 of %2 ready — pass mark: accuracy %3, box F1 %4; %n attempt(s)"
                          " allowed",
                          nullptr, r->session.maxAttempts)
                               .arg(ready)
                               .arg(r->people.size())
                               .arg(localDecimal(r->session.passAccuracy, 2),
                                    localDecimal(r->session.passBoxF1, 2)));
    m_judge->setEnabled(!r->session.closed && isAllowed(m_project->actor(), Action::Recalibrate));

    // Not ready first, so the screen starts with who needs attention.
    QList<PersonCalibrationResult> people = r->people;
    std::stable_sort(people.begin(), people.end(), [](const auto &a, const auto &b) {
        return (a.state == MemberState::Passed) < (b.state == MemberState::Passed);
    });
    m_people->setRowCount(int(people.size()));
    for (int i = 0; i < people.size(); ++i) {
        const PersonCalibrationResult &p = people.at(i);
        const bool isReady = p.state == MemberState::Passed;
        const QString state = isReady                            ? tr("ready")
                              : p.state == MemberState::Failed   ? tr("failed")
                              : p.state == MemberState::Finished ? tr("to judge")
                                                                 : tr("working");
        const QStringList cells{p.name,
                                state,
                                QString::number(p.attempt),
                                figure(p.figures.accuracy()),
                                figure(p.figures.boxF1()),
                                p.reason};
        const QColor tint = isReady                          ? QColor(0xe3, 0xf4, 0xe4)
                            : p.state == MemberState::Failed ? QColor(0xfb, 0xe3, 0xe3)
                                                             : QColor(0xff, 0xf6, 0xdc);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setBackground(tint);
            item->setForeground(QColor(0x20, 0x20, 0x20));
            m_people->setItem(i, c, item);
        }
    }

    m_items->setRowCount(int(r->items.size()));
    for (int i = 0; i < r->items.size(); ++i) {
        const ItemSpread &s = r->items.at(i);
        QStringList reference;
        for (const Id &c : s.referenceClasses)
            reference.append(names.value(c, c));
        QStringList spread;
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
            spread.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
        const QStringList cells{s.path,
                                reference.isEmpty() ? tr("%n box(es)", nullptr, s.referenceBoxes)
                                                    : reference.join(QLatin1Char('+')),
                                spread.join(QStringLiteral(", ")),
                                tr("%1 of %2").arg(s.wrong).arg(s.answered),
                                figure(s.meanBoxF1),
                                s.section};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (s.answered > 0 && 2 * s.wrong >= s.answered) {
                item->setBackground(QColor(0xfb, 0xe3, 0xe3));
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            if (c == 5)
                item->setToolTip(s.explanation);
            m_items->setItem(i, c, item);
        }
    }

    // The item most people got wrong first (the one to talk about), else the first.
    int shown = r->items.isEmpty() ? -1 : 0;
    if (!r->mostMissed.isEmpty()) {
        for (int i = 0; i < r->items.size(); ++i) {
            if (r->items.at(i).itemId == r->mostMissed.first().itemId)
                shown = i;
        }
    }
    if (shown >= 0) {
        const QSignalBlocker block(m_items);
        m_items->setCurrentCell(shown, 0);
    }
    selectItem(shown);

    const CohortAgreement &c = r->cohort;
    m_cohort->setText(
            tr("<b>Cohort with each other:</b> Krippendorff's α %1, mean pairwise Cohen's κ %2 (%3"
               " pairs), pairwise box F1 %4 &nbsp;&nbsp; <b>with the reference:</b> accuracy %5,"
               " mean κ %6, box F1 %7")
                    .arg(figure(c.alpha), figure(c.meanPairKappa))
                    .arg(c.pairs.size())
                    .arg(figure(c.meanPairBoxF1), figure(c.meanAccuracy),
                         figure(c.meanKappaWithReference), figure(c.meanBoxF1)));
    QStringList missed;
    for (const ItemSpread &s : r->mostMissed)
        missed.append(tr("%1 (%2 of %3 wrong) → guideline %4")
                              .arg(s.path)
                              .arg(s.wrong)
                              .arg(s.answered)
                              .arg(s.section.isEmpty() ? tr("(no section)") : s.section));
    m_missed->setText(missed.isEmpty() ? tr("No item was missed by most of the cohort.")
                                       : tr("Most missed — guideline sections to look at: %1")
                                                 .arg(missed.join(QStringLiteral("; "))));
    return {};
}

void CalibrationResultsView::selectItem(int row)
{
    if (row < 0 || row >= m_results.items.size()) {
        m_overlay->setItem({}, {}, {}, {}, {}, {});
        m_spread->setItem({}, {}, {});
        return;
    }
    const ItemSpread &spread = m_results.items.at(row);
    QImage image;
    QSize size;
    if (auto item = m_project->items().item(spread.itemId); item && item->kind == ItemKind::Image) {
        size = QSize(item->width, item->height);
        QImageReader reader(m_project->absoluteMediaPath(*item));
        reader.setAutoTransform(true);
        image = reader.read();
        if (size.isEmpty())
            size = image.size();
    }
    QStringList members;
    for (const PersonCalibrationResult &p : std::as_const(m_results.people))
        members.append(p.name);
    const QList<Box> reference = m_referenceBoxes.value(spread.itemId);
    m_overlay->setItem(image, size, spread, reference, members, m_results.classNames);
    m_spread->setItem(spread, reference, m_results.classNames);
}

void CalibrationResultsView::judge()
{
    const QString session = m_sessions->currentData().toString();
    auto judged = m_project->calibration().judge(session);
    if (!judged) {
        QMessageBox::warning(this, tr("Calibration"), judged.error().toString());
        return;
    }
    if (const Status st = show(session); !st)
        m_summary->setText(st.error().message);
}

CohortOverlay::CohortOverlay(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(360, 260);
}

void CohortOverlay::setItem(const QImage &image, const QSize &size, const ItemSpread &spread,
                            const QList<Box> &reference, const QStringList &members,
                            const QHash<Id, QString> &classNames)
{
    m_image = image;
    m_size = size;
    m_spread = spread;
    m_reference = reference;
    m_members = members;
    m_names = classNames;
    update();
}

QColor CohortOverlay::referenceColour()
{
    return QColor(0x11, 0x11, 0x11);
}

QColor CohortOverlay::memberColour(int index)
{
    // Twelve well-separated hues (Tableau-like), then the same hues darker.
    static const QRgb hues[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
                                0xe377c2, 0x17becf, 0xbcbd22, 0x7f7f7f, 0xaec7e8, 0xffbb78};
    constexpr int n = int(sizeof(hues) / sizeof(hues[0]));
    const QColor c = QColor::fromRgb(hues[std::abs(index) % n]);
    return index / n % 2 == 0 ? c : c.darker(150);
}

QColor CohortOverlay::colourOf(const QString &member) const
{
    const int index = int(m_members.indexOf(member));
    return index < 0 ? QColor() : memberColour(index);
}

void CohortOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_size.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter,
                   m_spread.itemId.isEmpty() ? tr("Select an item") : tr("No image for this item"));
        return;
    }
    const int legendHeight = 22 * int((m_spread.boxes.size() + 3) / 4) + 24;
    const double scale = std::min(double(width()) / m_size.width(),
                                  double(height() - legendHeight) / m_size.height());
    const QRectF target(0, 0, m_size.width() * scale, m_size.height() * scale);
    if (!m_image.isNull())
        p.drawImage(target, m_image);
    else
        p.fillRect(target, QColor(0x55, 0x5b, 0x63));
    // The reference first, thick, dashed and edged in white; the members' boxes over it, thin,
    // so that a box drawn where the reference is still shows its colour.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (const Box &b : std::as_const(m_reference)) {
        const QRectF r(b.x * scale, b.y * scale, b.w * scale, b.h * scale);
        p.setPen(QPen(Qt::white, 6));
        p.drawRect(r);
        p.setPen(QPen(referenceColour(), 3, Qt::DashLine));
        p.drawRect(r);
    }
    for (const auto &[who, boxes] : m_spread.boxes) {
        p.setPen(QPen(colourOf(who), 2));
        p.setBrush(Qt::NoBrush);
        for (const Box &b : boxes)
            p.drawRect(QRectF(b.x * scale, b.y * scale, b.w * scale, b.h * scale));
    }
    // The reference's class above each of its boxes, over everything.
    for (const Box &b : std::as_const(m_reference)) {
        const QString label = m_names.value(b.classId, b.classId);
        const QRectF tag(b.x * scale, b.y * scale - 18,
                         p.fontMetrics().horizontalAdvance(label) + 8, 18);
        p.fillRect(tag, Qt::white);
        p.setPen(referenceColour());
        p.drawText(tag, Qt::AlignCenter, label);
    }
    p.setFont(font());
    // The legend: the reference's style, then each member who drew boxes, in their colour.
    double x = 0;
    double y = target.bottom() + 6;
    const auto entry = [&](const QColor &colour, Qt::PenStyle style, const QString &text) {
        const double w = 30 + p.fontMetrics().horizontalAdvance(text) + 16;
        if (x + w > width() && x > 0) {
            x = 0;
            y += 22;
        }
        if (style == Qt::DashLine) {
            p.setPen(QPen(Qt::white, 6));
            p.drawLine(QPointF(x + 2, y + 9), QPointF(x + 24, y + 9));
        }
        p.setPen(QPen(colour, 3, style));
        p.drawLine(QPointF(x + 2, y + 9), QPointF(x + 24, y + 9));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x + 30, y, w - 30, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w;
    };
    if (m_reference.isEmpty() && m_spread.boxes.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, y, width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Labelled by class: the spread of answers is beside"));
        return;
    }
    entry(referenceColour(), Qt::DashLine, tr("reference"));
    for (const auto &[who, boxes] : m_spread.boxes)
        entry(colourOf(who), Qt::SolidLine, tr("%1 (%n)", nullptr, int(boxes.size())).arg(who));
}

ClassSpreadChart::ClassSpreadChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 180);
}

void ClassSpreadChart::setItem(const ItemSpread &spread, const QList<Box> &referenceBoxes,
                               const QHash<Id, QString> &classNames)
{
    m_bars.clear();
    m_of = spread.answered;
    if (spread.itemId.isEmpty()) {
        m_title.clear();
        update();
        return;
    }
    if (!spread.referenceClasses.isEmpty()) {
        QStringList ref;
        for (const Id &c : spread.referenceClasses)
            ref.append(classNames.value(c, c));
        ref.sort();
        const QString reference = ref.join(QLatin1Char('+'));
        m_title = tr("How the %n member(s) answered", nullptr, spread.answered);
        bool seen = false;
        for (auto it = spread.answers.cbegin(); it != spread.answers.cend(); ++it) {
            const bool isRef = it.key() == reference;
            seen = seen || isRef;
            m_bars.append({it.key(), it.value(), isRef, {}});
        }
        if (!seen)
            m_bars.append({reference, 0, true, {}});
    } else {
        // Boxes: per class, the members who drew at least one box of it.
        m_title = tr("Classes drawn by the %n member(s)", nullptr, spread.answered);
        QMap<QString, int> people;
        QMap<QString, int> boxes;
        QMap<QString, int> reference;
        for (const Box &b : referenceBoxes)
            ++reference[classNames.value(b.classId, b.classId)];
        for (const auto &[who, drawn] : spread.boxes) {
            QSet<QString> classes;
            for (const Box &b : drawn) {
                const QString name = classNames.value(b.classId, b.classId);
                classes.insert(name);
                ++boxes[name];
            }
            for (const QString &c : std::as_const(classes))
                ++people[c];
        }
        QStringList all = people.keys();
        for (const QString &c : reference.keys()) {
            if (!all.contains(c))
                all.append(c);
        }
        all.sort();
        for (const QString &c : std::as_const(all))
            m_bars.append({c, people.value(c), reference.contains(c),
                           tr("%1 box(es) drawn; the reference has %2")
                                   .arg(boxes.value(c))
                                   .arg(reference.value(c))});
    }
    // The most given first; the reference's bar where it falls.
    std::stable_sort(m_bars.begin(), m_bars.end(),
                     [](const Bar &a, const Bar &b) { return a.value > b.value; });
    update();
}

void ClassSpreadChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Text));
    if (m_title.isEmpty())
        return;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(8, 4, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    int labelWidth = 40;
    for (const Bar &b : std::as_const(m_bars))
        labelWidth = std::max(labelWidth, p.fontMetrics().horizontalAdvance(b.label) + 12);
    labelWidth = std::min(labelWidth, width() / 3);
    const double barSpace = std::max(40, width() - labelWidth - 60);
    const int rowHeight = m_bars.isEmpty()
                                  ? 0
                                  : std::clamp((height() - 60) / int(m_bars.size()), 22, 40);
    double y = 32;
    for (const Bar &b : std::as_const(m_bars)) {
        const double w = m_of > 0 ? barSpace * b.value / m_of : 0;
        const QRectF bar(labelWidth, y + 3, std::max(w, 1.0),
                         rowHeight - 8 - (b.note.isEmpty() ? 0 : 12));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y, labelWidth - 8, bar.height() + 6),
                   Qt::AlignRight | Qt::AlignVCenter, b.label);
        p.fillRect(bar, b.reference ? QColor(0x2e, 0xa0, 0x43) : QColor(0xd6, 0x6a, 0x4a));
        if (b.reference) {
            p.setPen(QPen(CohortOverlay::referenceColour(), 2));
            p.drawRect(bar);
        }
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(bar.right() + 6, y, 60, bar.height() + 6),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(b.value));
        if (!b.note.isEmpty())
            p.drawText(QRectF(labelWidth, bar.bottom() + 1, width() - labelWidth, 14),
                       Qt::AlignLeft | Qt::AlignVCenter, b.note);
        y += rowHeight;
    }
    p.drawText(QRectF(8, height() - 22, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter,
               tr("green: the reference"));
}

} // namespace assay::app
