// SPDX-License-Identifier: Apache-2.0
// The list of interchange plug-ins, format detection ("auto") and format-agnostic read and write.
#pragma once

#include "core/interchange/format.h"

#include <memory>
#include <vector>

namespace assay::core::interchange {

// The store-side pipeline asks this registry, never a format class: it reads any format into a
// Dataset and writes a Dataset in any format, by name.
class FormatRegistry final
{
public:
    // An empty registry; builtIn() has every format of this folder.
    FormatRegistry() = default;
    static const FormatRegistry &builtIn();

    // The registry owns its plug-ins. A later plug-in with the name of an earlier one replaces it.
    void addImporter(std::shared_ptr<const IImporter> importer);
    void addExporter(std::shared_ptr<const IExporter> exporter);

    QList<const IImporter *> importers() const;
    QList<const IExporter *> exporters() const;
    QStringList importerNames() const; // in registration order
    QStringList exporterNames() const;
    const IImporter *importer(const QString &name) const; // nullptr when unknown
    const IExporter *exporter(const QString &name) const;

    // The name of the format of a file or folder: the importer most sure it can read it. Fails,
    // saying why, when none can or when two are equally sure.
    Result<QString> detect(const QString &path) const;
    // format: a name, or "auto" (or empty) to detect it. The dataset's `format` says which.
    Result<Dataset> read(const QString &path, const QString &format,
                         const ReadOptions &options = {}) const;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &format,
                               const QString &outPath, const WriteOptions &options = {}) const;

private:
    std::vector<std::shared_ptr<const IImporter>> m_importers;
    std::vector<std::shared_ptr<const IExporter>> m_exporters;
};

} // namespace assay::core::interchange
