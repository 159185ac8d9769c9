// SPDX-License-Identifier: Apache-2.0
// The RFC 4180 reader: block reads, in-place unescaping, UTF-8 and size checks with line numbers.
#include "core/csv/csvreader.h"

#include "core/base/tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace assay::core::csv {

// Bytes read at a time: large enough that a read costs nothing next to the scan, small enough
// that a reader costs a megabyte however large the file.
static constexpr qsizetype kBlock = qsizetype(1) << 20;

// The length of the valid UTF-8 sequence at s (s[0] >= 0x80) within n bytes, 0 when there is
// none: no overlong forms, no surrogates, nothing above U+10FFFF.
static int utf8Length(const unsigned char *s, qsizetype n)
{
    const unsigned c = s[0];
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = c == 0xED ? 0x9F : 0xBF;
        return n >= 3 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c < 0xF5) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = c == 0xF4 ? 0x8F : 0xBF;
        return n >= 4 && s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80
                       ? 4
                       : 0;
    }
    return 0;
}

// The first byte of [begin, end) that is a NUL or not part of valid UTF-8, or end.
static const char *firstBadByte(const char *begin, const char *end)
{
    const auto *p = reinterpret_cast<const unsigned char *>(begin);
    const auto *const e = reinterpret_cast<const unsigned char *>(end);
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    while (p < e) {
        // Eight ASCII bytes without a zero at a time: nearly every byte of a CSV file.
        while (e - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            if (((w - ones) & ~w & highs) != 0 || (w & highs) != 0)
                break;
            p += 8;
        }
        if (p == e)
            break;
        if (*p == 0)
            return reinterpret_cast<const char *>(p);
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Length(p, e - p);
        if (n == 0)
            return reinterpret_cast<const char *>(p);
        p += n;
    }
    return end;
}

CsvReader::CsvReader(const QString &path, const CsvOptions &options)
    : m_path(path)
    , m_options(options)
{
    m_options.limits.maxColumns = std::max(1, m_options.limits.maxColumns);
    m_options.limits.maxFieldBytes = std::max<qsizetype>(1, m_options.limits.maxFieldBytes);
    m_options.limits.maxRecordBytes = std::max(m_options.limits.maxRecordBytes,
                                               m_options.limits.maxFieldBytes);
}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path, const CsvOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->exists())
        return makeError(ErrorCode::NotFound, Tr::tr("no such file"), path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, Tr::tr("cannot read: %1").arg(file->errorString()), path);
    std::unique_ptr<CsvReader> reader(new CsvReader(path, options));
    reader->m_device = std::move(file);
    return reader;
}

std::unique_ptr<CsvReader> CsvReader::fromBytes(const QByteArray &text, const QString &path,
                                                const CsvOptions &options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(path, options));
    reader->m_text = text;
    return reader;
}

QStringList CsvReader::fieldStrings() const
{
    QStringList out;
    out.reserve(fieldCount());
    for (int i = 0; i < fieldCount(); ++i)
        out.append(fieldString(i));
    return out;
}

QString CsvReader::toQString(std::string_view utf8)
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    if (std::all_of(p, p + utf8.size(), [](unsigned char c) { return c < 0x80; }))
        return QString::fromLatin1(utf8.data(), qsizetype(utf8.size()));
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
}

Error CsvReader::lineError(int line, const QString &reason, ErrorCode code) const
{
    return makeError(code, Tr::tr("line %1: %2").arg(line).arg(reason), m_path);
}

Error CsvReader::tooLong(int line, qsizetype limit, bool field) const
{
    const QString size = limit % (qsizetype(1) << 20) == 0 ? Tr::tr("%1 MiB").arg(limit >> 20)
                                                           : Tr::tr("%1 bytes").arg(limit);
    return lineError(line,
                     field ? Tr::tr("a field longer than %1; not a CSV file of this kind?").arg(size)
                           : Tr::tr("a record longer than %1; not a CSV file of this kind?")
                                     .arg(size));
}

