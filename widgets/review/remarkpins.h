// SPDX-License-Identifier: Apache-2.0
// Remarks a reviewer pinned to regions of an image, painted on a canvas: the region outlined,
// a numbered pin at its corner and the remark beside it. The review view, the labeling view (an
// answer back from review) and the adjudicator's view all show them the same way.
#pragma once

#include "core/review/reviewevents.h"

#include <QColor>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace assay::widgets {

class ImageCanvas;

// Only remarks with a region are painted; `first` numbers the first pin.
void paintRemarkPins(QPainter *painter, const ImageCanvas *canvas,
                     const QList<core::BoxRemark> &remarks, const QColor &colour, int first = 1);

} // namespace assay::widgets
