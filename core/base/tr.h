// SPDX-License-Identifier: Apache-2.0
// Tr::tr: translation for code that is not a QObject, in the one context "assay".
#pragma once

#include <QCoreApplication>
#include "core/base/tr.h"

namespace assay {

// Tr::tr("...") translates in the context "assay", as QCoreApplication::translate with that
// context does; lupdate reads it (Q_DECLARE_TR_FUNCTIONS names the context), like Qt
// Creator's Tr.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(assay)
};

} // namespace assay