bool CsvReader::fill()
{
    const qsizetype pending = m_end - m_pos;
    const qsizetype maxCapacity = m_options.limits.maxRecordBytes + kBlock;
    if (!m_buffer) {
        m_capacity = kBlock;
        m_buffer.reset(new char[size_t(m_capacity)]);
        m_pos = m_end = m_buffer.get();
    } else if (pending * 2 > m_capacity && m_capacity < maxCapacity) {
        // A record longer than half the buffer: twice the room, so that a long record is
        // scanned a bounded number of times.
        const qsizetype capacity = std::min(m_capacity * 2, maxCapacity);
        std::unique_ptr<char[]> bigger(new char[size_t(capacity)]);
        std::memcpy(bigger.get(), m_pos, size_t(pending));
        m_buffer = std::move(bigger);
        m_capacity = capacity;
        m_pos = m_buffer.get();
        m_end = m_pos + pending;
    } else if (m_pos != m_buffer.get()) {
        std::memmove(m_buffer.get(), m_pos, size_t(pending));
        m_pos = m_buffer.get();
        m_end = m_pos + pending;
    }
    m_peakBuffer = std::max(m_peakBuffer, m_capacity);
    char *const limit = m_buffer.get() + m_capacity;
    while (m_end < limit && !m_eof) {
        qint64 n = 0;
        if (m_device) {
            n = m_device->read(m_end, limit - m_end);
            if (n < 0) {
                m_error = makeError(ErrorCode::Io,
                                    Tr::tr("cannot read: %1").arg(m_device->errorString()), m_path);
                return false;
            }
        } else {
            n = std::min<qint64>(limit - m_end, m_text.size() - m_consumed);
            std::memcpy(m_end, m_text.constData() + m_consumed, size_t(n));
            m_consumed += n;
        }
        if (n == 0)
            m_eof = true;
        m_end += n;
    }
    if (!m_started) {
        m_started = true;
        if (m_end - m_pos >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
    }
    return true;
}

CsvReader::Scan CsvReader::scan()
{
    char *p = m_pos;
    char *const end = m_end;
    if (p == end)
        return m_eof ? Scan::End : Scan::More;
    if (*p == '\n') {
        m_pos = p + 1;
        ++m_line;
        return Scan::Blank;
    }
    if (*p == '\r') {
        if (p + 1 == end && !m_eof)
            return Scan::More;
        if (p + 1 < end && p[1] == '\n') {
            m_pos = p + 2;
            ++m_line;
            return Scan::Blank;
        }
    }
    const CsvLimits &limits = m_options.limits;
    const char separator = m_options.separator;
    const int recordLine = m_line;
    int line = m_line;
    m_fields.clear();
    m_unescape.clear();
    auto failed = [this](const Error &error) {
        m_error = error;
        return Scan::Failed;
    };
    // The text ran out inside the record: read more unless the record is already too long.
    auto more = [&](const char *fieldStart) {
        if (end - fieldStart > limits.maxFieldBytes)
            return failed(tooLong(line, limits.maxFieldBytes, true));
        if (end - m_pos > limits.maxRecordBytes)
            return failed(tooLong(recordLine, limits.maxRecordBytes, false));
        return Scan::More;
    };
    for (;;) {
        if (int(m_fields.size()) >= limits.maxColumns)
            return failed(
                    lineError(line,
                              Tr::tr("more than %1 fields in a record").arg(limits.maxColumns)));
        char *const start = p;
        bool endOfRecord = false;
        if (p < end && *p == '"') {
            const int quoteLine = line;
            bool doubled = false;
            ++p;
            for (;;) {
                char *quote = static_cast<char *>(std::memchr(p, '"', size_t(end - p)));
                char *const stop = quote ? quote : end;
                for (char *n = p; (n = static_cast<char *>(std::memchr(n, '\n', size_t(stop - n))));
                     ++n)
                    ++line;
                if (!quote) {
                    if (m_eof)
                        return failed(lineError(quoteLine,
                                                Tr::tr("a quoted field is not closed (the file "
                                                       "ends early: truncated?)")));
                    line = quoteLine;
                    return more(start);
                }
                if (quote + 1 == end && !m_eof)
                    return more(start);
                if (quote + 1 < end && quote[1] == '"') {
                    doubled = true;
                    p = quote + 2;
                    continue;
                }
                p = quote + 1;
                break;
            }
            if (p - start - 2 > limits.maxFieldBytes)
                return failed(tooLong(quoteLine, limits.maxFieldBytes, true));
            if (doubled)
                m_unescape.push_back(int(m_fields.size()));
            m_fields.push_back({start + 1, p - 1});
            if (p == end) {
                endOfRecord = true;
            } else if (*p == separator) {
                ++p;
            } else if (*p == '\n') {
                ++p;
                ++line;
                endOfRecord = true;
            } else if (*p == '\r' && p + 1 == end && !m_eof) {
                return more(start);
            } else if (*p == '\r' && p + 1 < end && p[1] == '\n') {
                p += 2;
                ++line;
                endOfRecord = true;
            } else {
                return failed(lineError(line, Tr::tr("unexpected text after a closing quote")));
            }
        } else {
            for (;;) {
                while (p < end && *p != separator && *p != '\n' && *p != '\r' && *p != '"')
                    ++p;
                if (p == end) {
                    if (!m_eof)
                        return more(start);
                    break;
                }
                if (*p == '\r') {
                    if (p + 1 == end && !m_eof)
                        return more(start);
                    if (p + 1 < end && p[1] == '\n')
                        break;
                    ++p; // a lone CR is data
                    continue;
                }
                break;
            }
            if (p - start > limits.maxFieldBytes)
                return failed(tooLong(line, limits.maxFieldBytes, true));
            m_fields.push_back({start, p});
            if (p == end) {
                endOfRecord = true;
            } else if (*p == '"') {
                return failed(lineError(line, Tr::tr("a quote inside an unquoted field")));
            } else if (*p == separator) {
                ++p;
            } else {
                p += *p == '\r' ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        if (endOfRecord)
            break;
    }
    if (p - m_pos > limits.maxRecordBytes)
        return failed(tooLong(recordLine, limits.maxRecordBytes, false));
    const char *const recordStart = m_pos;
    if (const char *bad = firstBadByte(recordStart, p); bad != p) {
        const int badLine = recordLine + int(std::count(recordStart, bad, '\n'));
        return failed(lineError(badLine, *bad == 0 ? Tr::tr("a NUL byte: not a text file?")
                                                   : Tr::tr("not valid UTF-8 text")));
    }
    // Doubled quotes become one, in place: the text only gets shorter.
    for (const int i : m_unescape) {
        Span &s = m_fields[size_t(i)];
        char *out = s.begin;
        for (const char *in = s.begin; in < s.end; ++in) {
            *out++ = *in;
            if (*in == '"')
                ++in;
        }
        s.end = out;
    }
    m_pos = p;
    m_line = line;
    m_recordLine = recordLine;
    return Scan::Record;
}

Result<bool> CsvReader::next()
{
    if (m_error)
        return *m_error;
    for (;;) {
        const Scan s = m_buffer ? scan() : Scan::More;
        switch (s) {
        case Scan::Record: return true;
        case Scan::Blank: continue;
        case Scan::End: m_fields.clear(); return false;
        case Scan::Failed: m_fields.clear(); return *m_error;
        case Scan::More:
            if (!fill())
                return *m_error;
            continue;
        }
    }
}

} // namespace assay::core::csv
