// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the test suites: Result checks that print the error.
#pragma once

#include "core/result.h"

#include <QTest>

// Fails the test with the error's file and reason when the Result holds an error.
#define ASSAY_VERIFY_RESULT(r) \
    do { \
        const auto &_res = (r); \
        if (!_res) \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + _res.error().toString())); \
    } while (false)
