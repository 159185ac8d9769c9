// SPDX-License-Identifier: Apache-2.0
// Shared checks of the fuzz targets: what every parse result must satisfy.
#pragma once

#include "core/interchange/dataset.h"

#include <QByteArray>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace assay::core::interchange::fuzz {

// A libFuzzer-visible failure (abort makes it a crash with the input saved).
#define ASSAY_FUZZ_CHECK(cond) \
    do { \
        if (!(cond)) { \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            std::abort(); \
        } \
    } while (false)

// Every index in range, every kept box finite with a positive size: what the store relies on.
inline void checkDataset(const Dataset &d)
{
    for (const DatasetBox &box : d.boxes) {
        ASSAY_FUZZ_CHECK(box.image >= 0 && box.image < d.images.size());
        ASSAY_FUZZ_CHECK(box.category >= 0 && box.category < d.categories.size());
        ASSAY_FUZZ_CHECK(std::isfinite(box.x) && std::isfinite(box.y));
        ASSAY_FUZZ_CHECK(std::isfinite(box.w) && std::isfinite(box.h) && box.w > 0 && box.h > 0);
    }
    for (const DatasetLabel &label : d.labels) {
        ASSAY_FUZZ_CHECK(label.category >= 0 && label.category < d.categories.size());
        ASSAY_FUZZ_CHECK(label.image >= -1 && label.image < d.images.size());
    }
    ASSAY_FUZZ_CHECK(d.report.warnings.size() <= d.report.maxWarningDetails);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace assay::core::interchange::fuzz
