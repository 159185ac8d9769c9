// SPDX-License-Identifier: Apache-2.0
// ImageCanvas: painting, gestures, keys and undo of the box-labeling view.
#include "widgets/canvas/imagecanvas.h"
#include "core/base/decimal.h"

#include "core/domain/classkeys.h"

#include "widgets/canvas/prefetcher.h"
#include "widgets/canvas/tiledimage.h"
#include "widgets/session/annotationsession.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QStyle>
#include <QUndoStack>

#include <cmath>

namespace assay::widgets {

static constexpr double s_handleRadius = 4.0; // logical pixels: half the drawn square
static constexpr double s_handleGrab = 7.0;   // logical pixels: how near counts as "on it"
static constexpr double s_clickSlop = 3.0;    // logical pixels: a press that is no drag
static constexpr double s_edgeGrab = 4.0;     // logical pixels: a press this near a box's line
                                              // moves the box
static constexpr Qt::KeyboardModifier s_moveModifier = Qt::ControlModifier;
static constexpr double s_maxDeviceZoom = 64.0; // screen pixels per image pixel
static constexpr double s_wheelStep = 1.25;     // zoom factor per wheel notch
static constexpr int s_minimapEdge = 180;       // logical pixels: the minimap's longer edge
static constexpr int s_minimapMargin = 12;      // logical pixels from the canvas's corner

static QString withShortcut(const QString &text, const QKeySequence &key)
{
    return key.isEmpty()
                   ? text
                   : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
    , m_image(new TiledImage(this))
    , m_ownSession(new AnnotationSession(this))
    , m_session(nullptr)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: no background erase
    setAttribute(Qt::WA_KeyCompression, false);
    setToolTip(tr("Drag anywhere to draw a box, also inside another box; click a box to select it.\n"
                  "Drag a box's line, or Ctrl+drag inside it, to move it; drag its handles to "
                  "resize it.\nWheel: zoom. Middle-drag or Space+drag: pan."));
    connect(m_image, &TiledImage::stateChanged, this, &ImageCanvas::onImageStateChanged);
    connect(m_image, &TiledImage::detailArrived, this, qOverload<>(&QWidget::update));
    createActions();
    setSession(nullptr);
    emitStatus();
}

ImageCanvas::~ImageCanvas()
{
    // The own session, a child, goes after the canvas: nothing of it is shown any more.
    m_session->disconnect(this);
    m_session->undoStack()->disconnect(this);
}

// ---------------------------------------------------------------- actions

void ImageCanvas::createActions()
{
    const auto make = [this](Action id, const QString &text, const QList<QKeySequence> &keys,
                             auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(withShortcut(text, keys.value(0)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_actions.insert(id, action);
        return action;
    };
    make(Action::ZoomIn, tr("Zoom In"), {QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)},
         [this] { zoomIn(); });
    make(Action::ZoomOut, tr("Zoom Out"), {QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)},
         [this] { zoomOut(); });
    make(Action::ZoomToFit, tr("Fit to Window"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
         [this] { zoomToFit(); });
    make(Action::ActualSize, tr("Actual Size (100 %)"), {QKeySequence(Qt::CTRL | Qt::Key_1)},
         [this] { zoomToActualSize(); });
    make(Action::Undo, tr("Undo"), {QKeySequence::Undo}, [this] { m_session->undo(); });
    make(Action::Redo, tr("Redo"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
         [this] { m_session->redo(); });
    make(Action::DeleteBox, tr("Delete Box"),
         {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)},
         [this] { deleteSelectedBox(); });
    // Tab and Shift+Tab stay inside the canvas (see event()); the actions make them visible.
    make(Action::NextBox, tr("Next Box"), {QKeySequence(Qt::Key_Tab)}, [this] { selectNextBox(1); });
    make(Action::PreviousBox, tr("Previous Box"), {QKeySequence(Qt::SHIFT | Qt::Key_Tab)},
         [this] { selectNextBox(-1); });
}

QAction *ImageCanvas::action(Action action) const
{
    return m_actions.value(action);
}

void ImageCanvas::updateActions()
{
    auto *undo = m_actions.value(Action::Undo);
    auto *redo = m_actions.value(Action::Redo);
    const QUndoStack *stack = m_session->undoStack();
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    const QString undoText = stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Undo");
    const QString redoText = stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Redo");
    undo->setText(undoText);
    undo->setToolTip(withShortcut(undoText, undo->shortcut()));
    redo->setText(redoText);
    redo->setToolTip(withShortcut(redoText, redo->shortcut()));
    m_actions.value(Action::DeleteBox)->setEnabled(isEditable() && !m_selected.isEmpty());
    m_actions.value(Action::NextBox)->setEnabled(!boxes().isEmpty());
    m_actions.value(Action::PreviousBox)->setEnabled(!boxes().isEmpty());
}

void ImageCanvas::rebuildClassActions()
{
    qDeleteAll(m_classActions);
    m_classActions.clear();
    auto *group = new QActionGroup(this);
    // The taxonomy's hotkeys, else 1-9 and the chords 0, 0 to 0, 9 by position.
    const QStringList keys = core::classHotkeys(m_taxonomy);
    for (qsizetype i = 0; i < m_taxonomy.classes.size(); ++i) {
        const auto &cls = m_taxonomy.classes.at(i);
        auto *action = new QAction(cls.name, group);
        QPixmap swatch(16, 16);
        swatch.fill(QColor(cls.colour));
        action->setIcon(QIcon(swatch));
        action->setCheckable(true);
        action->setChecked(cls.id == m_currentClass);
        action->setData(cls.id);
        if (!keys.at(i).isEmpty())
            action->setShortcut(QKeySequence(keys.at(i), QKeySequence::PortableText));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(withShortcut(tr("Class: %1").arg(cls.name), action->shortcut()));
        const core::Id id = cls.id;
        connect(action, &QAction::triggered, this, [this, id] {
            setCurrentClass(id);
            assignClassToSelection(id);
        });
        addAction(action);
        m_classActions.append(action);
    }
}

// ---------------------------------------------------------------- image

void ImageCanvas::setImage(const QString &path)
{
    setImage(ImageSource{path, {}});
}

void ImageCanvas::setImage(const ImageSource &source)
{
    m_drag = Drag::None;
    m_hovered.clear();
    m_shownSignalled = false;
    m_fitMode = true;
    m_image->load(source, targetDeviceSize(), m_prefetcher);
    if (m_image->state() == TiledImage::State::Loading && m_image->size().isValid())
        zoomToFit(); // the header told the size: boxes can show before the pixels
    update();
    emitStatus();
}

void ImageCanvas::clearImage()
{
    m_image->clear();
    m_shownSignalled = false;
    update();
    emitStatus();
}

QString ImageCanvas::imagePath() const
{
    return m_image->path();
}

QSize ImageCanvas::imageSize() const
{
    return m_image->size();
}

bool ImageCanvas::isImageShown() const
{
    return m_image->state() == TiledImage::State::Ready;
}

QString ImageCanvas::imageError() const
{
    return m_image->state() == TiledImage::State::Failed ? m_image->error().toString() : QString();
}

QString ImageCanvas::imageWarning() const
{
    if (m_image->state() != TiledImage::State::Ready || m_image->preview().warning.isEmpty())
        return {};
    return m_image->path() + QStringLiteral(": ") + m_image->preview().warning;
}

void ImageCanvas::setPrefetcher(Prefetcher *prefetcher)
{
    m_prefetcher = prefetcher;
    if (m_prefetcher)
        m_prefetcher->setTargetSize(targetDeviceSize());
}

QRectF ImageCanvas::fitArea() const
{
    const QRectF area = QRectF(rect()).adjusted(m_fitMargin, m_fitMargin, -m_fitMargin,
                                                -m_fitMargin);
    return area.isEmpty() ? QRectF(rect()) : area;
}

QSize ImageCanvas::targetDeviceSize() const
{
    return (fitArea().size() * devicePixelRatioF()).toSize();
}

void ImageCanvas::setFitMargin(int logicalPixels)
{
    m_fitMargin = std::max(0, logicalPixels);
    if (m_prefetcher)
        m_prefetcher->setTargetSize(targetDeviceSize());
    if (m_fitMode)
        zoomToFit();
}

void ImageCanvas::onImageStateChanged()
{
    if (m_image->state() == TiledImage::State::Failed) {
        Q_EMIT imageFailed(m_image->error().toString());
    } else {
        if (m_fitMode)
            zoomToFit();
        if (const QString warning = imageWarning(); !warning.isEmpty())
            Q_EMIT imageDamaged(warning);
    }
    update();
    emitStatus();
}

// ---------------------------------------------------------------- annotation

void ImageCanvas::setSession(AnnotationSession *session)
{
    if (!session)
        session = m_ownSession;
    if (session == m_session)
        return;
    if (m_session) {
        m_session->finishGesture();
        m_session->disconnect(this);
        m_session->undoStack()->disconnect(this);
    }
    m_session = session;
    // A shared session may go first (its owner is torn down): the view shows its own again.
    if (m_session != m_ownSession) {
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            setSession(nullptr);
        });
    }
    connect(m_session, &AnnotationSession::annotationReset, this, &ImageCanvas::onAnnotationReset);
    connect(m_session, &AnnotationSession::boxAdded, this, &ImageCanvas::onBoxesChanged);
    connect(m_session, &AnnotationSession::boxChanged, this, &ImageCanvas::onBoxesChanged);
    connect(m_session, &AnnotationSession::boxRemoved, this, &ImageCanvas::onBoxesChanged);
    connect(m_session, &AnnotationSession::classesChanged, this, &ImageCanvas::boxesChanged);
    connect(m_session, &AnnotationSession::editFailed, this, &ImageCanvas::editFailed);
    QUndoStack *stack = m_session->undoStack();
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(stack, signal, this, &ImageCanvas::updateActions);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &ImageCanvas::updateActions);
    onAnnotationReset();
    Q_EMIT sessionChanged();
}

