// SPDX-License-Identifier: Apache-2.0
// Shortest round-trip doubles: a direct path for the decimals of coordinates, std::to_chars else.
#include "core/json/jsonnumber.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace assay::core::json {

// std::to_chars' shortest text of m * 10^exponent, m > 0 with at most 15 significant digits:
// fixed or scientific notation, whichever is shorter, fixed on a tie, as std::to_chars chooses.
// Writes at most 40 bytes.
static char *layOutShortest(char *out, bool negative, std::uint64_t m, int exponent)
{
    while (m % 10 == 0) {
        m /= 10;
        ++exponent;
    }
    char digits[40];
    const int n = int(std::to_chars(digits, digits + 24, m).ptr - digits);
    const int scientificExponent = n - 1 + exponent; // of the first digit
    const int absExponent = scientificExponent < 0 ? -scientificExponent : scientificExponent;
    const int fixedLength = exponent >= 0             ? n + exponent
                            : scientificExponent >= 0 ? n + 1
                                                      : n + 1 - scientificExponent;
    const int scientificLength = n + (n > 1 ? 1 : 0) + 2 + (absExponent >= 100 ? 3 : 2);
    if (negative)
        *out++ = '-';
    // Copies of a fixed 16 bytes (n <= 16) instead of calls to memcpy; only n of them count.
    if (scientificLength < fixedLength) {
        *out++ = digits[0];
        if (n > 1) {
            *out++ = '.';
            std::memcpy(out, digits + 1, 16);
            out += n - 1;
        }
        *out++ = 'e';
        *out++ = scientificExponent < 0 ? '-' : '+';
        if (absExponent < 10)
            *out++ = '0';
        return std::to_chars(out, out + 4, absExponent).ptr;
    }
    if (exponent >= 0) { // an integer, at most 15 digits long, or it would be scientific
        std::memcpy(out, digits, 16);
        out += n;
        for (int i = 0; i < exponent; ++i)
            *out++ = '0';
        return out;
    }
    if (scientificExponent >= 0) {
        const int whole = scientificExponent + 1;
        std::memcpy(out, digits, 16);
        out += whole;
        *out++ = '.';
        std::memcpy(out, digits + whole, 16);
        return out + (n - whole);
    }
    *out++ = '0';
    *out++ = '.';
    for (int i = 0; i < -scientificExponent - 1; ++i)
        *out++ = '0';
    std::memcpy(out, digits, 16);
    return out + n;
}

// m * 10^-7 for m >= 10^7 that is not a whole number: always written "whole.fraction", which
// is shorter than the scientific form here (at least two digits: 5 bytes more). The common case
// of coordinates, without the general layout's divisions one digit at a time.
static char *layOutDecimal(char *out, bool negative, std::uint64_t m)
{
    static constexpr char pairs[] = "00010203040506070809101112131415161718192021222324252627282930"
                                    "31323334353637383940414243444546474849505152535455565758596061"
                                    "62636465666768697071727374757677787980818283848586878889909192"
                                    "93949596979899";
    const std::uint64_t whole = m / 10'000'000;
    std::uint32_t fraction = std::uint32_t(m % 10'000'000);
    if (negative)
        *out++ = '-';
    out = std::to_chars(out, out + 20, whole).ptr;
    *out++ = '.';
    // Seven digits, the last one alone, then three pairs from the right.
    char digits[8];
    digits[6] = char('0' + fraction % 10);
    fraction /= 10;
    for (int at = 4; at >= 0; at -= 2) {
        std::memcpy(digits + at, pairs + 2 * (fraction % 100), 2);
        fraction /= 100;
    }
    int n = 7;
    while (digits[n - 1] == '0')
        --n;
    std::memcpy(out, digits, 8);
    return out + n;
}

// m / 100 for m that is not a multiple of 100 (one or two decimals, as most coordinates have):
// "whole.f" or "whole.ff", the fixed form being the shorter here too.
static char *layOutHundredths(char *out, bool negative, std::uint64_t m)
{
    const std::uint64_t whole = m / 100;
    const auto fraction = unsigned(m % 100);
    if (negative)
        *out++ = '-';
    out = std::to_chars(out, out + 20, whole).ptr;
    *out++ = '.';
    *out++ = char('0' + fraction / 10);
    if (fraction % 10 != 0)
        *out++ = char('0' + fraction % 10);
    return out;
}

// Most coordinates have a few decimals: when a decimal of at most 15 significant digits reads
// back as exactly v, it is the only such decimal (DBL_DIG), so std::to_chars finds the same
// digits. The test is exact: the scaled value and the power of ten are exact doubles, and the
// division rounds correctly. Everything else goes to std::to_chars.
char *writeShortest(char *out, double v)
{
    if (!std::isfinite(v)) {
        std::memcpy(out, "null", 4);
        return out + 4;
    }
    if (v == 0) { // also -0
        *out = '0';
        return out + 1;
    }
    const double a = std::fabs(v);
    if (a >= 0.01 && a < 1e8) {
        // One or two decimals first, the common case, without the seven-digit fraction.
        const auto m = std::uint64_t(a * 100 + 0.5);
        if (m % 100 != 0 && double(m) / 100 == a)
            return layOutHundredths(out, v < 0, m);
    }
    if (a >= 1e-7 && a < 1e8) {
        // Up to 7 decimals in one test: a decimal with k <= 7 decimals that reads back as v is
        // the one that rounds a * 10^7 (the rounding errors stay far below 0.5 here).
        const auto m = std::uint64_t(a * 1e7 + 0.5);
        if (m != 0 && double(m) / 1e7 == a) {
            if (m >= 10'000'000 && m % 10'000'000 != 0)
                return layOutDecimal(out, v < 0, m);
            return layOutShortest(out, v < 0, m, -7);
        }
    } else if (a >= 1e8 && a < 1e15) {
        for (int k = 0; k <= 6; ++k) {
            const double scaled = a * kPowersOfTen[k];
            if (scaled >= 1e15)
                break;
            const auto m = std::uint64_t(scaled + 0.5);
            if (double(m) / kPowersOfTen[k] == a)
                return layOutShortest(out, v < 0, m, -k);
        }
    }
    return std::to_chars(out, out + 32, v).ptr;
}

void appendShortest(QByteArray &out, double v)
{
    char buffer[40];
    out.append(buffer, writeShortest(buffer, v) - buffer);
}

QByteArray shortest(double v)
{
    char buffer[40];
    return QByteArray(buffer, writeShortest(buffer, v) - buffer);
}

QString shortestString(double v)
{
    char buffer[40];
    return QString::fromLatin1(buffer, writeShortest(buffer, v) - buffer);
}

void appendRounded(QByteArray &out, double v, int digits)
{
    if (!std::isfinite(v)) {
        out.append("null");
        return;
    }
    char buffer[64];
    auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, digits);
    double back = 0;
    std::from_chars(buffer, r.ptr, back);
    appendShortest(out, back); // "0.5" rather than "5e-01"-style variations of %g
}

QByteArray rounded(double v, int digits)
{
    QByteArray out;
    appendRounded(out, v, digits);
    return out;
}

bool parseNumber(std::string_view text, double *value)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    if (begin == end)
        return false;
    const auto r = std::from_chars(begin, end, *value);
    return r.ec == std::errc() && r.ptr == end && std::isfinite(*value);
}

bool parseNumber(const QString &text, double *value)
{
    const QByteArray latin = text.trimmed().toLatin1();
    return parseNumber(std::string_view(latin.constData(), size_t(latin.size())), value);
}

} // namespace assay::core::json
