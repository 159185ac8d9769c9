// SPDX-License-Identifier: Apache-2.0
// The list of interchange plug-ins, format detection ("auto") and format-agnostic read and write.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/base/names.h"
#include "core/interchange/formatregistry.h"

#include "core/interchange/classificationformat.h"
#include "core/interchange/cocoformat.h"
#include "core/interchange/cvatformat.h"
#include "core/interchange/interchangeutil_p.h"
#include "core/interchange/labelstudioformat.h"
#include "core/interchange/vocformat.h"
#include "core/interchange/yoloformat.h"

#include <QFileInfo>

namespace assay::core::interchange {

using namespace detail;

const FormatRegistry &FormatRegistry::builtIn()
{
    static const FormatRegistry registry = [] {
        FormatRegistry r;
        auto add = [&r](auto format) {
            r.addImporter(format);
            r.addExporter(format);
        };
        add(std::make_shared<const CocoFormat>());
        add(std::make_shared<const CocoResultsFormat>());
        add(std::make_shared<const YoloFormat>());
        add(std::make_shared<const VocFormat>());
        add(std::make_shared<const LabelStudioFormat>());
        add(std::make_shared<const CvatFormat>());
        add(std::make_shared<const CsvFormat>());
        add(std::make_shared<const JsonlFormat>());
        return r;
    }();
    return registry;
}

void FormatRegistry::addImporter(std::shared_ptr<const IImporter> importer)
{
    for (auto &existing : m_importers) {
        if (existing->name() == importer->name()) {
            existing = std::move(importer);
            return;
        }
    }
    m_importers.push_back(std::move(importer));
}

void FormatRegistry::addExporter(std::shared_ptr<const IExporter> exporter)
{
    for (auto &existing : m_exporters) {
        if (existing->name() == exporter->name()) {
            existing = std::move(exporter);
            return;
        }
    }
    m_exporters.push_back(std::move(exporter));
}

QList<const IImporter *> FormatRegistry::importers() const
{
    QList<const IImporter *> list;
    for (const auto &p : m_importers)
        list << p.get();
    return list;
}

QList<const IExporter *> FormatRegistry::exporters() const
{
    QList<const IExporter *> list;
    for (const auto &p : m_exporters)
        list << p.get();
    return list;
}

QStringList FormatRegistry::importerNames() const
{
    QStringList names;
    for (const auto &p : m_importers)
        names << p->name();
    return names;
}

QStringList FormatRegistry::exporterNames() const
{
    QStringList names;
    for (const auto &p : m_exporters)
        names << p->name();
    return names;
}

const IImporter *FormatRegistry::importer(const QString &name) const
{
    for (const auto &p : m_importers) {
        if (p->name() == name)
            return p.get();
    }
    return nullptr;
}

const IExporter *FormatRegistry::exporter(const QString &name) const
{
    for (const auto &p : m_exporters) {
        if (p->name() == name)
            return p.get();
    }
    return nullptr;
}

Result<QString> FormatRegistry::detect(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("file or folder not found"), path);
    const IImporter *best = nullptr;
    const IImporter *tie = nullptr;
    Confidence bestConfidence = 0;
    for (const auto &p : m_importers) {
        const Confidence c = p->canRead(path);
        if (c <= 0)
            continue;
        if (c > bestConfidence) {
            best = p.get();
            bestConfidence = c;
            tie = nullptr;
        } else if (c == bestConfidence) {
            tie = p.get();
        }
    }
    if (best && tie)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("cannot tell the format: it could be %1 or %2; name the format")
                                 .arg(best->displayName(), tie->displayName()),
                         path);
    if (best)
        return best->name();
    QString reason;
    const QString suffix = info.suffix().toLower();
    if (info.isDir())
        reason = Tr::tr(
                "the folder has no data.yaml or classes.txt (YOLO), no Pascal VOC .xml files "
                "and no annotations.xml (CVAT)");
    else if (suffix == QLatin1String("json"))
        reason = Tr::tr("a JSON file that is neither COCO (an object with \"images\"), COCO results "
                        "(a list of {image_id, bbox, score}) nor a Label Studio export (a list of "
                        "tasks with \"data\")");
    else if (suffix == QLatin1String("xml"))
        reason = Tr::tr("an XML file whose root is neither <annotations> (CVAT) nor <annotation> "
                        "(Pascal VOC)");
    else
        reason = Tr::tr("no importer reads .%1 files (formats: %2)")
                         .arg(suffix, importerNames().join(QStringLiteral(", ")));
    return makeError(ErrorCode::Unsupported, Tr::tr("cannot tell the format: %1").arg(reason), path);
}

// Class names an import brings are kept, with the characters no name may hold (line breaks,
// escapes, direction overrides: core/base/names.h) replaced by U+FFFD and counted: such a name
// would otherwise split a line of YOLO's classes.txt and shift every later class's index.
static void replaceUnsafeNames(Dataset &dataset, const QString &path)
{
    for (DatasetCategory &category : dataset.categories) {
        qint64 replaced = 0;
        const QString clean = withUnsafeCharsReplaced(category.name, &replaced);
        if (replaced == 0)
            continue;
        dataset.report.warn(WarningKind::UnsafeName,
                            Tr::tr("class \"%1\": %n control or text-direction character(s) "
                                   "replaced by U+FFFD",
                                   nullptr, int(replaced))
                                    .arg(printable(category.name)),
                            path);
        category.name = clean;
    }
}

Result<Dataset> FormatRegistry::read(const QString &path, const QString &format,
                                     const ReadOptions &options) const
{
    QString name = format;
    if (name.isEmpty() || name == QLatin1String("auto")) {
        auto detected = detect(path);
        if (!detected)
            return detected.error();
        name = *detected;
    }
    const IImporter *plugin = importer(name);
    if (!plugin)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("unknown import format \"%1\" (formats: %2)")
                                 .arg(name, importerNames().join(QStringLiteral(", "))),
                         path);
    auto dataset = plugin->read(path, options);
    if (dataset)
        replaceUnsafeNames(*dataset, path);
    return dataset;
}

Result<WrittenFiles> FormatRegistry::write(const Dataset &dataset, const QString &format,
                                           const QString &outPath,
                                           const WriteOptions &options) const
{
    const IExporter *plugin = exporter(format);
    if (!plugin)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("unknown export format \"%1\" (formats: %2)")
                                 .arg(format, exporterNames().join(QStringLiteral(", "))),
                         outPath);
    return plugin->write(dataset, outPath, options);
}

} // namespace assay::core::interchange
