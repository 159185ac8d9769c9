// SPDX-License-Identifier: Apache-2.0
#include "core/base/prefault.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace assay::core {

std::jthread prefault(void *data, size_t bytes, size_t minimum)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    if (!data || bytes < minimum)
        return {};
    const auto page = uintptr_t(sysconf(_SC_PAGESIZE));
    // Whole pages inside the block only: the pages at its ends may hold the allocator's data,
    // which making present would not change either, but nothing is gained there.
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + page - 1) & ~(page - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(page - 1);
    if (end <= begin)
        return {};
    return std::jthread([begin, end](std::stop_token stop) {
        constexpr uintptr_t step = uintptr_t(4) << 20;
        for (uintptr_t at = begin; at < end && !stop.stop_requested(); at += step) {
            const uintptr_t size = end - at < step ? end - at : step;
            if (madvise(reinterpret_cast<void *>(at), size, MADV_POPULATE_WRITE) != 0)
                return; // not supported here, or no memory: the writer faults as before
        }
    });
#else
    (void) data;
    (void) bytes;
    (void) minimum;
    return {};
#endif
}

} // namespace assay::core
