// SPDX-License-Identifier: Apache-2.0
// ImageCanvas: shows an image and edits its bounding boxes, every edit saved at once and undoable.
#pragma once

#include "core/domain/annotationeditor.h"
#include "core/domain/types.h"
#include "widgets/canvas/imageloader.h"

#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QUndoStack;
QT_END_NAMESPACE

namespace assay::widgets {

class AnnotationSession;
class Prefetcher;
class TiledImage;

// Embedding: setAnnotationEditor(store) once (it resets the annotation), setTaxonomy() when
// the taxonomy changes, setPrefetcher() with the queue's Prefetcher, then per item setImage(path)
// and setAnnotation(id), and prefetch() the next paths. The annotation, its edits and their undo
// history are an AnnotationSession's: the canvas's own, or one shared with other views of the
// same item (setSession()); the canvas shows what the session holds and edits through it. Put
// action(...) and classActions() in menus and toolbars: their shortcuts act while the canvas has
// focus, and a second action with the same shortcut (another Undo) would make both ambiguous. Show
// statusChanged() in the status bar and editFailed() / imageFailed() in the message bar. A class
// hotkey gives the selected box (and the boxes drawn next) its class; Shift with a letter or a
// digit is left to the embedding view, which sets the whole-image classes with it (a ClassBar
// sharing the session).
class ImageCanvas final : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        ZoomIn,
        ZoomOut,
        ZoomToFit,
        ActualSize,
        Undo,
        Redo,
        DeleteBox,
        NextBox,
        PreviousBox,
    };

    explicit ImageCanvas(QWidget *parent = nullptr);
    ~ImageCanvas() override;

    // --- image
    // Shows the image at `path` fitted to the canvas: a reduced decode first (prefetched when
    // a Prefetcher was given), full detail in tiles as the zoom asks. Never blocks on decoding.
    void setImage(const QString &path);
    // The same, the project's stored preview of a large image shown first when it is usable.
    void setImage(const ImageSource &source);
    void clearImage();
    QString imagePath() const;
    QSize imageSize() const;      // pixels after EXIF orientation; the boxes' coordinate space
    bool isImageShown() const;    // the pixels (at least the preview) are there
    QString imageError() const;   // why the image cannot be shown; empty when it can
    QString imageWarning() const; // shown, but not whole (a truncated file); else empty
    void setPrefetcher(Prefetcher *prefetcher); // not owned; its target size is kept in step
    TiledImage *tiledImage() const { return m_image; }

    // --- annotation
    // Not owned; outlives the canvas; nullptr: the canvas's own session again.
    void setSession(AnnotationSession *session);
    AnnotationSession *session() const { return m_session; }
    void setAnnotationEditor(core::IAnnotationEditor *editor); // the session's; not owned
    // Loads the boxes of `annotationId` and starts a fresh undo history.
    void setAnnotation(const core::Id &annotationId);
    core::Id annotationId() const;
    void reloadAnnotation(); // after someone else changed the annotation
    const QList<core::Box> &boxes() const;
    // The whole-item classes of the annotation (image classification); one undo step.
    void setItemClasses(const QStringList &classIds);
    const QStringList &itemClasses() const;
    void setTaxonomy(const core::Taxonomy &taxonomy);
    const core::Taxonomy &taxonomy() const { return m_taxonomy; }
    // The class new boxes get; the taxonomy's first class unless chosen.
    void setCurrentClass(const core::Id &classId);
    core::Id currentClass() const { return m_currentClass; }
    // The name and colour a label of the class is drawn with: a merged class's target's, an
    // archived class's own.
    QColor classColour(const core::Id &classId) const;
    QString className(const core::Id &classId) const;
    // Gives the selected box `classId` (one undo step).
    void assignClassToSelection(const core::Id &classId);
    void setReadOnly(bool readOnly); // review: select and look, no edits
    bool isReadOnly() const { return m_readOnly; }
    // Boxes narrower or lower than this (image pixels) are refused.
    void setMinimumBoxSize(double pixels) { m_minBoxSize = pixels; }
    double minimumBoxSize() const { return m_minBoxSize; }

    // --- selection
    core::Id selectedBox() const { return m_selected; }
    void selectBox(const core::Id &boxId);
    void selectNextBox(int step = 1); // Tab / Shift+Tab order: the list order
    void deleteSelectedBox();
    void nudgeSelectedBox(double dx, double dy, bool gestureDone = true);

    // --- view
    double zoom() const { return m_zoom; }            // widget (logical) pixels per image pixel
    double zoomPercent() const;                       // screen pixels per image pixel, in percent
    void setZoom(double zoom, const QPointF &anchor); // anchor: widget point that stays put
    void zoomToFit();
    void zoomToActualSize(); // one image pixel on one screen pixel
    void zoomIn();
    void zoomOut();
    bool isFitMode() const { return m_fitMode; }
    // Space kept around the image at "fit", so handles and labels on its edges stay visible.
    void setFitMargin(int logicalPixels);
    int fitMargin() const { return m_fitMargin; }
    QPointF viewOffset() const { return m_offset; }
    // Shows the image at this zoom and offset (another canvas's view, for views linked side by
    // side); viewChanged() is not emitted for it.
    void setView(double zoom, const QPointF &offset);
    // Moves the view so that this image point is in the middle of the canvas.
    void centerOn(const QPointF &imagePos);
    // The minimap: the whole image small in the lower right corner with the visible part framed;
    // shown while the image at the current zoom is larger than the canvas. Empty: not shown.
    QRect minimapRect() const;
    QPointF minimapToImage(const QPointF &widgetPos) const;
    QPointF widgetToImage(const QPointF &widgetPos) const;
    QPointF imageToWidget(const QPointF &imagePos) const;
    QRectF boxToWidget(const core::Box &box) const;

    QUndoStack *undoStack() const;
    // Painted over the image and under the boxes (a model's suggestions); empty: nothing.
    void setUnderlay(std::function<void(QPainter *)> paint)
    {
        m_underlay = std::move(paint);
        update();
    }
    // Painted over the boxes (a reviewer's remarks pinned to regions); empty: nothing.
    void setOverlay(std::function<void(QPainter *)> paint)
    {
        m_overlay = std::move(paint);
        update();
    }
    bool hasOverlay() const { return bool(m_overlay); }
    QAction *action(Action action) const;
    QList<QAction *> classActions() const { return m_classActions; } // one per class, hotkeys
    int paintCount() const { return m_paintCount; }

    QSize sizeHint() const override { return QSize(800, 600); }
    QSize minimumSizeHint() const override { return QSize(160, 120); }

