// SPDX-License-Identifier: Apache-2.0
// The one CSV reader of core: RFC 4180, read in blocks, fields handed out as byte views.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

class QIODevice;

namespace assay::core::csv {

// What one record may hold. A CSV file is data kept by the caller, so memory follows the data
// kept, not the file: without these limits a header of a million columns, a file of 100 MB of
// commas or one line of 200 MB would be buffered whole before anything could be said about it.
// Every limit is far above what a ratings, boxes, gold or classification file holds.
struct CsvLimits
{
    int maxColumns = 10000;                         // fields in one record
    qsizetype maxFieldBytes = qsizetype(1) << 20;   // 1 MiB: one field, as written
    qsizetype maxRecordBytes = qsizetype(16) << 20; // 16 MiB: one record, as written
};

struct CsvOptions
{
    char separator = ',';
    CsvLimits limits;
};

// RFC 4180 with the usual relaxations: CRLF or LF line ends, an optional UTF-8 byte-order mark,
// and blank lines skipped (the files read here always have columns, so an empty line is never a
// record). Quoted fields may hold separators, line breaks and doubled quotes. A quote inside an
// unquoted field, text after a closing quote, an unterminated quote, a NUL byte and invalid
// UTF-8 are errors naming the file and the line, because guessing there silently shifts columns.
// A lone CR inside a field is data.
//
// The text is read a block at a time; a field is a view into the block, valid until the next
// call of next(). Nothing is converted to QString unless asked (fieldString()).
class CsvReader final
{
public:
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    static Result<std::unique_ptr<CsvReader>> open(const QString &path,
                                                   const CsvOptions &options = {});
    // A text already in memory (UTF-8), read through the same blocks, limits and messages.
    static std::unique_ptr<CsvReader> fromBytes(const QByteArray &text, const QString &path = {},
                                                const CsvOptions &options = {});

    // Moves to the next record: true when there is one, false at the end of the text.
    Result<bool> next();

    int line() const { return m_recordLine; } // 1-based line on which the record starts
    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int i) const
    {
        const Span &s = m_fields[size_t(i)];
        return std::string_view(s.begin, size_t(s.end - s.begin));
    }
    QByteArrayView fieldBytes(int i) const
    {
        return QByteArrayView(field(i).data(), qsizetype(field(i).size()));
    }
    QString fieldString(int i) const { return toQString(field(i)); }
    QStringList fieldStrings() const;

    const QString &path() const { return m_path; }
    // An error about the current file at `line`, as the reader's own: "line N: reason".
    Error lineError(int line, const QString &reason, ErrorCode code = ErrorCode::InvalidInput) const;
    // The largest buffer held so far, in bytes: what the limits keep bounded.
    qsizetype peakBufferBytes() const { return m_peakBuffer; }

    // UTF-8 (checked) to QString; a leading U+FEFF in a value is kept (QString::fromUtf8 drops
    // it, and a value that starts with one would change on every re-import).
    static QString toQString(std::string_view utf8);

private:
    struct Span
    {
        char *begin;
        char *end;
    };
    enum class Scan { Record, Blank, More, End, Failed };

    CsvReader(const QString &path, const CsvOptions &options);
    bool fill(); // false on a read error (m_error set)
    Scan scan();
    Status finishRecord(char *recordEnd);
    Error tooLong(int line, qsizetype limit, bool field) const;

    QString m_path;
    CsvOptions m_options;
    std::unique_ptr<QIODevice> m_device;
    QByteArray m_text; // fromBytes()
    qsizetype m_consumed = 0;

    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    char *m_pos = nullptr; // the next unread byte
    char *m_end = nullptr; // the end of the bytes read
    bool m_eof = false;
    bool m_started = false;
    qsizetype m_peakBuffer = 0;

    int m_line = 1;       // the line of m_pos
    int m_recordLine = 0; // the line of the current record
    std::vector<Span> m_fields;
    std::vector<int> m_unescape; // indices of fields holding doubled quotes
    std::optional<Error> m_error;
};

} // namespace assay::core::csv
