// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: an export manifest read back. Whatever it accepts names only files inside
// its own folder, each once, with a size and a digest.
#include "core/transfer/exportmanifest.h"
#include "tests/fuzz/fuzzcommon.h"

#include <QSet>

using namespace assay::core::transfer;
using namespace assay::core::interchange::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto manifest = ExportManifest::parse(bytes(data, size), QStringLiteral("fuzz.json"));
    if (!manifest)
        return 0;
    ASSAY_FUZZ_CHECK(manifest->version == 1);
    QSet<QString> seen;
    for (const ManifestFile &f : manifest->files) {
        ASSAY_FUZZ_CHECK(!f.path.isEmpty() && !f.path.startsWith(QLatin1Char('/')));
        ASSAY_FUZZ_CHECK(!f.path.split(QLatin1Char('/')).contains(QStringLiteral("..")));
        ASSAY_FUZZ_CHECK(!seen.contains(f.path));
        seen.insert(f.path);
        ASSAY_FUZZ_CHECK(f.bytes >= 0);
        ASSAY_FUZZ_CHECK(f.sha256.size() == 64);
    }
    return 0;
}
