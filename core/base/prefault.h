// SPDX-License-Identifier: Apache-2.0
// Fresh memory made present on another core before it is first written.
//
// The first write to each page of a fresh allocation costs a page fault, the kernel zeroing the
// page (and, on a virtual machine, the host backing it). A reader filling a reserved array of a
// hundred megabytes spends as long in those faults as in its own work; a second thread can take
// them ahead of it, on a core that is idle meanwhile.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <thread>

namespace assay::core {

// Starts making [data, data + bytes) present, on a thread of its own, without changing what it
// holds (Linux MADV_POPULATE_WRITE): safe while the caller writes to the same memory. Stopped
// (between steps of a few megabytes) and joined when the returned thread goes; the memory must
// stay allocated until then. Does nothing for less than `minimum` bytes, or where the system
// cannot.
std::jthread prefault(void *data, size_t bytes, size_t minimum = size_t(16) << 20);

// Several arrays filled side by side (a million boxes and their ids): made present on one
// thread, each in step with the others (the same fraction of each at a time), so that none of
// them is far behind its writer. Does nothing for less than `minimum` bytes in all.
struct PrefaultBlock
{
    void *data = nullptr;
    size_t bytes = 0;
};
std::jthread prefault(std::initializer_list<PrefaultBlock> blocks, size_t minimum = size_t(16)
                                                                                    << 20);

// Asks for transparent huge pages on the whole 2 MiB pages inside a large buffer that is about
// to be filled (Linux; a no-op elsewhere and for buffers under 32 MiB). A 200 MB buffer then costs
// about a hundred page faults instead of fifty thousand, and its release is as cheap.
void adviseHugePages(const void *data, size_t bytes);

} // namespace assay::core
