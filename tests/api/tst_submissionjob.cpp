// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/submit/submissionjob.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/workspace.h"
#include "tests/support/fakenetwork.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

QList<SubmitItem> items(int count)
{
    QList<SubmitItem> result;
    for (int i = 0; i < count; ++i) {
        ImageRecord record;
        record.setId(QStringLiteral("IMG_%1").arg(i));
        record.setSrc(QStringLiteral("https://cdn.example.com/%1.jpg").arg(i));
        record.setValue(Field::Title, QStringLiteral("Title %1").arg(i));
        result.append({ QStringLiteral("dir/%1.jpg").arg(i), record });
    }
    return result;
}

QByteArray operation(int total, int good, int bad, bool started, bool finished, const QByteArray &errors = "[]")
{
    return QStringLiteral(R"({"op_id":7,"num_total":%1,"num_good":%2,"num_bad":%3,"is_started":%4,"is_finished":%5,)"
                          R"("errors":%6,"finished_at":%7})")
        .arg(total)
        .arg(good)
        .arg(bad)
        .arg(started ? QStringLiteral("true") : QStringLiteral("false"),
            finished ? QStringLiteral("true") : QStringLiteral("false"), QString::fromUtf8(errors),
            finished ? QStringLiteral("\"2026-01-02T03:04:05.000Z\"") : QStringLiteral("null"))
        .toUtf8();
}

/// A server that numbers its operations and remembers the ids each `PUT /imgs` held. Odd
/// operations finish at once, even ones only when `finishAll` is set; the answer to PUT number
/// `cutOff` never comes, as when a crash cuts it off after the server took the batch.
struct CountingServer
{
    QList<QStringList> puts;
    int cutOff = 0;
    bool finishAll = false;

    static QByteArray status(int opId, qsizetype total, bool finished)
    {
        return QJsonDocument(QJsonObject { { QStringLiteral("op_id"), opId }, { QStringLiteral("num_total"), total },
                                 { QStringLiteral("num_good"), finished ? total : 0 }, { QStringLiteral("num_bad"), 0 },
                                 { QStringLiteral("is_started"), true }, { QStringLiteral("is_finished"), finished },
                                 { QStringLiteral("errors"), QJsonArray() } })
            .toJson(QJsonDocument::Compact);
    }

    Script answer(const QNetworkRequest &request, const QByteArray &body)
    {
        if (request.url().path() == QLatin1String("/imgs")) {
            QStringList ids;
            for (const QJsonValue &item : QJsonDocument::fromJson(body).array())
                ids.append(item.toObject().value(QStringLiteral("id")).toString());
            puts.append(ids);
            const int opId = int(puts.size());
            Script script(202, status(opId, ids.size(), finishAll || opId % 2 == 1));
            script.silent = opId == cutOff;
            return script;
        }
        const int opId = request.url().path().section(QLatin1Char('/'), -1).toInt();
        return Script(200, status(opId, puts.value(opId - 1).size(), finishAll));
    }

    /// How many times each id was sent.
    QHash<QString, int> sends() const
    {
        QHash<QString, int> count;
        for (const QStringList &ids : puts) {
            for (const QString &id : ids)
                ++count[id];
        }
        return count;
    }
};

/// A workspace in a temporary folder, and a job on it.
struct Fixture
{
    Fixture()
    {
        QString error;
        ok = workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error);
    }

    std::unique_ptr<SubmissionJob> job(FakeNetwork *network)
    {
        log = std::make_unique<SubmissionLog>(workspace.database());
        auto job = std::make_unique<SubmissionJob>(network,
            ApiEndpoint { QUrl(QStringLiteral("http://127.0.0.1:9")), "k" }, QStringLiteral("test-server"), log.get());
        job->setPacing({ 1, 5, 4 });
        RetryPolicy policy(1);
        policy.baseDelayMs = 1;
        policy.maxDelayMs = 2;
        job->setRetryPolicy(policy);
        QObject::connect(
            job.get(), &SubmissionJob::storageFailed, [](const QString &e) { qWarning() << "storage failed:" << e; });
        return job;
    }

    QTemporaryDir folder;
    Workspace workspace;
    std::unique_ptr<SubmissionLog> log;
    bool ok = false;
};

} // namespace

