// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace Wesog::Bench {

/// GUI event-loop stalls, as the GUI benchmarks measure them: a precise timer on the calling
/// (GUI) thread ticks every `intervalMs`; each gap between two ticks beyond that interval is
/// time the window could not have answered (painted, taken a click).
/// Thread: the one it measures. Lifetime: stack object of the benchmark's main().
class StallMeter
{
public:
    StallMeter(const StallMeter &) = delete;
    StallMeter &operator=(const StallMeter &) = delete;
    explicit StallMeter(int intervalMs)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stalls << std::max(0.0, (now - m_lastTick) / 1e6 - m_interval);
            m_lastTick = now;
        });
    }

    void start()
    {
        m_stalls.clear();
        m_lastTick = 0;
        m_clock.start();
        m_timer.start();
    }

    void stop() { m_timer.stop(); }

    /// Milliseconds since start().
    double elapsedMs() const { return m_clock.nsecsElapsed() / 1e6; }
    qsizetype ticks() const { return m_stalls.size(); }

    /// The stall (ms) that `fraction` of the ticks do not exceed: 0.99 gives the 99th percentile.
    double percentile(double fraction) const
    {
        if (m_stalls.isEmpty())
            return 0;
        QList<double> sorted = m_stalls;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(sorted.size() * fraction)));
    }

    double longest() const { return m_stalls.isEmpty() ? 0 : *std::max_element(m_stalls.begin(), m_stalls.end()); }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    QList<double> m_stalls;
};

} // namespace Wesog::Bench
