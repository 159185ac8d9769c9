// SPDX-License-Identifier: Apache-2.0
// Imported annotations, kept as chunks of their import's payload until someone edits them.
//
// An import of a million boxes is one "dataset.imported" event. Writing its 100,000 annotations
// as rows (with their indexes) would cost more than all the rest of the import, so its handler
// stores the payload's annotation rows as they are, a few hundred per row of import_chunks,
// sorted by item. Readers decode the chunks that cover an item; the first edit of an imported
// annotation moves it into the annotations/boxes tables (materializeImported), inside the event
// handler, so a replay of the log does the same.
//
// The rows are the payload's, as they are (layout and ids: core/transfer/importpayload.h, the
// payload's owner), read by importrows.h; a chunk holds a run of them (see compressChunk), or
// names the part of its import's event that does (event_parts, EventLog::framesKeptApart): the
// log keeps a bulk payload in parts that are its chunks, so the rows are stored once. An
// annotation id finds its import by its prefix (imports.id_prefix) and its chunk by its row
// number (min_n..max_n).
#pragma once

#include "core/domain/types.h"
#include "core/result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace assay::core::store {

class Database;

// An imported annotation as decoded from its chunk.
struct ImportedAnnotation
{
    Annotation annotation;
    Id importId;
};

// The imported annotations of one item, in the order of their import and payload row.
Result<QList<Annotation>> importedAnnotationsForItem(Database *db, const Id &itemId);
// One imported annotation still in its chunk; nullopt when there is none with that id.
Result<std::optional<Annotation>> importedAnnotation(Database *db, const Id &annotationId);
// Every imported annotation still in a chunk, by import (event order), then chunk and row.
// `visit` returns false to stop. With BoxIds::Left the boxes' ids stay empty: a reader that
// never uses them (an export) saves making a million of them.
enum class BoxIds { Made, Left };
Status forEachImportedAnnotation(Database *db,
                                 const std::function<bool(ImportedAnnotation &&)> &visit,
                                 BoxIds boxIds = BoxIds::Made);
// How many imported annotations each of the given items has (items without any are absent).
Result<QHash<Id, int>> importedAnnotationCounts(Database *db, const QStringList &itemIds);

// A chunk's rows are stored compressed with zstd, one frame (level 1 with a small hash table:
// an import writes ~38% of the bytes it would otherwise, for less time than writing them takes). The text is the rows
// each followed by a comma but the last of the import (transfer::RowChunk), or the JSON array of
// them in chunks written before.
Status compressChunk(void *zstdContext, std::string_view json, QByteArray *out);

// Moves an imported annotation from its chunk into the annotations, annotation_classes and
// boxes tables, before an event changes it. No-op when it is not in a chunk.
Status materializeImported(Database *db, const Id &annotationId);

} // namespace assay::core::store
