// SPDX-License-Identifier: Apache-2.0
// CalibrationDebriefDialog: a member's debrief after a calibration session.
#include "app/gui/calibrationdebriefdialog.h"
#include "core/base/decimal.h"

#include "core/project/services.h"

#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

// The item's image with the reference boxes (solid) and the member's boxes (dashed).
class DebriefCanvas final : public QWidget
{
public:
    explicit DebriefCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(360, 260);
    }
    void show(const QImage &image, const QSize &size, const QList<Box> &reference,
              const QList<Box> &answer, const QHash<Id, QString> &names)
    {
        m_image = image;
        m_size = size.isValid() && !size.isEmpty() ? size : image.size();
        m_reference = reference;
        m_answer = answer;
        m_names = names;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Base));
        if (m_size.isEmpty()) {
            p.drawText(rect(), Qt::AlignCenter, tr("No boxes on this item"));
            return;
        }
        const double scale = std::min(double(width()) / m_size.width(),
                                      double(height() - 24) / m_size.height());
        const QRectF target(0, 0, m_size.width() * scale, m_size.height() * scale);
        if (!m_image.isNull())
            p.drawImage(target, m_image);
        else
            p.fillRect(target, QColor(0x55, 0x5b, 0x63));
        auto draw = [&](const QList<Box> &boxes, const QColor &colour, Qt::PenStyle style) {
            QPen pen(colour, 2.5, style);
            p.setPen(pen);
            for (const Box &b : boxes) {
                const QRectF r(b.x * scale, b.y * scale, b.w * scale, b.h * scale);
                p.drawRect(r);
                p.drawText(r.topLeft() + QPointF(3, style == Qt::SolidLine ? 13 : r.height() - 4),
                           m_names.value(b.classId, b.classId));
            }
        };
        draw(m_reference, QColor(0x2e, 0xa0, 0x43), Qt::SolidLine);
        draw(m_answer, QColor(0xe8, 0x8a, 0x1a), Qt::DashLine);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, height() - 20, width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("solid green: reference   dashed orange: yours"));
    }

private:
    QImage m_image;
    QSize m_size;
    QList<Box> m_reference;
    QList<Box> m_answer;
    QHash<Id, QString> m_names;
};

static QString namesOf(const QStringList &ids, const QHash<Id, QString> &names)
{
    QStringList out;
    for (const Id &id : ids)
        out.append(names.value(id, id));
    return out.join(QLatin1Char('+'));
}

static QString figure(const std::optional<double> &v)
{
    return v ? localDecimal(*v, 2) : QStringLiteral("–");
}

