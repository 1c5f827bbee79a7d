// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end submission benchmark: 10,000 records to a wesog-sandbox process (item delay 0),
// sent and followed by SubmissionJob on this thread, as the GUI does, with its workspace log.
// A 5 ms timer on the same thread measures the longest event-loop stall meanwhile.
// Prints `metric<TAB>value<TAB>unit<TAB>target`. Usage: submit_bench

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include "sandboxprocess.h"
#include "submit/submissionjob.h"
#include "testpaths.h"
#include "workspace/workspace.h"

using namespace Wesog;

namespace {

QList<SubmitItem> items(const QString &baseUrl, int count)
{
    const QString samples = QStringLiteral(WESOG_SOURCE_DIR "/resources/samples");
    const QStringList files = QDir(samples).entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    QList<SubmitItem> result;
    for (int i = 0; i < count; ++i) {
        ImageRecord record;
        record.setId(QStringLiteral("IMG_%1").arg(i, 6, 10, QLatin1Char('0')));
        record.setSrc(baseUrl + QStringLiteral("/files/") + files.at(i % files.size()));
        record.setValue(Field::Title, QStringLiteral("Harbour at dawn %1").arg(i));
        record.setValue(Field::Caption, QStringLiteral("Fishing boats return to the harbour at dawn, picture %1.").arg(i));
        record.setValue(Field::Keywords, QStringList{QStringLiteral("harbour"), QStringLiteral("boat"), QStringLiteral("dawn")});
        result.append({QStringLiteral("photos/%1.jpg").arg(i), record});
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Test::SandboxProcess sandbox({QStringLiteral("--key"), QStringLiteral("bench"), QStringLiteral("--files-root"),
                                  QStringLiteral(WESOG_SOURCE_DIR "/resources/samples")});
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "submit_bench: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir home;
    Workspace workspace;
    if (!workspace.open(home.path(), home.filePath(QStringLiteral("ws")), &error)) {
        std::fprintf(stderr, "submit_bench: %s\n", qPrintable(error));
        return 1;
    }
    SubmissionLog log(workspace.database());
    QNetworkAccessManager manager;
    SubmissionJob job(&manager, {QUrl(sandbox.baseUrl()), "bench"}, QStringLiteral("bench"), &log);
    const QList<SubmitItem> records = items(sandbox.baseUrl(), 10000);

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
    QObject::connect(&job, &SubmissionJob::idle, &app, [] { QCoreApplication::quit(); });

    QElapsedTimer total;
    total.start();
    stallClock.start();
    ticker.start(5);
    job.submit(records, {});
    app.exec();
    const double seconds = total.elapsed() / 1000.0;
    const auto accepted = std::count_if(job.states().cbegin(), job.states().cend(),
                                        [](const RecordSubmission &state) { return state.state == SubmitState::Accepted; });
    std::printf("submit 10,000 records to the sandbox, all accepted (%lld)\t%.2f\ts\t< 10 s\n", static_cast<long long>(accepted), seconds);
    std::printf("longest event-loop stall during that submission\t%lld\tms\t< 50 ms\n", static_cast<long long>(longestStall));
    return accepted == records.size() ? 0 : 1;
}
