// SPDX-License-Identifier: Apache-2.0
// SuggestionLayer: painting, hit testing and decisions of the canvas's box suggestions.
#include "widgets/canvas/suggestionlayer.h"

#include "widgets/canvas/imagecanvas.h"
#include "widgets/session/annotationsession.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QToolTip>

namespace assay::widgets {

static constexpr double s_lineGrab = 5.0; // logical pixels either side of a dashed line

SuggestionLayer::SuggestionLayer(ImageCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{
    connect(m_canvas, &ImageCanvas::sessionChanged, this, &SuggestionLayer::followSession);
    followSession();
    connect(m_canvas, &ImageCanvas::selectionChanged, this, [this](const core::Id &boxId) {
        if (!boxId.isEmpty())
            select({});
    });
    m_canvas->installEventFilter(this);
    // The canvas, the parent, outlives the layer but for its own destruction: a guarded call.
    m_canvas->setUnderlay([layer = QPointer<SuggestionLayer>(this)](QPainter *painter) {
        if (layer)
            layer->paint(painter);
    });
}

SuggestionLayer::~SuggestionLayer() = default;

void SuggestionLayer::followSession()
{
    if (m_session)
        m_session->disconnect(this);
    m_session = m_canvas->session();
    // The session says when its suggestions change: an item shown, a decision, undo, redo, a
    // change made elsewhere.
    connect(m_session, &AnnotationSession::suggestionsChanged, this, &SuggestionLayer::reload);
    connect(m_session, &AnnotationSession::annotationReset, this, &SuggestionLayer::reload);
    reload();
}

void SuggestionLayer::setEditor(core::IPreLabelEditor *editor)
{
    m_session->setPreLabelEditor(editor);
}

void SuggestionLayer::setHintKeys(const QKeySequence &accept, const QKeySequence &reject)
{
    m_acceptKey = accept;
    m_rejectKey = reject;
    m_canvas->update();
}

bool SuggestionLayer::isEditable() const
{
    return m_session->preLabelEditor() && m_session->isEditable() && !m_canvas->isReadOnly();
}

void SuggestionLayer::reload()
{
    const core::Id annotationId = m_session->annotationId();
    if (annotationId != m_annotationId) {
        m_selected.clear();
        m_hovered.clear();
        m_annotationId = annotationId;
    }
    m_open.clear();
    if (isEditable()) {
        for (const core::PreLabel &p : m_session->suggestions()) {
            if (p.box)
                m_open.append(p);
        }
    }
    if (indexOf(m_selected) < 0)
        m_selected.clear();
    if (indexOf(m_hovered) < 0)
        m_hovered.clear();
    m_canvas->update();
    Q_EMIT suggestionsChanged();
}

int SuggestionLayer::indexOf(const core::Id &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_open.size(); ++i) {
        if (m_open.at(i).id == id)
            return i;
    }
    return -1;
}

void SuggestionLayer::select(const core::Id &preLabelId)
{
    const core::Id id = indexOf(preLabelId) >= 0 ? preLabelId : core::Id();
    if (id == m_selected)
        return;
    m_selected = id;
    if (!id.isEmpty())
        m_canvas->selectBox({}); // one selection on the canvas: a box or a suggestion
    m_canvas->update();
    Q_EMIT suggestionsChanged();
}

// ---------------------------------------------------------------- decisions

bool SuggestionLayer::acceptCurrent()
{
    if (!isEditable() || m_open.isEmpty())
        return false;
    const core::PreLabel suggestion = m_open.at(std::max(0, indexOf(m_selected)));
    const core::Id boxId = core::newId();
    m_session->applyEdits(tr("Accept suggested box"),
                          {core::AnnotationEdit::acceptBoxPreLabel(suggestion.id, boxId)});
    m_canvas->selectBox(boxId); // ready to be adjusted: arrows, handles, a class hotkey
    return true;
}

bool SuggestionLayer::rejectCurrent()
{
    if (!isEditable() || m_open.isEmpty())
        return false;
    const int index = indexOf(m_selected);
    const core::PreLabel suggestion = m_open.at(std::max(0, index));
    m_session->applyEdits(tr("Reject suggestion"),
                          {core::AnnotationEdit::rejectPreLabel(suggestion.id)});
    // Working through them with the selection: the next one in line is selected.
    if (index >= 0 && !m_open.isEmpty())
        select(m_open.at(std::min(index, int(m_open.size()) - 1)).id);
    return true;
}

QList<core::AnnotationEdit> SuggestionLayer::acceptAllEdits() const
{
    QList<core::AnnotationEdit> edits;
    if (!isEditable())
        return edits;
    for (const core::PreLabel &suggestion : m_open)
        edits.append(core::AnnotationEdit::acceptBoxPreLabel(suggestion.id, core::newId()));
    return edits;
}

// ---------------------------------------------------------------- geometry

QRectF SuggestionLayer::widgetRect(const core::PreLabel &suggestion) const
{
    const QRectF &r = *suggestion.box;
    return QRectF(m_canvas->imageToWidget(r.topLeft()), m_canvas->imageToWidget(r.bottomRight()));
}

QRectF SuggestionLayer::suggestionRect(const core::Id &preLabelId) const
{
    const int index = indexOf(preLabelId);
    return index < 0 ? QRectF() : widgetRect(m_open.at(index));
}

// Below the box's lower left corner, so that it never hides the tag of a box drawn in the same
// place (those sit above); inside the box when the canvas ends there.
QRectF SuggestionLayer::tagRect(const QRectF &box, const QString &text, double lineWidth) const
{
    const QFontMetricsF metrics(m_canvas->font());
    QRectF tag(box.left() - lineWidth / 2, box.bottom() + lineWidth / 2,
               metrics.horizontalAdvance(text) + 14, metrics.height() + 2);
    if (tag.bottom() > m_canvas->height())
        tag.moveBottom(box.bottom() - lineWidth / 2);
    return tag;
}

QString SuggestionLayer::tagText(const core::PreLabel &suggestion, bool selected) const
{
    const auto *cls = m_canvas->taxonomy().findById(suggestion.classId);
    QString text = cls ? cls->name : suggestion.classId;
    if (suggestion.score)
        text += QLatin1Char(' ') + QLocale().toString(*suggestion.score, 'f', 2);
    if (selected && !m_acceptKey.isEmpty() && !m_rejectKey.isEmpty()) {
        text += QStringLiteral("  ·  ")
                + tr("%1 accept, %2 reject")
                          .arg(m_acceptKey.toString(QKeySequence::NativeText),
                               m_rejectKey.toString(QKeySequence::NativeText));
    }
    return text;
}

QString SuggestionLayer::toolTip(const core::PreLabel &suggestion) const
{
    const auto *cls = m_canvas->taxonomy().findById(suggestion.classId);
    const QString name = cls ? cls->name : suggestion.classId;
    const QString score = suggestion.score ? QLocale().toString(*suggestion.score, 'f', 2)
                                           : tr("none");
    return tr("Suggested box: %1, score %2, by %3.\n"
              "%4 or a double click accepts it as a box you can then adjust;\n"
              "%5 or Delete rejects it.")
            .arg(name, score, suggestion.model, m_acceptKey.toString(QKeySequence::NativeText),
                 m_rejectKey.toString(QKeySequence::NativeText));
}

QColor SuggestionLayer::classColour(const core::Id &classId) const
{
    if (const auto *cls = m_canvas->taxonomy().findById(classId)) {
        const QColor colour(cls->colour);
        if (colour.isValid())
            return colour;
    }
    return m_canvas->palette().color(QPalette::PlaceholderText);
}

core::Id SuggestionLayer::suggestionAt(const QPointF &pos) const
{
    if (!isEditable())
        return {};
    // On the dashed line or the tag, not anywhere inside: boxes can still be drawn in there.
    core::Id best;
    double bestArea = 0;
    for (const core::PreLabel &p : m_open) {
        const QRectF r = widgetRect(p);
        const bool onLine
                = r.adjusted(-s_lineGrab, -s_lineGrab, s_lineGrab, s_lineGrab).contains(pos)
                  && !r.adjusted(s_lineGrab, s_lineGrab, -s_lineGrab, -s_lineGrab).contains(pos);
        const bool onTag = tagRect(r, tagText(p, p.id == m_selected), 2.0).contains(pos);
        if (!onLine && !onTag)
            continue;
        const double area = r.width() * r.height();
        if (best.isEmpty() || area < bestArea) {
            best = p.id;
            bestArea = area;
        }
    }
    return best;
}

// ---------------------------------------------------------------- events

bool SuggestionLayer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && !key->isAutoRepeat())
            m_spaceHeld = event->type() == QEvent::KeyPress;
        if (event->type() == QEvent::KeyPress && !m_selected.isEmpty()) {
            if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
                rejectCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                select({});
                return true;
            }
        }
        return false;
    }
    case QEvent::ShortcutOverride: {
        // Delete belongs to the canvas's Delete Box; with a suggestion selected it rejects that.
        auto *key = static_cast<QKeyEvent *>(event);
        if (!m_selected.isEmpty() && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace
                || key->key() == Qt::Key_Escape)) {
            event->accept();
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || m_spaceHeld || !m_canvas->isImageShown())
            return false;
        const QPointF pos = mouse->position();
        const core::Id hit = suggestionAt(pos);
        if (hit.isEmpty()) {
            select({});
            return false;
        }
        // A smaller box under the pointer, or the selected box's handles, stay the canvas's.
        const QRectF suggestion = suggestionRect(hit);
        for (const core::Box &box : m_canvas->boxes()) {
            const QRectF r = m_canvas->boxToWidget(box);
            const double grab = box.id == m_canvas->selectedBox() ? 8.0 : 2.0;
            if (r.adjusted(-grab, -grab, grab, grab).contains(pos)
                && (box.id == m_canvas->selectedBox()
                    || r.width() * r.height() <= suggestion.width() * suggestion.height()))
                return false;
        }
        select(hit);
        if (event->type() == QEvent::MouseButtonDblClick)
            acceptCurrent();
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const core::Id hovered = mouse->buttons() == Qt::NoButton ? suggestionAt(mouse->position())
                                                                  : core::Id();
        if (hovered != m_hovered) {
            m_hovered = hovered;
            m_canvas->update();
        }
        return false;
    }
    case QEvent::Leave:
        if (!m_hovered.isEmpty()) {
            m_hovered.clear();
            m_canvas->update();
        }
        return false;
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexOf(suggestionAt(help->pos()));
        if (index < 0)
            return false;
        QToolTip::showText(help->globalPos(), toolTip(m_open.at(index)), m_canvas);
        return true;
    }
    default: return false;
    }
}

