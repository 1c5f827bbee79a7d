// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's off-thread log writer against a real workspace file: writes reach the database
// in the order posted and are read back through the workspace's own connection after flush(),
// each `done` runs on the posting thread in that order, a write that cannot be stored says why,
// and destroying the writer keeps every write posted.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/workspace/sendbases.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/submissionlogwriter.h"
#include "core/workspace/workspace.h"

using namespace Wesog;

namespace {

RecordSubmission stateNumbered(int n, SubmitState state)
{
    RecordSubmission submission;
    submission.state = state;
    submission.imageId = QStringLiteral("img");
    submission.opId = n;
    submission.index = n;
    submission.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC).addSecs(n);
    return submission;
}

SubmissionLogWriter::Write setState(const QString &key, const RecordSubmission &state)
{
    return [key, state](SubmissionLog &log, SendBaseStore &, QString *error) {
        return log.setStates({ { key, state } }, error);
    };
}

} // namespace

class tst_SubmissionLogWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesReachTheDatabaseInTheOrderPosted()
    {
        QTemporaryDir folder;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        SubmissionLog log(workspace.database());
        SubmissionLogWriter writer(workspace.fileName());
        QObject context;
        QList<int> doneOrder;
        QList<Qt::HANDLE> doneThreads;
        const int writes = 200;
        for (int n = 1; n <= writes; ++n) {
            // Failed is terminal: every one of them joins the history, so the order is visible.
            writer.post(setState(QStringLiteral("a.jpg"), stateNumbered(n, SubmitState::Failed)), &context,
                [&, n](const QString &writeError) {
                    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
                    doneOrder.append(n);
                    doneThreads.append(QThread::currentThreadId());
                });
        }
        writer.flush();
        // Committed: the workspace's own connection reads the last state and the whole history.
        QCOMPARE(log.states().value(QStringLiteral("a.jpg")).opId, std::optional<qint64>(writes));
        const QList<SubmissionEvent> history = log.history(QStringLiteral("a.jpg"));
        QCOMPARE(history.size(), writes);
        for (int n = 1; n <= writes; ++n)
            QCOMPARE(history.at(n - 1).opId, std::optional<qint64>(n));
        // `done` runs from this thread's event loop, in the order posted.
        QTRY_COMPARE(doneOrder.size(), writes);
        for (int n = 1; n <= writes; ++n)
            QCOMPARE(doneOrder.at(n - 1), n);
        QVERIFY(doneThreads.count(QThread::currentThreadId()) == writes);
    }

    void anOperationAndItsStatesAndTheBasesAreStored()
    {
        QTemporaryDir folder;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        SubmissionLog log(workspace.database());
        SendBaseStore bases(workspace.database());
        SubmissionLogWriter writer(workspace.fileName());
        LoggedOperation operation;
        operation.server = QStringLiteral("sandbox");
        operation.opId = 9;
        operation.submittedAt = QDateTime::currentDateTimeUtc();
        operation.keys = { QStringLiteral("a.jpg") };
        operation.imageIds = { QStringLiteral("img") };
        const QHash<QString, RecordSubmission> sent { { QStringLiteral("a.jpg"),
            stateNumbered(9, SubmitState::Sent) } };
        writer.post([operation, sent](SubmissionLog &writerLog, SendBaseStore &, QString *writeError) {
            return writerLog.addOperation(operation, sent, writeError);
        });
        ImageRecord accepted;
        accepted.setId(QStringLiteral("img"));
        accepted.setValue(Field::Title, QStringLiteral("Harbour"));
        writer.post([accepted](SubmissionLog &, SendBaseStore &writerBases, QString *writeError) {
            return writerBases.setBases({ { accepted.id(), accepted } }, writeError);
        });
        writer.flush();
        QCOMPARE(log.operations().size(), 1);
        QCOMPARE(log.operations().constFirst().opId, 9);
        QVERIFY(!log.operations().constFirst().finished);
        QCOMPARE(log.states().value(QStringLiteral("a.jpg")).state, SubmitState::Sent);
        QCOMPARE(bases.bases().value(QStringLiteral("img")), accepted);

        // Finished: the status and the states it settles in one write.
        OperationStatus status;
        status.opId = 9;
        status.numTotal = 1;
        status.numGood = 1;
        status.isStarted = true;
        status.isFinished = true;
        const QHash<QString, RecordSubmission> settled { { QStringLiteral("a.jpg"),
            stateNumbered(9, SubmitState::Accepted) } };
        writer.post([status, settled](SubmissionLog &writerLog, SendBaseStore &, QString *writeError) {
            return writerLog.updateOperation(QStringLiteral("sandbox"), 9, status, settled, writeError);
        });
        writer.flush();
        QVERIFY(log.operations().constFirst().finished);
        QCOMPARE(log.operations().constFirst().status.numGood, 1);
        QCOMPARE(log.states().value(QStringLiteral("a.jpg")).state, SubmitState::Accepted);
        QCOMPARE(log.history(QStringLiteral("a.jpg")).size(), 1); // Accepted is terminal: it joins the history
    }

    void aWriteThatCannotBeStoredSaysWhy()
    {
        QTemporaryDir folder;
        // No such folder: the worker's connection cannot open, so nothing can be written.
        SubmissionLogWriter writer(folder.filePath(QStringLiteral("missing/ws.sqlite")));
        QObject context;
        QString reported;
        bool done = false;
        writer.post(setState(QStringLiteral("a.jpg"), stateNumbered(1, SubmitState::Failed)), &context,
            [&](const QString &writeError) {
                reported = writeError;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY(!reported.isEmpty());
    }

    void destroyingTheWriterKeepsEveryWritePosted()
    {
        QTemporaryDir folder;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        SubmissionLog log(workspace.database());
        const int writes = 100;
        int doneCount = 0;
        {
            auto writer = std::make_unique<SubmissionLogWriter>(workspace.fileName());
            QObject context;
            for (int n = 1; n <= writes; ++n) {
                writer->post(setState(QStringLiteral("k%1.jpg").arg(n), stateNumbered(n, SubmitState::Accepted)),
                    &context, [&doneCount](const QString &) { ++doneCount; });
            }
        } // no flush(), no event loop: the destructor waits for the worker
        QCOMPARE(log.states().size(), writes);
        QCOMPARE(log.states().value(QStringLiteral("k100.jpg")).state, SubmitState::Accepted);
        // Their `done` would reach a writer (and a context) that is gone: none of them runs.
        QCoreApplication::processEvents();
        QCOMPARE(doneCount, 0);
    }

    void doneDoesNotRunForAContextThatIsGone()
    {
        QTemporaryDir folder;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        SubmissionLogWriter writer(workspace.fileName());
        bool ranForGone = false;
        bool ranForLiving = false;
        QObject living;
        {
            QObject gone;
            writer.post(setState(QStringLiteral("a.jpg"), stateNumbered(1, SubmitState::Failed)), &gone,
                [&ranForGone](const QString &) { ranForGone = true; });
        }
        writer.post({}, &living, [&ranForLiving](const QString &) { ranForLiving = true; });
        QTRY_VERIFY(ranForLiving); // in order: the first one's turn has passed
        QVERIFY(!ranForGone);
    }
};

QTEST_GUILESS_MAIN(tst_SubmissionLogWriter)
#include "tst_submissionlogwriter.moc"
