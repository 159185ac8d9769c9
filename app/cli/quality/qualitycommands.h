// SPDX-License-Identifier: Apache-2.0
// The quality subcommands: agreement, box-agreement and consensus on CSV files.
#pragma once

#include "app/cli/cliio.h"

#include <QStringList>

namespace assay::app {

// assay agreement RATINGS.csv [--json] [--pairwise]
// Percent agreement, Cohen's kappa, Scott's pi, Fleiss' kappa and Krippendorff's alpha of an
// item,rater,label file; undefined metrics are null with the reason under "notes".
int runAgreement(const QStringList &args, CliIo &io);

// assay box-agreement BOXES.csv [--iou 0.5] [--class-agnostic] [--json]
// For every pair of raters (A before B in sorted order, A the reference): matched boxes,
// precision, recall, F1 and mean IoU of an image,rater,x,y,w,h,label file.
int runBoxAgreement(const QStringList &args, CliIo &io);

// assay consensus RATINGS.csv --method majority|dawid-skene [--max-iterations N] [--json]
// The consensus label of every item with its confidence; Dawid-Skene adds each rater's
// estimated accuracy and the class priors.
int runConsensus(const QStringList &args, CliIo &io);

} // namespace assay::app
