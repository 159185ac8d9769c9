// SPDX-License-Identifier: Apache-2.0
// A strict RFC 4180 CSV reader that keeps line numbers for error messages.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace assay::core::quality {

struct CsvRecord
{
    int line = 0; // 1-based line on which the record starts
    QStringList fields;
};

// RFC 4180 with the usual relaxations: CRLF or LF line ends, an optional UTF-8 byte-order
// mark, and blank lines (anywhere, typically trailing) skipped: the files this reads always
// have several columns, so an empty line is never a record. Quoted fields may hold commas,
// line breaks and doubled quotes; a quote inside an unquoted field, text after a closing
// quote, and an unterminated quote are errors, because guessing there silently shifts
// columns.
class CsvReader final
{
public:
    // Errors have the message "line N: reason" and the given path.
    static Result<QList<CsvRecord>> parse(const QString &text, const QString &path = {});
    static Result<QList<CsvRecord>> readFile(const QString &path);
};

} // namespace assay::core::quality
