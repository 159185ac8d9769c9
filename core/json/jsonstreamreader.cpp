// SPDX-License-Identifier: Apache-2.0
// The stream reader's window, its string values and its QJsonValue conversion.
#include "core/json/jsonstreamreader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace assay::core::json {

QString fromUtf8Exact(const char *data, qsizetype size)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(data, size));
}

qint64 JsonStreamReader::readSome(char *to, qsizetype max)
{
    if (m_device)
        return m_device->read(to, max);
    const qint64 n = qMin<qint64>(max, m_size - m_consumed);
    std::memcpy(to, m_data + m_consumed, size_t(n));
    m_consumed += n;
    return n;
}

bool JsonStreamReader::fill(const char *&from, qsizetype want)
{
    qsizetype keep = m_end - from;
    if (m_eof || keep >= want)
        return true;
    const qsizetype shift = from - m_buffer.get();
    if (want > m_capacity || !m_buffer) {
        const qsizetype capacity = qMax(want, qMax(kWindow, m_capacity * 2));
        std::unique_ptr<char[]> bigger(new char[size_t(capacity + kPadding)]);
        if (keep > 0)
            std::memcpy(bigger.get(), from, size_t(keep));
        m_buffer = std::move(bigger);
        m_capacity = capacity;
    } else if (shift > 0 && keep > 0) {
        std::memmove(m_buffer.get(), from, size_t(keep));
    }
    m_base += shift;
    char *buffer = m_buffer.get();
    while (keep < m_capacity) {
        const qint64 n = readSome(buffer + keep, m_capacity - keep);
        if (n < 0)
            return false;
        if (n == 0) {
            m_eof = true;
            break;
        }
        keep += qsizetype(n);
    }
    std::memset(buffer + keep, 0, size_t(kPadding));
    m_end = buffer + keep;
    from = buffer;
    return true;
}

Step JsonStreamReader::text(const char *&p, std::string *utf8, bool *ascii)
{
    RawString raw;
    if (const Step s = string(p, &raw); s != Step::Ok)
        return s;
    *ascii = raw.ascii && !raw.escaped; // "\u00e9" is ASCII only as written
    if (!raw.escaped) {
        utf8->assign(raw.begin, raw.end);
        return Step::Ok;
    }
    return unescape(raw, utf8) ? Step::Ok : Step::GiveUp;
}

Step JsonStreamReader::skipContainer(const char *&p, int depth)
{
    if (depth > kMaxSkipDepth)
        return Step::GiveUp;
    const bool object = *p == '{';
    const char close = object ? '}' : ']';
    p = space(p + 1);
    if (*p == close) {
        ++p;
        return Step::Ok;
    }
    for (;;) {
        if (object) {
            RawString key;
            if (const Step s = string(p, &key); s != Step::Ok)
                return s;
            p = space(p);
            if (*p != ':')
                return fail(p);
            p = space(p + 1);
        }
        if (const Step s = skipValue(p, depth + 1); s != Step::Ok)
            return s;
        p = space(p);
        if (*p == ',') {
            p = space(p + 1);
        } else if (*p == close) {
            ++p;
            return Step::Ok;
        } else {
            return fail(p);
        }
    }
}

// toQJson() over the window.
Step JsonStreamReader::qjsonValue(const char *&p, int depth, QJsonValue *out)
{
    if (depth > kMaxQJsonDepth)
        return Step::GiveUp;
    switch (*p) {
    case '{': {
        QJsonObject object;
        p = space(p + 1);
        if (*p != '}') {
            std::string key;
            for (;;) {
                bool ascii = true;
                if (const Step s = text(p, &key, &ascii); s != Step::Ok)
                    return s;
                p = space(p);
                if (*p != ':')
                    return fail(p);
                p = space(p + 1);
                QJsonValue v;
                if (const Step s = qjsonValue(p, depth + 1, &v); s != Step::Ok)
                    return s;
                object.insert(toQString(key.data(), qsizetype(key.size()), ascii), v);
                p = space(p);
                if (*p == ',') {
                    p = space(p + 1);
                } else if (*p == '}') {
                    break;
                } else {
                    return fail(p);
                }
            }
        }
        ++p;
        *out = object;
        return Step::Ok;
    }
    case '[': {
        QJsonArray array;
        p = space(p + 1);
        if (*p != ']') {
            for (;;) {
                QJsonValue v;
                if (const Step s = qjsonValue(p, depth + 1, &v); s != Step::Ok)
                    return s;
                array.append(v);
                p = space(p);
                if (*p == ',') {
                    p = space(p + 1);
                } else if (*p == ']') {
                    break;
                } else {
                    return fail(p);
                }
            }
        }
        ++p;
        *out = array;
        return Step::Ok;
    }
    case '"': {
        std::string s;
        bool ascii = true;
        if (const Step step = text(p, &s, &ascii); step != Step::Ok)
            return step;
        *out = toQString(s.data(), qsizetype(s.size()), ascii);
        return Step::Ok;
    }
    case 't':
    case 'f':
    case 'n': {
        const char first = *p;
        if (const Step s = skipValue(p, 0); s != Step::Ok)
            return s;
        *out = first == 'n' ? QJsonValue(QJsonValue::Null) : QJsonValue(first == 't');
        return Step::Ok;
    }
    default: {
        double d = 0;
        if (const Step s = number(p, &d); s != Step::Ok)
            return s;
        *out = d;
        return Step::Ok;
    }
    }
}

} // namespace assay::core::json