CalibrationDebriefDialog::CalibrationDebriefDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_summary(new QLabel(this))
    , m_items(new QTableWidget(this))
    , m_classes(new QTableWidget(this))
    , m_explanation(new QLabel(this))
    , m_canvas(new DebriefCanvas(this))
{
    setWindowTitle(tr("Calibration Debrief"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_items->setObjectName(QStringLiteral("debriefItems"));
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Your answer"), tr("Reference"), tr("")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_classes->setObjectName(QStringLiteral("debriefClasses"));
    m_classes->setColumnCount(3);
    m_classes->setHorizontalHeaderLabels({tr("Class"), tr("Right"), tr("Box F1")});
    m_classes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_classes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_classes->verticalHeader()->hide();
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(QStringLiteral("debriefExplanation"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_canvas, 3);
    rightLayout->addWidget(m_explanation);
    rightLayout->addWidget(new QLabel(tr("Per class"), this));
    rightLayout->addWidget(m_classes, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_items);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) { selectItem(row); });
    resize(1100, 640);
}

Status CalibrationDebriefDialog::load(const QString &session, const QString &person)
{
    CalibrationService &c = m_project->calibration();
    const QString who = person.isEmpty() ? m_project->actor().name : person;
    QString name = session;
    if (name.isEmpty()) {
        auto all = c.sessions();
        if (!all)
            return all.error();
        for (auto it = all->crbegin(); it != all->crend() && name.isEmpty(); ++it) {
            if (c.debrief(it->id, who))
                name = it->id;
        }
        if (name.isEmpty())
            return makeError(ErrorCode::NotFound,
                             tr("%1 has no calibration debrief yet: it comes after the last"
                                " attempt of a session, or once passed")
                                     .arg(who));
    }
    auto d = c.debrief(name, who);
    if (!d)
        return d.error();
    m_debrief = *d;
    const Debrief &b = m_debrief;
    setWindowTitle(tr("Calibration Debrief — %1, %2").arg(b.name, b.session.name));
    m_summary->setText(
            tr("%1: %2 at attempt %3 — accuracy %4 (pass mark %5), box F1 %6 (pass"
               " mark %7)")
                    .arg(b.name, b.passed ? tr("passed") : tr("not passed"))
                    .arg(b.attempt)
                    .arg(figure(b.figures.accuracy()), localDecimal(b.session.passAccuracy, 2),
                         figure(b.figures.boxF1()), localDecimal(b.session.passBoxF1, 2)));
    m_items->setRowCount(int(b.items.size()));
    for (int r = 0; r < b.items.size(); ++r) {
        const DebriefItem &i = b.items.at(r);
        const bool boxes = i.referenceClasses.isEmpty();
        const QString mine = !i.answered ? tr("(no answer)")
                             : boxes     ? tr("%n box(es)", nullptr, int(i.answerBoxes.size()))
                                         : namesOf(i.answerClasses, b.classNames);
        const QString ref = boxes ? tr("%n box(es)", nullptr, int(i.referenceBoxes.size()))
                                  : namesOf(i.referenceClasses, b.classNames);
        m_items->setItem(r, 0, new QTableWidgetItem(i.path));
        m_items->setItem(r, 1, new QTableWidgetItem(mine));
        m_items->setItem(r, 2, new QTableWidgetItem(ref));
        auto *verdict = new QTableWidgetItem(i.correct ? tr("✓ right") : tr("✗ wrong"));
        verdict->setForeground(i.correct ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        m_items->setItem(r, 3, verdict);
    }
    m_classes->setRowCount(int(b.figures.perClass.size()));
    int r = 0;
    for (auto it = b.figures.perClass.cbegin(); it != b.figures.perClass.cend(); ++it, ++r) {
        m_classes->setItem(r, 0, new QTableWidgetItem(b.classNames.value(it.key(), it.key())));
        m_classes->setItem(r, 1,
                           new QTableWidgetItem(
                                   it->reference > 0
                                           ? tr("%1 of %2").arg(it->correct).arg(it->reference)
                                           : QStringLiteral("–")));
        m_classes->setItem(r, 2, new QTableWidgetItem(figure(it->boxes.f1())));
    }
    // The first item answered wrongly, where there is one: that is what the debrief is for.
    int first = 0;
    for (int i = 0; i < b.items.size(); ++i) {
        if (!b.items.at(i).correct) {
            first = i;
            break;
        }
    }
    if (!b.items.isEmpty()) {
        m_items->setCurrentCell(first, 0);
        selectItem(first);
    }
    return {};
}

void CalibrationDebriefDialog::selectItem(int row)
{
    if (row < 0 || row >= m_debrief.items.size())
        return;
    const DebriefItem &i = m_debrief.items.at(row);
    QString text = i.explanation.isEmpty() ? tr("(no explanation)") : i.explanation;
    if (!i.section.isEmpty())
        text += QLatin1Char('\n') + tr("Guideline section: %1").arg(i.section);
    m_explanation->setText(text);
    QImage image;
    QSize size;
    if (auto item = m_project->items().item(i.itemId)) {
        size = QSize(item->width, item->height);
        QImageReader reader(m_project->absoluteMediaPath(*item));
        reader.setAutoTransform(true);
        image = reader.read();
    }
    if (i.referenceClasses.isEmpty())
        m_canvas->show(image, size, i.referenceBoxes, i.answerBoxes, m_debrief.classNames);
    else
        m_canvas->show(image, i.kind == ItemKind::Image ? size : QSize(), {}, {},
                       m_debrief.classNames);
}

} // namespace assay::app
