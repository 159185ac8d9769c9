// SPDX-License-Identifier: Apache-2.0
// ASSAY_ASSERT: a programmer-error check that logs file:line and recovers instead of aborting.
#pragma once

#include <QtGlobal>

#define ASSAY_ASSERT(cond, action) \
    if (Q_LIKELY(cond)) { \
    } else { \
        qWarning("ASSAY_ASSERT: \"%s\" in %s:%d", #cond, __FILE__, __LINE__); \
        action; \
    } \
    do { \
    } while (false)
