// SPDX-License-Identifier: Apache-2.0
// The one fast JSON reader: a strict RFC 8259 tokenizer over a window of a file, for readers of a known shape.
#pragma once

#include "core/json/jsonnumber.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

class QIODevice;

namespace assay::core::json {

// 1-based line and column of a place in a text (columns count bytes).
struct TextPosition
{
    int line = 1;
    int column = 1;
};

// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8 drops it, which silently changes
// a value that starts with one (and makes a re-import differ from the export).
QString fromUtf8Exact(const char *data, qsizetype size);
inline QString fromUtf8Exact(const QByteArray &bytes)
{
    return fromUtf8Exact(bytes.constData(), bytes.size());
}

// What a reading step gives.
enum class Step {
    Ok,
    More,   // the text went past the end of the window: read more and try the entry again
    GiveUp, // not strict JSON of the shape expected: left to a reader that explains (simdjson)
};

inline constexpr qsizetype kWindow = qsizetype(1) << 20; // bytes read at a time
inline constexpr qsizetype kAhead = qsizetype(64)
                                    << 10; // at least this much text ahead of each entry
inline constexpr qsizetype kPadding = 64;  // zeros after the text: a sentinel and room
inline constexpr int kMaxSkipDepth = 512;
inline constexpr qsizetype kMaxUnitBytes = qsizetype(64) << 20; // one entry, as unit() reads it
inline constexpr int kMaxQJsonDepth = 64;                       // toQJson's limit

inline bool isDigit(char c)
{
    return static_cast<unsigned char>(c - '0') < 10;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    const char lower = char(c | 0x20);
    if (lower >= 'a' && lower <= 'f')
        return lower - 'a' + 10;
    return -1;
}

// Byte classes inside a string.
enum StringClass : unsigned char { Plain, Quote, Backslash, Control, NonAscii };

struct StringClasses
{
    unsigned char of[256];
};

constexpr StringClasses makeStringClasses()
{
    StringClasses t{};
    for (int c = 0; c < 256; ++c)
        t.of[c] = c < 0x20    ? Control
                  : c >= 0x80 ? NonAscii
                  : c == '"'  ? Quote
                  : c == '\\' ? Backslash
                              : Plain;
    return t;
}

inline constexpr StringClasses kStringClasses = makeStringClasses();

// The length of the valid UTF-8 sequence at s (s[0] >= 0x80), 0 when it is not one: no overlong
// forms, no surrogates, nothing above U+10FFFF (what simdjson accepts).
inline int utf8Length(const char *text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    const unsigned c = s[0];
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (c < 0xF0) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned hi = c == 0xED ? 0x9F : 0xBF;
        return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
    }
    if (c < 0xF5) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = c == 0xF4 ? 0x8F : 0xBF;
        return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 ? 4 : 0;
    }
    return 0;
}

// A string's raw content (between the quotes, escapes as written).
struct RawString
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool escaped = false;
    bool ascii = true;

    qsizetype size() const { return end - begin; }
    // Whether the raw content is `name` (at most 16 bytes): two loads that may overlap, no call.
    template<size_t N>
    bool is(const char (&name)[N]) const
    {
        constexpr size_t n = N - 1;
        static_assert(n >= 2 && n <= 16);
        if (size() != qsizetype(n))
            return false;
        if constexpr (n >= 8) {
            std::uint64_t a, b, c, d;
            std::memcpy(&a, begin, 8);
            std::memcpy(&b, name, 8);
            std::memcpy(&c, begin + n - 8, 8);
            std::memcpy(&d, name + n - 8, 8);
            return a == b && c == d;
        } else if constexpr (n >= 4) {
            std::uint32_t a, b, c, d;
            std::memcpy(&a, begin, 4);
            std::memcpy(&b, name, 4);
            std::memcpy(&c, begin + n - 4, 4);
            std::memcpy(&d, name + n - 4, 4);
            return a == b && c == d;
        } else {
            std::uint16_t a, b, c, d;
            std::memcpy(&a, begin, 2);
            std::memcpy(&b, name, 2);
            std::memcpy(&c, begin + n - 2, 2);
            std::memcpy(&d, name + n - 2, 2);
            return a == b && c == d;
        }
    }
};

