// SPDX-License-Identifier: Apache-2.0
// One annotation row of a "dataset.imported" payload or of an import chunk, read with simdjson.
// The row's layout is the payload's, defined by its owner (core/transfer/importpayload.h),
// whose reader uses this one; it lives below the store because the chunk readers
// (importchunks.h) decode the same rows when an item's annotations are read.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace assay::core::store::importrows {

struct BoxView
{
    int64_t category = -1;
    double x = 0, y = 0, w = 0, h = 0;
    std::string_view attributes; // compact JSON object text, or empty
};

// Views into the parser's buffers: valid until the parser reads another document.
struct RowView
{
    std::string_view id;
    std::string_view item;
    std::string_view person;
    std::vector<int64_t> classes;
    std::vector<BoxView> boxes;
};

// Reads the row's fields. With `itemFilter`/`idFilter` set, stops after the first two fields
// when they differ (returns true with *matched false). Categories are checked against
// `categoryCount`. False when the row is malformed.
bool readRow(simdjson::ondemand::array fields, size_t categoryCount, RowView *row,
             std::string_view itemFilter = {}, std::string_view idFilter = {},
             bool *matched = nullptr);

// The row counter of an import annotation id: its last 8 characters, hexadecimal. -1 when the
// id does not have that form.
int64_t rowNumber(std::string_view id);

} // namespace assay::core::store::importrows