void ImageCanvas::setAnnotationEditor(core::IAnnotationEditor *editor)
{
    m_session->setAnnotationEditor(editor);
}

void ImageCanvas::setAnnotation(const core::Id &annotationId)
{
    m_session->setAnnotation(annotationId);
}

core::Id ImageCanvas::annotationId() const
{
    return m_session->annotationId();
}

void ImageCanvas::reloadAnnotation()
{
    m_session->reload();
}

const QList<core::Box> &ImageCanvas::boxes() const
{
    return m_session->boxes();
}

const QStringList &ImageCanvas::itemClasses() const
{
    return m_session->classes();
}

QUndoStack *ImageCanvas::undoStack() const
{
    return m_session->undoStack();
}

bool ImageCanvas::isEditable() const
{
    return !m_readOnly && m_session->isEditable();
}

void ImageCanvas::onAnnotationReset()
{
    m_drag = Drag::None;
    m_selected.clear();
    m_hovered.clear();
    updateActions();
    update();
    Q_EMIT selectionChanged(m_selected);
    Q_EMIT boxesChanged();
}

void ImageCanvas::onBoxesChanged()
{
    // A box under a drag that went away (undone, deleted elsewhere) ends the drag.
    if ((m_drag == Drag::Moving || m_drag == Drag::Resizing) && boxIndex(m_liveBox.id) < 0)
        m_drag = Drag::None;
    if (!m_hovered.isEmpty() && boxIndex(m_hovered) < 0)
        m_hovered.clear();
    if (!m_selected.isEmpty() && boxIndex(m_selected) < 0) {
        m_selected.clear();
        Q_EMIT selectionChanged(m_selected);
    }
    updateActions();
    update();
    Q_EMIT boxesChanged();
}

