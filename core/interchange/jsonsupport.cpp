// SPDX-License-Identifier: Apache-2.0
// simdjson glue for the JSON formats: padded input, error locations, ids, values to QJsonValue.
#include <QCoreApplication>

#include <algorithm>
#include "core/base/tr.h"
#include "core/interchange/jsonsupport_p.h"
#include "core/base/prefault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <cstdint>

namespace assay::core::interchange::detail {

static constexpr qint64 kMaxId = qint64(1) << 53;

PaddedJson::PaddedJson(const QByteArray &bytes)
    : m_bytes(bytes)
{
    m_size = m_bytes.size();
    if (m_bytes.capacity() - m_bytes.size() >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        m_data = m_bytes.constData(); // shares the caller's buffer (implicit sharing, no copy)
    } else {
        m_copy = simdjson::padded_string(m_bytes.constData(), size_t(m_bytes.size()));
        m_data = m_copy.data();
        m_bytes = QByteArray(); // the copy is what we read
    }
}

simdjson::padded_string_view PaddedJson::view() const
{
    return simdjson::padded_string_view(m_data, size_t(m_size),
                                        size_t(m_size) + simdjson::SIMDJSON_PADDING);
}

Result<QByteArray> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("file not found"), path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(path, Tr::tr("cannot open for reading: %1").arg(file.errorString()));
    const qint64 size = file.size();
    QByteArray bytes;
    if (size > 0 && file.isSequential() == false) {
        bytes.resize(qsizetype(size + qint64(simdjson::SIMDJSON_PADDING)));
        adviseHugePages(bytes.constData(), size_t(bytes.size()));
        const qint64 got = file.read(bytes.data(), size);
        if (got < 0)
            return ioError(path, Tr::tr("read failed: %1").arg(file.errorString()));
        bytes.resize(qsizetype(got)); // keeps the capacity: the padding stays allocated
    } else {
        bytes = file.readAll();
    }
    return bytes;
}

// simdjson's first stage rejects some texts that Qt accepts (control characters in strings,
// invalid UTF-8) without saying where: find the byte ourselves.
static const char *locateByteError(const char *text, qsizetype size, simdjson::error_code code)
{
    if (code == simdjson::UNESCAPED_CHARS) {
        bool inString = false;
        for (qsizetype i = 0; i < size; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (inString && c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = !inString;
            } else if (inString && c < 0x20) {
                return text + i;
            }
        }
    } else if (code == simdjson::UTF8_ERROR) {
        for (qsizetype i = 0; i < size;) {
            const auto c = static_cast<unsigned char>(text[i]);
            const int length = c < 0x80         ? 1
                               : (c >> 5) == 6  ? 2
                               : (c >> 4) == 14 ? 3
                               : (c >> 3) == 30 ? 4
                                                : 0;
            if (length == 0 || i + length > size)
                return text + i;
            for (int k = 1; k < length; ++k) {
                if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2)
                    return text + i;
            }
            i += length;
        }
    }
    return nullptr;
}

Error jsonError(const PaddedJson &json, const QString &path, simdjson::error_code code,
                const char *where, const QString &context)
{
    const QByteArray text = QByteArray::fromRawData(json.begin(), json.size());
    QJsonParseError qtError;
    // simdjson does not say where a syntax error is; Qt's parser does. Only on the error path.
    QJsonDocument::fromJson(text, &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        const TextPosition pos = positionAt(json.begin(),
                                            qMin<qsizetype>(qtError.offset, json.size()));
        QString reason = qtError.errorString();
        if (qtError.error == QJsonParseError::UnterminatedObject
            || qtError.error == QJsonParseError::UnterminatedArray
            || qtError.error == QJsonParseError::UnterminatedString
            || qtError.offset >= json.size())
            reason = Tr::tr("%1 (the file ends early: truncated?)").arg(reason);
        return parseError(path, pos.line, pos.column, Tr::tr("malformed JSON: %1").arg(reason));
    }
    TextPosition pos{0, 0};
    if (!where)
        where = locateByteError(json.begin(), json.size(), code);
    if (where && where >= json.begin() && where <= json.begin() + json.size())
        pos = positionAt(json.begin(), where - json.begin());
    QString reason = context;
    if (code != simdjson::SUCCESS)
        reason = Tr::tr("%1 (%2)").arg(context, QString::fromUtf8(simdjson::error_message(code)));
    return parseError(path, pos.line, pos.column, reason);
}

const char *tooDeeplyNested(const char *text, qsizetype size, bool *tooLong)
{
    const char *p = text;
    const char *const end = text + size;
    int depth = 0;
    if (tooLong)
        *tooLong = false;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            // Skip the string: to its closing quote, past escaped characters.
            const char *const start = p;
            ++p;
            while (p < end) {
                const void *stop = std::memchr(p, '"', size_t(end - p));
                if (!stop)
                    return nullptr; // unterminated: the parser says so
                const char *q = static_cast<const char *>(stop);
                qsizetype backslashes = 0;
                for (const char *b = q - 1; b >= p && *b == '\\'; --b)
                    ++backslashes;
                p = q + 1;
                if (backslashes % 2 == 0)
                    break;
            }
            if (p - start > kMaxJsonString + 2) {
                if (tooLong)
                    *tooLong = true;
                return start;
            }
            continue;
        }
        if (c == '[' || c == '{') {
            if (++depth > kMaxJsonNesting)
                return p;
        } else if (c == ']' || c == '}') {
            --depth;
        }
        ++p;
    }
    return nullptr;
}

