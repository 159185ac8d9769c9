// SPDX-License-Identifier: Apache-2.0
// Header, field and duplicate checks for the rating and box CSV files.
#include "core/quality/ratingfiles.h"

#include "core/quality/csvreader.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace assay::core::quality {

static Error rowError(const QString &path, int line, const QString &reason)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("assay", "line %1: %2").arg(line).arg(reason),
                     path);
}

static Status checkHeader(const QList<CsvRecord> &records, const QStringList &expected,
                          const QString &path)
{
    const QString wanted = expected.join(u',');
    if (records.isEmpty()) {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("assay", "empty file; expected the header %1").arg(wanted),
            path);
    }
    const CsvRecord &header = records.first();
    bool ok = header.fields.size() == expected.size();
    for (qsizetype i = 0; ok && i < expected.size(); ++i)
        ok = header.fields.at(i).trimmed().compare(expected.at(i), Qt::CaseInsensitive) == 0;
    if (!ok) {
        return rowError(path, header.line,
                        QCoreApplication::translate("assay", "the header is \"%1\"; expected %2")
                            .arg(header.fields.join(u','), wanted));
    }
    return {};
}

static Status checkFieldCount(const CsvRecord &record, int expected, const QString &path)
{
    if (record.fields.size() != expected) {
        return rowError(path, record.line,
                        QCoreApplication::translate("assay", "%1 fields; expected %2")
                            .arg(record.fields.size())
                            .arg(expected));
    }
    return {};
}

static Result<QList<Rating>> ratingsFromRecords(const Result<QList<CsvRecord>> &records,
                                                const QString &path)
{
    if (!records)
        return records.error();
    static const QStringList columns{QStringLiteral("item"), QStringLiteral("rater"),
                                     QStringLiteral("label")};
    ASSAY_TRY(checkHeader(*records, columns, path));
    QList<Rating> ratings;
    ratings.reserve(records->size() - 1);
    QHash<std::pair<QString, QString>, int> seen; // (item, rater) -> line
    seen.reserve(records->size());
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        ASSAY_TRY(checkFieldCount(record, 3, path));
        for (int f = 0; f < 3; ++f) {
            if (record.fields.at(f).isEmpty()) {
                return rowError(
                    path, record.line,
                    QCoreApplication::translate("assay", "the %1 is empty").arg(columns.at(f)));
            }
        }
        const Rating rating{record.fields.at(0), record.fields.at(1), record.fields.at(2)};
        const auto key = std::make_pair(rating.item, rating.rater);
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            return rowError(path, record.line,
                            QCoreApplication::translate(
                                "assay", "item \"%1\" was already rated by \"%2\" on line %3; "
                                         "each rater rates an item at most once")
                                .arg(rating.item, rating.rater)
                                .arg(*it));
        }
        seen.insert(key, record.line);
        ratings.append(rating);
    }
    return ratings;
}

static bool parseNumber(const QString &text, double *value)
{
    bool ok = false;
    *value = text.trimmed().toDouble(&ok); // C locale: '.' decimals whatever the user's locale
    return ok && std::isfinite(*value);
}

static Result<QList<RatedBox>> boxesFromRecords(const Result<QList<CsvRecord>> &records,
                                                const QString &path)
{
    if (!records)
        return records.error();
    static const QStringList columns{QStringLiteral("image"), QStringLiteral("rater"),
                                     QStringLiteral("x"),     QStringLiteral("y"),
                                     QStringLiteral("w"),     QStringLiteral("h"),
                                     QStringLiteral("label")};
    ASSAY_TRY(checkHeader(*records, columns, path));
    QList<RatedBox> boxes;
    boxes.reserve(records->size() - 1);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord &record = records->at(r);
        ASSAY_TRY(checkFieldCount(record, 7, path));
        for (int f : {0, 1, 6}) {
            if (record.fields.at(f).isEmpty()) {
                return rowError(
                    path, record.line,
                    QCoreApplication::translate("assay", "the %1 is empty").arg(columns.at(f)));
            }
        }
        RatedBox rated;
        rated.image = record.fields.at(0);
        rated.rater = record.fields.at(1);
        rated.box.classId = record.fields.at(6);
        rated.box.id = QStringLiteral("line %1").arg(record.line);
        double *targets[] = {&rated.box.x, &rated.box.y, &rated.box.w, &rated.box.h};
        for (int f = 0; f < 4; ++f) {
            if (!parseNumber(record.fields.at(2 + f), targets[f])) {
                return rowError(path, record.line,
                                QCoreApplication::translate("assay", "%1 \"%2\" is not a number")
                                    .arg(columns.at(2 + f), record.fields.at(2 + f)));
            }
        }
        if (rated.box.w < 0 || rated.box.h < 0) {
            return rowError(
                path, record.line,
                QCoreApplication::translate("assay", "a box has a negative width or height"));
        }
        boxes.append(rated);
    }
    return boxes;
}

Result<QList<Rating>> parseRatingsCsv(const QString &text, const QString &path)
{
    return ratingsFromRecords(CsvReader::parse(text, path), path);
}

Result<QList<Rating>> readRatingsCsv(const QString &path)
{
    return ratingsFromRecords(CsvReader::readFile(path), path);
}

Result<QList<RatedBox>> parseBoxesCsv(const QString &text, const QString &path)
{
    return boxesFromRecords(CsvReader::parse(text, path), path);
}

Result<QList<RatedBox>> readBoxesCsv(const QString &path)
{
    return boxesFromRecords(CsvReader::readFile(path), path);
}

} // namespace assay::core::quality