void ImageCanvas::setTaxonomy(const core::Taxonomy &taxonomy)
{
    m_taxonomy = taxonomy;
    m_labelCache.clear();
    if (!m_taxonomy.findById(m_currentClass))
        m_currentClass = m_taxonomy.classes.isEmpty() ? core::Id() : m_taxonomy.classes.first().id;
    rebuildClassActions();
    update();
    Q_EMIT classActionsChanged();
    Q_EMIT currentClassChanged(m_currentClass);
}

void ImageCanvas::setCurrentClass(const core::Id &classId)
{
    if (classId == m_currentClass)
        return;
    m_currentClass = classId;
    for (auto *action : std::as_const(m_classActions))
        action->setChecked(action->data().toString() == classId);
    update();
    Q_EMIT currentClassChanged(classId);
}

void ImageCanvas::assignClassToSelection(const core::Id &classId)
{
    if (!m_readOnly)
        m_session->changeBoxClass(m_selected, classId);
}

void ImageCanvas::setItemClasses(const QStringList &classIds)
{
    if (!m_readOnly)
        m_session->setClasses(classIds);
}

void ImageCanvas::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_drag = Drag::None;
    updateActions();
    update();
}

// ---------------------------------------------------------------- selection and edits

int ImageCanvas::boxIndex(const core::Id &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < boxes().size(); ++i) {
        if (boxes().at(i).id == id)
            return i;
    }
    return -1;
}

void ImageCanvas::selectBox(const core::Id &boxId)
{
    const core::Id id = boxIndex(boxId) >= 0 ? boxId : core::Id();
    if (id == m_selected)
        return;
    m_selected = id;
    updateActions();
    update();
    Q_EMIT selectionChanged(m_selected);
}

void ImageCanvas::selectNextBox(int step)
{
    if (boxes().isEmpty())
        return;
    const int n = int(boxes().size());
    const int current = boxIndex(m_selected);
    const int next = current < 0 ? (step > 0 ? 0 : n - 1) : ((current + step) % n + n) % n;
    selectBox(boxes().at(next).id);
    // Bring a box that is out of view to the middle, keeping the zoom.
    const QRectF rect = boxToWidget(boxes().at(next));
    if (!rect.intersects(QRectF(this->rect()))) {
        m_offset += QRectF(this->rect()).center() - rect.center();
        m_fitMode = false;
        update();
    }
}

void ImageCanvas::deleteSelectedBox()
{
    if (!m_readOnly)
        m_session->removeBox(m_selected);
}

void ImageCanvas::nudgeSelectedBox(double dx, double dy, bool gestureDone)
{
    const int index = boxIndex(m_selected);
    if (index < 0 || m_readOnly)
        return;
    const core::Box box = boxes().at(index);
    const QSizeF image = imageSize();
    core::Box moved = box;
    moved.x = std::clamp(box.x + dx, 0.0, std::max(0.0, image.width() - box.w));
    moved.y = std::clamp(box.y + dy, 0.0, std::max(0.0, image.height() - box.h));
    if (!(moved == box))
        m_session->nudgeBox(moved);
    if (gestureDone)
        m_session->finishGesture();
}

// ---------------------------------------------------------------- view

double ImageCanvas::zoomPercent() const
{
    return m_zoom * devicePixelRatioF() * 100.0;
}

