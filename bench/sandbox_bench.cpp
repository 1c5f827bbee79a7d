// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of wesog-sandbox against the targets of its issue. Starts the real sandbox process
// and prints one line per measurement: `metric<TAB>value<TAB>unit<TAB>target`.
// Usage: sandbox_bench [--quick] [throughput|latency|memory]...   (default: all)

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog::Test;

namespace {

void report(const QString &metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.1f\t%s\t%s\n", qPrintable(metric), value, unit, target);
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

double throughput(const QString &filesRoot, int count)
{
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), filesRoot });
    if (!sandbox.start())
        return 0;
    HttpTestClient client(sandbox.baseUrl(), "bench");
    const QJsonArray items = batch(sandbox.baseUrl(), 0, count);
    // Measured by the client: from the start of PUT /imgs (wait=true: the reply is the finished
    // operation) until that reply has arrived, so nothing the server leaves out is missed.
    QElapsedTimer timer;
    timer.start();
    const QJsonObject done
        = client.put(QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en"), items).object();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int good = done.value(QStringLiteral("num_good")).toInt();
    if (!done.value(QStringLiteral("is_finished")).toBool() || good != count) {
        std::fprintf(stderr, "sandbox_bench: %d of %d items accepted\n", good, count);
        std::exit(1);
    }
    const double rate = good / seconds;
    report(QStringLiteral("sandbox: %1-item `PUT /imgs` of 64×48 `/files/` JPEGs, item delay 0, from the client's "
                          "request to the finished operation")
               .arg(QLocale(QLocale::English).toString(count)),
        rate, "items/s", ">= 5000 items/s");
    return rate;
}

void latency(const QString &filesRoot, double itemsPerSecond, int durationMs)
{
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), filesRoot });
    if (!sandbox.start())
        return;
    HttpTestClient loader(sandbox.baseUrl(), "bench");
    // Enough work to keep the engine busy for the whole measurement and more.
    const int items = std::clamp(int(itemsPerSecond * durationMs / 1000 * 1.6), 2000, 200000);
    QList<qint64> ops;
    for (int first = 0; first < items; first += 10000)
        ops << submit(loader, batch(sandbox.baseUrl(), first, std::min(10000, items - first)));

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
        if (clock.elapsed() >= durationMs) {
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
    const QString what = QStringLiteral("sandbox: `GET /ops/{op_id}` at 200 requests/s for %1 s during a batch, ")
                             .arg(durationMs / 1000.0);
    // A batch that finished early would measure an idle server: the row says so.
    report(what + QStringLiteral("p50"), percentile(0.50), "ms", "-");
    report(
        what + QStringLiteral("p99"), percentile(0.99), "ms", busyThroughout ? "< 5 ms" : "< 5 ms (ENGINE WENT IDLE)");
    report(what + QStringLiteral("worst"), latencies.last(), "ms", "-");
}

void memory(const QString &filesRoot, int images)
{
    SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), filesRoot });
    if (!sandbox.start())
        return;
    HttpTestClient client(sandbox.baseUrl(), "bench");
    for (int first = 0; first < images; first += 10000)
        client.waitForOperation(
            submit(client, batch(sandbox.baseUrl(), first, std::min(10000, images - first))), 120000);
    const qint64 count
        = client.get(QStringLiteral("/imgs?limit=1")).object().value(QStringLiteral("count")).toInteger();
    QFile status(QStringLiteral("/proc/%1/status").arg(sandbox.process().processId()));
    status.open(QIODevice::ReadOnly);
    double rssMb = 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            rssMb = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    if (count != images) {
        std::fprintf(stderr, "sandbox_bench: %lld of %d images stored\n", qlonglong(count), images);
        std::exit(1);
    }
    report(QStringLiteral("sandbox: resident memory with %1 stored images")
               .arg(QLocale(QLocale::English).toString(images)),
        rssMb, "MB", "< 200 MB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList which = app.arguments().mid(1);
    // --quick: small counts and a short measurement, to check that the benchmark runs (no figure).
    const bool quick = which.removeAll(QStringLiteral("--quick")) > 0;
    if (which.isEmpty())
        which = { QStringLiteral("throughput"), QStringLiteral("latency"), QStringLiteral("memory") };
    QTemporaryDir dir;
    const QString filesRoot = makeFiles(dir);
    double rate = 15000; // a generous guess, so the latency run stays busy when run alone
    if (which.contains(QStringLiteral("throughput")))
        rate = throughput(filesRoot, quick ? 200 : 10000);
    if (which.contains(QStringLiteral("latency")))
        latency(filesRoot, rate, quick ? 300 : 5000);
    if (which.contains(QStringLiteral("memory")))
        memory(filesRoot, quick ? 500 : 100000);
    return 0;
}
