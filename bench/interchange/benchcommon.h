// SPDX-License-Identifier: Apache-2.0
// What the interchange benchmarks share: a generated COCO file and CPU-time clocks.
#pragma once

#include <QByteArray>
#include <QRandomGenerator>

#include <sys/resource.h>
#include <time.h>

namespace assay::bench {

// A file shaped like the COCO 2017 instances files: images, annotations, categories (last, as
// pycocotools' files have them), polygon segmentations on the boxes.
inline QByteArray makeCoco(int images, int boxes, int categories)
{
    QRandomGenerator rng(42);
    QByteArray out;
    out.reserve(qsizetype(boxes) * 190 + qsizetype(images) * 200);
    out += "{\"info\":{\"description\":\"bench\",\"version\":\"1.0\",\"year\":2017},\"licenses\":[],";
    out += "\"images\":[";
    for (int i = 0; i < images; ++i) {
        if (i)
            out += ',';
        out += "{\"license\":1,\"file_name\":\"" + QByteArray::number(100000000 + i)
               + ".jpg\",\"coco_url\":\"http://images.cocodataset.org/val2017/"
               + QByteArray::number(100000000 + i)
               + ".jpg\",\"height\":480,\"width\":640,"
                 "\"date_captured\":\"2013-11-14 17:02:52\",\"id\":"
               + QByteArray::number(i * 3 + 1) + "}";
    }
    out += "],\"annotations\":[";
    for (int b = 0; b < boxes; ++b) {
        if (b)
            out += ',';
        const double x = rng.bounded(500.0), y = rng.bounded(380.0);
        const double w = 1 + rng.bounded(130.0), h = 1 + rng.bounded(90.0);
        out += "{\"segmentation\":[[" + QByteArray::number(x, 'f', 2) + ','
               + QByteArray::number(y, 'f', 2) + ',' + QByteArray::number(x + w, 'f', 2) + ','
               + QByteArray::number(y, 'f', 2) + ',' + QByteArray::number(x + w, 'f', 2) + ','
               + QByteArray::number(y + h, 'f', 2)
               + "]],\"area\":" + QByteArray::number(w * h, 'f', 3) + ",\"iscrowd\":0,\"image_id\":"
               + QByteArray::number(int(rng.bounded(images)) * 3 + 1) + ",\"bbox\":["
               + QByteArray::number(x, 'f', 2) + ',' + QByteArray::number(y, 'f', 2) + ','
               + QByteArray::number(w, 'f', 2) + ',' + QByteArray::number(h, 'f', 2)
               + "],\"category_id\":" + QByteArray::number(1 + 2 * int(rng.bounded(categories)))
               + ",\"id\":" + QByteArray::number(b + 1) + "}";
    }
    out += "],\"categories\":[";
    for (int c = 0; c < categories; ++c) {
        if (c)
            out += ',';
        out += "{\"supercategory\":\"thing\",\"id\":" + QByteArray::number(1 + 2 * c)
               + ",\"name\":\"class" + QByteArray::number(c) + "\"}";
    }
    out += "]}\n";
    return out;
}

// CPU seconds of this process, and of its waited-for children: on a loaded machine wall time
// measures the neighbours, CPU time the work.
inline double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

inline double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace assay::bench
