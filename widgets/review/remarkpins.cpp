// SPDX-License-Identifier: Apache-2.0
// Remarks pinned to regions, painted over the image.
#include "widgets/review/remarkpins.h"

#include "widgets/canvas/imagecanvas.h"

#include <QFontMetrics>
#include <QPainter>

namespace assay::widgets {

void paintRemarkPins(QPainter *painter, const ImageCanvas *canvas,
                     const QList<core::BoxRemark> &remarks, const QColor &colour, int first)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    int number = first;
    for (const core::BoxRemark &r : remarks) {
        if (!r.region)
            continue;
        const QPointF topLeft = canvas->imageToWidget(r.region->topLeft());
        const QPointF bottomRight = canvas->imageToWidget(r.region->bottomRight());
        const QRectF area = QRectF(topLeft, bottomRight).normalized();
        painter->setPen(QPen(colour, 2, Qt::DashLine));
        painter->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40));
        painter->drawRect(area);
        // The pin: a numbered disc on the region's top-left corner.
        const double radius = 11;
        const QPointF centre = area.topLeft();
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(colour);
        painter->drawEllipse(centre, radius, radius);
        painter->setPen(Qt::white);
        QFont font = painter->font();
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                          Qt::AlignCenter, QString::number(number));
        // The remark beside the pin, on a label that stays readable on any image.
        const QString text = r.text.isEmpty() ? r.reasonCode : r.text;
        if (!text.isEmpty()) {
            font.setBold(false);
            painter->setFont(font);
            const QFontMetrics metrics(font);
            const QString shown = metrics.elidedText(text, Qt::ElideRight, 320);
            QRectF label(centre.x() + radius + 4, centre.y() - metrics.height() / 2.0 - 2,
                         metrics.horizontalAdvance(shown) + 10, metrics.height() + 4);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 170));
            painter->drawRoundedRect(label, 3, 3);
            painter->setPen(Qt::white);
            painter->drawText(label, Qt::AlignCenter, shown);
        }
        ++number;
    }
    painter->restore();
}

} // namespace assay::widgets
