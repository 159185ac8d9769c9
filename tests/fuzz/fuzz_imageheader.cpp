// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: image size from PNG, JPEG (with EXIF), GIF, BMP and WebP headers.
#include "core/interchange/imageheader.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace assay::core::interchange;
using namespace assay::core::interchange::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bool needMore = false;
    const QSize s = probeImageSizeFromHeader(bytes(data, size), &needMore);
    ASSAY_FUZZ_CHECK(!s.isValid() || (s.width() > 0 && s.height() > 0));
    return 0;
}
