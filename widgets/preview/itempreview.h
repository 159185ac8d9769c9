// SPDX-License-Identifier: Apache-2.0
// ItemPreview: a read-only look at one item — a picture, a document, or an audio clip's facts.
#pragma once

#include "core/domain/types.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace assay::widgets {

class ImageView;

class ItemPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit ItemPreview(QWidget *parent = nullptr);
    ~ItemPreview() override;

    // `absolutePath` is where the media file is; inline documents need none.
    void showItem(const core::Item &item, const QString &absolutePath);
    void clear();

    // True once the current item's picture or text is on screen (tests wait for it).
    bool isLoaded() const { return m_loaded; }
    QString message() const;

Q_SIGNALS:
    void loaded();

private:
    void showMessage(const QString &text);
    void onImageDecoded();

    QStackedWidget *m_stack;
    ImageView *m_image;
    QPlainTextEdit *m_text;
    QLabel *m_message;
    QLabel *m_details;
    QFutureWatcher<QImage> m_watcher;
    QString m_pendingPath;
    quint64 m_generation = 0;
    quint64 m_imageGeneration = 0;
    bool m_loaded = false;
};

} // namespace assay::widgets
