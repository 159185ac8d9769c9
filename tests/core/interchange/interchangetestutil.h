// SPDX-License-Identifier: Apache-2.0
// Helpers of the interchange tests: fixture files and images written into a temporary folder.
#pragma once

#include "core/interchange/dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <cmath>

namespace assay::core::interchange::test {

// Writes bytes to dir/relative, creating folders; fails the test on error.
inline QString writeFixture(const QString &dir, const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write fixture %s", qPrintable(path));
    return path;
}

// A real image file of the given size (format from the extension).
inline QString writeImage(const QString &dir, const QString &relative, int width, int height)
{
    const QString path = QDir(dir).filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // OpenCV writes it: core and its tests link no QtGui.
    const cv::Mat image(height, width, CV_8UC3, cv::Scalar(139, 139, 0));
    if (!cv::imwrite(path.toStdString(), image))
        qFatal("cannot write image %s", qPrintable(path));
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool near(double a, double b, double relative = 1e-6)
{
    return std::abs(a - b) <= relative * std::max({1.0, std::abs(a), std::abs(b)});
}

// Boxes as comparable text: "image category x y w h" with names, in dataset order.
inline QStringList boxLines(const Dataset &dataset)
{
    QStringList lines;
    for (const DatasetBox &box : dataset.boxes)
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(dataset.images.at(box.image).path,
                              dataset.categories.at(box.category).name)
                         .arg(box.x, 0, 'g', 10)
                         .arg(box.y, 0, 'g', 10)
                         .arg(box.w, 0, 'g', 10)
                         .arg(box.h, 0, 'g', 10);
    return lines;
}

} // namespace assay::core::interchange::test