// Checks the string at p (at its opening quote). Returns the position after the closing quote,
// or nullptr with *failAt where it stopped.
Q_ALWAYS_INLINE const char *scanString(const char *p, RawString *out, const char **failAt)
{
    ++p;
    out->begin = p;
    out->escaped = false;
    out->ascii = true;
    for (;;) {
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        // Eight bytes at a time up to the first one that is not plain ASCII (the text is
        // followed by zero bytes, one of which stops this before the end of the buffer).
        for (;;) {
            constexpr std::uint64_t ones = 0x0101010101010101u;
            constexpr std::uint64_t highs = 0x8080808080808080u;
            std::uint64_t w;
            std::memcpy(&w, p, sizeof w);
            const std::uint64_t quote = w ^ (ones * '"');
            const std::uint64_t slash = w ^ (ones * '\\');
            const std::uint64_t special = ((quote - ones) & ~quote) | ((slash - ones) & ~slash)
                                          | ((w - ones * 0x20) & ~w) | w;
            if (const std::uint64_t m = special & highs) {
                p += qCountTrailingZeroBits(m) / 8;
                break;
            }
            p += 8;
        }
#endif
        const unsigned char cls = kStringClasses.of[static_cast<unsigned char>(*p)];
        if (cls == Plain) {
            ++p;
        } else if (cls == Quote) {
            out->end = p;
            return p + 1;
        } else if (cls == Backslash) {
            out->escaped = true;
            const char e = p[1];
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (hexValue(p[k]) < 0) {
                        *failAt = p + k;
                        return nullptr;
                    }
                }
                p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n'
                       || e == 'r' || e == 't') {
                p += 2;
            } else {
                *failAt = p + 1;
                return nullptr;
            }
        } else if (cls == NonAscii) {
            out->ascii = false;
            const int n = utf8Length(p);
            if (n == 0) {
                *failAt = p;
                return nullptr;
            }
            p += n;
        } else { // control characters, among them the sentinel
            *failAt = p;
            return nullptr;
        }
    }
}

// The unescaped UTF-8 of a checked string, as simdjson's get_string gives it; false for a
// surrogate escape (pairs and lone ones are left to simdjson).
inline bool unescape(const RawString &raw, std::string *out)
{
    out->clear();
    const char *p = raw.begin;
    while (p < raw.end) {
        const char *slash = static_cast<const char *>(std::memchr(p, '\\', size_t(raw.end - p)));
        if (!slash) {
            out->append(p, raw.end);
            break;
        }
        out->append(p, slash);
        const char e = slash[1];
        p = slash + 2;
        switch (e) {
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
            const unsigned cp = unsigned(hexValue(slash[2]) << 12 | hexValue(slash[3]) << 8
                                         | hexValue(slash[4]) << 4 | hexValue(slash[5]));
            if (cp >= 0xD800 && cp <= 0xDFFF)
                return false;
            if (cp < 0x80) {
                out->push_back(char(cp));
            } else if (cp < 0x800) {
                out->push_back(char(0xC0 | (cp >> 6)));
                out->push_back(char(0x80 | (cp & 0x3F)));
            } else {
                out->push_back(char(0xE0 | (cp >> 12)));
                out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
                out->push_back(char(0x80 | (cp & 0x3F)));
            }
            p = slash + 6;
            break;
        }
        default: out->push_back(e); break; // '"', '\\', '/'
        }
    }
    return true;
}

