// SPDX-License-Identifier: Apache-2.0
// ReviewView: the reviewer's side-by-side view and its keyboard decisions.
#include "widgets/review/reviewview.h"
#include "core/base/decimal.h"

#include "core/project/services.h"
#include "core/quality/boxmatching.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/memoryannotationeditor.h"
#include "widgets/canvas/prefetcher.h"
#include "widgets/review/remarkpins.h"
#include "widgets/commands/reviewdecisioncommand.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace assay::widgets {

using namespace assay::core;

static const char *const s_colours[] = {"#e6194b", "#3cb44b", "#4363d8", "#f58231"};
static constexpr int s_maxPanels = 4;

struct ReviewView::Panel
{
    QWidget *frame = nullptr;
    QLabel *title = nullptr;
    ImageCanvas *canvas = nullptr;
    QPlainTextEdit *text = nullptr;
    MemoryAnnotationEditor editor;
    Annotation annotation;
    std::optional<ReviewEntry> entry; // the answer's entry in this reviewer's queue
    QString matchNote;                // "IoU 0.82, 1 unmatched" against the current answer
    QSet<Id> unmatched;               // boxes with no partner in the current answer
    QSet<Id> otherClass;              // boxes matched to one of another class
    QList<BoxRemark> remarks;         // recorded with earlier decisions on this answer
};

static const char s_recordedRemarkColour[] = "#ff6f00";
static const char s_pendingRemarkColour[] = "#d500f9";

