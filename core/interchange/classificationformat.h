// SPDX-License-Identifier: Apache-2.0
// Classification labels of images, text and audio as CSV or JSON Lines: import and export.
#pragma once

#include "core/interchange/format.h"

namespace assay::core::interchange {

// CSV ("csv"): RFC 4180 (quoted fields may hold commas, quotes and newlines), comma, semicolon or
// tab separated (.tsv), UTF-8 with or without BOM. A header row names the columns: item (or path,
// file, filename, image, audio, id), label (or class, category), annotator (or user), confidence
// (or score), text (the content, for text items given inline); without a header the columns are
// item, label, annotator, confidence. Export writes the header item,label,annotator,confidence
// (+ text when a label has inline text), "\n" line ends, quoting only where needed.
class CsvFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    static Result<Dataset> parse(const QByteArray &csv, const QString &path,
                                 const ReadOptions &options);
    static QByteArray serialize(const Dataset &dataset);
};

// JSON Lines ("jsonl"): one object per line with the same keys as the CSV columns; "label" may
// be a list (several labels of one item). Blank lines are ignored. Export writes
// {"item", "label", "annotator", "confidence", "text"} in that order, absent ones left out.
class JsonlFormat final : public IImporter, public IExporter
{
public:
    QString name() const override;
    QString displayName() const override;
    Confidence canRead(const QString &path) const override;
    Result<Dataset> read(const QString &path, const ReadOptions &options) const override;
    Result<WrittenFiles> write(const Dataset &dataset, const QString &outPath,
                               const WriteOptions &options) const override;

    static Result<Dataset> parse(const QByteArray &jsonl, const QString &path,
                                 const ReadOptions &options);
    static QByteArray serialize(const Dataset &dataset);
};

} // namespace assay::core::interchange
