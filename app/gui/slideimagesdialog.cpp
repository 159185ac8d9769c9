// SPDX-License-Identifier: Apache-2.0
#include "app/gui/slideimagesdialog.h"
#include "app/gui/dialoggeometry.h"

#include "core/media/tilesource.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace assay::app {

SlideImagesDialog::SlideImagesDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *notice = new QLabel(tr("These images are not part of the slide: a label can show a "
                                 "patient's name. A lead allowed them for this project."),
                              this);
    notice->setWordWrap(true);
    layout->addWidget(notice);
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    rememberGeometry(this, QStringLiteral("slideImagesDialog"), QSize(720, 560));
}

Status SlideImagesDialog::load(const core::media::TileSource &source)
{
    const QStringList names = source.associatedImages();
    setWindowTitle(tr("Slide Label and Macro — %1").arg(QFileInfo(source.path()).fileName()));
    if (names.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("the slide file carries no label, macro or thumbnail image"),
                         source.path());
    m_tabs->clear();
    for (const QString &name : names) {
        auto *view = new QLabel(m_tabs);
        view->setAlignment(Qt::AlignCenter);
        view->setObjectName(name);
        auto pixels = source.readAssociatedImage(name);
        if (pixels) {
            const QImage image(reinterpret_cast<const uchar *>(pixels->argb.data()),
                               pixels->size.width(), pixels->size.height(),
                               pixels->size.width() * 4,
                               pixels->opaque ? QImage::Format_RGB32
                                              : QImage::Format_ARGB32_Premultiplied);
            view->setPixmap(QPixmap::fromImage(image.copy()));
            view->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
        } else {
            view->setText(pixels.error().message);
        }
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidget(view);
        scroll->setWidgetResizable(true);
        m_tabs->addTab(scroll, name);
    }
    return {};
}

QStringList SlideImagesDialog::shownImages() const
{
    QStringList names;
    for (int i = 0; i < m_tabs->count(); ++i)
        names.append(m_tabs->tabText(i));
    return names;
}

} // namespace assay::app
