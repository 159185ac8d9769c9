// SPDX-License-Identifier: Apache-2.0
// Quality subcommands on a project: gold answers, batches (plan, queue, decide), the report.
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace assay::app::cli {

// assay gold PROJECT add ITEM (--class NAME... | --boxes FILE) | import FILE.csv
//                    | list [--json] | status [--json] | recalibrated PERSON
//                    | settings [--window N] [--threshold X] [--minimum M]
int runGold(const QStringList &args, CliIo &io);

// assay batch PROJECT create NAME --annotators a,b --overlap K --gold-rate R
//                     [--items all|image|text|audio|FILE] [--criteria alpha>=0.8,...] [--seed S]
//                   | list [--json] | queue PERSON [--batch B] [--json]
//                   | accept B | reject B [--reason R]
int runBatch(const QStringList &args, CliIo &io);

// assay quality PROJECT [--batch B] [--method majority|dawid-skene] [--min-time MS] [--json]
//              | PROJECT --over-time [--bucket day|N] [--from DATE] [--to DATE] [--json]
//              | PROJECT --drift [--json]
int runQuality(const QStringList &args, CliIo &io);

// assay report PROJECT --out report.html [--pdf report.pdf] [--from DATE] [--to DATE]
//                      [--resamples N] [--seed S] [--json]
//            | verify PROJECT report.html [--json]
int runReport(const QStringList &args, CliIo &io);

} // namespace assay::app::cli
