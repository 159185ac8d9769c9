// SPDX-License-Identifier: Apache-2.0
// Names people and files give things (classes, people, projects, batches, paths), kept safe to
// store and to print: no character that breaks a line-based file or makes text read otherwise
// than it is stored.
#pragma once

#include <QString>

namespace assay {

// Characters no name may hold: C0 and C1 controls (line breaks, tabs, ESC and with it every
// ANSI escape sequence), DEL, the line and paragraph separators U+2028/U+2029 (line breaks to
// YAML and to Python's splitlines()), and the invisible direction controls (U+061C, U+200E/F,
// U+202A-U+202E, U+2066-U+2069): a right-to-left override shows "photo\u202egpj.exe" as
// "photoexe.jpg".
bool isUnsafeNameChar(char32_t c);

// Empty when `name` may be used as typed; otherwise the translated reason, naming the
// character ("holds a control character (U+000A)").
QString nameProblem(const QString &name);

// `name` with each unsafe character replaced by U+FFFD; *replaced (when given) is increased by
// the number replaced. For what an import brings: kept, visibly marked, and counted.
QString withUnsafeCharsReplaced(const QString &name, qint64 *replaced = nullptr);

// For printing (terminal, message box, log): unsafe characters written as escapes ("\n",
// "\t", "\x1b", "\u202e"), everything else as it is. Text without any comes back unchanged.
QString printable(const QString &text);

} // namespace assay
