// SPDX-License-Identifier: Apache-2.0
// Conflicts in a taxonomy: names, hotkeys, and colours that colour-blind people confuse.
#include "core/taxonomy/taxonomyconflicts.h"

#include "core/base/names.h"
#include "core/base/tr.h"
#include "core/domain/classkeys.h"

#include <QRegularExpression>

#include <array>
#include <cmath>

namespace assay::core {

using Vec3 = std::array<double, 3>;

static double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

static Vec3 toLab(const QString &hex, ColourVision vision)
{
    const uint rgb = hex.mid(1).toUInt(nullptr, 16);
    Vec3 c{linear(int((rgb >> 16) & 0xff)), linear(int((rgb >> 8) & 0xff)), linear(int(rgb & 0xff))};
    // Viénot, Brettel & Mollon (1999), "Digital video colourmaps for checking the legibility of
    // displays by dichromats", the projection expressed in linear sRGB.
    static const double s_protan[3][3] = {{0.11238, 0.88762, 0.0},
                                          {0.11238, 0.88762, 0.0},
                                          {0.00401, -0.00401, 1.0}};
    static const double s_deutan[3][3] = {{0.29275, 0.70725, 0.0},
                                          {0.29275, 0.70725, 0.0},
                                          {-0.02234, 0.02234, 1.0}};
    if (vision != ColourVision::Normal) {
        const auto &m = vision == ColourVision::Protanopia ? s_protan : s_deutan;
        Vec3 s{};
        for (int i = 0; i < 3; ++i)
            s[i] = std::clamp(m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2], 0.0, 1.0);
        c = s;
    }
    // sRGB (D65) to XYZ to CIELAB.
    const double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    const double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    const double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

double colourDifference(const QString &a, const QString &b, ColourVision vision)
{
    const Vec3 la = toLab(a, vision);
    const Vec3 lb = toLab(b, vision);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

static bool isColour(const QString &colour)
{
    static const QRegularExpression s_colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return s_colour.match(colour).hasMatch();
}

QList<TaxonomyConflict> taxonomyConflicts(const Taxonomy &taxonomy, const TaxonomyClass &candidate)
{
    using Kind = TaxonomyConflict::Kind;
    QList<TaxonomyConflict> out;
    const QString name = candidate.name;
    if (name.trimmed().isEmpty()) {
        out.append({Kind::EmptyName,
                    {},
                    QStringLiteral("name"),
                    Tr::tr("A class needs a name: annotators pick it by its name.")});
    } else if (name != name.trimmed()) {
        out.append({Kind::BadName,
                    {},
                    QStringLiteral("name"),
                    Tr::tr("The name has spaces at its start or end; they would not show in "
                           "lists but make two names differ.")});
    } else if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        out.append({Kind::BadName,
                    {},
                    QStringLiteral("name"),
                    Tr::tr("The name \"%1\" %2.").arg(printable(name), problem)});
    }
    if (!candidate.hotkey.isEmpty() && !isValidClassHotkey(candidate.hotkey)) {
        out.append({Kind::BadHotkey,
                    {},
                    QStringLiteral("hotkey"),
                    Tr::tr("A hotkey is one key or a chord of two such as \"0, 3\", not \"%1\".")
                            .arg(candidate.hotkey)});
    }
    const bool colourValid = isColour(candidate.colour);
    if (!candidate.colour.isEmpty() && !colourValid) {
        out.append({Kind::BadColour,
                    {},
                    QStringLiteral("colour"),
                    Tr::tr("The colour \"%1\" is not of the form #rrggbb.").arg(candidate.colour)});
    }
    for (const TaxonomyClass &other : taxonomy.classes) {
        if (other.id == candidate.id)
            continue;
        if (!name.trimmed().isEmpty()
            && other.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            out.append({Kind::DuplicateName, other.id, QStringLiteral("name"),
                        Tr::tr("Another class is already named \"%1\": annotators could not tell "
                               "them apart.")
                                .arg(other.name)});
        }
        if (!candidate.hotkey.isEmpty() && !other.hotkey.isEmpty()
            && classHotkeysCollide(other.hotkey, candidate.hotkey)) {
            out.append({Kind::HotkeyTaken, other.id, QStringLiteral("hotkey"),
                        Tr::tr("The hotkey %1 is already used by \"%2\" (%3): one key would "
                               "pick two classes.")
                                .arg(candidate.hotkey, other.name, other.hotkey)});
        }
        if (colourValid && isColour(other.colour)) {
            struct
            {
                ColourVision vision;
                const char *who;
            } const views[] = {
                    {ColourVision::Normal, QT_TRANSLATE_NOOP("assay", "anyone")},
                    {ColourVision::Deuteranopia,
                     QT_TRANSLATE_NOOP("assay", "people with deuteranopia (green-blind)")},
                    {ColourVision::Protanopia,
                     QT_TRANSLATE_NOOP("assay", "people with protanopia (red-blind)")},
            };
            for (const auto &v : views) {
                const double d = colourDifference(candidate.colour, other.colour, v.vision);
                if (d < kColourTooClose) {
                    out.append({Kind::ColourTooClose, other.id, QStringLiteral("colour"),
                                Tr::tr("The colour is too close to that of \"%1\" for %2 "
                                       "(ΔE %3 < %4): their boxes would be confused.")
                                        .arg(other.name, Tr::tr(v.who))
                                        .arg(d, 0, 'f', 1)
                                        .arg(kColourTooClose, 0, 'f', 0)});
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace assay::core
