// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: Pascal VOC XML parse, export and re-parse.
#include "core/interchange/vocformat.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace assay::core::interchange;
using namespace assay::core::interchange::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReadOptions options;
    options.maxWarningDetails = 50;
    Dataset first;
    if (!VocFormat::parse(bytes(data, size), QStringLiteral("fuzz.xml"), QStringLiteral("sub/"),
                          first, options))
        return 0;
    checkDataset(first);
    ASSAY_FUZZ_CHECK(first.images.size() == 1);
    const QByteArray written = VocFormat::serialize(first, 0);
    Dataset second;
    const auto status = VocFormat::parse(written, QStringLiteral("again.xml"), {}, second, options);
    ASSAY_FUZZ_CHECK(status.hasValue());
    checkDataset(second);
    // Corners are written with 15 significant digits: a box thinner than that against its
    // position can vanish, nothing else may.
    ASSAY_FUZZ_CHECK(second.boxes.size() <= first.boxes.size());
    return 0;
}
