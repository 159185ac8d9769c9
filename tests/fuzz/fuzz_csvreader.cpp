// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: core's CSV reader (ratings, boxes, gold and classification files) under small
// limits, so that the limit checks are reached. What it hands out stays inside the limits, is
// valid UTF-8 without NUL bytes, and its line numbers never go back.
#include "core/csv/csvreader.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace assay::core::csv;
using namespace assay::core::interchange::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte names the separator (a comma unless it is one of the others).
    const char first = char(data[0]);
    CsvOptions options;
    options.separator = first == ';' || first == '\t' || first == '|' ? first : ',';
    options.limits.maxColumns = 16;
    options.limits.maxFieldBytes = 64;
    options.limits.maxRecordBytes = 256;
    const QByteArray text = bytes(data + 1, size - 1);
    auto reader = CsvReader::fromBytes(text, QStringLiteral("fuzz.csv"), options);
    int line = 0;
    for (;;) {
        const auto more = reader->next();
        if (!more) {
            // Errors name the file and stay short, whatever the input held.
            ASSAY_FUZZ_CHECK(more.error().path == QStringLiteral("fuzz.csv"));
            ASSAY_FUZZ_CHECK(more.error().message.size() < 200);
            break;
        }
        if (!*more)
            break;
        ASSAY_FUZZ_CHECK(reader->line() >= line && reader->line() >= 1);
        line = reader->line();
        ASSAY_FUZZ_CHECK(reader->fieldCount() >= 1 && reader->fieldCount() <= 16);
        for (int i = 0; i < reader->fieldCount(); ++i) {
            const std::string_view field = reader->field(i);
            ASSAY_FUZZ_CHECK(field.size() <= 64);
            ASSAY_FUZZ_CHECK(field.find('\0') == std::string_view::npos);
            // Valid UTF-8: the value comes back byte for byte (a leading U+FEFF included).
            ASSAY_FUZZ_CHECK(reader->fieldString(i).toUtf8()
                             == QByteArray(field.data(), qsizetype(field.size())));
        }
    }
    return 0;
}