// Checks the number at p; returns where it ends (or where it went wrong, with *ok false).
// With `value`, also its value, correctly rounded like simdjson's: exactly by one
// multiplication or division when mantissa and power of ten are exact doubles, else by
// std::from_chars. Left to simdjson: numbers out of the double range, numbers of more than 19
// digits, which Debian's simdjson 3.0.1 does not always read right (0.1000000000000000000001
// gives 0.000387582...) and which are to read as they always were, and exponents of more than 8
// digits (simdjson refuses 20: 21e00000000000000000001).
Q_ALWAYS_INLINE const char *scanNumber(const char *p, double *value, bool *ok)
{
    *ok = false;
    const char *const start = p;
    const bool negative = *p == '-';
    p += negative;
    std::uint64_t mantissa = 0;
    const char *const digits = p;
    if (*p == '0') {
        ++p;
    } else if (isDigit(*p)) {
        do {
            mantissa = mantissa * 10 + unsigned(*p - '0');
            ++p;
        } while (isDigit(*p));
    } else {
        return p;
    }
    qsizetype digitCount = p - digits;
    qint64 exponent = 0;
    qsizetype exponentDigits = 0;
    if (*p == '.') {
        ++p;
        const char *const fraction = p;
        if (!isDigit(*p))
            return p;
        do {
            mantissa = mantissa * 10 + unsigned(*p - '0');
            ++p;
        } while (isDigit(*p));
        digitCount += p - fraction;
        exponent = -qint64(p - fraction);
    }
    if ((*p | 0x20) == 'e') {
        ++p;
        bool negativeExponent = false;
        if (*p == '-' || *p == '+') {
            negativeExponent = *p == '-';
            ++p;
        }
        if (!isDigit(*p))
            return p;
        const char *const exponentStart = p;
        qint64 e = 0;
        do {
            if (e < 1'000'000)
                e = e * 10 + (*p - '0');
            ++p;
        } while (isDigit(*p));
        exponent += negativeExponent ? -e : e;
        exponentDigits = p - exponentStart;
    }
    if (*p == '\0') // the window's end: the number may go on
        return p;
    if (value) {
        if (digitCount > 19 || exponentDigits > 8)
            return p;
        if (mantissa <= (std::uint64_t(1) << 53) && exponent >= -22 && exponent <= 22) {
            double d = double(mantissa);
            d = exponent < 0 ? d / kPowersOfTen[-exponent] : d * kPowersOfTen[exponent];
            *value = negative ? -d : d;
        } else {
            double d = 0;
            const auto r = std::from_chars(start, p, d);
            if (r.ec != std::errc() || r.ptr != p || !std::isfinite(d))
                return p;
            *value = d;
        }
    }
    *ok = true;
    return p;
}

// An integer id as simdjson's get_int64 reads it, within IdInterner's range; 12.0 or 1e3 (which
// IdInterner reads through get_double) and out-of-range ids are left to simdjson.
Q_ALWAYS_INLINE const char *scanIdNumber(const char *p, qint64 *id, bool *ok)
{
    *ok = false;
    const bool negative = *p == '-';
    p += negative;
    const char *const digits = p;
    std::uint64_t value = 0;
    if (*p == '0') {
        ++p;
    } else {
        while (isDigit(*p)) {
            value = value * 10 + unsigned(*p - '0');
            ++p;
        }
    }
    const qsizetype count = p - digits;
    if (count == 0 || count > 18 || *p == '.' || (*p | 0x20) == 'e' || isDigit(*p) || *p == '\0')
        return p;
    if (value > (std::uint64_t(1) << 53))
        return p;
    *id = negative ? -qint64(value) : qint64(value);
    *ok = true;
    return p;
}

// Whitespace without counting lines, to look ahead.
inline const char *blank(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
        ++p;
    return p;
}

inline QString toQString(const char *data, qsizetype size, bool ascii)
{
    if (ascii && size > 0)
        return QString::fromLatin1(data, size);
    return fromUtf8Exact(data, size);
}