ReviewView::ReviewView(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_undo(new QUndoStack(this))
    , m_prefetcher(new Prefetcher(this))
{
    // The panels show the same image: one prefetch serves them all (this item and the next two).
    m_prefetcher->setCapacity(3);
    setObjectName(QStringLiteral("reviewView"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("reviewHeader"));
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);
    auto *grid = new QGridLayout;
    layout->addLayout(grid, 1);
    for (int i = 0; i < s_maxPanels; ++i) {
        auto panel = std::make_unique<Panel>();
        panel->frame = new QWidget(this);
        auto *box = new QVBoxLayout(panel->frame);
        box->setContentsMargins(2, 2, 2, 2);
        panel->title = new QLabel(panel->frame);
        panel->title->setObjectName(QStringLiteral("panelTitle%1").arg(i + 1));
        panel->canvas = new ImageCanvas(panel->frame);
        panel->canvas->setObjectName(QStringLiteral("panelCanvas%1").arg(i + 1));
        panel->canvas->setReadOnly(true);
        panel->canvas->setAnnotationEditor(&panel->editor);
        panel->canvas->setPrefetcher(m_prefetcher);
        panel->text = new QPlainTextEdit(panel->frame);
        panel->text->setReadOnly(true);
        panel->text->setObjectName(QStringLiteral("panelText%1").arg(i + 1));
        box->addWidget(panel->title);
        box->addWidget(panel->canvas, 1);
        box->addWidget(panel->text, 1);
        grid->addWidget(panel->frame, i / 2, i % 2);
        ImageCanvas *canvas = panel->canvas;
        // Linked views: a zoom or pan in one canvas is shown by all.
        connect(canvas, &ImageCanvas::viewChanged, this,
                [this, canvas](double zoom, const QPointF &offset) {
                    if (m_linking)
                        return;
                    m_linking = true;
                    for (const auto &p : m_panels) {
                        if (p->canvas != canvas && p->frame->isVisibleTo(this))
                            p->canvas->setView(zoom, offset);
                    }
                    m_linking = false;
                });
        connect(canvas, &ImageCanvas::editFailed, this, &ReviewView::message);
        canvas->installEventFilter(this);
        const int index = i;
        canvas->setUnderlay([view = QPointer<ReviewView>(this), index](QPainter *painter) {
            if (!view)
                return;
            const Panel &p = *view->m_panels.at(index);
            painter->save();
            for (const Box &b : p.annotation.boxes) {
                const bool missing = p.unmatched.contains(b.id);
                const bool other = p.otherClass.contains(b.id);
                if (!missing && !other)
                    continue;
                painter->setPen(QPen(QColor(missing ? "#ff0000" : "#ff9900"), 5));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(p.canvas->boxToWidget(b).adjusted(-3, -3, 3, 3));
            }
            // The merged view: every other answer over the current one, one colour each.
            if (view->m_overlay && index == view->m_current) {
                for (int j = 0; j < view->m_shown; ++j) {
                    if (j == index)
                        continue;
                    QPen pen{QColor(QLatin1String(s_colours[j])), 2, Qt::DashLine};
                    painter->setPen(pen);
                    for (const Box &b : view->m_panels.at(j)->annotation.boxes)
                        painter->drawRect(p.canvas->boxToWidget(b));
                }
            }
            painter->restore();
        });
        // Remarks pinned to regions: those recorded before, those waiting for the decision, and
        // the rectangle being dragged.
        canvas->setOverlay([view = QPointer<ReviewView>(this), index](QPainter *painter) {
            if (!view)
                return;
            const Panel &p = *view->m_panels.at(index);
            paintRemarkPins(painter, p.canvas, p.remarks, QColor(s_recordedRemarkColour));
            if (p.entry) {
                const QList<BoxRemark> pending = view->m_pendingRemarks.value(p.entry->id);
                paintRemarkPins(painter, p.canvas, pending, QColor(s_pendingRemarkColour),
                                int(p.remarks.size()) + 1);
            }
            if (view->m_remarkDrag && index == view->m_current) {
                painter->save();
                painter->setPen(QPen(QColor(s_pendingRemarkColour), 2, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(QRectF(p.canvas->imageToWidget(view->m_remarkDrag->topLeft()),
                                         p.canvas->imageToWidget(view->m_remarkDrag->bottomRight()))
                                          .normalized());
                painter->restore();
            }
        });
        m_panels.push_back(std::move(panel));
    }
    m_versionsLabel = new QLabel(this);
    m_versionsLabel->setObjectName(QStringLiteral("reviewVersions"));
    layout->addWidget(m_versionsLabel);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("reviewMessage"));
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_messageLabel);
    connect(this, &ReviewView::message, m_messageLabel, &QLabel::setText);
    m_keys = new QLabel(tr("PgDn/PgUp next/previous item · Alt+1..4 annotator · Alt+A accept · Alt+F fix"
                           " (Alt+F again saves, Esc cancels) · Alt+R reject · Alt+E escalate · Alt+M"
                           " remark on a region · Alt+O overlay · Ctrl+Z undo"),
                        this);
    m_keys->setWordWrap(true);
    layout->addWidget(m_keys);

    const struct
    {
        Action action;
        QString text;
        QKeySequence key;
        std::function<void()> run;
    } actions[] = {
            {Action::Next, tr("Next Item"), QKeySequence(Qt::Key_PageDown),
             [this] {
                 next();
             }},
            {Action::Previous, tr("Previous Item"), QKeySequence(Qt::Key_PageUp),
             [this] {
                 previous();
             }},
            {Action::Accept, tr("Accept"), QKeySequence(Qt::ALT | Qt::Key_A),
             [this] {
                 accept();
             }},
            {Action::Fix, tr("Fix and Accept"), QKeySequence(Qt::ALT | Qt::Key_F),
             [this] {
                 m_fixing ? void(commitFix()) : startFix();
             }},
            {Action::Reject, tr("Reject…"), QKeySequence(Qt::ALT | Qt::Key_R),
             [this] {
                 askReason(false);
             }},
            {Action::Escalate, tr("Escalate…"), QKeySequence(Qt::ALT | Qt::Key_E),
             [this] {
                 askReason(true);
             }},
            {Action::Overlay, tr("Overlay All Answers"), QKeySequence(Qt::ALT | Qt::Key_O),
             [this] {
                 m_overlay = !m_overlay;
                 for (const auto &p : m_panels)
                     p->canvas->update();
             }},
            {Action::Remark, tr("Remark on a Region…"), QKeySequence(Qt::ALT | Qt::Key_M),
             [this] {
                 startRemark();
             }},
            {Action::Undo, tr("Undo Decision"), QKeySequence(Qt::CTRL | Qt::Key_Z),
             [this] {
                 if (m_fixing || !m_undo->canUndo())
                     return;
                 const auto *command = static_cast<const ReviewDecisionCommand *>(
                         m_undo->command(m_undo->index() - 1));
                 const Id entry = command->decision().entryId;
                 m_undo->undo();
                 m_decidedEntries.remove(entry);
                 showEntry(entry);
                 Q_EMIT decided();
             }},
            {Action::Redo, tr("Redo Decision"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
             [this] {
                 if (m_fixing || !m_undo->canRedo())
                     return;
                 const auto *command = static_cast<const ReviewDecisionCommand *>(
                         m_undo->command(m_undo->index()));
                 m_undo->redo();
                 if (!command->failed())
                     m_decidedEntries.insert(command->decision().entryId);
                 showItem(m_index);
                 Q_EMIT decided();
             }},
    };
    for (const auto &a : actions) {
        auto *action = new QAction(a.text, this);
        action->setShortcut(a.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, a.run);
        addAction(action);
        m_actions.insert(int(a.action), action);
    }
    for (int i = 0; i < s_maxPanels; ++i) {
        auto *select = new QAction(tr("Annotator %1").arg(i + 1), this);
        select->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        select->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(select, &QAction::triggered, this, [this, i] { setCurrentPanel(i); });
        addAction(select);
    }
    auto *cancel = new QAction(tr("Cancel Fix"), this);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QAction::triggered, this, [this] {
        if (m_remarking)
            cancelRemark();
        else
            cancelFix();
    });
    addAction(cancel);

    // The reason asked for a rejection or an escalation: a reason of the lead's list, a text, and
    // the guideline section when one is cited.
    m_reasonDialog = new QDialog(this);
    m_reasonDialog->setObjectName(QStringLiteral("reasonDialog"));
    m_reasonDialog->setWindowModality(Qt::WindowModal);
    auto *form = new QFormLayout(m_reasonDialog);
    m_reasonCombo = new QComboBox(m_reasonDialog);
    m_reasonCombo->setObjectName(QStringLiteral("reasonCode"));
    m_reasonText = new QLineEdit(m_reasonDialog);
    m_reasonText->setObjectName(QStringLiteral("reasonText"));
    m_reasonSection = new QLineEdit(m_reasonDialog);
    m_reasonSection->setObjectName(QStringLiteral("reasonSection"));
    form->addRow(tr("&Reason:"), m_reasonCombo);
    form->addRow(tr("&Why:"), m_reasonText);
    form->addRow(tr("Guideline &section:"), m_reasonSection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                         m_reasonDialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, m_reasonDialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, m_reasonDialog, &QDialog::reject);
    connect(m_reasonDialog, &QDialog::accepted, this, [this] {
        const QString code = m_reasonCombo->currentData().toString();
        if (m_reasonForEscalation)
            escalate(m_reasonText->text().isEmpty() ? m_reasonCombo->currentText()
                                                    : m_reasonText->text());
        else
            reject(code, m_reasonText->text(), m_reasonSection->text());
        setFocus();
    });

    // The remark on a dragged region: a reason of the list (or none) and the words.
    m_remarkDialog = new QDialog(this);
    m_remarkDialog->setObjectName(QStringLiteral("remarkDialog"));
    m_remarkDialog->setWindowTitle(tr("Remark on a Region"));
    m_remarkDialog->setWindowModality(Qt::WindowModal);
    auto *remarkForm = new QFormLayout(m_remarkDialog);
    m_remarkReason = new QComboBox(m_remarkDialog);
    m_remarkReason->setObjectName(QStringLiteral("remarkReason"));
    m_remarkText = new QLineEdit(m_remarkDialog);
    m_remarkText->setObjectName(QStringLiteral("remarkText"));
    m_remarkText->setPlaceholderText(tr("what is wrong here"));
    remarkForm->addRow(tr("&Reason:"), m_remarkReason);
    remarkForm->addRow(tr("&Remark:"), m_remarkText);
    auto *remarkButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel,
                                               m_remarkDialog);
    remarkForm->addRow(remarkButtons);
    connect(remarkButtons, &QDialogButtonBox::accepted, m_remarkDialog, &QDialog::accept);
    connect(remarkButtons, &QDialogButtonBox::rejected, m_remarkDialog, &QDialog::reject);
    connect(m_remarkDialog, &QDialog::accepted, this, [this] {
        addRemark(m_remarkRegion, m_remarkReason->currentData().toString(), m_remarkText->text());
        setFocus();
    });
    connect(m_remarkDialog, &QDialog::rejected, this, [this] { setFocus(); });
    setFocusPolicy(Qt::StrongFocus);
}

