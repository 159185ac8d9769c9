// SPDX-License-Identifier: Apache-2.0
// Numbers as JSON text: the shortest text that reads back as the same double, and its reading.
#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

namespace assay::core::json {

// The powers of ten that are exact doubles.
inline constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                          1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                          1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// The shortest text that reads back as exactly v (std::to_chars' shortest form: fixed or
// scientific, whichever is shorter), at out; "null" for NaN and infinities, "0" for -0 (which
// reads back fine but is noise in a file). Writes at most 40 bytes; returns the end.
char *writeShortest(char *out, double v);
void appendShortest(QByteArray &out, double v);
QByteArray shortest(double v);
QString shortestString(double v);

// v rounded to `digits` significant digits, trailing zeros dropped (like %.12g). Used for values
// that a format derives by division (YOLO, Label Studio): the ulp noise of the conversion goes,
// and a re-export of a re-import gives the same bytes.
void appendRounded(QByteArray &out, double v, int digits = 12);
QByteArray rounded(double v, int digits = 12);

// Parses a JSON/C locale number (a leading '+' allowed); false for anything else (also trailing
// garbage, and values that are not finite).
bool parseNumber(std::string_view text, double *value);
bool parseNumber(const QString &text, double *value);

} // namespace assay::core::json
