// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: an event's stored payload decoded as the store decodes it (the codec, the
// zstd frame, the JSON object), its fields read as the typed events read them, and the bulk
// payload of an import taken apart by its reader.
//
// The first byte picks the path: 0 stored as plain JSON, 1 as a zstd frame the input spells
// out (damaged frames, lying content sizes), 2 compressed here first (so the JSON behind a valid
// frame is explored too, and must come back byte for byte).
#include "core/events/payload.h"
#include "core/store/eventlog.h"
#include "core/transfer/importpayload.h"
#include "tests/fuzz/fuzzcommon.h"

#include <zstd.h>

using namespace assay;
using namespace assay::core;
using namespace assay::core::interchange::fuzz;

namespace {

// Checks what the reader promises its handler: categories index the classes, rows come with
// their item, and the header precedes everything.
class CheckingHandler final : public transfer::ImportPayloadHandler
{
public:
    Status header(const transfer::ImportPayloadHeader &header) override
    {
        ASSAY_FUZZ_CHECK(!m_header);
        m_header = true;
        m_classes = header.classes.size();
        return {};
    }
    Status annotations(transfer::ImportAnnotations &annotations) override
    {
        ASSAY_FUZZ_CHECK(m_header);
        for (const transfer::ImportAnnotationRow &row : annotations.rows) {
            ASSAY_FUZZ_CHECK(row.n >= 0);
            ASSAY_FUZZ_CHECK(row.boxes >= 0);
            ASSAY_FUZZ_CHECK(!row.text.empty());
        }
        return {};
    }
    Status prelabel(const transfer::ImportPrelabelRow &row) override
    {
        ASSAY_FUZZ_CHECK(m_header);
        ASSAY_FUZZ_CHECK(row.category >= 0 && row.category < m_classes);
        // A box has all four numbers, and a positive size, or none.
        ASSAY_FUZZ_CHECK(row.x.has_value() == row.w.has_value());
        ASSAY_FUZZ_CHECK(row.y.has_value() == row.h.has_value());
        ASSAY_FUZZ_CHECK(row.x.has_value() == row.y.has_value());
        ASSAY_FUZZ_CHECK(!row.w || (*row.w > 0 && *row.h > 0));
        return {};
    }

private:
    bool m_header = false;
    qsizetype m_classes = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int mode = data[0] % 3;
    const QByteArray rest = bytes(data + 1, size - 1);

    store::Event event;
    event.id = QStringLiteral("fuzz");
    if (mode == 0) {
        event.codec = QStringLiteral("json");
        event.stored = rest;
    } else if (mode == 1) {
        event.codec = QStringLiteral("zstd+json");
        event.stored = rest;
    } else {
        store::EventLog::encodePayload(rest, &event.codec, &event.stored);
    }

    const auto json = event.payloadJson();
    if (mode == 2)
        ASSAY_FUZZ_CHECK(json && *json == rest);
    if (!json)
        return 0;

    // The typed events read their payloads through PayloadReader.
    if (const auto object = event.payload()) {
        events::PayloadReader reader(*object, "fuzz");
        (void) reader.string("name");
        (void) reader.integer("count");
        (void) reader.int64("seq");
        (void) reader.real("x");
        (void) reader.boolean("done");
        (void) reader.strings("ids");
        (void) events::rolesFromJson(reader.array("roles"));
        (void) events::boxesFromJson(reader.array("boxes"));
        (void) events::classFromJson(reader.object("class"));
        (void) reader.requiredString("id");
        (void) reader.rest();
        (void) reader.status();
    }

    // The bulk import payload, read with simdjson.
    CheckingHandler handler;
    (void) transfer::readImportPayload(*json, QStringLiteral("fuzz"), handler);
    return 0;
}
