// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a process has used, read from /proc (proc(5)): resident memory and CPU time. Shared by
// the benchmarks, which report the CPU time of each side beside the wall time: on the 2-core
// benchmark machine the wall time alone says little about who did the work.

#include <ctime>

#include <unistd.h>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace Wesog::Bench {

/// A size line of /proc/PID/status (`VmRSS:` now, `VmHWM:` peak), in MB; 0 if unreadable.
inline double statusMb(const char *key, const QString &pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray name(key);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/// Resets this process's VmHWM to its current resident size, so a later peak is the next
/// step's alone (proc(5), clear_refs).
inline void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// CPU seconds (user + system) a process has used so far, from /proc/PID/stat.
inline double cpuSeconds(const QString &pid = QStringLiteral("self"))
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble(); // utime, stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

/// CPU seconds the calling thread has used so far.
inline double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace Wesog::Bench