void ImageCanvas::centerOn(const QPointF &imagePos)
{
    if (imageSize().isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    const QPointF offset = QRectF(rect()).center() - imagePos * m_zoom;
    m_offset = QPointF(std::round(offset.x() * dpr) / dpr, std::round(offset.y() * dpr) / dpr);
    m_fitMode = false;
    update();
    Q_EMIT viewChanged(m_zoom, m_offset);
    emitStatus();
}

QRect ImageCanvas::minimapRect() const
{
    const QSize image = imageSize();
    if (!isImageShown() || image.isEmpty())
        return {};
    // Only when some of the image is out of view, and the canvas has room for it.
    const QRectF shown(m_offset, QSizeF(image) * m_zoom);
    if (QRectF(rect()).adjusted(-1, -1, 1, 1).contains(shown))
        return {};
    const double scale = double(s_minimapEdge) / std::max(image.width(), image.height());
    const QSize size(std::max(8, int(std::lround(image.width() * scale))),
                     std::max(8, int(std::lround(image.height() * scale))));
    if (size.width() * 2 > width() || size.height() * 2 > height())
        return {};
    return QRect(QPoint(width() - s_minimapMargin - size.width(),
                        height() - s_minimapMargin - size.height()),
                 size);
}

QPointF ImageCanvas::minimapToImage(const QPointF &widgetPos) const
{
    const QRect map = minimapRect();
    const QSize image = imageSize();
    if (map.isEmpty())
        return {};
    const QPointF inside = widgetPos - QPointF(map.topLeft());
    return QPointF(std::clamp(inside.x() * image.width() / map.width(), 0.0, double(image.width())),
                   std::clamp(inside.y() * image.height() / map.height(), 0.0,
                              double(image.height())));
}

QPointF ImageCanvas::widgetToImage(const QPointF &widgetPos) const
{
    return (widgetPos - m_offset) / m_zoom;
}

QPointF ImageCanvas::imageToWidget(const QPointF &imagePos) const
{
    return imagePos * m_zoom + m_offset;
}

QRectF ImageCanvas::boxToWidget(const core::Box &box) const
{
    return QRectF(imageToWidget(QPointF(box.x, box.y)),
                  imageToWidget(QPointF(box.x + box.w, box.y + box.h)));
}

void ImageCanvas::setZoom(double zoom, const QPointF &anchor)
{
    const QSize image = imageSize();
    if (image.isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    const double fit = std::min(double(width()) / image.width(), double(height()) / image.height());
    const double minimum = std::min(fit, 1.0 / dpr) / 4.0;
    zoom = std::clamp(zoom, minimum, s_maxDeviceZoom / dpr);
    const QPointF fixed = widgetToImage(anchor);
    m_zoom = zoom;
    m_offset = anchor - fixed * m_zoom;
    m_fitMode = false;
    update();
    Q_EMIT zoomChanged(zoomPercent());
    Q_EMIT viewChanged(m_zoom, m_offset);
    emitStatus();
}

void ImageCanvas::setView(double zoom, const QPointF &offset)
{
    if (zoom <= 0)
        return;
    m_zoom = zoom;
    m_offset = offset;
    m_fitMode = false;
    update();
    Q_EMIT zoomChanged(zoomPercent());
    emitStatus();
}

void ImageCanvas::zoomToFit()
{
    const QSize image = imageSize();
    m_fitMode = true;
    const QRectF area = fitArea();
    if (image.isEmpty() || area.isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    // Computed in device pixels, as the preview was, so that both land on the same size.
    const QSize device = targetDeviceSize();
    m_zoom = std::min(double(device.width()) / image.width(),
                      double(device.height()) / image.height())
             / dpr;
    const QPointF free(area.left() + (area.width() - image.width() * m_zoom) / 2.0,
                       area.top() + (area.height() - image.height() * m_zoom) / 2.0);
    m_offset = QPointF(std::round(free.x() * dpr) / dpr, std::round(free.y() * dpr) / dpr);
    update();
    Q_EMIT zoomChanged(zoomPercent());
    Q_EMIT viewChanged(m_zoom, m_offset);
    emitStatus();
}

void ImageCanvas::zoomToActualSize()
{
    const QPointF anchor = m_cursorInside ? m_cursor : QRectF(rect()).center();
    setZoom(1.0 / devicePixelRatioF(), anchor);
    const double dpr = devicePixelRatioF();
    m_offset = QPointF(std::round(m_offset.x() * dpr) / dpr, std::round(m_offset.y() * dpr) / dpr);
}

void ImageCanvas::zoomIn()
{
    setZoom(m_zoom * s_wheelStep, m_cursorInside ? m_cursor : QRectF(rect()).center());
}

void ImageCanvas::zoomOut()
{
    setZoom(m_zoom / s_wheelStep, m_cursorInside ? m_cursor : QRectF(rect()).center());
}

void ImageCanvas::emitStatus()
{
    QString text = tr("%1 %").arg(localDecimal(zoomPercent(), zoomPercent() < 10 ? 1 : 0));
    if (m_cursorInside && imageSize().isValid()) {
        const QPointF p = widgetToImage(m_cursor);
        if (QRectF(QPointF(), QSizeF(imageSize())).contains(p))
            text += QStringLiteral("  ·  ")
                    + tr("x %1, y %2").arg(int(std::floor(p.x()))).arg(int(std::floor(p.y())));
    }
    if (m_drag == Drag::Drawing)
        text += QStringLiteral("  ·  ")
                + tr("%1 × %2")
                          .arg(localDecimal(m_drawRect.width(), 0))
                          .arg(localDecimal(m_drawRect.height(), 0));
    Q_EMIT statusChanged(text);
}

// ---------------------------------------------------------------- hit testing

core::Box ImageCanvas::displayedBox(int index) const
{
    const core::Box &box = boxes().at(index);
    if ((m_drag == Drag::Moving || m_drag == Drag::Resizing) && box.id == m_liveBox.id)
        return m_liveBox;
    return box;
}

core::Id ImageCanvas::boxAt(const QPointF &widgetPos) const
{
    // Among overlapping boxes the smallest wins: a box inside another stays reachable, and the
    // outer one is reached outside it or by its line.
    core::Id best;
    double bestArea = 0;
    for (const auto &box : boxes()) {
        if (!boxToWidget(box).adjusted(-2, -2, 2, 2).contains(widgetPos))
            continue;
        const double area = box.w * box.h;
        if (best.isEmpty() || area < bestArea) {
            best = box.id;
            bestArea = area;
        }
    }
    return best;
}

core::Id ImageCanvas::boxEdgeAt(const QPointF &widgetPos) const
{
    // On or near a box's line, inside or out; the selected box first, then the smallest.
    const auto onEdge = [&](const core::Box &box) {
        const QRectF r = boxToWidget(box);
        const QRectF outer = r.adjusted(-s_edgeGrab, -s_edgeGrab, s_edgeGrab, s_edgeGrab);
        const QRectF inner = r.adjusted(s_edgeGrab, s_edgeGrab, -s_edgeGrab, -s_edgeGrab);
        return outer.contains(widgetPos) && !(inner.isValid() && inner.contains(widgetPos));
    };
    if (const int selected = boxIndex(m_selected); selected >= 0 && onEdge(boxes().at(selected)))
        return m_selected;
    core::Id best;
    double bestArea = 0;
    for (const auto &box : boxes()) {
        if (!onEdge(box))
            continue;
        const double area = box.w * box.h;
        if (best.isEmpty() || area < bestArea) {
            best = box.id;
            bestArea = area;
        }
    }
    return best;
}

QList<QPair<int, QPointF>> ImageCanvas::handles(const QRectF &r) const
{
    const double cx = r.center().x();
    const double cy = r.center().y();
    return {{Left | Top, r.topLeft()},         {Top, {cx, r.top()}},
            {Right | Top, r.topRight()},       {Right, {r.right(), cy}},
            {Right | Bottom, r.bottomRight()}, {Bottom, {cx, r.bottom()}},
            {Left | Bottom, r.bottomLeft()},   {Left, {r.left(), cy}}};
}

int ImageCanvas::handleAt(const QPointF &widgetPos) const
{
    const int index = boxIndex(m_selected);
    if (index < 0 || m_readOnly)
        return 0;
    // The nearest handle wins: on a box a few screen pixels wide, all of them are in reach.
    int best = 0;
    double bestDistance = s_handleGrab;
    for (const auto &[edges, point] : handles(boxToWidget(boxes().at(index)))) {
        const double distance = std::max(std::abs(point.x() - widgetPos.x()),
                                         std::abs(point.y() - widgetPos.y()));
        if (distance <= bestDistance) {
            best = edges;
            bestDistance = distance;
        }
    }
    return best;
}

QPointF ImageCanvas::clampToImage(const QPointF &p) const
{
    const QSize image = imageSize();
    return {std::clamp(p.x(), 0.0, double(image.width())),
            std::clamp(p.y(), 0.0, double(image.height()))};
}

QColor ImageCanvas::classColour(const core::Id &classId) const
{
    if (const auto *cls = m_taxonomy.readAs(classId)) {
        const QColor colour(cls->colour);
        if (colour.isValid())
            return colour;
    }
    return palette().color(QPalette::PlaceholderText);
}

QString ImageCanvas::className(const core::Id &classId) const
{
    if (const auto *cls = m_taxonomy.readAs(classId))
        return cls->name;
    return classId.isEmpty() ? tr("(no class)") : tr("(unknown class)");
}

// ---------------------------------------------------------------- mouse

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_pressWidget = pos;
    m_pressOffset = m_offset;
    m_session->finishGesture();
    // A press on the minimap moves the view there; a drag from it keeps moving it.
    if (event->button() == Qt::LeftButton && minimapRect().contains(pos.toPoint())) {
        m_drag = Drag::Minimap;
        centerOn(minimapToImage(pos));
        return;
    }
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Panning;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    // No boxes on pixels nobody can see: not while loading, not on an image that failed.
    if (event->button() != Qt::LeftButton || !isImageShown())
        return;
    const bool editable = isEditable();
    m_pressImage = widgetToImage(pos);
    if (const int edges = editable ? handleAt(pos) : 0) {
        m_drag = Drag::Resizing;
        m_dragEdges = edges;
        m_dragOriginal = m_liveBox = boxes().at(boxIndex(m_selected));
        return;
    }
    // As in CVAT and labelImg's draw mode: a drag draws a new box wherever it starts, inside
    // another box too. A box moves when the drag starts on its line, or with Ctrl inside it.
    const core::Id inside = boxAt(pos);
    core::Id move = boxEdgeAt(pos);
    if (move.isEmpty() && (event->modifiers() & s_moveModifier))
        move = inside;
    if (!move.isEmpty()) {
        selectBox(move);
        if (editable) {
            m_drag = Drag::Moving;
            m_dragOriginal = m_liveBox = boxes().at(boxIndex(move));
        }
        return;
    }
    // A click inside a box selects it; a drag from there draws a new one (selected at its end).
    selectBox(inside);
    if (editable) {
        m_drag = Drag::Drawing;
        m_pressImage = clampToImage(m_pressImage);
        m_drawRect = QRectF(m_pressImage, m_pressImage);
    }
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_cursor = pos;
    m_cursorInside = true;
    const QSizeF image = imageSize();
    switch (m_drag) {
    case Drag::Minimap:
        if (const QRect map = minimapRect(); !map.isEmpty())
            centerOn(minimapToImage(pos));
        break;
    case Drag::Panning:
        m_offset = m_pressOffset + (pos - m_pressWidget);
        m_fitMode = false;
        Q_EMIT viewChanged(m_zoom, m_offset);
        break;
    case Drag::Drawing:
        m_drawRect = QRectF(m_pressImage, clampToImage(widgetToImage(pos))).normalized();
        break;
    case Drag::Moving: {
        const QPointF delta = widgetToImage(pos) - m_pressImage;
        m_liveBox.x = std::clamp(m_dragOriginal.x + delta.x(), 0.0,
                                 std::max(0.0, image.width() - m_dragOriginal.w));
        m_liveBox.y = std::clamp(m_dragOriginal.y + delta.y(), 0.0,
                                 std::max(0.0, image.height() - m_dragOriginal.h));
        break;
    }
    case Drag::Resizing: {
        const QPointF p = clampToImage(widgetToImage(pos));
        const core::Box &o = m_dragOriginal;
        double left = o.x, top = o.y, right = o.x + o.w, bottom = o.y + o.h;
        // Edges never cross: the moving one stops a minimum size away from its opposite.
        if (m_dragEdges & Left)
            left = std::max(0.0, std::min(p.x(), right - m_minBoxSize));
        if (m_dragEdges & Right)
            right = std::min(image.width(), std::max(p.x(), left + m_minBoxSize));
        if (m_dragEdges & Top)
            top = std::max(0.0, std::min(p.y(), bottom - m_minBoxSize));
        if (m_dragEdges & Bottom)
            bottom = std::min(image.height(), std::max(p.y(), top + m_minBoxSize));
        m_liveBox.x = left;
        m_liveBox.y = top;
        m_liveBox.w = right - left;
        m_liveBox.h = bottom - top;
        break;
    }
    case Drag::None:
        if (const core::Id hovered = boxAt(pos); hovered != m_hovered)
            m_hovered = hovered;
        break;
    }
    updateCursor(pos);
    update();
    const QPointF imagePos = widgetToImage(pos);
    Q_EMIT cursorPositionChanged(imagePos, QRectF(QPointF(), image).contains(imagePos));
    emitStatus();
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    if (drag == Drag::None)
        return;
    const bool panningButton = event->button() == Qt::MiddleButton
                               || (event->button() == Qt::LeftButton && drag == Drag::Panning);
    if (!panningButton && event->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    switch (drag) {
    case Drag::Drawing: {
        const QRectF r = m_drawRect;
        const bool click = (event->position() - m_pressWidget).manhattanLength() < s_clickSlop;
        if (r.width() < m_minBoxSize || r.height() < m_minBoxSize) {
            if (!click)
                Q_EMIT message(
                        tr("Box not added: it must be at least %1 × %1 pixels").arg(m_minBoxSize));
            break;
        }
        core::Box box;
        box.id = core::newId();
        box.classId = m_currentClass;
        box.x = r.x();
        box.y = r.y();
        box.w = r.width();
        box.h = r.height();
        m_session->addBox(box);
        selectBox(box.id); // refused: no such box, nothing selected
        break;
    }
    case Drag::Moving:
    case Drag::Resizing:
        if (!(m_liveBox == m_dragOriginal))
            m_session->updateBox(m_liveBox); // one step and one save for the whole drag
        break;
    case Drag::Panning:
    case Drag::Minimap:
    case Drag::None: break;
    }
    updateCursor(event->position());
    update();
    emitStatus();
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    m_cursor = event->position();
    setZoom(m_zoom * std::pow(s_wheelStep, notches), event->position());
    event->accept();
}

void ImageCanvas::leaveEvent(QEvent *)
{
    m_cursorInside = false;
    m_hovered.clear();
    update();
    emitStatus();
}

void ImageCanvas::updateCursor(const QPointF &pos)
{
    if (m_drag == Drag::Minimap || (m_drag == Drag::None && minimapRect().contains(pos.toPoint()))) {
        setCursor(Qt::PointingHandCursor);
        return;
    }
    if (m_drag == Drag::Panning) {
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_spaceHeld) {
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (m_drag == Drag::Moving) {
        setCursor(Qt::SizeAllCursor);
        return;
    }
    const int edges = m_drag == Drag::Resizing ? m_dragEdges : handleAt(pos);
    if (edges == (Left | Top) || edges == (Right | Bottom))
        setCursor(Qt::SizeFDiagCursor);
    else if (edges == (Right | Top) || edges == (Left | Bottom))
        setCursor(Qt::SizeBDiagCursor);
    else if (edges == Left || edges == Right)
        setCursor(Qt::SizeHorCursor);
    else if (edges == Top || edges == Bottom)
        setCursor(Qt::SizeVerCursor);
    else if (!m_readOnly
             && (!boxEdgeAt(pos).isEmpty()
                 || ((QGuiApplication::keyboardModifiers() & s_moveModifier)
                     && !boxAt(pos).isEmpty())))
        setCursor(Qt::SizeAllCursor);
    else if (!m_readOnly && m_session->annotationEditor())
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
}

// ---------------------------------------------------------------- keys

bool ImageCanvas::event(QEvent *event)
{
    // Escape is the canvas's own (cancel a drag, drop the selection), before any shortcut of
    // the window that embeds it.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    // Tab would move the focus away; in the canvas it walks the boxes.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            selectNextBox(key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier)
                                  ? -1
                                  : 1);
            return true;
        }
    }
    return QWidget::event(event);
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
    const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
                       || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    // A fresh press is a new gesture, even when the release of the last one never came.
    if (arrow && !event->isAutoRepeat())
        m_session->finishGesture();
    switch (event->key()) {
    case Qt::Key_Left: nudgeSelectedBox(-step, 0, false); return;
    case Qt::Key_Right: nudgeSelectedBox(step, 0, false); return;
    case Qt::Key_Up: nudgeSelectedBox(0, -step, false); return;
    case Qt::Key_Down: nudgeSelectedBox(0, step, false); return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updateCursor(m_cursor);
            update();
        }
        return;
    case Qt::Key_Control: // the cursor tells whether a drag would move the box under it
        updateCursor(m_cursor);
        break;
    case Qt::Key_Escape:
        if (m_drag != Drag::None) {
            m_drag = Drag::None; // the store was not touched: nothing to undo
            update();
        } else {
            selectBox({});
        }
        return;
    default: break;
    }
    // Class hotkeys normally arrive as shortcuts; this catches them when no shortcut map
    // saw the key (an inactive window, a test sending events directly). Shift with a letter
    // or a digit is no box class: the embedding view gives it to the whole-image classes.
    const bool shiftedAlphanumeric = (event->modifiers() & Qt::ShiftModifier)
                                     && ((event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9)
                                         || (event->key() >= Qt::Key_A
                                             && event->key() <= Qt::Key_Z));
    if (!(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) && !shiftedAlphanumeric
        && !event->text().isEmpty()) {
        // A chord's first key waits for its second ("0, 3"), as the shortcut map does.
        const QString typed = m_pendingChord.isEmpty()
                                      ? event->text()
                                      : QStringLiteral("%1, %2").arg(m_pendingChord, event->text());
        m_pendingChord.clear();
        const QStringList keys = core::classHotkeys(m_taxonomy);
        for (qsizetype i = 0; i < m_taxonomy.classes.size(); ++i) {
            if (!keys.at(i).isEmpty() && keys.at(i).compare(typed, Qt::CaseInsensitive) == 0) {
                const core::Id id = m_taxonomy.classes.at(i).id;
                setCurrentClass(id);
                assignClassToSelection(id);
                return;
            }
        }
        const QString chordStart = event->text() + QStringLiteral(", ");
        if (std::any_of(keys.begin(), keys.end(), [&](const QString &key) {
                return key.startsWith(chordStart, Qt::CaseInsensitive);
            })) {
            m_pendingChord = event->text();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void ImageCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->isAutoRepeat()) {
        QWidget::keyReleaseEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        m_session->finishGesture(); // a held arrow was one step; the next press starts another
        return;
    case Qt::Key_Space:
        m_spaceHeld = false;
        updateCursor(m_cursor);
        update();
        return;
    default: break;
    }
    QWidget::keyReleaseEvent(event);
}

void ImageCanvas::focusOutEvent(QFocusEvent *event)
{
    m_session->finishGesture();
    m_spaceHeld = false;
    QWidget::focusOutEvent(event);
}

void ImageCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        m_labelCache.clear();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_prefetcher)
        m_prefetcher->setTargetSize(targetDeviceSize());
    // An image loaded before the canvas had its size (a page just switched to) was decoded for
    // a tiny view: a larger view gets a preview of its size.
    m_image->setTarget(targetDeviceSize());
    if (m_fitMode)
        zoomToFit();
}

