// SPDX-License-Identifier: Apache-2.0
// Tr::tr: translation for code that is not a QObject, in the one context "assay".
#pragma once

#include <QCoreApplication>

namespace assay {

// Tr::tr("...") is QCoreApplication::translate("assay", "..."), shorter, and lupdate reads it
// (Q_DECLARE_TR_FUNCTIONS names the context), like Qt Creator's Tr.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(assay)
};

} // namespace assay
