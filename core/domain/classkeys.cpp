// SPDX-License-Identifier: Apache-2.0
// Default hotkeys and colours of a taxonomy's classes.
#include "core/domain/classkeys.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace assay::core {

bool isValidClassHotkey(const QString &hotkey)
{
    if (hotkey.size() == 1)
        return !hotkey.at(0).isSpace();
    const QStringList keys = hotkey.split(QStringLiteral(", "));
    return keys.size() == 2 && isValidClassHotkey(keys.at(0)) && isValidClassHotkey(keys.at(1));
}

static QString firstKey(const QString &hotkey)
{
    return hotkey.section(QStringLiteral(", "), 0, 0);
}

bool classHotkeysCollide(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return true;
    const bool chordA = a.contains(QLatin1Char(','));
    const bool chordB = b.contains(QLatin1Char(','));
    if (chordA == chordB)
        return false;
    return firstKey(chordA ? a : b).compare(chordA ? b : a, Qt::CaseInsensitive) == 0;
}

static QString positionHotkey(qsizetype position)
{
    if (position < 9)
        return QString::number(position + 1);
    if (position < 19)
        return QStringLiteral("0, %1").arg((position + 1) % 10);
    return {};
}

QStringList classHotkeys(const Taxonomy &taxonomy)
{
    QStringList claimed;
    for (const auto &cls : taxonomy.classes)
        claimed.append(cls.hotkey);
    QStringList keys;
    for (qsizetype i = 0; i < taxonomy.classes.size(); ++i) {
        const QString &own = taxonomy.classes.at(i).hotkey;
        if (!own.isEmpty()) {
            keys.append(own);
            continue;
        }
        const QString fallback = positionHotkey(i);
        const bool free = std::none_of(claimed.begin(), claimed.end(), [&](const QString &c) {
            return classHotkeysCollide(c, fallback);
        });
        keys.append(free ? fallback : QString());
    }
    return keys;
}

QString freeClassHotkey(const Taxonomy &taxonomy)
{
    for (qsizetype i = 0; i < 19; ++i) {
        const QString key = positionHotkey(i);
        if (std::none_of(taxonomy.classes.begin(), taxonomy.classes.end(),
                         [&](const TaxonomyClass &c) { return classHotkeysCollide(c.hotkey, key); }))
            return key;
    }
    return {};
}

QString freeClassColour(const QStringList &taken)
{
    // Okabe & Ito (2008), with grey for the black that boxes on dark photographs would hide.
    static const int s_okabeIto[] = {0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442,
                                     0x0072b2, 0xd55e00, 0xcc79a7, 0x999999};
    QSet<QString> used;
    for (const QString &c : taken)
        used.insert(c.toLower());
    // Round 0: the palette; then darker (mixed with black) and lighter (mixed with white) in
    // turn, further each time; a colour already taken is passed over.
    for (int round = 0; round < 64; ++round) {
        const int step = (round + 1) / 2;
        const bool darker = round % 2 == 1;
        const double amount = 0.8 * step / (step + 1.5); // 0.32, 0.46, 0.53, ... towards 0.8
        for (const int rgb : s_okabeIto) {
            int channel[3] = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
            for (int &v : channel) {
                if (round > 0)
                    v = int(std::lround(darker ? v * (1 - amount) : v + (255 - v) * amount));
                v = std::clamp(v, 0, 255);
            }
            const QString colour = QStringLiteral("#%1%2%3")
                                           .arg(channel[0], 2, 16, QLatin1Char('0'))
                                           .arg(channel[1], 2, 16, QLatin1Char('0'))
                                           .arg(channel[2], 2, 16, QLatin1Char('0'));
            if (!used.contains(colour))
                return colour;
        }
    }
    // Beyond 500 classes: any colour not taken.
    for (int rgb = 0x102030;; rgb = (rgb + 0x0b1d2f) & 0xffffff) {
        const QString colour = QStringLiteral("#%1").arg(rgb, 6, 16, QLatin1Char('0'));
        if (!used.contains(colour))
            return colour;
    }
}

} // namespace assay::core
