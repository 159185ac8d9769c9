// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: YOLO data.yaml and label file parsing (input: yaml, a line "---", labels).
#include "core/interchange/yoloformat.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace assay::core::interchange;
using namespace assay::core::interchange::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    const qsizetype split = input.indexOf("\n---\n");
    const QByteArray yaml = split < 0 ? QByteArray() : input.left(split);
    const QByteArray labels = split < 0 ? input : input.mid(split + 5);

    Dataset dataset;
    dataset.images.append(DatasetImage{QStringLiteral("a.jpg"), 640, 480, {}, {}});
    bool namesKnown = false;
    if (!yaml.isEmpty()) {
        const auto names = YoloFormat::parseDataYaml(yaml, QStringLiteral("data.yaml"));
        if (names && !names->names.isEmpty() && names->names.lastKey() < 10000) {
            for (int i = 0; i <= names->names.lastKey(); ++i)
                dataset.categories.append(
                        DatasetCategory{QString::number(i), names->names.value(i), {}});
            namesKnown = true;
        }
    }
    ReadOptions options;
    options.maxWarningDetails = 50;
    YoloFormat::parseLabelFile(labels, QStringLiteral("a.txt"), 0, dataset, options, namesKnown);
    checkDataset(dataset);
    (void) YoloFormat::labelPathFor(QString::fromUtf8(labels.left(200)));
    return 0;
}