Error nestingError(const char *text, qsizetype size, const char *where, const QString &path)
{
    Q_UNUSED(size);
    const TextPosition pos = positionAt(text, where - text);
    if (*where == '"')
        return parseError(path, pos.line, pos.column,
                          Tr::tr("a string longer than %1 MiB").arg(kMaxJsonString >> 20));
    return parseError(path, pos.line, pos.column,
                      Tr::tr("nested deeper than %1 levels of lists and objects")
                              .arg(kMaxJsonNesting));
}

simdjson::error_code toQJson(simdjson::ondemand::value value, QJsonValue *out, int depth)
{
    using namespace simdjson;
    if (depth > 64)
        return DEPTH_ERROR;
    ondemand::json_type type;
    if (auto e = value.type().get(type))
        return e;
    switch (type) {
    case ondemand::json_type::object: {
        ondemand::object object;
        if (auto e = value.get_object().get(object))
            return e;
        QJsonObject result;
        for (auto fieldResult : object) {
            ondemand::field field;
            if (auto e = std::move(fieldResult).get(field))
                return e;
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            QJsonValue v;
            if (auto e = toQJson(field.value(), &v, depth + 1))
                return e;
            result.insert(fromUtf8Exact(key.data(), qsizetype(key.size())), v);
        }
        *out = result;
        return SUCCESS;
    }
    case ondemand::json_type::array: {
        ondemand::array array;
        if (auto e = value.get_array().get(array))
            return e;
        QJsonArray result;
        for (auto elementResult : array) {
            ondemand::value element;
            if (auto e = elementResult.get(element))
                return e;
            QJsonValue v;
            if (auto e = toQJson(element, &v, depth + 1))
                return e;
            result.append(v);
        }
        *out = result;
        return SUCCESS;
    }
    case ondemand::json_type::number: {
        double d;
        if (auto e = value.get_double().get(d))
            return e;
        *out = d;
        return SUCCESS;
    }
    case ondemand::json_type::string: {
        std::string_view s;
        if (auto e = value.get_string().get(s))
            return e;
        *out = fromUtf8Exact(s.data(), qsizetype(s.size()));
        return SUCCESS;
    }
    case ondemand::json_type::boolean: {
        bool b;
        if (auto e = value.get_bool().get(b))
            return e;
        *out = b;
        return SUCCESS;
    }
    case ondemand::json_type::null:
        if (auto e = value.is_null().error())
            return e;
        *out = QJsonValue(QJsonValue::Null);
        return SUCCESS;
    }
    return INCORRECT_TYPE;
}

simdjson::error_code IdInterner::read(simdjson::ondemand::value value, qint64 *id, QString *text)
{
    using namespace simdjson;
    ondemand::json_type type;
    if (auto e = value.type().get(type))
        return e;
    if (type == ondemand::json_type::number) {
        int64_t i;
        if (value.get_int64().get(i) == SUCCESS) {
            *id = i;
        } else {
            double d;
            if (auto e = value.get_double().get(d))
                return e;
            if (d != std::floor(d) || std::abs(d) > 9e15) // 12.0 is fine, 12.5 is not an id
                return INCORRECT_TYPE;
            *id = qint64(d);
        }
        if (*id > kMaxId || *id < -kMaxId) // keeps clear of the synthetic ids of strings
            return NUMBER_OUT_OF_RANGE;
        if (text)
            *text = QString::number(*id);
        return SUCCESS;
    }
    if (type == ondemand::json_type::string) {
        std::string_view s;
        if (auto e = value.get_string().get(s))
            return e;
        *id = intern(s);
        if (text)
            *text = fromUtf8Exact(s.data(), qsizetype(s.size()));
        return SUCCESS;
    }
    return INCORRECT_TYPE;
}

qint64 IdInterner::intern(std::string_view text)
{
    // A number written as text ("12", as some exporters write ids) is that number, so that it
    // matches the same id written as a number: canonical digits only ("012" stays a name).
    if (!text.empty() && text.size() <= 15 && (text.size() == 1 || text.front() != '0')
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        qint64 value = 0;
        for (const char c : text)
            value = value * 10 + (c - '0');
        ++m_numbersAsText;
        return value;
    }
    auto [it, inserted] = m_strings.try_emplace(std::string(text), m_next);
    if (inserted)
        ++m_next;
    return it->second;
}

void IdIndex::build(const std::vector<qint64> &ids)
{
    m_dense.clear();
    m_map.clear();
    m_useDense = false;
    if (ids.empty())
        return;
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    const qint64 span = *hi - *lo; // ids are within ±9e15: no overflow
    if (span >= 0 && span < qint64(ids.size()) * 4 + 1024) {
        m_useDense = true;
        m_min = *lo;
        m_dense.assign(size_t(span + 1), -1);
        for (size_t i = 0; i < ids.size(); ++i) {
            int &slot = m_dense[size_t(ids[i] - m_min)];
            if (slot < 0)
                slot = int(i);
        }
        return;
    }
    m_map.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i)
        m_map.try_emplace(ids[i], int(i));
}

int IdIndex::find(qint64 id) const
{
    if (m_useDense) {
        const qint64 at = id - m_min;
        if (at < 0 || at >= qint64(m_dense.size()))
            return -1;
        return m_dense[size_t(at)];
    }
    const auto it = m_map.find(id);
    return it == m_map.end() ? -1 : it->second;
}

} // namespace assay::core::interchange::detail