// ---------------------------------------------------------------- painting

void SuggestionLayer::paint(QPainter *painter)
{
    if (m_open.isEmpty() || !isEditable())
        return;
    painter->save();
    // The selected one last: on top of the others.
    QList<int> order;
    for (int i = 0; i < m_open.size(); ++i) {
        if (m_open.at(i).id != m_selected)
            order.append(i);
    }
    if (const int selected = indexOf(m_selected); selected >= 0)
        order.append(selected);
    for (const int i : std::as_const(order)) {
        const core::PreLabel &p = m_open.at(i);
        const bool selected = p.id == m_selected;
        const bool hovered = p.id == m_hovered;
        const QRectF r = widgetRect(p);
        const QColor colour = classColour(p.classId);
        const double width = selected ? 3.0 : 2.0;

        painter->setRenderHint(QPainter::Antialiasing, false);
        if (selected || hovered) {
            QColor fill = colour;
            fill.setAlpha(selected ? 48 : 24);
            painter->fillRect(r, fill);
        }
        // Dashes on a dark halo: a suggestion reads as "not yet yours" on any image.
        painter->setBrush(Qt::NoBrush);
        QPen halo(QColor(0, 0, 0, 150), width + 2.0);
        halo.setJoinStyle(Qt::MiterJoin);
        painter->setPen(halo);
        painter->drawRect(r);
        QPen dashes(colour, width, Qt::CustomDashLine);
        dashes.setDashPattern({3.0, 2.0});
        dashes.setJoinStyle(Qt::MiterJoin);
        painter->setPen(dashes);
        painter->drawRect(r);

        // The tag: a stripe of the class colour, the class and the score on a dark ground.
        const QString text = tagText(p, selected);
        const QRectF tag = tagRect(r, text, width);
        painter->fillRect(tag, QColor(20, 20, 20, selected ? 230 : 190));
        painter->fillRect(QRectF(tag.left(), tag.top(), 4, tag.height()), colour);
        painter->setRenderHint(QPainter::TextAntialiasing, true);
        painter->setPen(QColor(245, 245, 245));
        painter->drawText(tag.adjusted(8, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->restore();
}

} // namespace assay::widgets
