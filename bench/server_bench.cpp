// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of server collections (issue 15 point 8) against a real wesog-sandbox process:
// (a) loading N images through ImagePager into memory, with this process's resident memory
// after the load; (b) the pre-send check (PreSendCheck) of M changed images.
// Prints `metric<TAB>value<TAB>unit<TAB>target` lines.
// Usage: server_bench [IMAGES [CHANGED]]   (default 100000 10000)

#include <cstdio>

#include <unistd.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include "bench/sandboxfill.h"
#include "core/server/imagepager.h"
#include "core/server/presendcheck.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

void report(const char *metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.2f\t%s\t%s\n", metric, value, unit, target);
    std::fflush(stdout);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/// CPU seconds (user + system) a process has used so far, from /proc/PID/stat.
double cpuSeconds(const QString &pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    stat.open(QIODevice::ReadOnly);
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble(); // utime, stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int images = app.arguments().value(1, QStringLiteral("100000")).toInt();
    const int changed = qMin(images, app.arguments().value(2, QStringLiteral("10000")).toInt());
    SandboxFiles files;
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), files.root() });
    QString error;
    if (!files.isValid() || !sandbox.start(&error)) {
        std::fprintf(stderr, "server_bench: the sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    HttpTestClient client(sandbox.baseUrl(), "bench");
    if (!Bench::fillSandbox(client, sandbox.baseUrl(), images)) {
        std::fprintf(stderr, "server_bench: filling the sandbox failed\n");
        return 1;
    }
    const ApiEndpoint endpoint { QUrl(sandbox.baseUrl()), "bench" };
    QNetworkAccessManager network;

    // (a) The load, as the table receives it: pages appended to one vector as they come.
    const double rssBefore = residentMb();
    QVector<StoredImage> loaded;
    ImagePager pager(&network, endpoint);
    QObject::connect(
        &pager, &ImagePager::pageLoaded, &pager, [&](const QVector<StoredImage> &page) { loaded.append(page); });
    QEventLoop loop;
    QObject::connect(&pager, &ImagePager::finished, &loop, &QEventLoop::quit);
    QObject::connect(&pager, &ImagePager::failed, &loop, [&](const PagerError &e) {
        std::fprintf(stderr, "server_bench: the load failed: %s\n", qPrintable(e.userMessage()));
        loop.quit();
    });
    const QString sandboxPid = QString::number(sandbox.process().processId());
    const double clientCpu = cpuSeconds(QStringLiteral("self"));
    const double sandboxCpu = cpuSeconds(sandboxPid);
    QElapsedTimer timer;
    timer.start();
    pager.start(QString());
    // A real event loop: QTest::qWaitFor sleeps 10 ms between rounds, which would pace the pages.
    loop.exec();
    const double loadSeconds = timer.elapsed() / 1000.0;
    if (loaded.size() != images) {
        std::fprintf(stderr, "server_bench: loaded %lld of %d images\n", qlonglong(loaded.size()), images);
        return 1;
    }
    report("server_load_images", images, "images", "100000");
    report("server_load_s", loadSeconds, "s", "< 5");
    report("server_load_rss_mb", residentMb(), "MB", "< 600");
    report("server_load_rss_growth_mb", residentMb() - rssBefore, "MB", "-");
    // Which side the time goes to: on a busy machine the wall time says little by itself.
    report("server_load_client_cpu_s", cpuSeconds(QStringLiteral("self")) - clientCpu, "s", "-");
    report("server_load_sandbox_cpu_s", cpuSeconds(sandboxPid) - sandboxCpu, "s", "-");

    // (b) The check of `changed` edited images, one GET per image (the reference way) and
    // batched by id in q (the optimisation).
    QList<PreSendItem> items;
    for (int i = 0; i < changed; ++i) {
        ImageRecord ours = loaded.at(i).record;
        ours.setValue(Field::City, QStringLiteral("Cancale"));
        items.append({ ours, loaded.at(i).record });
    }
    for (const bool batched : { false, true }) {
        PreSendCheck check(&network, endpoint);
        check.setBatchIds(batched);
        qsizetype toSend = 0;
        QObject::connect(&check, &PreSendCheck::finished, &loop, [&](const PreSendResult &result) {
            toSend = result.toSend.size();
            loop.quit();
        });
        QObject::connect(&check, &PreSendCheck::failed, &loop, [&](const PagerError &e) {
            std::fprintf(stderr, "server_bench: the check failed: %s\n", qPrintable(e.userMessage()));
            loop.quit();
        });
        const double checkClientCpu = cpuSeconds(QStringLiteral("self"));
        const double checkSandboxCpu = cpuSeconds(sandboxPid);
        timer.restart();
        check.start(items);
        loop.exec();
        const double elapsed = timer.elapsed() / 1000.0;
        if (toSend != changed) {
            std::fprintf(stderr, "server_bench: %lld of %d images passed the check\n", qlonglong(toSend), changed);
            return 1;
        }
        report(
            batched ? "server_presend_check_batched_s" : "server_presend_check_s", elapsed, "s", batched ? "-" : "< 5");
        report(batched ? "server_presend_check_batched_client_cpu_s" : "server_presend_check_client_cpu_s",
            cpuSeconds(QStringLiteral("self")) - checkClientCpu, "s", "-");
        report(batched ? "server_presend_check_batched_sandbox_cpu_s" : "server_presend_check_sandbox_cpu_s",
            cpuSeconds(sandboxPid) - checkSandboxCpu, "s", "-");
    }
    report("server_presend_changed_images", changed, "images", "10000");
    return 0;
}
