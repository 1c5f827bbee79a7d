// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <utility>
#include <vector>

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Wesog {

/// Below this many rows, work over every row runs on the calling thread: starting workers
/// would cost more than it saves.
constexpr int ParallelRows = 20000;

/// Runs `work(begin, end)` over [begin, end) of [0, count) in ranges, on every core of the
/// global pool when `count` is at least `parallelFrom`, and returns when all are done. `work`
/// must touch only its own rows. Costly work per row (validation) starts workers sooner.
template <typename Work> void forRanges(int count, Work work, int parallelFrom = ParallelRows)
{
    if (count < parallelFrom) {
        work(0, count);
        return;
    }
    // A few ranges per core, so a core that another program slows does not hold up the rest.
    const int ranges = std::max(1, QThreadPool::globalInstance()->maxThreadCount()) * 4;
    std::vector<std::pair<int, int>> bounds;
    for (int i = 0; i < ranges; ++i)
        bounds.emplace_back(int(qint64(count) * i / ranges), int(qint64(count) * (i + 1) / ranges));
    QtConcurrent::blockingMap(bounds, [&work](const std::pair<int, int> &range) { work(range.first, range.second); });
}

} // namespace Wesog
