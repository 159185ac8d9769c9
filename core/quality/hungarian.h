// SPDX-License-Identifier: Apache-2.0
// Maximum-weight one-to-one assignment (Hungarian method) on a dense rows x columns matrix.
#pragma once

#include <QList>

namespace assay::core::quality {

// For a rows x columns matrix of weights (weights[r][c]; a weight <= 0 forbids the pair),
// returns for every row the column assigned to it, or -1, such that the summed weight of the
// assigned pairs is maximal and no column is used twice (Kuhn 1955, Munkres 1957; the
// O(n² m) shortest-augmenting-path form with potentials). Forbidden pairs are never assigned.
// All rows must have the same length.
QList<int> maximumWeightAssignment(const QList<QList<double>> &weights);

} // namespace assay::core::quality
