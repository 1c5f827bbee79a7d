// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end submission benchmark, GUI side: 10,000 rows in the table model, shown by a table
// view, sent by the SubmissionController to a wesog-sandbox process (item delay 0) and
// followed until every record is accepted, with the workspace log, all on this (the GUI)
// thread. A 5 ms timer on the same thread measures the longest event-loop stall meanwhile.
// Prints `metric<TAB>value<TAB>unit<TAB>target`. Usage: submit_bench (QT_QPA_PLATFORM=offscreen
// without a display).

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include "core/workspace/workspace.h"
#include "models/collectionsession.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

namespace {

constexpr int s_records = 10000;

QList<RecordRow> rows(const QString &folder)
{
    const QString samples = QStringLiteral(WESOG_SOURCE_DIR "/resources/samples");
    const QStringList files = QDir(samples).entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    QList<RecordRow> result;
    for (int i = 0; i < s_records; ++i) {
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
    Test::SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"),
        QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "submit_bench: %s\n", qPrintable(error));
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
    model.setRows(rows(home.path()));
    RecordFilterModel filter(&model);
    QTableView view;
    view.setModel(&filter);
    view.resize(1200, 700);
    view.show();
    SubmissionController &controller = *session.submissions();
    controller.setConnection({ QUrl(sandbox.baseUrl()), "bench" }, QStringLiteral("bench"), sandbox.baseUrl());
    controller.workspaceReady();
    const SubmitPlan plan = controller.plan(SubmitScope::AllValid, {});

    QElapsedTimer stallClock;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 now = stallClock.elapsed();
        longestStall = std::max(longestStall, now - lastTick - 5);
        lastTick = now;
    });
    int accepted = 0;
    QObject::connect(&controller, &SubmissionController::submissionFinished, &app, [&accepted](int done, int, int) {
        accepted = done;
        QCoreApplication::quit();
    });

    QElapsedTimer total;
    total.start();
    stallClock.start();
    ticker.start(5);
    controller.submit(plan, {});
    app.exec();
    const double seconds = total.elapsed() / 1000.0;
    std::printf(
        "submit 10,000 records to the sandbox, all accepted (%d), GUI thread\t%.2f\ts\t< 10 s\n", accepted, seconds);
    std::printf("longest GUI event-loop stall during that submission\t%lld\tms\t< 50 ms\n",
        static_cast<long long>(longestStall));
    return accepted == s_records ? 0 : 1;
}
