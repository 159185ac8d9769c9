// SPDX-License-Identifier: Apache-2.0
// Dialogs that open where and as large as they were last closed (QSettings, as the main window).
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace assay::app {

// Restores `dialog`'s geometry saved under "dialogs/<key>" (or resizes it to `fallback`), and
// saves it again whenever the dialog is hidden.
void rememberGeometry(QWidget *dialog, const QString &key, const QSize &fallback);

} // namespace assay::app