class tst_SubmissionJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ApiError>(); }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("storage failed"))); }

    void mapsItemErrorsAndConfirmsTheRest()
    {
        Fixture f;
        QVERIFY(f.ok);
        FakeNetwork network;
        network.scripts = { { 202, operation(3, 0, 0, false, false) }, { 200, operation(3, 1, 0, true, false) },
            { 200, operation(3, 2, 1, true, true, R"([{"id":1,"msg":"image 'IMG_1': src could not be fetched"}])") } };
        auto job = f.job(&network);
        QSignalSpy idle(job.get(), &SubmissionJob::idle);
        QVERIFY(job->submit(items(3), {}));
        QCOMPARE(job->states().value(QStringLiteral("dir/0.jpg")).state, SubmitState::Queued);
        QVERIFY(idle.wait(5000));

        const RecordSubmission failed = job->states().value(QStringLiteral("dir/1.jpg"));
        QCOMPARE(failed.state, SubmitState::Failed);
        QCOMPARE(failed.message, StatusMessage::fromServer(QStringLiteral("image 'IMG_1': src could not be fetched")));
        QCOMPARE(failed.opId, 7);
        QCOMPARE(failed.index, 1);
        QCOMPARE(job->states().value(QStringLiteral("dir/0.jpg")).state, SubmitState::Accepted);
        QCOMPARE(job->states().value(QStringLiteral("dir/2.jpg")).state, SubmitState::Accepted);
        // The snapshot is exactly what was sent.
        const QJsonObject sent
            = QJsonDocument::fromJson(job->states().value(QStringLiteral("dir/2.jpg")).sent).object();
        QCOMPARE(sent.value(QStringLiteral("title")).toString(), QStringLiteral("Title 2"));

        // The workspace holds the same states, the operation and a history entry.
        QCOMPARE(f.log->states(), job->states());
        const QList<LoggedOperation> operations = f.log->operations();
        QCOMPARE(operations.size(), 1);
        QVERIFY(operations.first().finished);
        QCOMPARE(operations.first().keys.size(), 3);
        QCOMPARE(operations.first().status.numBad, 1);
        const QList<SubmissionEvent> history = f.log->history(QStringLiteral("dir/1.jpg"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().state, SubmitState::Failed);
        QCOMPARE(history.first().opId, 7);
    }

    void unnamedFailuresLeaveTheRestUnconfirmed()
    {
        // All-or-nothing: one real failure, nothing applied, num_bad = num_total.
        Fixture f;
        FakeNetwork network;
        network.scripts = { { 202, operation(3, 0, 3, true, true, R"([{"id":0,"msg":"bad src"}])") } };
        auto job = f.job(&network);
        QSignalSpy idle(job.get(), &SubmissionJob::idle);
        job->submit(items(3), {});
        QVERIFY(idle.wait(5000));
        QCOMPARE(job->states().value(QStringLiteral("dir/0.jpg")).message,
            StatusMessage::fromServer(QStringLiteral("bad src")));
        for (const QString &key : { QStringLiteral("dir/1.jpg"), QStringLiteral("dir/2.jpg") }) {
            QCOMPARE(job->states().value(key).state, SubmitState::Failed);
            QCOMPARE(job->states().value(key).message, StatusMessage::notConfirmed(7, 3));
        }
    }

    void aRestartedJobResumesWatchingFromTheWorkspace()
    {
        Fixture f;
        {
            FakeNetwork network;
            network.responder = [&](const QNetworkRequest &request, const QByteArray &) {
                return request.url().path() == QLatin1String("/imgs") ? Script(202, operation(2, 0, 0, false, false))
                                                                      : Script(200, operation(2, 0, 0, false, false));
            };
            auto job = f.job(&network);
            job->submit(items(2), {});
            QTRY_VERIFY(network.requests.size() >= 2); // sent, and polled at least once
            QCOMPARE(job->states().value(QStringLiteral("dir/0.jpg")).state, SubmitState::Sent);
        } // the process "dies" here, with the operation unfinished
        FakeNetwork network;
        network.scripts = { { 200, operation(2, 2, 0, true, true) } };
        auto job = f.job(&network);
        QSignalSpy idle(job.get(), &SubmissionJob::idle);
        QCOMPARE(job->resume(), 1);
        QCOMPARE(job->involvedKeys().size(), 2);
        QVERIFY(idle.wait(5000));
        QCOMPARE(network.requests.first().url().path(), QStringLiteral("/ops/7"));
        QCOMPARE(job->states().value(QStringLiteral("dir/0.jpg")).state, SubmitState::Accepted);
        QCOMPARE(job->states().value(QStringLiteral("dir/1.jpg")).state, SubmitState::Accepted);
        QCOMPARE(f.log->states().value(QStringLiteral("dir/1.jpg")).state, SubmitState::Accepted);
        // A third start has nothing left to watch.
        FakeNetwork quiet;
        QCOMPARE(f.job(&quiet)->resume(), 0);
    }

    void aRerunAfterACrashSendsOnlyWhatNoOperationHolds()
    {
        // The GUI's path after a crash: the workspace is reopened, a new job resumes from it and
        // is asked to send the same records again.
        Fixture f;
        CountingServer server;
        server.cutOff = 3;
        SubmitOptions options;
        options.batchSize = 2;
        options.maxInFlight = 1; // one batch at a time: the crash point is exact
        const QList<SubmitItem> all = items(10);
        {
            FakeNetwork network;
            network.responder = [&](const QNetworkRequest &r, const QByteArray &b) { return server.answer(r, b); };
            auto job = f.job(&network);
            QVERIFY(job->submit(all, options));
            // Operation 1 finished, 2 still running, 3 taken by the server but its answer lost.
            QTRY_COMPARE(server.puts.size(), 3);
            QCOMPARE(job->operations().size(), 2);
        } // the process dies here
        f.log.reset();
        f.workspace.close();
        QString error;
        QVERIFY2(f.workspace.open(f.folder.path(), f.folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));

        server.finishAll = true;
        FakeNetwork network;
        network.responder = [&](const QNetworkRequest &r, const QByteArray &b) { return server.answer(r, b); };
        auto job = f.job(&network);
        QSignalSpy idle(job.get(), &SubmissionJob::idle);
        QCOMPARE(job->resume(), 1); // operation 2; operation 1 is finished but known
        QCOMPARE(job->operations().size(), 2);
        // What the GUI shows after reopening, and what its plan goes by: the records of the
        // finished operation accepted, those of the running one on their way, the rest unsent.
        QCOMPARE(job->states().value(QStringLiteral("dir/1.jpg")).state, SubmitState::Accepted);
        QCOMPARE(job->states().value(QStringLiteral("dir/2.jpg")).state, SubmitState::Processing);
        QCOMPARE(job->states().value(QStringLiteral("dir/4.jpg")).state, SubmitState::None);
        QList<SubmitItem> again = all;
        SubmitOptions otherLanguage = options;
        otherLanguage.lang = QStringLiteral("fr");
        QList<SubmitItem> translated = all;
        QCOMPARE(job->dropHeld(&translated, otherLanguage), 0); // another language is another result
        QCOMPARE(job->dropHeld(&again, options), 4);
        QCOMPARE(again.size(), 6);
        QCOMPARE(again.first().key, QStringLiteral("dir/4.jpg"));
        QCOMPARE(job->involvedKeys().size(), 4);
        QVERIFY(job->submit(again, options));
        QVERIFY(idle.wait(5000));

        for (const SubmitItem &item : all)
            QCOMPARE(job->states().value(item.key).state, SubmitState::Accepted);
        QCOMPARE(job->involvedKeys().size(), 10);
        const QHash<QString, int> sends = server.sends();
        QCOMPARE(sends.size(), 10);
        for (auto it = sends.cbegin(); it != sends.cend(); ++it) {
            // Only the batch whose answer the crash cut off went twice.
            const bool cutOff = it.key() == QLatin1String("IMG_4") || it.key() == QLatin1String("IMG_5");
            QCOMPARE(it.value(), cutOff ? 2 : 1);
        }

        // An edited record is not held any more, whatever its operation says.
        QList<SubmitItem> edited = all;
        edited[0].record.setValue(Field::Title, QStringLiteral("New title"));
        QCOMPARE(job->dropHeld(&edited, options), 9);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(edited.first().key, QStringLiteral("dir/0.jpg"));
    }

    void aLargeSubmissionQueuesEveryRecordAndKeepsItsNote()
    {
        // 12,000 records are marked Queued a slice per event-loop turn while the first batches
        // are already answered: no record may skip Queued, and a note given at submit() stays
        // on its record once accepted, however late its slice.
        Fixture f;
        QVERIFY(f.ok);
        CountingServer server;
        server.finishAll = true;
        FakeNetwork network;
        network.responder = [&](const QNetworkRequest &r, const QByteArray &b) { return server.answer(r, b); };
        auto job = f.job(&network);
        const QList<SubmitItem> all = items(12000);
        const StatusMessage note = StatusMessage::mergedFromServer({ QStringLiteral("title") });
        const QHash<QString, StatusMessage> notes { { all.first().key, note }, { all.last().key, note } };
        QHash<QString, SubmitState> firstShown;
        connect(job.get(), &SubmissionJob::statesChanged, this, [&](const QStringList &keys) {
            for (const QString &key : keys) {
                if (!firstShown.contains(key))
                    firstShown.insert(key, job->states().value(key).state);
            }
        });
        QSignalSpy idle(job.get(), &SubmissionJob::idle);
        SubmitOptions options;
        options.batchSize = 1000;
        options.maxInFlight = 12; // every batch goes at once: answers may come before their slice
        QVERIFY(job->submit(all, options, notes));
        QVERIFY(idle.wait(60000));
        QCOMPARE(firstShown.size(), all.size());
        QCOMPARE(firstShown.keys(SubmitState::Queued).size(), all.size());
        for (const SubmitItem &item : { all.first(), all.last() }) {
            QCOMPARE(job->states().value(item.key).state, SubmitState::Accepted);
            QCOMPARE(job->states().value(item.key).message, note);
        }
        QCOMPARE(job->states().value(all.at(6000).key).state, SubmitState::Accepted);
        QVERIFY(job->states().value(all.at(6000).key).message.isEmpty());
        QCOMPARE(job->involvedKeys().size(), all.size());
    }

    void anOperationAndItsRecordsAreStoredTogether()
    {
        // Were they two transactions, a crash between them would leave the records the server
        // took without their operation, and a rerun would send them again.
        Fixture f;
        SubmissionLog log(f.workspace.database());
        LoggedOperation operation;
        operation.server = QStringLiteral("s");
        operation.opId = 5;
        operation.submittedAt = QDateTime::currentDateTimeUtc();
        operation.keys = { QStringLiteral("a.jpg") };
        RecordSubmission sent;
        sent.state = SubmitState::Sent;
        sent.opId = 5;
        sent.at = operation.submittedAt;
        QString error;
        QVERIFY2(log.addOperation(operation, { { QStringLiteral("a.jpg"), sent } }, &error), qPrintable(error));
        QCOMPARE(log.states().value(QStringLiteral("a.jpg")).opId, 5);
        // A failing state write takes the operation's row back with it.
        QSqlQuery(f.workspace.database()).exec(QStringLiteral("DROP TABLE record_submissions"));
        operation.opId = 6;
        QVERIFY(!log.addOperation(operation, { { QStringLiteral("b.jpg"), sent } }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(log.operations().size(), 1);
    }

    void anOperationTheServerForgotFailsItsRecords()
    {
        Fixture f;
        FakeNetwork network;
        network.scripts
            = { { 202, operation(1, 0, 0, false, false) }, { 404, R"({"detail":"operation 7 not found"})" } };
        auto job = f.job(&network);
        QSignalSpy idle(job.get(), &SubmissionJob::idle);
        QSignalSpy lost(job.get(), &SubmissionJob::watchFailed);
        job->submit(items(1), {});
        QVERIFY(idle.wait(5000));
        QCOMPARE(lost.size(), 1);
        QCOMPARE(job->states().value(QStringLiteral("dir/0.jpg")).state, SubmitState::Failed);
        QVERIFY(job->states()
                    .value(QStringLiteral("dir/0.jpg"))
                    .message.text()
                    .contains(QStringLiteral("operation 7 not found")));
    }

    void refusedAndUnsentRecordsAreRecorded()
    {
        Fixture f;
        FakeNetwork network;
        network.scripts = { { 422, R"({"detail":[{"loc":["body",0,"src"],"msg":"Field required"}]})" },
            { 401, R"({"detail":"no"})" } };
        auto job = f.job(&network);
        QSignalSpy done(job.get(), &SubmissionJob::sendingFinished);
        SubmitOptions options;
        options.maxInFlight = 1;
        job->submit(items(2), options);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().value<ApiError>().kind, ApiError::Kind::Auth);
        const RecordSubmission refused = f.log->states().value(QStringLiteral("dir/0.jpg"));
        QCOMPARE(refused.state, SubmitState::Failed);
        QCOMPARE(refused.field, QStringLiteral("src"));
        QCOMPARE(f.log->states().value(QStringLiteral("dir/1.jpg")).state, SubmitState::NotSent);
        QVERIFY(job->isIdle());
    }
};

QTEST_GUILESS_MAIN(tst_SubmissionJob)
#include "tst_submissionjob.moc"
