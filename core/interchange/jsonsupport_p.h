// SPDX-License-Identifier: Apache-2.0
// simdjson glue for the JSON formats: padded input, error locations, ids, values to QJsonValue.
#pragma once

#include "core/interchange/interchangeutil_p.h"

#include <QByteArray>
#include <QJsonValue>

#include <simdjson.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace assay::core::interchange::detail {

// The bytes of a JSON text with the padding simdjson reads past the end, without a copy when
// the QByteArray already has the capacity.
class PaddedJson
{
public:
    explicit PaddedJson(const QByteArray &bytes);
    simdjson::padded_string_view view() const;
    const char *begin() const { return m_data; }
    qsizetype size() const { return m_size; }

private:
    QByteArray m_bytes;
    simdjson::padded_string m_copy;
    const char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Reads a file into a QByteArray that has simdjson's padding as spare capacity.
Result<QByteArray> readJsonFile(const QString &path);

// The error for a failed parse: a syntax error (found again with QJsonDocument, which knows the
// offset) gives its line and column; a valid text with the wrong shape gives `context` at the
// position `where` (may be null).
Error jsonError(const PaddedJson &json, const QString &path, simdjson::error_code code,
                const char *where, const QString &context);

// JSON nested deeper than this is refused: real annotation files nest a few levels (a polygon
// in a list in an object in a list), and what is far deeper is hostile or broken. So is a single
// string longer than kMaxJsonString (a name, a path, a document's text): the file itself may be
// as large as it is (a 2 GB COCO file imports).
inline constexpr int kMaxJsonNesting = 512;
inline constexpr qsizetype kMaxJsonString = qsizetype(64) << 20;
// The first place where `text` opens its (kMaxJsonNesting + 1)th level of arrays and objects,
// or starts a string longer than kMaxJsonString, outside strings; null when there is none.
// *tooLong tells which. Run before simdjson's on-demand parser, which has no depth limit of its
// own (it skips what it is not asked for at any depth).
const char *tooDeeplyNested(const char *text, qsizetype size, bool *tooLong = nullptr);
// The error for it: "line L, column C: nested deeper than 512 levels" (or the string's).
Error nestingError(const char *text, qsizetype size, const char *where, const QString &path);

// Converts any JSON value (depth-limited) into Qt's representation; used for small objects
// like attributes.
simdjson::error_code toQJson(simdjson::ondemand::value value, QJsonValue *out, int depth = 0);

// Ids that may be numbers or strings ("id": 12 or "id": "a12"): numbers keep their value,
// strings get a synthetic id far below any accepted number (|id| <= 2^53), so one integer key serves both.
class IdInterner
{
public:
    simdjson::error_code read(simdjson::ondemand::value value, qint64 *id, QString *text = nullptr);
    // The synthetic id of a string id (unescaped UTF-8), made on its first appearance.
    qint64 intern(std::string_view text);
    // The original text of an id (for sourceId).
    static QString numberText(qint64 id) { return QString::number(id); }
    // How many ids were numbers written as text (Leniency::NumberAsText).
    qint64 numbersAsText() const { return m_numbersAsText; }

private:
    std::unordered_map<std::string, qint64> m_strings;
    qint64 m_next = -(qint64(1) << 62); // below every numeric id accepted
    qint64 m_numbersAsText = 0;
};

// Maps ids to indices: a vector when the ids are dense enough, a hash map otherwise.
class IdIndex
{
public:
    void build(const std::vector<qint64> &ids); // first occurrence wins
    int find(qint64 id) const;

private:
    std::vector<int> m_dense;
    qint64 m_min = 0;
    bool m_useDense = false;
    std::unordered_map<qint64, int> m_map;
};

inline bool keyIs(std::string_view key, std::string_view expected)
{
    return key == expected;
}

} // namespace assay::core::interchange::detail