ReviewView::~ReviewView() = default;

void ReviewView::startRemark()
{
    if (m_fixing || m_shown == 0 || !hasUndecided(m_current))
        return;
    Panel &p = *m_panels.at(m_current);
    if (!p.canvas->isVisible()) {
        Q_EMIT message(tr("Remarks on a region are for images."));
        return;
    }
    m_remarking = true;
    m_remarkDrag.reset();
    p.canvas->setCursor(Qt::CrossCursor);
    Q_EMIT message(tr("Drag a rectangle on %1's answer for the remark (Esc cancels).")
                           .arg(nameOf(m_current)));
}

void ReviewView::cancelRemark()
{
    if (!m_remarking)
        return;
    m_remarking = false;
    m_remarkDrag.reset();
    for (const auto &p : m_panels) {
        p->canvas->unsetCursor();
        p->canvas->update();
    }
    Q_EMIT message(QString());
}

bool ReviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_remarking || m_shown == 0 || watched != m_panels.at(m_current)->canvas)
        return QWidget::eventFilter(watched, event);
    ImageCanvas *canvas = m_panels.at(m_current)->canvas;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            return QWidget::eventFilter(watched, event);
        m_remarkStart = canvas->widgetToImage(e->position());
        m_remarkDrag = QRectF(m_remarkStart, m_remarkStart);
        canvas->update();
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_remarkDrag)
            return QWidget::eventFilter(watched, event);
        auto *e = static_cast<QMouseEvent *>(event);
        m_remarkDrag = QRectF(m_remarkStart, canvas->widgetToImage(e->position())).normalized();
        canvas->update();
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!m_remarkDrag || e->button() != Qt::LeftButton)
            return QWidget::eventFilter(watched, event);
        const QRectF region = QRectF(m_remarkStart, canvas->widgetToImage(e->position()))
                                      .normalized();
        m_remarkDrag.reset();
        m_remarking = false;
        canvas->unsetCursor();
        canvas->update();
        if (region.width() < 2 || region.height() < 2) {
            Q_EMIT message(tr("Drag a larger rectangle for a remark (Alt+M to try again)."));
            return true;
        }
        m_remarkRegion = region;
        m_remarkText->clear();
        m_remarkReason->setCurrentIndex(0);
        Q_EMIT message(QString());
        m_remarkDialog->open();
        m_remarkText->setFocus();
        return true;
    }
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

