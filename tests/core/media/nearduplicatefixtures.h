// SPDX-License-Identifier: Apache-2.0
// Pictures for near-duplicate tests: generated scenes, their edited copies, unrelated ones.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace assay::tests {

// A scene of its own per seed: a gradient in some direction, shapes, a line of text.
inline cv::Mat nearDuplicateScene(int seed, int w = 640, int h = 480)
{
    cv::RNG rng(uint64_t(seed) * 7919 + 17);
    cv::Mat m(h, w, CV_8UC3);
    const cv::Vec3d from(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
    const cv::Vec3d to(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
    const double angle = rng.uniform(0.0, 2 * CV_PI);
    const double cx = std::cos(angle), cy = std::sin(angle);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const double t = std::clamp(0.5
                                                + ((x - w / 2.0) * cx + (y - h / 2.0) * cy)
                                                          / std::max(w, h),
                                        0.0, 1.0);
            const cv::Vec3d c = from * (1 - t) + to * t;
            m.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(c[0]), uchar(c[1]), uchar(c[2]));
        }
    }
    for (int i = 0; i < 14; ++i) {
        const cv::Scalar colour(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
        const cv::Point centre(rng.uniform(0, w), rng.uniform(0, h));
        const int size = rng.uniform(std::min(w, h) / 16, std::min(w, h) / 4);
        if (i % 2)
            cv::circle(m, centre, size, colour, -1, cv::LINE_AA);
        else
            cv::rectangle(m, cv::Rect(centre.x - size, centre.y - size / 2, 2 * size, size), colour,
                          -1);
    }
    cv::putText(m, "scene " + std::to_string(seed), {w / 10, h - h / 8}, cv::FONT_HERSHEY_SIMPLEX,
                w / 320.0, cv::Scalar(255, 255, 255), std::max(1, w / 200), cv::LINE_AA);
    return m;
}

inline bool writePicture(const QString &path, const cv::Mat &m, int jpegQuality = 90)
{
    const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, jpegQuality};
    return cv::imwrite(QFile::encodeName(path).toStdString(), m, params);
}

// Bits from a.png's pHash as intake computes it (OpenCV 4.6): a-half.png, a-q35.jpg and
// a-brighter.png 0, a-small-q60.jpg 2 (three quarters the size, JPEG at 60), a-noisy.png 3,
// a-marked.png 6 (a line of text over it; 5 from a-noisy.png), a-crop.png 18 (a tenth cut from
// each side: pHash does not follow crops); b-q40.jpg 1 from b.png; unrelated scenes 18 or
// more from any other picture.
struct NearDuplicateFixture
{
    QStringList sceneA; // a.png and four scaled, re-encoded or brightened copies
    QString noisy;      // Gaussian noise (sigma 20)
    QString marked;     // a watermark
    QString cropped;    // not a near-duplicate at any sensible threshold
    QStringList sceneB; // b.png and a JPEG of it
    QStringList others; // unrelated pictures
    QString exactCopy;  // the same bytes as a.png under another name
};

// Writes the pictures into `dir`; the names in the result are relative to it.
inline NearDuplicateFixture writeNearDuplicateFixture(const QString &dir, int unrelated = 4)
{
    NearDuplicateFixture f;
    const QDir d(dir);
    const cv::Mat a = nearDuplicateScene(1);
    cv::Mat half, threeQuarters, brighter;
    cv::resize(a, half, {}, 0.5, 0.5, cv::INTER_AREA);
    cv::resize(a, threeQuarters, {}, 0.75, 0.75, cv::INTER_AREA);
    a.convertTo(brighter, -1, 1.0, 14);
    writePicture(d.filePath(QStringLiteral("a.png")), a);
    writePicture(d.filePath(QStringLiteral("a-half.png")), half);
    writePicture(d.filePath(QStringLiteral("a-q35.jpg")), a, 35);
    writePicture(d.filePath(QStringLiteral("a-brighter.png")), brighter);
    writePicture(d.filePath(QStringLiteral("a-small-q60.jpg")), threeQuarters, 60);
    f.sceneA = {QStringLiteral("a.png"), QStringLiteral("a-half.png"), QStringLiteral("a-q35.jpg"),
                QStringLiteral("a-brighter.png"), QStringLiteral("a-small-q60.jpg")};
    // Named to come after a.png in path order, so that intake keeps a.png and refuses it.
    QFile::copy(d.filePath(QStringLiteral("a.png")), d.filePath(QStringLiteral("copy-of-a.png")));
    f.exactCopy = QStringLiteral("copy-of-a.png");

    cv::Mat noise(a.size(), CV_16SC3), noisy;
    cv::RNG rng(5);
    rng.fill(noise, cv::RNG::NORMAL, 0, 20);
    a.convertTo(noisy, CV_16SC3);
    noisy += noise;
    noisy.convertTo(noisy, CV_8UC3);
    writePicture(d.filePath(QStringLiteral("a-noisy.png")), noisy);
    f.noisy = QStringLiteral("a-noisy.png");
    cv::Mat marked = a.clone();
    cv::putText(marked, "(c) 2026", {a.cols / 2, a.rows / 3}, cv::FONT_HERSHEY_SIMPLEX, 2,
                {255, 255, 255}, 4);
    writePicture(d.filePath(QStringLiteral("a-marked.png")), marked);
    f.marked = QStringLiteral("a-marked.png");
    const int dx = a.cols / 10, dy = a.rows / 10;
    writePicture(d.filePath(QStringLiteral("a-crop.png")),
                 a(cv::Rect(dx, dy, a.cols - 2 * dx, a.rows - 2 * dy)));
    f.cropped = QStringLiteral("a-crop.png");

    const cv::Mat b = nearDuplicateScene(2, 800, 600);
    writePicture(d.filePath(QStringLiteral("b.png")), b);
    writePicture(d.filePath(QStringLiteral("b-q40.jpg")), b, 40);
    f.sceneB = {QStringLiteral("b.png"), QStringLiteral("b-q40.jpg")};

    for (int i = 0; i < unrelated; ++i) {
        const QString name = QStringLiteral("other-%1.%2")
                                     .arg(i, 2, 10, QLatin1Char('0'))
                                     .arg(i % 2 ? QStringLiteral("jpg") : QStringLiteral("png"));
        writePicture(d.filePath(name), nearDuplicateScene(100 + i, 480 + 16 * i, 360 + 8 * i));
        f.others.append(name);
    }
    return f;
}

} // namespace assay::tests
