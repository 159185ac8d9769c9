// SPDX-License-Identifier: Apache-2.0
// SuggestionLayer: a model's box suggestions on the image canvas, to accept, adjust or reject.
#pragma once

#include "core/domain/annotationedit.h"
#include "core/domain/prelabeleditor.h"
#include "core/domain/types.h"

#include <QKeySequence>
#include <QObject>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace assay::widgets {

class AnnotationSession;
class ImageCanvas;

// Embedding: one per canvas (its parent), setEditor() with the store that is the canvas's
// annotation editor too (it becomes the pre-label editor of the canvas's session). It shows the
// box suggestions of the canvas's session, and decides on them through it. The
// suggestions the person has not decided on are drawn under the boxes with a dashed line in
// their class colour, and a tag with the class and score. A click on a suggestion's line or tag
// selects it, a double click accepts it, Delete rejects the selected one. Accepting makes an
// ordinary box (one step on the canvas's undo stack), selected so that it can be adjusted.
class SuggestionLayer final : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionLayer(ImageCanvas *canvas);
    ~SuggestionLayer() override;

    void setEditor(core::IPreLabelEditor *editor); // the canvas's session's; not owned
    // The keys the tag of the selected suggestion and the tooltips name.
    void setHintKeys(const QKeySequence &accept, const QKeySequence &reject);

    const QList<core::PreLabel> &suggestions() const { return m_open; } // best score first
    core::Id selected() const { return m_selected; }
    void select(const core::Id &preLabelId); // empty: none
    core::Id suggestionAt(const QPointF &widgetPos) const;
    QRectF suggestionRect(const core::Id &preLabelId) const; // widget coordinates

    // The selected suggestion, else the best one. False when there is none to decide on.
    bool acceptCurrent();
    bool rejectCurrent();
    // An acceptance of every open suggestion, for one composite edit with others.
    QList<core::AnnotationEdit> acceptAllEdits() const;
    void reload(); // the open box suggestions of the session again

Q_SIGNALS:
    void suggestionsChanged(); // loaded again, or the selection moved

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isEditable() const;
    void followSession();
    int indexOf(const core::Id &id) const;
    QRectF widgetRect(const core::PreLabel &suggestion) const;
    QRectF tagRect(const QRectF &box, const QString &text, double lineWidth) const;
    QString tagText(const core::PreLabel &suggestion, bool selected) const;
    QString toolTip(const core::PreLabel &suggestion) const;
    QColor classColour(const core::Id &classId) const;
    void paint(QPainter *painter);

    ImageCanvas *m_canvas;
    AnnotationSession *m_session = nullptr; // the canvas's
    core::Id m_annotationId;                // whose suggestions m_open holds
    QList<core::PreLabel> m_open;
    core::Id m_selected;
    core::Id m_hovered;
    QKeySequence m_acceptKey;
    QKeySequence m_rejectKey;
    bool m_spaceHeld = false; // Space+drag pans the canvas, also over a suggestion
};

} // namespace assay::widgets
