// SPDX-License-Identifier: Apache-2.0
// Remembered dialog geometry: restored on creation, saved when the dialog is hidden.
#include "app/gui/dialoggeometry.h"

#include <QEvent>
#include <QObject>
#include <QSettings>
#include <QWidget>

namespace assay::app {

namespace {

class GeometrySaver final : public QObject
{
public:
    GeometrySaver(QWidget *dialog, const QString &key)
        : QObject(dialog)
        , m_key(key)
    {
        dialog->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide) {
            if (auto *w = qobject_cast<QWidget *>(watched))
                QSettings().setValue(m_key, w->saveGeometry());
        }
        return false;
    }

private:
    QString m_key;
};

} // namespace

void rememberGeometry(QWidget *dialog, const QString &key, const QSize &fallback)
{
    const QString settingsKey = QStringLiteral("dialogs/%1").arg(key);
    if (!dialog->restoreGeometry(QSettings().value(settingsKey).toByteArray()))
        dialog->resize(fallback);
    new GeometrySaver(dialog, settingsKey);
}

} // namespace assay::app