// Reads a JSON text in one pass through a window of a megabyte (a file of any size costs a
// megabyte, and no index of the whole text is built). A format reader derives from it and reads
// the shape it expects with these steps, each on the text at p, moving p past what it read.
// The reader takes strict JSON only (RFC 8259, valid UTF-8) and says GiveUp on anything else
// (and on what it would not read exactly like simdjson: see scanNumber), so that the caller can
// hand the text to a reader that explains errors; More means the text went past the window, and
// unit() then reads more and runs the step again.
class JsonStreamReader
{
public:
    JsonStreamReader(QIODevice *device, qint64 size)
        : m_device(device)
        , m_size(size)
    {}
    JsonStreamReader(const char *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {}

    qint64 size() const { return m_size; }
    // Only white space is left.
    bool atEnd(const char *p) const { return *p == '\0' && p == m_end && m_eof; }

    // The window: text from offset m_base in m_buffer up to m_end, where a zero byte follows.
    bool fill(const char *&from, qsizetype want);
    qint64 readSome(char *to, qsizetype max);
    qint64 offsetOf(const char *p) const { return m_base + (p - m_buffer.get()); }
    TextPosition positionOf(const char *p) const
    {
        return {m_line, int(offsetOf(p) - m_lineStart + 1)};
    }

    // Failure at p: if it touched the end of the window before the end of the text, the entry
    // is read again with more text.
    Step fail(const char *p) const { return !m_eof && p + 16 >= m_end ? Step::More : Step::GiveUp; }

    // Whitespace, counting lines (line breaks occur nowhere else in valid JSON).
    Q_ALWAYS_INLINE const char *space(const char *p)
    {
        if (*p > ' ')
            return p;
        for (;;) {
            const char c = *p;
            if (c > ' ')
                return p;
            if (c == ' ' || c == '\t' || c == '\r') {
                ++p;
            } else if (c == '\n') {
                ++p;
                ++m_line;
                m_lineStart = offsetOf(p);
            } else {
                return p;
            }
        }
    }

    // Runs f on the text at p, again with a larger window as long as it asks for more.
    template<typename F>
    Step unit(const char *&p, F f);

    Step skipValue(const char *&p, int depth);
    Step skipContainer(const char *&p, int depth);
    Step string(const char *&p, RawString *raw);
    Step text(const char *&p, std::string *utf8, bool *ascii); // a string value, unescaped
    // Any value as Qt's (depth-limited, like toQJson() of the simdjson glue).
    Step qjsonValue(const char *&p, int depth, QJsonValue *out);
    // An integer as simdjson's get_int64 reads it (see scanIdNumber).
    Q_ALWAYS_INLINE Step idNumber(const char *&p, qint64 *id)
    {
        bool ok = false;
        const char *end = scanIdNumber(p, id, &ok);
        if (!ok)
            return fail(end);
        p = end;
        return Step::Ok;
    }
    Step number(const char *&p, double *value);

    // An array, entry(p) on each element.
    template<typename Entry>
    Step list(const char *&p, Entry entry);

protected:
    QIODevice *m_device = nullptr;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_consumed = 0; // of m_data
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    const char *m_end = nullptr;
    qint64 m_base = 0;
    bool m_eof = false;
    int m_line = 1;
    qint64 m_lineStart = 0;
};

template<typename F>
Step JsonStreamReader::unit(const char *&p, F f)
{
    for (qsizetype want = kAhead;;) {
        if (!fill(p, want))
            return Step::GiveUp;
        const char *const start = p;
        const int line = m_line;
        const qint64 lineStart = m_lineStart;
        const Step step = f(p);
        if (step != Step::More)
            return step;
        p = start;
        m_line = line;
        m_lineStart = lineStart;
        // One entry larger than any real one (a 64 MiB name or text): not read on in a window
        // grown to hold it; the caller reads the file whole, where the limits say what is wrong.
        if (m_end - p > kMaxUnitBytes)
            return Step::GiveUp;
        want = 2 * (m_end - p) + kAhead; // more than the window holds: fill() reads on
    }
}

Q_ALWAYS_INLINE Step JsonStreamReader::string(const char *&p, RawString *raw)
{
    if (*p != '"')
        return fail(p);
    const char *failAt = p;
    const char *next = scanString(p, raw, &failAt);
    if (!next)
        return fail(failAt);
    p = next;
    return Step::Ok;
}

Q_ALWAYS_INLINE Step JsonStreamReader::number(const char *&p, double *value)
{
    bool ok = false;
    const char *end = scanNumber(p, value, &ok);
    if (!ok)
        return fail(end);
    p = end;
    return Step::Ok;
}

Q_ALWAYS_INLINE Step JsonStreamReader::skipValue(const char *&p, int depth)
{
    // Scalars here, containers out of line: most values skipped are numbers.
    const char c = *p;
    if (c == '-' || isDigit(c))
        return number(p, nullptr);
    if (c == '"') {
        RawString raw;
        return string(p, &raw);
    }
    if (c == '{' || c == '[')
        return skipContainer(p, depth);
    const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
    for (size_t k = 0; k < word.size(); ++k) {
        if (p[k] != word[k])
            return fail(p + k);
    }
    p += word.size();
    return Step::Ok;
}

template<typename Entry>
Step JsonStreamReader::list(const char *&p, Entry entry)
{
    Step step = unit(p, [this](const char *&q) { return *q == '[' ? (++q, Step::Ok) : fail(q); });
    for (bool first = true; step == Step::Ok; first = false) {
        bool done = false;
        step = unit(p, [&](const char *&q) {
            q = space(q);
            if (*q == ']') {
                ++q;
                done = true;
                return Step::Ok;
            }
            if (!first) {
                if (*q != ',')
                    return fail(q);
                q = space(q + 1);
            }
            return entry(q);
        });
        if (done)
            break;
    }
    return step;
}

} // namespace assay::core::json