// ---------------------------------------------------------------- painting

void ImageCanvas::paintEvent(QPaintEvent *event)
{
    ++m_paintCount;
    QPainter painter(this);
    const QPalette &pal = palette();
    // A neutral surround, one step darker than the window, whatever the theme.
    painter.fillRect(event->rect(), pal.color(QPalette::Window).darker(125));

    switch (m_image->state()) {
    case TiledImage::State::Empty: paintMessage(&painter, tr("No image"), false); return;
    case TiledImage::State::Failed:
        paintMessage(&painter, tr("Cannot show this image.\n%1").arg(m_image->error().toString()),
                     true);
        return;
    case TiledImage::State::Loading:
        paintMessage(&painter, tr("Loading %1…").arg(QFileInfo(m_image->path()).fileName()), false);
        break;
    case TiledImage::State::Ready:
        m_image->paint(&painter, m_offset, m_zoom, devicePixelRatioF(), QRectF(event->rect()));
        break;
    }
    if (m_underlay)
        m_underlay(&painter);
    paintBoxes(&painter);
    if (m_overlay)
        m_overlay(&painter);
    paintCrosshair(&painter);
    paintMinimap(&painter);
    if (const QString warning = imageWarning(); !warning.isEmpty())
        paintBanner(&painter, warning);
    if (m_image->state() == TiledImage::State::Ready && !m_shownSignalled) {
        m_shownSignalled = true;
        Q_EMIT imageShown(m_image->path());
    }
}

