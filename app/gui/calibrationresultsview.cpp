// SPDX-License-Identifier: Apache-2.0
// CalibrationResultsView: a trainer's one screen on a calibration session.
#include "app/gui/calibrationresultsview.h"
#include "core/base/decimal.h"
#include "app/gui/calibrationdebriefdialog.h"

#include "core/project/services.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
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
    layout->addWidget(split, 1);
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
    resize(1180, 820);
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

} // namespace assay::app
