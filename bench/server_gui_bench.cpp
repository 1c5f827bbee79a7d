// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a server collection into the table (issue 15 points 1 and 8), through the app's own
// path: a wesog-sandbox process holds IMAGES images (as server_bench fills it); the
// CollectionSession opens the query with openServer() (ServerSource, ImagePager, the workspace
// keeping the base) into the RecordTableModel, behind the sort/filter proxy, in a shown
// QTableView, all on this (the GUI) thread. Measures the wall time until every row is in the
// model, the process's resident memory (peak during the load and at its end), and the GUI
// event-loop stalls meanwhile (a 5 ms timer on the same thread, bench/stallmeter.h); then the
// same for reopening the collection from its workspace.
// Prints `metric<TAB>value<TAB>unit<TAB>target`. Usage: server_gui_bench [IMAGES] (default
// 100000; QT_QPA_PLATFORM=offscreen without a display).

#include <cstdio>

#include <QApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>

#include "bench/processstats.h"
#include "bench/sandboxfill.h"
#include "bench/stallmeter.h"
#include "models/collectionsession.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/serversource.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int images = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    if (images <= 0) {
        std::fprintf(stderr, "usage: server_gui_bench [IMAGES > 0]\n");
        return 2;
    }
    Test::SandboxFiles files;
    Test::SandboxProcess sandbox(
        { QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"), files.root() });
    QString error;
    if (!files.isValid() || !sandbox.start(&error)) {
        std::fprintf(stderr, "server_gui_bench: the sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    Test::HttpTestClient client(sandbox.baseUrl(), "bench");
    if (!Bench::fillSandbox(client, sandbox.baseUrl(), images)) {
        std::fprintf(stderr, "server_gui_bench: filling the sandbox failed\n");
        return 1;
    }

    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session(nullptr, &network, home.filePath(QStringLiteral("ws")));
    RecordFilterModel filter(session.model());
    QTableView view;
    view.setModel(&filter);
    view.resize(1200, 700);
    view.show();
    bool failed = false;
    QObject::connect(&session, &CollectionSession::problem, &app, [&](const QString &title, const QString &message) {
        std::fprintf(stderr, "server_gui_bench: %s: %s\n", qPrintable(title), qPrintable(message));
        failed = true;
    });
    QObject::connect(&session, &CollectionSession::loaded, &app, &QCoreApplication::quit);

    Bench::StallMeter stalls(5);
    Bench::resetPeakMemory();
    const QString sandboxPid = QString::number(sandbox.process().processId());
    const double processCpu = Bench::cpuSeconds();
    const double guiCpu = Bench::threadCpuSeconds();
    const double sandboxCpu = Bench::cpuSeconds(sandboxPid);
    stalls.start();
    if (!session.openServer({ QUrl(sandbox.baseUrl()), "bench" }, QString()))
        return 1;
    app.exec();
    const double seconds = stalls.elapsedMs() / 1000.0;
    stalls.stop();
    const double guiCpuUsed = Bench::threadCpuSeconds() - guiCpu;
    const double processCpuUsed = Bench::cpuSeconds() - processCpu;
    const double sandboxCpuUsed = Bench::cpuSeconds(sandboxPid) - sandboxCpu;
    const int rows = session.model()->rowCount();
    if (failed || rows != images || filter.rowCount() != images) {
        std::fprintf(stderr, "server_gui_bench: %d of %d images in the table\n", rows, images);
        return 1;
    }
    const QString n = QLocale(QLocale::English).toString(images);
    std::printf("%s-image server collection loaded from a sandbox process into the table (shown, behind the proxy), "
                "until all rows are in\t%.2f\ts\t< 5 s\n",
        qPrintable(n), seconds);
    // Who did the work: on 2 cores the wall time is bound by the sum once the GUI thread is not.
    std::printf("that load: CPU time of the GUI thread\t%.2f\ts\t-\n", guiCpuUsed);
    std::printf("that load: CPU time of the whole client (GUI thread and workers)\t%.2f\ts\t-\n", processCpuUsed);
    std::printf("that load: CPU time of the sandbox\t%.2f\ts\t-\n", sandboxCpuUsed);
    std::printf("resident memory while loading that collection, peak\t%.0f\tMB\t< 600 MB\n", Bench::statusMb("VmHWM:"));
    std::printf("resident memory after loading that collection\t%.0f\tMB\t< 600 MB\n", Bench::statusMb("VmRSS:"));
    std::printf("GUI event-loop stall while loading (5 ms timer), 99th percentile\t%.1f\tms\t< 16 ms\n",
        stalls.percentile(0.99));
    std::printf("GUI event-loop stall while loading, longest\t%.1f\tms\t< 50 ms\n", stalls.longest());

    // Reopening: the workspace holds the complete base, so the rows come from it, no request.
    session.close();
    Bench::StallMeter reopenStalls(5);
    reopenStalls.start();
    if (!session.openServer({ QUrl(sandbox.baseUrl()), "bench" }, QString()))
        return 1;
    app.exec();
    const double reopenSeconds = reopenStalls.elapsedMs() / 1000.0;
    reopenStalls.stop();
    if (failed || !session.serverSource()->restoredFromWorkspace() || session.model()->rowCount() != images) {
        std::fprintf(stderr, "server_gui_bench: reopening gave %d of %d images\n", session.model()->rowCount(), images);
        return 1;
    }
    std::printf("reopening that collection from its workspace (no request), until all rows are in\t%.2f\ts\t-\n",
        reopenSeconds);
    std::printf("GUI event-loop stall while reopening, 99th percentile\t%.1f\tms\t-\n", reopenStalls.percentile(0.99));
    std::printf("GUI event-loop stall while reopening, longest\t%.1f\tms\t-\n", reopenStalls.longest());
    return 0;
}