void ImageCanvas::paintMinimap(QPainter *painter)
{
    const QRect map = minimapRect();
    if (map.isEmpty())
        return;
    const QSizeF image = imageSize();
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // A dark frame around it keeps it apart from the image under it.
    painter->fillRect(map.adjusted(-3, -3, 3, 3), QColor(0, 0, 0, 170));
    painter->drawImage(QRectF(map), m_image->preview().image);
    // The visible part of the image, in minimap pixels.
    const double sx = map.width() / image.width();
    const double sy = map.height() / image.height();
    const QPointF topLeft = widgetToImage(QPointF(0, 0));
    const QPointF bottomRight = widgetToImage(QPointF(width(), height()));
    const QRectF view = QRectF(QPointF(map.left() + topLeft.x() * sx, map.top() + topLeft.y() * sy),
                               QPointF(map.left() + bottomRight.x() * sx,
                                       map.top() + bottomRight.y() * sy))
                        & QRectF(map);
    painter->setClipRect(map.adjusted(-1, -1, 1, 1));
    painter->setPen(QPen(QColor(0, 0, 0, 200), 3));
    painter->drawRect(view.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->setPen(QPen(QColor(255, 214, 0), 1.5));
    painter->drawRect(view.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

void ImageCanvas::paintMessage(QPainter *painter, const QString &text, bool warning)
{
    painter->save();
    QRect area = rect().adjusted(24, 24, -24, -24);
    if (warning) {
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        const int side = 48;
        const QRect iconRect(area.center().x() - side / 2, area.center().y() - side - 8, side, side);
        icon.paint(painter, iconRect);
        area.setTop(iconRect.bottom() + 12);
    }
    QFont font = this->font();
    if (warning)
        font.setPointSizeF(font.pointSizeF() * 1.1);
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawText(area,
                      Qt::AlignHCenter | (warning ? Qt::AlignTop : Qt::AlignVCenter)
                              | Qt::TextWordWrap,
                      text);
    painter->restore();
}

void ImageCanvas::paintBanner(QPainter *painter, const QString &text)
{
    painter->save();
    const QFontMetrics metrics(font());
    const int side = metrics.height();
    const QRect bar(0, 0, width(), side + 12);
    painter->fillRect(bar, palette().color(QPalette::ToolTipBase));
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    icon.paint(painter, QRect(8, 6, side, side));
    painter->setPen(palette().color(QPalette::ToolTipText));
    painter->drawText(bar.adjusted(side + 16, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideMiddle, bar.width() - side - 24));
    painter->restore();
}

// A rectangle's outline as four filled bands centred on its edges: the raster engine fills
// rectangles far faster than it strokes wide pens, and the bands never overlap, so a
// translucent colour blends once everywhere.
static void fillFrame(QPainter *painter, const QRectF &r, double width, const QColor &colour)
{
    const double half = width / 2.0;
    const QRectF outer = r.adjusted(-half, -half, half, half);
    const QRectF inner = r.adjusted(half, half, -half, -half);
    if (inner.width() <= 0 || inner.height() <= 0) {
        painter->fillRect(outer, colour);
        return;
    }
    painter->fillRect(QRectF(outer.left(), outer.top(), outer.width(), width), colour);
    painter->fillRect(QRectF(outer.left(), inner.bottom(), outer.width(), width), colour);
    painter->fillRect(QRectF(outer.left(), inner.top(), width, inner.height()), colour);
    painter->fillRect(QRectF(inner.right(), inner.top(), width, inner.height()), colour);
}

void ImageCanvas::paintBoxes(QPainter *painter)
{
    // Pens are in logical pixels (not cosmetic): lines keep their weight on high-DPI screens.
    painter->save();
    const QFontMetricsF metrics(font());
    const double labelHeight = metrics.height() + 2;
    // The selected box goes last, so that its handles are never under another box's line.
    QList<int> order;
    for (int i = 0; i < boxes().size(); ++i) {
        if (boxes().at(i).id != m_selected)
            order.append(i);
    }
    if (const int selectedIndex = boxIndex(m_selected); selectedIndex >= 0)
        order.append(selectedIndex);
    for (const int i : std::as_const(order)) {
        const core::Box box = displayedBox(i);
        const QRectF r = boxToWidget(box);
        const bool selected = box.id == m_selected;
        const bool hovered = box.id == m_hovered && m_drag == Drag::None;
        const QColor colour = classColour(box.classId);

        painter->setRenderHint(QPainter::Antialiasing, false);
        if (selected || hovered) {
            QColor fill = colour;
            fill.setAlpha(selected ? 56 : 28);
            painter->fillRect(r, fill);
        }
        // A dark halo under the coloured line keeps it visible on any image content.
        const double width = selected ? 3.0 : 2.0;
        fillFrame(painter, r, width + 2.0, QColor(0, 0, 0, 140));
        fillFrame(painter, r, width, colour);

        // The class name on a tag of the class colour, above the box when there is room.
        // Laid-out text per class: a thousand labels cost a thousand copies, not layouts.
        auto label = m_labelCache.find(box.classId);
        if (label == m_labelCache.end()) {
            QStaticText text(className(box.classId));
            text.setTextFormat(Qt::PlainText);
            text.prepare(QTransform(), font());
            label = m_labelCache.insert(box.classId, text);
        }
        const double labelWidth = label->size().width() + 8;
        QRectF tag(r.left() - width / 2, r.top() - labelHeight - width / 2, labelWidth, labelHeight);
        if (tag.top() < 0)
            tag.moveTop(r.top() + width / 2);
        painter->fillRect(tag, colour);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setRenderHint(QPainter::TextAntialiasing, true);
        painter->setPen(qGray(colour.rgb()) > 140 ? Qt::black : Qt::white);
        painter->drawStaticText(QPointF(tag.left() + 4,
                                        tag.top() + (tag.height() - label->size().height()) / 2),
                                *label);

        if (selected && !m_readOnly) {
            painter->setRenderHint(QPainter::Antialiasing, false);
            QPen handlePen(colour.darker(160), 1);
            painter->setPen(handlePen);
            // Handles sit on the photograph, not on the window: light on any theme.
            painter->setBrush(QColor(250, 250, 250));
            for (const auto &handle : handles(r)) {
                const QPointF c = handle.second;
                painter->drawRect(QRectF(c.x() - s_handleRadius, c.y() - s_handleRadius,
                                         2 * s_handleRadius, 2 * s_handleRadius));
            }
        }
    }

    if (m_drag == Drag::Drawing) {
        const QRectF r(imageToWidget(m_drawRect.topLeft()), imageToWidget(m_drawRect.bottomRight()));
        const QColor colour = classColour(m_currentClass);
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen halo(QColor(0, 0, 0, 140), 4);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        QPen dashed(colour, 2, Qt::DashLine);
        painter->setPen(dashed);
        painter->drawRect(r);
        // The size while drawing, refused sizes in the warning colour.
        const bool tooSmall = m_drawRect.width() < m_minBoxSize
                              || m_drawRect.height() < m_minBoxSize;
        const QString size = tr("%1 × %2")
                                     .arg(localDecimal(m_drawRect.width(), 0))
                                     .arg(localDecimal(m_drawRect.height(), 0));
        QRectF tag(r.bottomRight() + QPointF(6, 6),
                   QSizeF(metrics.horizontalAdvance(size) + 8, labelHeight));
        painter->fillRect(tag, QColor(0, 0, 0, 170));
        painter->setPen(tooSmall ? QColor(255, 120, 120) : QColor(Qt::white));
        painter->setRenderHint(QPainter::TextAntialiasing, true);
        painter->drawText(tag, Qt::AlignCenter, size);
    }
    painter->restore();
}

void ImageCanvas::paintCrosshair(QPainter *painter)
{
    if (!isEditable() || !m_cursorInside || m_spaceHeld || imageSize().isEmpty())
        return;
    if (m_drag != Drag::Drawing
        && (m_drag != Drag::None || !m_hovered.isEmpty() || handleAt(m_cursor) != 0))
        return;
    const QRectF image(imageToWidget(QPointF(0, 0)),
                       imageToWidget(QPointF(imageSize().width(), imageSize().height())));
    const QPointF c = m_cursor;
    if (!image.contains(c))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Two-tone dashes: readable on light and dark pixels alike.
    QPen dark(QColor(0, 0, 0, 160), 1);
    painter->setPen(dark);
    painter->drawLine(QPointF(image.left(), c.y()), QPointF(image.right(), c.y()));
    painter->drawLine(QPointF(c.x(), image.top()), QPointF(c.x(), image.bottom()));
    QPen light(QColor(255, 255, 255, 220), 1, Qt::DashLine);
    painter->setPen(light);
    painter->drawLine(QPointF(image.left(), c.y()), QPointF(image.right(), c.y()));
    painter->drawLine(QPointF(c.x(), image.top()), QPointF(c.x(), image.bottom()));
    painter->restore();
}

} // namespace assay::widgets
