// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of server collections (issue 15 point 8) against a real wesog-sandbox process:
// (a) loading N images through ImagePager into memory, with this process's resident memory
// after the load; (b) the pre-send check (PreSendCheck) of M changed images.
// Prints `metric<TAB>value<TAB>unit<TAB>target` lines.
// Usage: server_bench [IMAGES [CHANGED]]   (default 100000 10000)

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>

#include "bench/processstats.h"
#include "bench/sandboxfill.h"
#include "core/server/imagepager.h"
#include "core/server/presendcheck.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

void report(const QString &metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.2f\t%s\t%s\n", qPrintable(metric), value, unit, target);
    std::fflush(stdout);
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
    const double rssBefore = Bench::statusMb("VmRSS:");
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
    const double clientCpu = Bench::cpuSeconds(QStringLiteral("self"));
    const double sandboxCpu = Bench::cpuSeconds(sandboxPid);
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
    const QString n = QLocale(QLocale::English).toString(images);
    report(QStringLiteral("%1 images loaded through `ImagePager` from a sandbox process (pages of 1,000, 4 at once)")
               .arg(n),
        loadSeconds, "s", "< 5 s");
    // Which side the time goes to: on a busy machine the wall time says little by itself.
    report(QStringLiteral("that load: CPU time of the client"), Bench::cpuSeconds() - clientCpu, "s", "-");
    report(QStringLiteral("that load: CPU time of the sandbox"), Bench::cpuSeconds(sandboxPid) - sandboxCpu, "s", "-");
    report(QStringLiteral("resident memory after that load"), Bench::statusMb("VmRSS:"), "MB", "< 600 MB");
    report(QStringLiteral("resident memory that load added"), Bench::statusMb("VmRSS:") - rssBefore, "MB", "-");

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
        const double checkClientCpu = Bench::cpuSeconds(QStringLiteral("self"));
        const double checkSandboxCpu = Bench::cpuSeconds(sandboxPid);
        timer.restart();
        check.start(items);
        loop.exec();
        const double elapsed = timer.elapsed() / 1000.0;
        if (toSend != changed) {
            std::fprintf(stderr, "server_bench: %lld of %d images passed the check\n", qlonglong(toSend), changed);
            return 1;
        }
        const QString how = batched ? QStringLiteral("batched, 200 ids per `q`")
                                    : QStringLiteral("one `GET /imgs/{id}` each, 8 at once");
        report(QStringLiteral("pre-send check of %1 changed images (%2)")
                   .arg(QLocale(QLocale::English).toString(changed), how),
            elapsed, "s", batched ? "-" : "< 5 s");
        report(QStringLiteral("that check: CPU time of the client"), Bench::cpuSeconds() - checkClientCpu, "s", "-");
        report(QStringLiteral("that check: CPU time of the sandbox"), Bench::cpuSeconds(sandboxPid) - checkSandboxCpu,
            "s", "-");
    }
    return 0;
}
