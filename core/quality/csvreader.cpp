// SPDX-License-Identifier: Apache-2.0
// The RFC 4180 parser behind the rating and box files.
#include "core/quality/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace assay::core::quality {

static Error lineError(const QString &path, int line, const QString &reason)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("assay", "line %1: %2").arg(line).arg(reason),
                     path);
}

Result<QList<CsvRecord>> CsvReader::parse(const QString &text, const QString &path)
{
    QList<CsvRecord> records;
    records.reserve(text.count(u'\n') + 1);
    qsizetype lastFieldCount = 0;
    const QChar *s = text.constData();
    const qsizetype size = text.size();
    qsizetype i = 0;
    if (size > 0 && s[0] == QChar(0xfeff))
        ++i;
    int line = 1;
    while (i < size) {
        // A blank line (LF, or CRLF) is skipped, not read as one empty field.
        if (s[i] == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (s[i] == u'\r' && i + 1 < size && s[i + 1] == u'\n') {
            ++line;
            i += 2;
            continue;
        }
        CsvRecord record;
        record.line = line;
        record.fields.reserve(lastFieldCount);
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < size && s[i] == u'"') {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < size) {
                    if (s[i] == u'"') {
                        if (i + 1 < size && s[i + 1] == u'"') {
                            field.append(u'"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (s[i] == u'\n')
                        ++line;
                    field.append(s[i]);
                    ++i;
                }
                if (!closed) {
                    return lineError(
                        path, quoteLine,
                        QCoreApplication::translate("assay", "a quoted field is not closed"));
                }
                if (i < size && s[i] != u',' && s[i] != u'\n'
                    && !(s[i] == u'\r' && i + 1 < size && s[i + 1] == u'\n')) {
                    return lineError(path, line,
                                     QCoreApplication::translate(
                                         "assay", "unexpected text after a closing quote"));
                }
            } else {
                const qsizetype start = i;
                while (i < size && s[i] != u',' && s[i] != u'\n'
                       && !(s[i] == u'\r' && i + 1 < size && s[i + 1] == u'\n')) {
                    if (s[i] == u'"') {
                        return lineError(path, line,
                                         QCoreApplication::translate(
                                             "assay", "a quote inside an unquoted field"));
                    }
                    ++i;
                }
                field = text.mid(start, i - start);
            }
            record.fields.append(std::move(field));
            if (i >= size) {
                endOfRecord = true;
            } else if (s[i] == u',') {
                ++i;
            } else {
                i += s[i] == u'\r' ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        lastFieldCount = record.fields.size();
        records.append(std::move(record));
    }
    return records;
}

Result<QList<CsvRecord>> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("assay", "no such file"),
                         path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("assay", "cannot read: %1").arg(file.errorString()), path);
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("assay", "not valid UTF-8 text"), path);
    }
    return parse(text, path);
}

} // namespace assay::core::quality
