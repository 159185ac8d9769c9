// SPDX-License-Identifier: Apache-2.0
// assay-pyramid SOURCE TARGET WIDTH HEIGHT [ORIENTATION]: writes the tile pyramid of one image.
// Progress as lines of a percentage on stdout; a failure's reason on stderr and exit code 1.
// PyramidCache starts it, one process per pyramid (core/media/pyramidwriter.h says why).
#include "core/media/pyramidwriter.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc < 5 || argc > 6) {
        std::fprintf(stderr, "usage: assay-pyramid SOURCE TARGET WIDTH HEIGHT [ORIENTATION]\n");
        return 2;
    }
    assay::core::media::PyramidSpec spec;
    spec.expectedSize = QSize(std::atoi(argv[3]), std::atoi(argv[4]));
    spec.orientation = argc == 6 ? std::atoi(argv[5]) : 1;
    const auto written = assay::core::media::writePyramid(QString::fromLocal8Bit(argv[1]),
                                                          QString::fromLocal8Bit(argv[2]), spec,
                                                          [](int percent) {
                                                              std::printf("%d\n", percent);
                                                              std::fflush(stdout);
                                                          });
    if (!written) {
        std::fprintf(stderr, "%s\n", written.error().message.toLocal8Bit().constData());
        return 1;
    }
    return 0;
}
