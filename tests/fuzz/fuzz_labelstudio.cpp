// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: Label Studio JSON export parse, export and re-parse.
#include "core/interchange/labelstudioformat.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace assay::core::interchange;
using namespace assay::core::interchange::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ReadOptions options;
    options.maxWarningDetails = 50;
    // The input's length picks the options, so that both sides of each are explored.
    options.clipToImage = size % 2 == 1;
    options.keepCrowd = size % 3 == 0;
    const auto first = LabelStudioFormat::parse(bytes(data, size), QStringLiteral("fuzz.json"),
                                                options);
    if (!first)
        return 0;
    checkDataset(*first);
    // What we write, we must read back, with every box.
    const QByteArray written = LabelStudioFormat::serialize(*first, {});
    const auto second = LabelStudioFormat::parse(written, QStringLiteral("again.json"), options);
    ASSAY_FUZZ_CHECK(second.hasValue());
    checkDataset(*second);
    // Corners (CVAT) and percentages (Label Studio) are written with 15 and 12 significant
    // digits: a box thinner than that against its position can vanish, nothing else may.
    ASSAY_FUZZ_CHECK(second->boxes.size() <= first->boxes.size());
    ASSAY_FUZZ_CHECK(second->labels.size() == first->labels.size());
    return 0;
}
