// SPDX-License-Identifier: Apache-2.0
#include "core/base/names.h"
#include "core/base/tr.h"

#include <QCoreApplication>
#include <QStringView>

namespace assay {

bool isUnsafeNameChar(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
           || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}

// Calls f(code point, index of its first UTF-16 unit, its length in units) for every character.
template<typename F>
static void forEachChar(const QString &s, F f)
{
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, s.at(i + 1)), i, 2);
            i += 2;
        } else {
            f(char32_t(c.unicode()), i, 1);
            ++i;
        }
    }
}

static QString codePoint(char32_t c)
{
    return QStringLiteral("U+")
           + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

static bool isDirectionControl(char32_t c)
{
    return c >= 0x0600 && c != 0x2028 && c != 0x2029;
}

QString nameProblem(const QString &name)
{
    char32_t bad = 0;
    bool found = false;
    forEachChar(name, [&](char32_t c, qsizetype, qsizetype) {
        if (!found && isUnsafeNameChar(c)) {
            bad = c;
            found = true;
        }
    });
    if (!found)
        return {};
    if (isDirectionControl(bad))
        return Tr::tr("holds an invisible text-direction control (%1)").arg(codePoint(bad));
    return Tr::tr("holds a control character (%1)").arg(codePoint(bad));
}

QString withUnsafeCharsReplaced(const QString &name, qint64 *replaced)
{
    QString out;
    qint64 n = 0;
    forEachChar(name, [&](char32_t c, qsizetype i, qsizetype len) {
        if (isUnsafeNameChar(c)) {
            out += QChar(QChar::ReplacementCharacter);
            ++n;
        } else {
            out += QStringView(name).mid(i, len);
        }
    });
    if (replaced)
        *replaced += n;
    return n == 0 ? name : out;
}

QString printable(const QString &text)
{
    bool any = false;
    forEachChar(text, [&](char32_t c, qsizetype, qsizetype) { any = any || isUnsafeNameChar(c); });
    if (!any)
        return text;
    QString out;
    forEachChar(text, [&](char32_t c, qsizetype i, qsizetype len) {
        if (!isUnsafeNameChar(c)) {
            out += QStringView(text).mid(i, len);
        } else if (c == '\n') {
            out += QLatin1String("\\n");
        } else if (c == '\r') {
            out += QLatin1String("\\r");
        } else if (c == '\t') {
            out += QLatin1String("\\t");
        } else if (c <= 0xff) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    });
    return out;
}

} // namespace assay
