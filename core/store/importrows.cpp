// SPDX-License-Identifier: Apache-2.0
#include "core/store/importrows.h"

namespace assay::core::store::importrows {

using namespace simdjson;

bool readRow(ondemand::array fields, size_t categoryCount, RowView *row,
             std::string_view itemFilter, std::string_view idFilter, bool *matched)
{
    if (matched)
        *matched = true;
    row->classes.clear();
    row->boxes.clear();
    auto it = fields.begin();
    if (it == fields.end() || (*it).get_string().get(row->id))
        return false;
    ++it;
    if (it == fields.end() || (*it).get_string().get(row->item))
        return false;
    if ((!itemFilter.empty() && row->item != itemFilter)
        || (!idFilter.empty() && row->id != idFilter)) {
        if (matched)
            *matched = false;
        return true;
    }
    ++it;
    if (it == fields.end() || (*it).get_string().get(row->person))
        return false;
    ++it;
    ondemand::array classes;
    if (it == fields.end() || (*it).get_array().get(classes))
        return false;
    for (auto v : classes) {
        int64_t index = -1;
        if (v.get_int64().get(index) || index < 0 || size_t(index) >= categoryCount)
            return false;
        row->classes.push_back(index);
    }
    ++it;
    ondemand::array boxes;
    if (it == fields.end() || (*it).get_array().get(boxes))
        return false;
    for (auto boxValue : boxes) {
        ondemand::array box;
        if (boxValue.get_array().get(box))
            return false;
        BoxView b;
        auto f = box.begin();
        if (f == box.end() || (*f).get_int64().get(b.category) || b.category < 0
            || size_t(b.category) >= categoryCount)
            return false;
        for (double *g : {&b.x, &b.y, &b.w, &b.h}) {
            ++f;
            if (f == box.end() || (*f).get_double().get(*g))
                return false;
        }
        ++f;
        if (f != box.end()) {
            auto v = *f;
            bool isNull = false;
            if (v.is_null().get(isNull))
                return false;
            if (!isNull && v.get_string().get(b.attributes))
                return false;
        }
        row->boxes.push_back(b);
    }
    return true;
}

int64_t rowNumber(std::string_view id)
{
    if (id.size() < 9)
        return -1;
    int64_t n = 0;
    for (char c : id.substr(id.size() - 8)) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else
            return -1;
        n = n * 16 + digit;
    }
    return n;
}

} // namespace assay::core::store::importrows
