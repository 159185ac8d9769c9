// SPDX-License-Identifier: Apache-2.0
// Default hotkeys and colours of a taxonomy's classes: which keys a class gets, which collide,
// and a colour for a new class that no other class has.
#pragma once

#include "core/domain/types.h"

namespace assay::core {

// Class hotkeys are one key ("3", "h") or a two-key chord written "0, 3". By default the
// first nine classes get 1-9 and the next ten the chords "0, 0" to "0, 9" (the tenth to the
// nineteenth: the second key is the class number's last digit); 0 alone is no command anywhere.
bool isValidClassHotkey(const QString &hotkey);
// Whether two hotkeys cannot both be used: equal, or one is the first key of the other's chord.
bool classHotkeysCollide(const QString &a, const QString &b);
// The hotkey of each class in order: its own, else its position's default when that is free.
QStringList classHotkeys(const Taxonomy &taxonomy);
// The first default hotkey no class has and none collides with; empty when all are taken.
QString freeClassHotkey(const Taxonomy &taxonomy);
// A colour ("#rrggbb") for a new class, never one of `taken`: the eight colours of the Okabe-Ito
// palette, told apart with any colour vision, first; then the same hues darker and lighter in
// turn, so that classes past the eighth differ in lightness from those of the same hue.
QString freeClassColour(const QStringList &taken);

} // namespace assay::core