bool ReviewView::addRemark(const QRectF &imageRegion, const QString &reasonCode, const QString &text)
{
    if (m_shown == 0 || !hasUndecided(m_current))
        return false;
    if (text.trimmed().isEmpty() && reasonCode.isEmpty()) {
        Q_EMIT message(tr("A remark needs a reason or a few words."));
        return false;
    }
    const Panel &p = *m_panels.at(m_current);
    BoxRemark remark;
    remark.reasonCode = reasonCode;
    remark.text = text.trimmed();
    remark.region = imageRegion.normalized();
    // The box the region covers most, when it covers one.
    double best = 0;
    for (const Box &b : p.annotation.boxes) {
        const QRectF box(b.x, b.y, b.w, b.h);
        const QRectF common = box.intersected(*remark.region);
        const double covered = box.isEmpty() ? 0 : common.width() * common.height() / (b.w * b.h);
        if (covered > best) {
            best = covered;
            remark.boxId = b.id;
        }
    }
    m_pendingRemarks[p.entry->id].append(remark);
    p.canvas->update();
    updateTitles();
    return true;
}

QList<BoxRemark> ReviewView::pendingRemarks() const
{
    if (m_shown == 0 || !m_panels.at(m_current)->entry)
        return {};
    return m_pendingRemarks.value(m_panels.at(m_current)->entry->id);
}

QList<BoxRemark> ReviewView::recordedRemarks(int panel) const
{
    return panel >= 0 && panel < m_shown ? m_panels.at(panel)->remarks : QList<BoxRemark>{};
}

