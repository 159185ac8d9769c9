// SPDX-License-Identifier: Apache-2.0
// Item preview: images decoded off the GUI thread at screen size, text shown as is.
#include "widgets/preview/itempreview.h"
#include "core/base/storage.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace assay::widgets {

// Paints a picture scaled to fit, centred, crisp on high-DPI screens.
class ImageView final : public QWidget
{
public:
    using QWidget::QWidget;
    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Base));
        if (m_image.isNull())
            return;
        const QSizeF size = QSizeF(m_image.size()).scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
        const QRectF target(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2),
                            size);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
    }

private:
    QImage m_image;
};

// Decodes at about the size it will be shown: JPEG decodes scaled (DCT scaling), so a
// 100-megapixel photograph previews in a fraction of a full decode.
static QImage decodeForPreview(const QString &path, QSize target)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation: what the camera's owner saw
    const QSize full = reader.size();
    if (full.isValid() && target.isValid()
        && (full.width() > target.width() || full.height() > target.height())) {
        QSize scaled = full.scaled(target, Qt::KeepAspectRatio);
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            scaled = full.scaled(target.transposed(), Qt::KeepAspectRatio);
        reader.setScaledSize(scaled);
    }
    QImage image = reader.read();
    if (image.isNull())
        image = QImage(); // the caller reports reader errors by the null image
    return image;
}

ItemPreview::ItemPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_image(new ImageView(this))
    , m_text(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_details(new QLabel(this))
{
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_details);
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ItemPreview::onImageDecoded);
    clear();
}

ItemPreview::~ItemPreview()
{
    m_watcher.waitForFinished();
}

QString ItemPreview::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ItemPreview::clear()
{
    ++m_generation;
    m_details->clear();
    showMessage(tr("Select an item to see it here."));
    m_loaded = false;
}

void ItemPreview::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ItemPreview::showItem(const core::Item &item, const QString &absolutePath)
{
    ++m_generation;
    m_loaded = false;
    const QLocale locale;
    switch (item.kind) {
    case core::ItemKind::Image: {
        m_details->setText(tr("%1 · %2 × %3 px · %4")
                                   .arg(item.path)
                                   .arg(item.width)
                                   .arg(item.height)
                                   .arg(locale.formattedDataSize(item.byteSize)));
        showMessage(tr("Loading %1 …").arg(QFileInfo(absolutePath).fileName()));
        m_pendingPath = absolutePath;
        m_imageGeneration = m_generation;
        const QSize target = size() * devicePixelRatioF();
        m_watcher.setFuture(QtConcurrent::run(decodeForPreview, absolutePath,
                                              target.expandedTo(QSize(256, 256))));
        return;
    }
    case core::ItemKind::Text: {
        QString text = item.text;
        if (text.isNull()) {
            QFile file(absolutePath);
            if (!file.open(QIODevice::ReadOnly)) {
                showMessage(tr("%1: cannot be read: %2")
                                    .arg(absolutePath, QFileInfo::exists(absolutePath)
                                                               ? file.errorString()
                                                               : storage::whyMissing(absolutePath)));
                m_loaded = true;
                Q_EMIT loaded();
                return;
            }
            text = QString::fromUtf8(file.read(4 * 1024 * 1024));
        }
        m_details->setText(
                tr("%1 · %2 characters").arg(item.path, locale.toString(item.characters)));
        m_text->setPlainText(text);
        m_stack->setCurrentWidget(m_text);
        break;
    }
    case core::ItemKind::Audio:
        m_details->setText(tr("%1 · %2").arg(item.path, locale.formattedDataSize(item.byteSize)));
        showMessage(tr("Audio clip\n\n%1 s · %2 Hz · %3 channel(s)")
                            .arg(locale.toString(item.durationMs / 1000.0, 'f', 2))
                            .arg(item.sampleRate)
                            .arg(item.channels));
        break;
    }
    m_loaded = true;
    Q_EMIT loaded();
}

void ItemPreview::onImageDecoded()
{
    if (m_imageGeneration != m_generation)
        return; // another item was chosen while this one decoded
    const QImage image = m_watcher.result();
    if (image.isNull()) {
        if (!QFileInfo::exists(m_pendingPath))
            showMessage(tr("%1: cannot be shown: %2")
                                .arg(m_pendingPath, storage::whyMissing(m_pendingPath)));
        else
            showMessage(tr("%1: cannot be shown (damaged or not an image)").arg(m_pendingPath));
    } else {
        m_image->setImage(image);
        m_stack->setCurrentWidget(m_image);
    }
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace assay::widgets
