// SPDX-License-Identifier: Apache-2.0
// SlideImagesDialog: the label, macro and thumbnail images a whole-slide file carries, shown
// only where the project allows it (ItemService::mediaSettings).
#pragma once

#include "core/result.h"

#include <QDialog>

class QTabWidget;

namespace assay::core::media {
class TileSource;
}

namespace assay::app {

class SlideImagesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SlideImagesDialog(QWidget *parent = nullptr);

    // Reads every associated image of `source`; an image that cannot be read shows its reason.
    // Refused (and nothing read) when the file carries none.
    Status load(const core::media::TileSource &source);
    // The names of the images shown, in their tabs' order (tests).
    QStringList shownImages() const;

private:
    QTabWidget *m_tabs;
};

} // namespace assay::app
