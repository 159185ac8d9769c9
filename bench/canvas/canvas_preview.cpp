// SPDX-License-Identifier: Apache-2.0
// canvas_preview: the canvas and its box list on a real photograph, to look at or to screenshot.
#include "widgets/canvas/boxlistwidget.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/canvas/memoryannotationeditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPalette>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace assay;
using namespace assay::widgets;

static core::Box box(const QString &classId, double x, double y, double w, double h)
{
    core::Box b;
    b.id = core::newId();
    b.classId = classId;
    b.x = x;
    b.y = y;
    b.w = w;
    b.h = h;
    return b;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shows the image canvas on a photograph."));
    parser.addHelpOption();
    QCommandLineOption image(QStringLiteral("image"), QStringLiteral("The photograph."),
                             QStringLiteral("path"),
                             QStringLiteral("/usr/share/doc/opencv-doc/examples/data/fruits.jpg"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window as PNG and quit."),
                                  QStringLiteral("png"));
    QCommandLineOption zoom(QStringLiteral("zoom"),
                            QStringLiteral("Zoom in percent instead of fit, around the cursor."),
                            QStringLiteral("percent"));
    parser.addOption(image);
    parser.addOption(screenshot);
    QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    parser.addOption(zoom);
    parser.addOption(dark);
    parser.process(app);
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(45, 45, 48));
        palette.setColor(QPalette::WindowText, QColor(230, 230, 230));
        palette.setColor(QPalette::Base, QColor(30, 30, 32));
        palette.setColor(QPalette::Text, QColor(230, 230, 230));
        palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        QApplication::setPalette(palette);
    }

    // The boxes fit fruits.jpg (512 x 480); on another image they are just boxes.
    core::Taxonomy taxonomy;
    taxonomy.version = 1;
    taxonomy.classes = {{"orange", "orange", "#f58231", "1", {}, {}},
                        {"lime", "lime", "#3cb44b", "2", {}, {}},
                        {"lemon", "lemon", "#ffe119", "3", {}, {}},
                        {"kiwi", "kiwi", "#911eb4", "4", {}, {}},
                        {"cabbage", "red cabbage", "#4363d8", "5", {}, {}}};
    core::Annotation annotation;
    annotation.id = QStringLiteral("preview");
    annotation.boxes = {box("orange", 73, 42, 272, 434), box("lime", 322, 121, 190, 186),
                        box("lemon", 318, 246, 194, 234), box("kiwi", 0, 276, 128, 204),
                        box("cabbage", 104, 0, 408, 152)};
    MemoryAnnotationEditor editor;
    editor.insert(annotation);

    QWidget window;
    window.setWindowTitle(QApplication::translate("canvas_preview", "Assay canvas preview"));
    auto *canvas = new ImageCanvas;
    auto *list = new BoxListWidget;
    auto *status = new QLabel;
    auto *splitter = new QSplitter;
    splitter->addWidget(canvas);
    splitter->addWidget(list);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({900, 260});
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(splitter, 1);
    layout->addWidget(status);
    status->setContentsMargins(8, 3, 8, 3);
    QObject::connect(canvas, &ImageCanvas::statusChanged, status, &QLabel::setText);
    QObject::connect(canvas, &ImageCanvas::editFailed, status, &QLabel::setText);
    QObject::connect(canvas, &ImageCanvas::message, status, &QLabel::setText);

    canvas->setAnnotationEditor(&editor);
    canvas->setTaxonomy(taxonomy);
    list->setCanvas(canvas);
    window.resize(1180, 760);
    window.show();
    canvas->setFocus();
    canvas->setImage(parser.value(image));
    canvas->setAnnotation(annotation.id);
    canvas->selectBox(annotation.boxes.at(1).id);

    if (!parser.isSet(screenshot))
        return app.exec();

    while (!canvas->isImageShown() && canvas->imageError().isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // A cursor over the image, away from the boxes: status and crosshair guides show.
    const QPointF cursor = canvas->imageToWidget(QPointF(40, 200));
    if (parser.isSet(zoom))
        canvas->setZoom(parser.value(zoom).toDouble() / 100.0 / canvas->devicePixelRatioF(), cursor);
    QMouseEvent move(QEvent::MouseMove, cursor, canvas->mapToGlobal(cursor), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QCoreApplication::processEvents();
    return window.grab().save(parser.value(screenshot)) ? 0 : 1;
}
