// SPDX-License-Identifier: Apache-2.0
// The EXIF orientation of a JPEG, read from its APP1 segment: shared by media probing and the formats.
#pragma once

#include <QtGlobal>

namespace assay::core {

// EXIF orientation (tag 0x0112 of IFD0, 1-8) inside an APP1 segment's payload (after the
// segment length, starting "Exif\0\0"); 1 when absent, out of range or unreadable. Every read
// is bounds-checked: the payload comes from files of any origin.
int exifOrientation(const unsigned char *payload, qsizetype size);

} // namespace assay::core
