// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of wesog-sandbox against the targets of its issue. Starts the real sandbox process
// and prints one line per measurement: `metric<TAB>value<TAB>unit<TAB>target`.
// Usage: sandbox_bench [throughput|latency|memory]...   (default: all)

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog::Test;

namespace {

void report(const char *metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.1f\t%s\t%s\n", metric, value, unit, target);
    std::fflush(stdout);
}

// 100 small JPEGs (64×48) for the items' src to cycle through.
QString makeFiles(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("files"));
    QDir().mkpath(root);
    for (int i = 0; i < 100; ++i) {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 3, 200, 200));
        image.save(QStringLiteral("%1/img%2.jpg").arg(root).arg(i), "JPEG");
    }
    return root;
}

QJsonArray batch(const QString &base, int first, int count)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i) {
        items.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("img-%1").arg(i) },
            { QStringLiteral("src"), QStringLiteral("%1/files/img%2.jpg").arg(base).arg(i % 100) },
            { QStringLiteral("title"), QStringLiteral("Benchmark image %1").arg(i) },
            { QStringLiteral("keywords"),
                QJsonArray { QStringLiteral("bench"), QStringLiteral("k%1").arg(i % 50) } } });
    }
    return items;
}

qint64 submit(HttpTestClient &client, const QJsonArray &items)
{
    return client.put(QStringLiteral("/imgs?wait=false&urgent=false&strict=false&lang=en"), items)
        .object()
        .value(QStringLiteral("op_id"))
        .toInteger();
}

double throughput(const QString &filesRoot)
{
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), filesRoot });
    if (!sandbox.start())
        return 0;
    HttpTestClient client(sandbox.baseUrl(), "bench");
    const qint64 op = submit(client, batch(sandbox.baseUrl(), 0, 10000));
    const QJsonObject done = client.waitForOperation(op, 120000);
    const double execMs = done.value(QStringLiteral("exec_ms")).toDouble();
    const double rate = execMs > 0 ? done.value(QStringLiteral("num_good")).toDouble() / (execMs / 1000.0) : 0;
    report("put_10k_items_per_s", rate, "items/s", ">= 5000");
    return rate;
}

void latency(const QString &filesRoot, double itemsPerSecond)
{
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), filesRoot });
    if (!sandbox.start())
        return;
    HttpTestClient loader(sandbox.baseUrl(), "bench");
    // Enough work to keep the engine busy for the whole measurement (about 6 s).
    const int items = std::clamp(int(itemsPerSecond * 8), 20000, 200000);
    QList<qint64> ops;
    for (int first = 0; first < items; first += 10000)
        ops << submit(loader, batch(sandbox.baseUrl(), first, 10000));

    HttpTestClient poller(sandbox.baseUrl(), "bench");
    QList<double> latencies;
    int inFlight = 0;
    bool busyThroughout = true;
    // A real event loop: QTest::qWaitFor sleeps 10 ms between rounds, which would pace the
    // requests and add to every measured latency.
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        if (clock.elapsed() >= 5000) {
            tick.stop();
            if (inFlight == 0)
                loop.quit();
            return;
        }
        auto *timer = new QElapsedTimer;
        timer->start();
        ++inFlight;
        QNetworkReply *reply = poller.start("GET", QStringLiteral("/ops/%1").arg(ops.first()));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, timer] {
            latencies << timer->nsecsElapsed() / 1e6;
            delete timer;
            --inFlight;
            reply->deleteLater();
            if (!tick.isActive() && inFlight == 0)
                loop.quit();
        });
    });
    tick.start(5); // 200 requests per second
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject last = loader.get(QStringLiteral("/ops/%1").arg(ops.last())).object();
    busyThroughout = !last.value(QStringLiteral("is_finished")).toBool();
    std::sort(latencies.begin(), latencies.end());
    if (latencies.isEmpty())
        return;
    const auto percentile = [&](double p) {
        return latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(p * latencies.size())));
    };
    report("get_op_under_load_p50_ms", percentile(0.50), "ms", "-");
    report("get_op_under_load_p99_ms", percentile(0.99), "ms", "< 5");
    report("get_op_under_load_max_ms", latencies.last(), "ms", "-");
    report("get_op_under_load_requests", latencies.size(), "requests",
        busyThroughout ? "engine busy throughout" : "ENGINE WENT IDLE");
}

void memory(const QString &filesRoot)
{
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), filesRoot });
    if (!sandbox.start())
        return;
    HttpTestClient client(sandbox.baseUrl(), "bench");
    for (int first = 0; first < 100000; first += 10000)
        client.waitForOperation(submit(client, batch(sandbox.baseUrl(), first, 10000)), 120000);
    const qint64 count
        = client.get(QStringLiteral("/imgs?limit=1")).object().value(QStringLiteral("count")).toInteger();
    QFile status(QStringLiteral("/proc/%1/status").arg(sandbox.process().processId()));
    status.open(QIODevice::ReadOnly);
    double rssMb = 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            rssMb = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    report("rss_100k_images_mb", rssMb, "MB", "< 200");
    report("stored_images", double(count), "images", "100000");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList which = app.arguments().mid(1);
    if (which.isEmpty())
        which = { QStringLiteral("throughput"), QStringLiteral("latency"), QStringLiteral("memory") };
    QTemporaryDir dir;
    const QString filesRoot = makeFiles(dir);
    double rate = 15000; // a generous guess, so the latency run stays busy when run alone
    if (which.contains(QStringLiteral("throughput")))
        rate = throughput(filesRoot);
    if (which.contains(QStringLiteral("latency")))
        latency(filesRoot, rate);
    if (which.contains(QStringLiteral("memory")))
        memory(filesRoot);
    return 0;
}
