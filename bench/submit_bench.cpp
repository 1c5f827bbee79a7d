// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end submission benchmark, GUI side: RECORDS rows in the table model, shown by a table
// view, sent by the SubmissionController to a wesog-sandbox process (item delay 0) that already
// holds RECORDS / 10 other images (a server in use, not an empty one), and
// followed until every record is accepted, with the workspace log, all on this (the GUI)
// thread. A 5 ms timer on the same thread (bench/stallmeter.h) measures the event-loop stalls
// meanwhile: each gap between its ticks beyond the 5 ms is time the GUI could not answer.
// Prints `metric<TAB>value<TAB>unit<TAB>target`. Usage: submit_bench [RECORDS] (default 100000;
// QT_QPA_PLATFORM=offscreen without a display).

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include "bench/sandboxfill.h"
#include "bench/stallmeter.h"
#include "core/workspace/workspace.h"
#include "models/collectionsession.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

namespace {

/// The photos the sandbox serves at /files/, by name.
QStringList sampleFiles()
{
    return QDir(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"))
        .entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
}

QList<RecordRow> rows(const QString &folder, int count)
{
    const QStringList files = sampleFiles();
    QList<RecordRow> result;
    for (int i = 0; i < count; ++i) {
        RecordRow row;
        row.relativePath = QStringLiteral("photos/%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
        row.absolutePath = folder + QLatin1Char('/') + row.relativePath;
        ImageRecord &record = row.metadata.record;
        record.setId(QStringLiteral("IMG_%1").arg(i, 6, 10, QLatin1Char('0')));
        record.setSrc(QStringLiteral("{sandbox}/files/") + files.at(i % files.size()));
        record.setValue(Field::Title, QStringLiteral("Harbour at dawn %1").arg(i));
        record.setValue(
            Field::Caption, QStringLiteral("Fishing boats return to the harbour at dawn, picture %1.").arg(i));
        record.setValue(
            Field::Keywords, QStringList { QStringLiteral("harbour"), QStringLiteral("boat"), QStringLiteral("dawn") });
        row.loaded = record;
        result.append(row);
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int records = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    Test::SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"),
        QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "submit_bench: %s\n", qPrintable(error));
        return 1;
    }
    Test::HttpTestClient client(sandbox.baseUrl(), "bench");
    if (!Bench::fillSandbox(client, sandbox.baseUrl(), records / 10, sampleFiles().value(0))) {
        std::fprintf(stderr, "submit_bench: filling the sandbox failed\n");
        return 1;
    }
    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session(nullptr, &network, home.filePath(QStringLiteral("ws")));
    Workspace &workspace = *session.workspace();
    if (!workspace.open(home.path(), home.filePath(QStringLiteral("ws")), &error)) {
        std::fprintf(stderr, "submit_bench: %s\n", qPrintable(error));
        return 1;
    }
    RecordTableModel &model = *session.model();
    model.setRows(rows(home.path(), records));
    RecordFilterModel filter(&model);
    QTableView view;
    view.setModel(&filter);
    view.resize(1200, 700);
    view.show();
    SubmissionController &controller = *session.submissions();
    controller.setConnection({ QUrl(sandbox.baseUrl()), "bench" }, QStringLiteral("bench"), sandbox.baseUrl());
    controller.workspaceReady();
    const SubmitPlan plan = controller.plan(SubmitScope::AllValid, {});

    Bench::StallMeter stalls(5);
    int accepted = 0;
    QObject::connect(&controller, &SubmissionController::submissionFinished, &app, [&accepted](int done, int, int) {
        accepted = done;
        QCoreApplication::quit();
    });

    stalls.start();
    controller.submit(plan, {});
    app.exec();
    const double seconds = stalls.elapsedMs() / 1000.0;
    if (accepted != records || stalls.ticks() == 0) {
        std::fprintf(stderr, "submit_bench: %d of %d records accepted\n", accepted, records);
        return 1;
    }
    const QString n = QLocale(QLocale::English).toString(records);
    std::printf("%s table rows submitted from the GUI thread to a sandbox process (item delay 0), until all are "
                "accepted\t%.2f\ts\t< 15 s\n",
        qPrintable(n), seconds);
    std::printf(
        "GUI event-loop stall during that submission (5 ms timer, table shown), 99th percentile\t%.1f\tms\t< 16 ms\n",
        stalls.percentile(0.99));
    std::printf("GUI event-loop stall during that submission, longest\t%.1f\tms\t< 50 ms\n", stalls.longest());
    return 0;
}
