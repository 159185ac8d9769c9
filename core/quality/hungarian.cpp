// SPDX-License-Identifier: Apache-2.0
// The Hungarian method with potentials, used to match boxes one-to-one by IoU.
#include "core/quality/hungarian.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace assay::core::quality {

QList<int> maximumWeightAssignment(const QList<QList<double>> &weights)
{
    const int rows = int(weights.size());
    const int columns = rows == 0 ? 0 : int(weights.first().size());
    QList<int> result(rows, -1);
    if (rows == 0 || columns == 0)
        return result;

    // The method needs n <= m: work on the transpose when there are more rows than columns.
    const bool transposed = rows > columns;
    const int n = transposed ? columns : rows;
    const int m = transposed ? rows : columns;
    auto weight = [&](int i, int j) {
        return transposed ? weights.at(j).at(i) : weights.at(i).at(j);
    };
    // Minimise cost = -weight. Forbidden pairs cost 0, like leaving the row unassigned, and are
    // dropped afterwards: a square problem with zero-weight slack cannot prefer them to a real
    // positive-weight pair.
    std::vector<std::vector<double>> cost(n + 1, std::vector<double>(m + 1, 0.0));
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < m; ++j)
            cost[i + 1][j + 1] = -std::max(0.0, weight(i, j));
    }

    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0.0);
    std::vector<double> v(m + 1, 0.0);
    std::vector<int> p(m + 1, 0); // p[j]: the row assigned to column j (1-based), 0 = none
    std::vector<int> way(m + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(m + 1, inf);
        std::vector<char> used(m + 1, false);
        do {
            used[j0] = true;
            const int i0 = p[j0];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[j])
                    continue;
                const double cur = cost[i0][j] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const int j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0 != 0);
    }

    for (int j = 1; j <= m; ++j) {
        if (p[j] == 0)
            continue;
        const int i = p[j] - 1;
        const int jj = j - 1;
        const int row = transposed ? jj : i;
        const int column = transposed ? i : jj;
        if (weights.at(row).at(column) > 0)
            result[row] = column;
    }
    return result;
}

} // namespace assay::core::quality