QList<std::pair<QString, QKeySequence>> ReviewView::keyMap()
{
    return {{tr("Next item"), QKeySequence(Qt::Key_PageDown)},
            {tr("Previous item"), QKeySequence(Qt::Key_PageUp)},
            {tr("Choose annotator 1 to 4"), QKeySequence(Qt::ALT | Qt::Key_1)},
            {tr("Accept"), QKeySequence(Qt::ALT | Qt::Key_A)},
            {tr("Fix (again: save the fix)"), QKeySequence(Qt::ALT | Qt::Key_F)},
            {tr("Cancel a fix"), QKeySequence(Qt::Key_Escape)},
            {tr("Reject with a reason"), QKeySequence(Qt::ALT | Qt::Key_R)},
            {tr("Escalate"), QKeySequence(Qt::ALT | Qt::Key_E)},
            {tr("Remark on a region (drag it, then type)"), QKeySequence(Qt::ALT | Qt::Key_M)},
            {tr("Overlay all answers"), QKeySequence(Qt::ALT | Qt::Key_O)},
            {tr("Undo a decision"), QKeySequence(Qt::CTRL | Qt::Key_Z)},
            {tr("Redo a decision"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}};
}

QAction *ReviewView::action(Action action) const
{
    return m_actions.value(int(action));
}

Status ReviewView::load(const Id &batchId, ReviewOrder order)
{
    auto taxonomy = m_project.taxonomy().get();
    if (!taxonomy)
        return taxonomy.error();
    m_taxonomy = *taxonomy;
    for (const auto &p : m_panels)
        p->canvas->setTaxonomy(m_taxonomy);
    auto queue = m_project.review().queue(batchId, order);
    if (!queue)
        return queue.error();
    m_items.clear();
    m_entries.clear();
    m_decidedEntries.clear();
    for (const ReviewEntry &e : *queue) {
        if (!m_entries.contains(e.itemId))
            m_items.append(e.itemId);
        m_entries[e.itemId].append(e);
    }
    auto reasons = m_project.review().reasons();
    if (!reasons)
        return reasons.error();
    m_reasonCombo->clear();
    m_remarkReason->clear();
    m_remarkReason->addItem(tr("(no reason from the list)"), QString());
    for (const ReviewReason &r : *reasons) {
        m_reasonCombo->addItem(r.text, r.code);
        m_remarkReason->addItem(r.text, r.code);
    }
    m_pendingRemarks.clear();
    m_undo->clear();
    showItem(m_items.isEmpty() ? -1 : 0);
    return {};
}

void ReviewView::setBlind(bool blind)
{
    m_blind = blind;
    updateTitles();
}

QString ReviewView::classNames(const QStringList &classIds) const
{
    QStringList names;
    for (const Id &id : classIds) {
        const TaxonomyClass *c = m_taxonomy.readAs(id);
        names.append(c ? c->name : id);
    }
    return names.isEmpty() ? tr("(no class)") : names.join(QStringLiteral(", "));
}

QString ReviewView::nameOf(int panel) const
{
    const Panel &p = *m_panels.at(panel);
    if (m_blind)
        return tr("annotator %1").arg(panel + 1);
    if (p.entry)
        return p.entry->annotatorName;
    auto person = m_project.people().person(p.annotation.personId);
    return person ? person->name : p.annotation.personId;
}

void ReviewView::showItem(int index)
{
    if (m_fixing)
        cancelFix();
    m_index = index;
    m_shown = 0;
    Q_EMIT message(QString());
    if (index < 0 || index >= m_items.size()) {
        m_header->setText(m_items.isEmpty() ? tr("Nothing to review.")
                                            : tr("End of the queue: every item was decided."));
        for (const auto &p : m_panels)
            p->frame->hide();
        m_versionsLabel->clear();
        return;
    }
    const Id itemId = m_items.at(index);
    auto item = m_project.items().findItem(itemId);
    auto answers = m_project.annotations().annotationsForItem(itemId);
    auto versions = m_project.review().versions(itemId);
    if (!item || !answers || !versions) {
        Q_EMIT message(!item      ? item.error().toString()
                       : !answers ? answers.error().toString()
                                  : versions.error().toString());
        return;
    }
    m_versions = *versions;
    cancelRemark();
    // Remarks recorded with decisions on these answers (withdrawn ones too: they were said).
    QHash<Id, QList<BoxRemark>> remarksOf;
    if (auto decisions = m_project.review().decisions(itemId)) {
        for (const ReviewRecord &r : std::as_const(*decisions)) {
            if (!r.withdrawn)
                remarksOf[r.annotationId] += r.boxRemarks;
        }
    }
    // The answers under review first, then the others on the item (for comparison).
    QList<Annotation> shown;
    QSet<Id> taken;
    const QList<ReviewEntry> entries = m_entries.value(itemId);
    for (const ReviewEntry &e : entries) {
        for (const Annotation &a : *answers) {
            if (a.taskId == e.taskId && !taken.contains(a.id)) {
                shown.append(a);
                taken.insert(a.id);
            }
        }
    }
    for (const Annotation &a : *answers) {
        if (!a.taskId.isEmpty() && !taken.contains(a.id) && shown.size() < s_maxPanels) {
            shown.append(a);
            taken.insert(a.id);
        }
    }
    const bool image = item->kind == ItemKind::Image;
    const QString mediaPath = m_project.absoluteMediaPath(*item);
    QString text = item->text;
    if (!image && text.isEmpty()) {
        QFile f(mediaPath);
        if (f.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(f.read(200000));
    }
    m_shown = int(std::min<qsizetype>(shown.size(), s_maxPanels));
    for (int i = 0; i < s_maxPanels; ++i) {
        Panel &p = *m_panels.at(i);
        p.frame->setVisible(i < m_shown);
        if (i >= m_shown)
            continue;
        p.annotation = shown.at(i);
        p.remarks = remarksOf.value(p.annotation.id);
        p.entry.reset();
        for (const ReviewEntry &e : entries) {
            if (e.taskId == p.annotation.taskId)
                p.entry = e;
        }
        p.editor.insert(p.annotation);
        p.canvas->setVisible(image);
        p.text->setVisible(!image);
        if (image) {
            p.canvas->setImage(mediaPath);
            p.canvas->setAnnotation(p.annotation.id);
            p.canvas->setItemClasses(p.annotation.classIds);
        } else {
            p.text->setPlainText(
                    tr("Classes: %1\n\n%2").arg(classNames(p.annotation.classIds), text));
        }
    }
    m_current = 0;
    for (int i = 0; i < m_shown; ++i) {
        if (hasUndecided(i)) {
            m_current = i;
            break;
        }
    }
    QStringList why;
    for (const ReviewEntry &e : entries)
        why += e.reasons;
    why.removeDuplicates();
    const std::optional<double> agreement = entries.isEmpty() ? std::nullopt
                                                              : entries.first().agreement;
    m_header->setText(tr("Item %1 of %2: %3 · in review for: %4 · agreement %5")
                              .arg(index + 1)
                              .arg(m_items.size())
                              .arg(item->path, why.join(QStringLiteral(", ")),
                                   agreement ? localDecimal(*agreement, 2) : tr("-")));
    QStringList groups;
    for (const AnswerVersion &v : std::as_const(m_versions)) {
        const QString what = v.value.boxes.isEmpty() ? classNames(v.value.classIds)
                                                     : tr("boxes: %1").arg(v.value.boxes.size());
        const QString who = m_blind ? QString::number(v.people.size())
                                    : v.people.join(QStringLiteral(", "));
        groups.append(v.fix ? tr("%1. a reviewer's fix, %2 (%3)").arg(v.number).arg(what, who)
                            : tr("%1. %2 (%3)").arg(v.number).arg(what, who));
    }
    QString versionsText = tr("Versions: %1").arg(groups.join(QStringLiteral(" · ")));
    // The batch's stored consensus figures, where a lead stored them (never a fresh run here).
    if (auto consensus = m_project.review().consensusOf(itemId); consensus && *consensus) {
        const ConsensusRow &c = **consensus;
        versionsText += QStringLiteral("\n")
                        + (c.label.isEmpty()
                                   ? tr("Consensus (Dawid–Skene): tied")
                                   : tr("Consensus (Dawid–Skene): %1, confidence %2")
                                             .arg(classNames(c.label.split(QLatin1Char('+'))),
                                                  localDecimal(c.confidence, 2)));
    }
    m_versionsLabel->setText(versionsText);
    updateMatches();
    updateTitles();
    prefetchAfter(index);
}

void ReviewView::prefetchAfter(int index)
{
    // This item's image and the next two items' images, decoded in the background.
    QStringList paths;
    for (int i = index; i < std::min<qsizetype>(m_items.size(), index + 3); ++i) {
        auto item = m_project.items().findItem(m_items.at(i));
        if (item && item->kind == ItemKind::Image)
            paths.append(m_project.absoluteMediaPath(*item));
    }
    m_prefetched = paths.mid(paths.isEmpty() ? 0 : 1);
    if (!paths.isEmpty())
        m_prefetcher->prefetch(paths);
}

void ReviewView::showEntry(const Id &entryId)
{
    for (int i = 0; i < m_items.size(); ++i) {
        for (const ReviewEntry &e : m_entries.value(m_items.at(i))) {
            if (e.id != entryId)
                continue;
            showItem(i);
            for (int p = 0; p < m_shown; ++p) {
                if (m_panels.at(p)->entry && m_panels.at(p)->entry->id == entryId)
                    setCurrentPanel(p);
            }
            return;
        }
    }
}

bool ReviewView::hasUndecided(int panel) const
{
    const Panel &p = *m_panels.at(panel);
    return p.entry && !m_decidedEntries.contains(p.entry->id);
}

void ReviewView::setCurrentPanel(int panel)
{
    if (panel < 0 || panel >= m_shown || m_fixing)
        return;
    m_current = panel;
    updateMatches();
    updateTitles();
}

QString ReviewView::panelTitle(int panel) const
{
    return m_panels.at(panel)->title->text();
}

ImageCanvas *ReviewView::canvas(int panel) const
{
    return m_panels.at(panel)->canvas;
}

QString ReviewView::versionsText() const
{
    return m_versionsLabel->text();
}

void ReviewView::updateMatches()
{
    if (m_shown == 0)
        return;
    const Panel &current = *m_panels.at(m_current);
    for (int i = 0; i < m_shown; ++i) {
        Panel &p = *m_panels.at(i);
        p.unmatched.clear();
        p.otherClass.clear();
        p.matchNote.clear();
    }
    for (int i = 0; i < m_shown; ++i) {
        if (i == m_current)
            continue;
        Panel &p = *m_panels.at(i);
        if (p.annotation.boxes.isEmpty() && current.annotation.boxes.isEmpty()) {
            p.matchNote = p.annotation.classIds == current.annotation.classIds
                                  ? tr("same classes")
                                  : tr("other classes");
            continue;
        }
        auto m = quality::matchBoxes(current.annotation.boxes, p.annotation.boxes,
                                     {0.5, quality::ClassMatching::AnyClass});
        if (!m)
            continue;
        QSet<int> matchedHere;
        QSet<int> matchedThere;
        double iou = 0;
        for (const quality::BoxMatch &match : m->matches) {
            matchedHere.insert(match.reference);
            matchedThere.insert(match.candidate);
            iou += match.iou;
            if (current.annotation.boxes.at(match.reference).classId
                != p.annotation.boxes.at(match.candidate).classId)
                p.otherClass.insert(p.annotation.boxes.at(match.candidate).id);
        }
        for (int b = 0; b < p.annotation.boxes.size(); ++b) {
            if (!matchedThere.contains(b))
                p.unmatched.insert(p.annotation.boxes.at(b).id);
        }
        for (int b = 0; b < current.annotation.boxes.size(); ++b) {
            if (!matchedHere.contains(b))
                m_panels.at(m_current)->unmatched.insert(current.annotation.boxes.at(b).id);
        }
        p.matchNote = m->matches.isEmpty() ? tr("no box matched")
                                           : tr("IoU %1, matched %2")
                                                     .arg(localDecimal(iou / m->matches.size(), 2))
                                                     .arg(m->matches.size());
        if (!p.unmatched.isEmpty())
            p.matchNote += tr(", unmatched %1").arg(p.unmatched.size());
        if (!p.otherClass.isEmpty())
            p.matchNote += tr(", other class %1").arg(p.otherClass.size());
    }
    for (int i = 0; i < m_shown; ++i)
        m_panels.at(i)->canvas->update();
}

void ReviewView::updateTitles()
{
    for (int i = 0; i < m_shown; ++i) {
        Panel &p = *m_panels.at(i);
        QString state;
        if (!p.entry)
            state = tr("not in your queue");
        else if (m_decidedEntries.contains(p.entry->id))
            state = tr("decided");
        else if (p.entry->blind)
            state = tr("second review");
        QString title = QStringLiteral("Alt+%1  %2").arg(i + 1).arg(nameOf(i));
        if (!state.isEmpty())
            title += QStringLiteral(" · ") + state;
        if (!p.matchNote.isEmpty())
            title += QStringLiteral(" · ") + p.matchNote;
        const qsizetype pinned = p.remarks.size()
                                 + (p.entry ? m_pendingRemarks.value(p.entry->id).size() : 0);
        if (pinned > 0)
            title += QStringLiteral(" · ") + tr("%n remark(s)", nullptr, int(pinned));
        if (m_fixing && i == m_current)
            title += QStringLiteral(" · ") + tr("fixing: Alt+F saves, Esc cancels");
        p.title->setText(title);
        const bool current = i == m_current;
        p.title->setStyleSheet(
                QStringLiteral("QLabel { border-bottom: 3px solid %1; %2 }")
                        .arg(QLatin1String(s_colours[i]),
                             current ? QStringLiteral("font-weight: bold;") : QString()));
    }
}

bool ReviewView::decide(const ReviewDecision &asked, const QString &text)
{
    // The remarks pinned to this answer go with its decision.
    ReviewDecision decision = asked;
    for (BoxRemark r : m_pendingRemarks.value(decision.entryId)) {
        r.verdict = decision.verdict;
        decision.boxRemarks.append(r);
    }
    QString failure;
    auto *command = new ReviewDecisionCommand(&m_project.review(), decision, text,
                                              [&failure](const QString &m) { failure = m; });
    m_undo->push(command); // runs redo()
    if (!failure.isEmpty()) {
        Q_EMIT message(failure);
        return false;
    }
    m_decidedEntries.insert(decision.entryId);
    m_pendingRemarks.remove(decision.entryId);
    Q_EMIT decided();
    advance();
    return true;
}

void ReviewView::advance()
{
    for (int i = 0; i < m_shown; ++i) {
        if (hasUndecided(i)) {
            m_current = i;
            updateMatches();
            updateTitles();
            return;
        }
    }
    showItem(m_index + 1);
}

bool ReviewView::accept()
{
    if (m_fixing || m_shown == 0 || !hasUndecided(m_current))
        return false;
    ReviewDecision d;
    d.entryId = m_panels.at(m_current)->entry->id;
    d.verdict = ReviewVerdict::Accept;
    return decide(d, tr("Accept"));
}

void ReviewView::startFix()
{
    if (m_fixing || m_shown == 0 || !hasUndecided(m_current))
        return;
    Panel &p = *m_panels.at(m_current);
    // The fix is made on a copy: the answer itself is never written over.
    Annotation copy = p.annotation;
    copy.id = QStringLiteral("fix-") + p.annotation.id;
    p.editor.insert(copy);
    m_fixing = true;
    if (p.canvas->isVisible()) {
        p.canvas->setAnnotation(copy.id);
        p.canvas->setReadOnly(false);
        p.canvas->setFocus();
    }
    updateTitles();
}

bool ReviewView::commitFix()
{
    if (!m_fixing)
        return false;
    Panel &p = *m_panels.at(m_current);
    auto fixed = p.editor.annotation(QStringLiteral("fix-") + p.annotation.id);
    if (!fixed)
        return false;
    ReviewDecision d;
    d.entryId = p.entry->id;
    d.verdict = ReviewVerdict::Fix;
    d.fix = AnswerValue{fixed->classIds, fixed->boxes};
    m_fixing = false;
    p.canvas->setReadOnly(true);
    p.canvas->setAnnotation(p.annotation.id);
    setFocus();
    return decide(d, tr("Fix and Accept"));
}

void ReviewView::cancelFix()
{
    if (!m_fixing)
        return;
    Panel &p = *m_panels.at(m_current);
    m_fixing = false;
    p.canvas->setReadOnly(true);
    p.canvas->setAnnotation(p.annotation.id);
    updateTitles();
    setFocus();
}

bool ReviewView::reject(const QString &reasonCode, const QString &text, const QString &section)
{
    if (m_fixing || m_shown == 0 || !hasUndecided(m_current))
        return false;
    ReviewDecision d;
    d.entryId = m_panels.at(m_current)->entry->id;
    d.verdict = ReviewVerdict::Reject;
    d.reasonCode = reasonCode;
    d.reasonText = text;
    d.section = section;
    return decide(d, tr("Reject"));
}

bool ReviewView::escalate(const QString &text)
{
    if (m_fixing || m_shown == 0 || !hasUndecided(m_current))
        return false;
    ReviewDecision d;
    d.entryId = m_panels.at(m_current)->entry->id;
    d.verdict = ReviewVerdict::Escalate;
    d.reasonText = text;
    return decide(d, tr("Escalate"));
}

void ReviewView::askReason(bool escalation)
{
    if (m_fixing || m_shown == 0 || !hasUndecided(m_current))
        return;
    m_reasonForEscalation = escalation;
    m_reasonDialog->setWindowTitle(escalation ? tr("Escalate to Adjudication")
                                              : tr("Reject with a Reason"));
    m_reasonText->clear();
    m_reasonSection->clear();
    m_reasonDialog->open();
    m_reasonText->setFocus();
}

void ReviewView::next()
{
    if (m_index + 1 < m_items.size())
        showItem(m_index + 1);
}

void ReviewView::previous()
{
    if (m_index > 0)
        showItem(m_index - 1);
}

} // namespace assay::widgets
