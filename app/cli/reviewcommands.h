// SPDX-License-Identifier: Apache-2.0
// assay review (rules, queue, decisions, status) and assay adjudicate.
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace assay::app::cli {

// assay review PROJECT rules --batch B [--rate R] [--min-per-annotator N] [--agreement-below X]
//                            [--no-agreement] [--confidence-below X] [--seed S]
//                    | route TASK... | rereview --batch B --share S [--seed S]
//                    | reasons [set CODE=TEXT...] | queue [--batch B] [--order O]
//                    | decide ITEM accept|fix|reject|escalate [--annotator NAME] [--reason CODE]
//                      [--text T] [--section S] [--class NAME...] [--boxes FILE]
//                    | undo DECISION | status [--batch B] | mine
int runReview(const QStringList &args, CliIo &io);

// assay adjudicate PROJECT ITEM [--choose VERSION | --class NAME... | --boxes FILE]
//                  --reason CODE --text T [--section S] | PROJECT --queue
int runAdjudicate(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