Q_SIGNALS:
    void statusChanged(const QString &text); // "75 %  ·  x 1203, y 455"
    void zoomChanged(double percent);
    void viewChanged(double zoom, const QPointF &offset); // zoom or pan by the user
    void cursorPositionChanged(const QPointF &imagePos, bool insideImage);
    void selectionChanged(const core::Id &boxId);
    void sessionChanged(); // setSession(): another session's boxes are shown
    void boxesChanged();   // boxes or item classes: after an edit, undo, redo or reload
    void currentClassChanged(const core::Id &classId);
    void classActionsChanged(); // setTaxonomy() made new class actions: re-add them to menus
    void editFailed(const QString &message); // the store refused an edit: path and reason
    void message(const QString &text);       // a refused gesture, e.g. a box too small
    void imageShown(const QString &path);    // the first paint with the image's pixels
    void imageFailed(const QString &message);
    void imageDamaged(const QString &message); // shown but not whole: "path: reason"

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Drag { None, Drawing, Moving, Resizing, Panning, Minimap };
    // Which edges a handle moves: bit 0 left, 1 top, 2 right, 3 bottom.
    enum Edge { Left = 1, Top = 2, Right = 4, Bottom = 8 };

    void createActions();
    void rebuildClassActions();
    void updateActions();
    void onImageStateChanged();
    void onAnnotationReset();
    void onBoxesChanged();
    bool isEditable() const;
    void emitStatus();
    void updateCursor(const QPointF &widgetPos);
    void clampOffset();
    QSize targetDeviceSize() const; // the fit area in device pixels, previews are made for it
    QRectF fitArea() const;

    int boxIndex(const core::Id &id) const;
    core::Box displayedBox(int index) const; // the live version while dragging
    core::Id boxAt(const QPointF &widgetPos) const;
    core::Id boxEdgeAt(const QPointF &widgetPos) const; // a box whose line is under the cursor
    int handleAt(const QPointF &widgetPos) const;       // Edge bits of the selected box's handle
    QList<QPair<int, QPointF>> handles(const QRectF &rect) const;
    QPointF clampToImage(const QPointF &imagePos) const;

    void paintBoxes(QPainter *painter);
    void paintCrosshair(QPainter *painter);
    void paintMinimap(QPainter *painter);
    void paintMessage(QPainter *painter, const QString &text, bool warning);
    void paintBanner(QPainter *painter, const QString &text);

    TiledImage *m_image;
    QPointer<Prefetcher> m_prefetcher;
    AnnotationSession *m_ownSession;
    AnnotationSession *m_session;
    core::Taxonomy m_taxonomy;
    core::Id m_currentClass;
    core::Id m_selected;
    core::Id m_hovered;
    bool m_readOnly = false;
    double m_minBoxSize = 4.0;

    double m_zoom = 1.0;
    QPointF m_offset;
    bool m_fitMode = true;
    int m_fitMargin = 10;

    Drag m_drag = Drag::None;
    int m_dragEdges = 0;
    QPointF m_pressWidget;
    QPointF m_pressImage;
    QPointF m_pressOffset;
    core::Box m_dragOriginal;
    core::Box m_liveBox; // the box as the drag has it, not yet in the store
    QRectF m_drawRect;   // image coordinates of the box being drawn
    QPointF m_cursor;    // widget coordinates; negative: outside
    bool m_cursorInside = false;
    bool m_spaceHeld = false;
    QString m_pendingChord; // the first key of a class chord typed, waiting for the second
    bool m_shownSignalled = false;
    int m_paintCount = 0;

    QHash<Action, QAction *> m_actions;
    QHash<core::Id, QStaticText> m_labelCache; // class id -> its name, laid out
    QList<QAction *> m_classActions;
    std::function<void(QPainter *)> m_underlay;
    std::function<void(QPainter *)> m_overlay;
};

} // namespace assay::widgets
