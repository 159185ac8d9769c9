// SPDX-License-Identifier: Apache-2.0
// assay calibration: calibration sets, sessions for a cohort, results and debriefs.
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace assay::app::cli {

// assay calibration PROJECT set create NAME | set add SET ITEM (--class NAME... | --boxes FILE)
//                           [--explanation T] [--section S] | set list [SET]
//                         | session start NAME --set SET --members A,B [--pass X]
//                           [--pass-box-f1 X] [--attempts N] [--opens T] [--closes T]
//                           [--onboarding]
//                         | session list | status S | results S | judge S | close S
//                         | debrief S --person NAME            [--as PERSON] [--json]
int runCalibration(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
