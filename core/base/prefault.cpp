// SPDX-License-Identifier: Apache-2.0
#include "core/base/prefault.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace assay::core {

std::jthread prefault(void *data, size_t bytes, size_t minimum)
{
    return prefault({{data, bytes}}, minimum);
}

std::jthread prefault(std::initializer_list<PrefaultBlock> blocks, size_t minimum)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    struct Range
    {
        uintptr_t begin = 0, end = 0, at = 0;
    };
    std::vector<Range> ranges;
    const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
    uintptr_t largest = 0;
    size_t total = 0;
    for (const PrefaultBlock &b : blocks)
        total += b.data ? b.bytes : 0;
    if (total < minimum)
        return {};
    for (const PrefaultBlock &b : blocks) {
        if (!b.data)
            continue;
        // Whole pages inside the block only: the pages at its ends may hold the allocator's
        // data, which making present would not change either, but nothing is gained there.
        const uintptr_t begin = (reinterpret_cast<uintptr_t>(b.data) + page - 1) & ~(page - 1);
        const uintptr_t end = (reinterpret_cast<uintptr_t>(b.data) + b.bytes) & ~(page - 1);
        if (end > begin) {
            ranges.push_back({begin, end, begin});
            largest = std::max(largest, end - begin);
        }
    }
    if (ranges.empty())
        return {};
    return std::jthread([ranges = std::move(ranges), largest, page](std::stop_token stop) mutable {
        // Steps of 4 MiB of the largest block, the same fraction of the others.
        constexpr uintptr_t step = uintptr_t(4) << 20;
        const uintptr_t steps = (largest + step - 1) / step;
        for (uintptr_t k = 1; k <= steps && !stop.stop_requested(); ++k) {
            for (Range &r : ranges) {
                const uintptr_t length = r.end - r.begin;
                const uintptr_t target = k == steps
                                                 ? r.end
                                                 : std::min(r.end, r.begin
                                                                           + ((length * k / steps)
                                                                              & ~(page - 1)));
                if (target <= r.at)
                    continue;
                if (madvise(reinterpret_cast<void *>(r.at), target - r.at, MADV_POPULATE_WRITE) != 0)
                    return; // not supported here, or no memory: the writers fault as before
                r.at = target;
            }
        }
    });
#else
    (void) blocks;
    (void) minimum;
    return {};
#endif
}

void adviseHugePages(const void *data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Only buffers that malloc surely maps on their own (its threshold grows up to 32 MiB), so
    // the advice never reaches memory the allocator hands out for other things.
    constexpr uintptr_t hugePage = uintptr_t(2) << 20;
    if (bytes < (size_t(32) << 20))
        return;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + hugePage - 1) & ~(hugePage - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(hugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), size_t(end - begin), MADV_HUGEPAGE); // advice only
#else
    (void) data;
    (void) bytes;
#endif
}

} // namespace assay::core
