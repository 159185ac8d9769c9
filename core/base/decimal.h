// SPDX-License-Identifier: Apache-2.0
// A figure as the user's locale writes it (its decimal separator), without grouping: sizes,
// positions and scores read the same in a table, a tooltip and a status bar.
#pragma once

#include <QLocale>
#include <QString>

namespace assay {

inline QString localDecimal(double value, int digits)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', digits);
}

} // namespace assay
