// SPDX-License-Identifier: Apache-2.0
// Conflicts in a taxonomy that the window shows as you type and the command line refuses.
#pragma once

#include "core/domain/types.h"

namespace assay::core {

struct TaxonomyConflict
{
    enum class Kind {
        EmptyName,      // blocking
        BadName,        // blocking: spaces around it, line breaks, direction overrides
        DuplicateName,  // blocking
        BadHotkey,      // blocking
        HotkeyTaken,    // blocking
        BadColour,      // blocking
        ColourTooClose, // a warning: the author may keep it
    };
    Kind kind;
    Id otherId;      // the class it conflicts with, when there is one
    QString field;   // "name", "hotkey" or "colour"
    QString message; // translated, says what and why
    bool blocking() const { return kind != Kind::ColourTooClose; }
};

enum class ColourVision { Normal, Protanopia, Deuteranopia };

// CIE76 colour difference (ΔE*ab, the distance in CIELAB under D65) of two "#rrggbb" colours
// as a person with `vision` sees them. Protanopia and deuteranopia are simulated with the
// Viénot, Brettel & Mollon (1999) projection in linear sRGB. ΔE 2.3 is about the smallest
// difference anyone notices; below kColourTooClose two labels are easy to confuse on a photograph.
double colourDifference(const QString &a, const QString &b, ColourVision vision);
inline constexpr double kColourTooClose = 10.0;

// The conflicts of `candidate` (a new class, or an edited one by its id) with the taxonomy's
// other offered classes. Archived classes free their names and hotkeys.
QList<TaxonomyConflict> taxonomyConflicts(const Taxonomy &taxonomy, const TaxonomyClass &candidate);

} // namespace assay::core
