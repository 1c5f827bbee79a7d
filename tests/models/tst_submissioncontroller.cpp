// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's submission path: a folder in the table, sent to a wesog-sandbox process, states
// back on the rows, operations in their model, everything restored from the workspace.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "core/workspace/submissionlog.h"
#include "core/workspace/workspace.h"
#include "models/foldersource.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/serversource.h"
#include "models/submissioncontroller.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/fakenetwork.h"
#include "tests/support/hostileserver.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

/// The app's session over one folder, sending to one sandbox.
struct Session : SessionFixture
{
    Session(const QString &workspaces, const QString &baseUrl, QNetworkAccessManager *network = nullptr)
        : SessionFixture(workspaces, nullptr, network)
    {
        connectTo(baseUrl);
    }

    SubmitState state(const char *id) const { return model.row(row(id)).submission->state; }

    QAbstractItemModelTester operationsTester { controller.operations(),
        QAbstractItemModelTester::FailureReportingMode::QtTest };
    RecordFilterModel filter { &model };
};

} // namespace

class tst_SubmissionController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<SandboxProcess> m_sandbox;

private slots:
    void initTestCase()
    {
        const QDir samples(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"));
        for (const QString &name : samples.entryList({ QStringLiteral("*.jpg") }, QDir::Files))
            QVERIFY(QFile::copy(samples.filePath(name), m_folder.filePath(name)));
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_folder.path() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void sendsTheFolderAndShowsEveryResult()
    {
        Session session(m_workspaces.path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        QCOMPARE(session.model.rowCount(), 5);
        // One image made invalid: it is held back, with the reason.
        QVERIFY(session.model.editCells(
            { session.row("market-lisbon") }, Field::Date, QStringLiteral("yesterday"), QStringLiteral("date")));
        const SubmitPlan plan = session.controller.plan(SubmitScope::AllValid, {});
        QCOMPARE(plan.items.size(), 4);
        QCOMPARE(plan.blocked.size(), 1);
        QCOMPARE(plan.blocked.first().row, session.row("market-lisbon"));
        QVERIFY(plan.blocked.first().reason.contains(QStringLiteral("YYYY-MM-DD")));
        // {sandbox} is resolved in what is sent, never in the table.
        QCOMPARE(plan.items.first().record.src().left(m_sandbox->baseUrl().size()), m_sandbox->baseUrl());
        QVERIFY(session.model.row(plan.rows.first()).record().src().startsWith(QStringLiteral("{sandbox}")));

        QSignalSpy finished(&session.controller, &SubmissionController::submissionFinished);
        QVERIFY(session.controller.submit(plan, {}));
        QVERIFY(session.controller.isChecking()); // the server's copies are read before anything goes
        QVERIFY(QTest::qWaitFor([&] { return session.state("harbour-dawn") == SubmitState::Queued; }, 20000));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 4);
        QCOMPARE(session.state("harbour-dawn"), SubmitState::Accepted);
        QCOMPARE(session.state("market-lisbon"), SubmitState::None);
        const QModelIndex state = session.model.index(session.row("harbour-dawn"), RecordTableModel::StateColumn);
        QVERIFY(state.data().toString().startsWith(QStringLiteral("Accepted")));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull()); // the icon is really there
        QCOMPARE(session.filter.count(RecordFilterModel::State::Sent), 4);
        QCOMPARE(session.filter.count(RecordFilterModel::State::NotSent), 1);

        QCOMPARE(session.controller.operations()->rowCount(), 1);
        const QModelIndex progress = session.controller.operations()->index(0, OperationsModel::ProgressColumn);
        QCOMPARE(progress.data(OperationsModel::ProgressRole).toDouble(), 1.0);
        QCOMPARE(session.controller.operations()->index(0, OperationsModel::StateColumn).data().toString(),
            QStringLiteral("finished"));

        // An edit after sending: "edited since sent" is exact, and the Edited scope takes it.
        QVERIFY(!session.model.isEditedSinceSent(session.row("harbour-dawn")));
        QVERIFY(session.model.editCells(
            { session.row("harbour-dawn") }, Field::Title, QStringLiteral("New title"), QStringLiteral("title")));
        QVERIFY(session.model.isEditedSinceSent(session.row("harbour-dawn")));
        QVERIFY(session.controller.plan(SubmitScope::Edited, {}).rows.contains(session.row("harbour-dawn")));
        QVERIFY(!session.controller.plan(SubmitScope::Edited, {}).rows.contains(session.row("parade-moscow")));
        session.undo.undo(); // back to the value that was sent: the flag follows
        QVERIFY(!session.model.isEditedSinceSent(session.row("harbour-dawn")));
    }

    void aRowShowsItsOperationOnlyOnceTheWorkspaceHoldsIt()
    {
        // The log is written off the GUI thread; what a row shows must already be on disk, or a
        // crash right after would lose an operation the user saw sent. Another connection (as a
        // restarted process would) reads the workspace each time the rows change.
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            m_folder.path() }); // empty: every image goes
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir workspaces;
        Session session(workspaces.path(), sandbox.baseUrl());
        QVERIFY(session.open(m_folder.path()));
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(session.workspace.fileName());
        QVERIFY(reader.open());
        int checkedRows = 0;
        QStringList missing;
        connect(&session.model, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                for (int row = from.row(); row <= to.row(); ++row) {
                    const RecordSubmission &shown = *session.model.row(row).submission;
                    if (!shown.opId || !isPending(shown.state))
                        continue;
                    QSqlQuery query(reader);
                    query.prepare(
                        QStringLiteral("SELECT r.op_id FROM record_submissions r JOIN operations o ON o.op_id = "
                                       "r.op_id WHERE r.path = ?"));
                    query.addBindValue(session.model.row(row).relativePath);
                    if (!query.exec() || !query.next() || query.value(0).toLongLong() != *shown.opId)
                        missing << session.model.row(row).relativePath;
                    ++checkedRows;
                }
            });
        SubmitOptions options;
        options.batchSize = 1; // one operation per image: five commits to race
        QSignalSpy finished(&session.controller, &SubmissionController::submissionFinished);
        QVERIFY(session.controller.submit(session.controller.plan(SubmitScope::AllValid, {}), options));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 5);
        QVERIFY(checkedRows >= 5);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void reopeningTheFolderRestoresStatesAndOperations()
    {
        // The workspace of the previous test holds its states and operation.
        Session session(m_workspaces.path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        QCOMPARE(session.state("parade-moscow"), SubmitState::Accepted);
        QCOMPARE(session.controller.operations()->rowCount(), 1);
        QVERIFY(!session.controller.isWatching());
    }

    void failedItemsAreMarkedAndOfferedAgain()
    {
        Session session(m_workspaces.path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        // A src the sandbox cannot fetch fails inside the operation.
        const int row = session.row("festival-night");
        QVERIFY(session.model.editCells(
            { row }, Field::Src, QStringLiteral("{sandbox}/files/missing.jpg"), QStringLiteral("src")));
        QSignalSpy finished(&session.controller, &SubmissionController::submissionFinished);
        QVERIFY(session.controller.submit(session.controller.plan(SubmitScope::Selection, { row }), {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(session.state("festival-night"), SubmitState::Failed);
        QVERIFY(session.model.row(row).submission->message.text().contains(QStringLiteral("festival-night")));
        QCOMPARE(session.filter.count(RecordFilterModel::State::Failed), 1);
        QCOMPARE(session.controller.plan(SubmitScope::Failed, {}).rows, QList<int> { row });
        QVERIFY(session.model.index(row, RecordTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Failed")));
    }

    void aRefusedFieldIsMarkedOnItsCell()
    {
        FakeNetwork refusing;
        // The pre-send check finds no copy on the server (no word from /health on its search, its
        // batch of ids returns nothing, the image's own read says 404); then the PUT is refused.
        refusing.scripts = { { 200, R"({"status":"ok"})" }, { 200, R"({"results":[],"count":0})" },
            { 404, R"({"detail":"not found"})" },
            { 422, R"({"detail":[{"loc":["body",0,"title"],"msg":"title too long"}]})" } };
        // A workspace of its own: in the shared one the images have bases, and a 404 from the
        // check would then mean "deleted on the server", holding them back.
        QTemporaryDir workspaces;
        Session session(workspaces.path(), m_sandbox->baseUrl(), &refusing);
        SubmissionController &controller = session.controller;
        controller.setConnection({ QUrl(QStringLiteral("http://127.0.0.1:9")), "k" }, QStringLiteral("fake"),
            QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(session.open(m_folder.path()));
        const int row = session.row("parade-moscow");
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::Selection, { row }), {}));
        QVERIFY(finished.wait(5000));
        QCOMPARE(session.model.row(row).submission->field, QStringLiteral("title"));
        const QModelIndex title = session.model.index(row, RecordTableModel::columnForField(Field::Title));
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QStringLiteral("title too long")));
        QVERIFY(!title.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QModelIndex caption = session.model.index(row, RecordTableModel::columnForField(Field::Caption));
        QVERIFY(!caption.data(Qt::ToolTipRole).toString().contains(QStringLiteral("title too long")));
    }

    void closingStopsTheSubmissionAndTheNextCollectionGetsNoneOfItsStates()
    {
        // 300 ms per item: the operation is still running on the server when the folder closes.
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            m_folder.path(), QStringLiteral("--item-delay-ms"), QStringLiteral("300") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        // The next collection: a server whose images are named like the folder's files, and whose
        // second page never comes, so it is still loading when the old operation finishes.
        QJsonArray named;
        for (const QString &file : QDir(m_folder.path()).entryList({ QStringLiteral("*.jpg") }, QDir::Files))
            named.append(QJsonObject { { QStringLiteral("image_id"), file },
                { QStringLiteral("src"), QStringLiteral("https://cdn.invalid/") + file } });
        const QByteArray firstPage = QJsonDocument(
            QJsonObject { { QStringLiteral("results"), named }, { QStringLiteral("count"), int(named.size()) + 1 } })
                                         .toJson(QJsonDocument::Compact);
        HostileServer other([&](const QByteArray &request) {
            if (request.left(request.indexOf("\r\n")).contains("page=1&"))
                return HostileServer::Answer { HostileServer::response(200, firstPage) };
            return HostileServer::Answer { HostileServer::response(200, "{}"), 1, 60000 }; // a byte a minute
        });
        QVERIFY(other.listen());

        QTemporaryDir workspaces;
        Session session(workspaces.path(), sandbox.baseUrl());
        QVERIFY(session.open(m_folder.path()));
        QVERIFY(session.controller.submit(session.controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(QTest::qWaitFor([&] { return session.model.row(0).submission->opId.has_value(); }, 20000));
        const qint64 opId = *session.model.row(0).submission->opId;

        auto pages = std::make_unique<ServerSource>(&session.model, &session.workspace, workspaces.path(),
            &session.ownNetwork, ApiEndpoint { QUrl(other.baseUrl()), "k1" }, QString());
        pages->setPageSize(int(named.size()));
        QVERIFY(session.session.open(std::move(pages)));
        QTRY_COMPARE_WITH_TIMEOUT(session.model.rowCount(), int(named.size()), 20000);
        QVERIFY(session.session.isLoading());
        QVERIFY(!session.controller.isWatching());
        HttpTestClient client(sandbox.baseUrl(), "k1");
        client.waitForOperation(opId, 20000);
        // The closed folder's job polled every 20–200 ms; give it the time it would have taken.
        QTest::qWait(600); // qWait-ok: nothing may happen, and nothing signals that it did not
        for (int row = 0; row < session.model.rowCount(); ++row)
            QCOMPARE(session.model.row(row).submission->state, SubmitState::None);

        // Reopening the folder follows the operation it left running: its rows end accepted.
        QVERIFY(session.open(m_folder.path()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state("harbour-dawn"), SubmitState::Accepted, 20000);
    }

    void aConnectionChangeLeavesNoRecordQueued()
    {
        FakeNetwork silent;
        Script never;
        never.silent = true;
        // The pre-send check's reads are answered (not on the server); the PUT never is.
        silent.responder = [never](const QNetworkRequest &request, const QByteArray &) {
            if (request.url().path().startsWith(QLatin1String("/imgs/")))
                return Script(404, R"({"detail":"not found"})");
            if (request.url().path() == QLatin1String("/health"))
                return Script(200, R"({"status":"ok"})");
            if (request.url().query().startsWith(QLatin1String("q="))) // the batch of ids
                return Script(200, R"({"results":[],"count":0})");
            return never;
        };
        // A workspace of its own: in the shared one the images have bases, and a 404 from the
        // check would then mean "deleted on the server", holding them back.
        QTemporaryDir workspaces;
        Session session(workspaces.path(), m_sandbox->baseUrl(), &silent);
        SubmissionController &controller = session.controller;
        controller.setConnection({ QUrl(QStringLiteral("http://127.0.0.1:9")), "k" }, QStringLiteral("silent"),
            QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(session.open(m_folder.path()));
        const int row = session.row("mountain-lake");
        const SubmitState before = session.model.row(row).submission->state;
        QVERIFY(controller.submit(controller.plan(SubmitScope::Selection, { row }), {}));
        QVERIFY(QTest::qWaitFor([&] { return session.model.row(row).submission->state == SubmitState::Queued; }, 5000));
        controller.setConnection({}, QString(), QString()); // the user switched servers mid-way
        QCOMPARE(session.model.row(row).submission->state, before);
    }

    // A batch on its way when its job has to go is answered and logged, not aborted: the server
    // may already have created its operation. Every request to these sandboxes takes a second.
    void aConnectionChangeWhileABatchIsOnItsWayFollowsItsOperation()
    {
        SlowServer server(m_folder.path());
        QVERIFY(server.sandbox.start());
        Session session(server.workspaces.path(), server.sandbox.baseUrl());
        QVERIFY(sendOneImageOnItsWay(session));
        session.controller.setTuning({ 20, 200, 4 }, RetryPolicy(1)); // a new job, same server and workspace
        // Until its answer the image stays on its way: it cannot be sent twice meanwhile.
        const int row = session.row("mountain-lake");
        QCOMPARE(session.state("mountain-lake"), SubmitState::Queued);
        QVERIFY(session.controller.plan(SubmitScope::Selection, { row }).items.isEmpty());
        session.controller.setTuning({ 20, 200, 4 }, RetryPolicy(1)); // and another job before the answer
        QCOMPARE(session.state("mountain-lake"), SubmitState::Queued);
        QVERIFY(session.controller.plan(SubmitScope::Selection, { row }).items.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(session.state("mountain-lake"), SubmitState::Accepted, 20000);
        QCOMPARE(session.controller.operations()->rowCount(), 1);
    }

    void aBatchOnItsWayToAnotherServerIsFollowedWhenThatServerIsBack()
    {
        SlowServer server(m_folder.path());
        QVERIFY(server.sandbox.start());
        Session session(server.workspaces.path(), server.sandbox.baseUrl());
        QVERIFY(sendOneImageOnItsWay(session));
        session.controller.setConnection(
            { QUrl(server.sandbox.baseUrl()), "k1" }, QStringLiteral("elsewhere"), server.sandbox.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(session.state("mountain-lake"), SubmitState::Sent, 20000); // logged
        QCOMPARE(session.controller.operations()->rowCount(), 0); // not this server's to follow
        session.connectTo(server.sandbox.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(session.state("mountain-lake"), SubmitState::Accepted, 20000);
    }

    void quittingWaitsForTheBatchOnItsWay()
    {
        SlowServer server(m_folder.path());
        QVERIFY(server.sandbox.start());
        {
            Session session(server.workspaces.path(), server.sandbox.baseUrl());
            QVERIFY(sendOneImageOnItsWay(session));
            session.controller.letSendsFinish(20000);
            QCOMPARE(SubmissionLog(session.workspace.database()).operations().size(), 1);
        } // the process ends here
        Session next(server.workspaces.path(), server.sandbox.baseUrl());
        QVERIFY(next.open(m_folder.path()));
        QTRY_COMPARE_WITH_TIMEOUT(next.state("mountain-lake"), SubmitState::Accepted, 20000);
    }

private:
    /// A sandbox on the test folder that answers each request after a second (start() it), and
    /// a workspace folder of its own.
    struct SlowServer
    {
        explicit SlowServer(const QString &folder)
            : sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), folder,
                QStringLiteral("--latency-ms"), QStringLiteral("1000") })
        {
        }
        SandboxProcess sandbox;
        QTemporaryDir workspaces;
    };

    /// Opens the folder in `session` and sends one image; true once its PUT is on its way.
    bool sendOneImageOnItsWay(Session &session)
    {
        const int row = session.open(m_folder.path()) ? session.row("mountain-lake") : -1;
        // Queued once the check is over: the job has sent the PUT, answered a second later.
        return row >= 0 && session.controller.submit(session.controller.plan(SubmitScope::Selection, { row }), {})
            && QTest::qWaitFor([&] { return session.state("mountain-lake") == SubmitState::Queued; }, 20000);
    }

    // The job takes a finished check's images a few event-loop turns later (so the window is not
    // held up by both at once). `act` runs in the first of those turns, before the job has them.
    void actBetweenTheCheckAndTheJob(const std::function<void(SubmissionController &)> &act, bool canceled)
    {
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            m_folder.path() }); // empty: every image would go
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir workspaces;
        Session session(workspaces.path(), sandbox.baseUrl());
        QVERIFY(session.open(m_folder.path()));
        SubmissionController &controller = session.controller;
        // The last answer of the check: posted now, the action runs before the job's hand-over.
        QObject::connect(&controller, &SubmissionController::checkProgress, &controller, [&](int done, int total) {
            if (done == total && total > 0)
                QMetaObject::invokeMethod(
                    &controller, [&] { act(controller); }, Qt::QueuedConnection);
        });
        QSignalSpy busy(&controller, &SubmissionController::busyChanged);
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(QTest::qWaitFor([&] { return !controller.isSending(); }, 20000));
        QCOMPARE(busy.last().first().toBool(), false);
        if (canceled) {
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first(), (QVariantList { 0, 0, 5 }));
        }
        QTest::qWait(300); // qWait-ok: a PUT that should not go would land meanwhile
        for (int row = 0; row < session.model.rowCount(); ++row) {
            const SubmitState state = session.model.row(row).submission->state;
            QCOMPARE(state, canceled ? SubmitState::NotSent : SubmitState::None);
        }
        const HttpResult images = HttpTestClient(sandbox.baseUrl(), "k1").get(QStringLiteral("/imgs?count=true"));
        QCOMPARE(images.status, 200);
        QCOMPARE(images.object().value(QStringLiteral("count")).toInt(), 0);
    }

private slots:
    void cancelingAsTheCheckEndsSendsNothing()
    {
        actBetweenTheCheckAndTheJob([](SubmissionController &controller) { controller.cancel(); }, true);
    }

    void aConnectionChangeAsTheCheckEndsSendsNothing()
    {
        actBetweenTheCheckAndTheJob(
            [](SubmissionController &controller) { controller.setConnection({}, QString(), QString()); }, false);
    }

private:
    // The end of a check tells the window about the conflicts it holds back before the rest goes;
    // a slot of that signal may cancel or switch servers, and then nothing of it may go.
    void actWhileTheCheckEnds(const std::function<void(SubmissionController &)> &act, bool canceled)
    {
        FakeNetwork network;
        network.responder = [](const QNetworkRequest &request, const QByteArray &) {
            const QString path = request.url().path();
            if (path == QLatin1String("/imgs/harbour-dawn")) // someone else's image with our id
                return Script(200, "{\"image_id\":\"harbour-dawn\",\"src\":\"https://x/h.jpg\",\"title\":\"Theirs\"}");
            if (path.startsWith(QLatin1String("/imgs/")))
                return Script(404, R"({"detail":"not found"})");
            if (path == QLatin1String("/health")) // no word on its search: misses are read alone
                return Script(200, R"({"status":"ok"})");
            if (request.url().query().startsWith(QLatin1String("q="))) // a batch of ids
                return Script(200, R"({"results":[],"count":0})");
            return Script(500, R"({"detail":"nothing may be sent"})");
        };
        QTemporaryDir workspaces; // no bases: every image is new to it
        Session session(workspaces.path(), m_sandbox->baseUrl(), &network);
        SubmissionController &controller = session.controller;
        controller.setConnection({ QUrl(QStringLiteral("http://127.0.0.1:9")), "k" }, QStringLiteral("fake"),
            QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(session.open(m_folder.path()));
        QObject::connect(&controller, &SubmissionController::conflictsChanged, &controller, [&] {
            if (controller.isSending())
                act(controller);
        });
        QSignalSpy busy(&controller, &SubmissionController::busyChanged);
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(QTest::qWaitFor([&] { return !controller.isSending(); }, 20000));
        QTest::qWait(100); // qWait-ok: a hand-over to the job that should not come would come now
        QCOMPARE(busy.last().first().toBool(), false);
        QVERIFY(!controller.isSending());
        // /health, one batch, then each of the 5 ids read alone.
        QCOMPARE(network.requests.size(), 7);
        for (const QByteArray &body : std::as_const(network.bodies))
            QVERIFY(body.isEmpty()); // reads only: no PUT
        QCOMPARE(session.state("harbour-dawn"), SubmitState::NotSent); // held back
        if (canceled) {
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first(), (QVariantList { 0, 0, 5 }));
            QCOMPARE(session.state("mountain-lake"), SubmitState::NotSent);
        } else {
            QCOMPARE(session.state("mountain-lake"), SubmitState::None);
        }
    }

private slots:
    void cancelingFromASlotAsTheCheckEndsSendsNothing()
    {
        actWhileTheCheckEnds([](SubmissionController &controller) { controller.cancel(); }, true);
    }

    void aConnectionChangeFromASlotAsTheCheckEndsSendsNothing()
    {
        actWhileTheCheckEnds(
            [](SubmissionController &controller) { controller.setConnection({}, QString(), QString()); }, false);
    }

private:
    static constexpr int s_manyImages = 6001; ///< more than one slice of the check's end (5,000)
    static QString manyId(int i) { return QStringLiteral("many-%1").arg(i, 5, 10, QLatin1Char('0')); }

    /// A sandbox holding s_manyImages images by Ann, opened as a server collection with every
    /// city changed in the table, after the other editor changed the first and the last author.
    void withManyChangedImages(const std::function<void(Session &, HttpTestClient &)> &test)
    {
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_folder.path() });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        HttpTestClient other(sandbox.baseUrl(), "k1");
        const QString put = QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en");
        auto item = [&](int i, const QString &author) {
            return QJsonObject { { QStringLiteral("id"), manyId(i) },
                { QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                { QStringLiteral("author"), author } };
        };
        for (int first = 0; first < s_manyImages; first += 1000) {
            QJsonArray batch;
            for (int i = first; i < std::min(first + 1000, s_manyImages); ++i)
                batch.append(item(i, QStringLiteral("Ann")));
            QCOMPARE(other.put(put, batch).status, 200);
        }
        QTemporaryDir workspaces;
        Session session(workspaces.path(), sandbox.baseUrl());
        QSignalSpy loaded(&session.session, &CollectionSession::loaded);
        QVERIFY(session.session.openServer({ QUrl(sandbox.baseUrl()), "k1" }, QString()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(session.model.rowCount(), s_manyImages);
        const QJsonArray theirs { item(0, QStringLiteral("Bea")), item(s_manyImages - 1, QStringLiteral("Bea")) };
        QCOMPARE(other.put(put, theirs).status, 200);
        QList<RecordTableModel::CellValue> cities;
        for (int row = 0; row < s_manyImages; ++row)
            cities.append({ row, Field::City, QStringLiteral("Cancale") });
        QVERIFY(session.model.editCellValues(cities, QStringLiteral("cities")));
        test(session, other);
    }

private slots:
    void aCheckOfManyImagesGoesToTheJobInSlicesAsOneSubmission()
    {
        // All go, in the table's order, and the server's changes merged in different slices
        // are one undo step.
        withManyChangedImages([this](Session &session, HttpTestClient &other) { sendsAllOfThem(session, other); });
    }

private:
    void sendsAllOfThem(Session &session, HttpTestClient &other)
    {
        constexpr int images = s_manyImages;
        const auto imageId = manyId;
        const int undoSteps = session.undo.count();

        QSignalSpy finished(&session.controller, &SubmissionController::submissionFinished);
        QVERIFY(session.controller.submit(session.controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first(), (QVariantList { images, 0, 0 }));
        QCOMPARE(session.controller.lastCheck().merged, 2);
        // In the table's order: each batch holds a run of rows, in order (the batches themselves
        // may reach the server in any order).
        std::optional<qint64> previousOperation;
        for (int row = 0; row < images; ++row) {
            const RecordSubmission &state = *session.model.row(row).submission;
            QCOMPARE(state.state, SubmitState::Accepted);
            QVERIFY(state.opId);
            const int expected = state.opId == previousOperation ? session.model.row(row - 1).submission->index + 1 : 0;
            QVERIFY2(state.index == expected, qPrintable(QStringLiteral("row %1 went out of order").arg(row)));
            previousOperation = state.opId;
        }
        const int first = session.model.rowOfId(imageId(0));
        const int last = session.model.rowOfId(imageId(images - 1));
        QCOMPARE(session.model.row(first).record().text(Field::Author), std::optional<QString>(QStringLiteral("Bea")));
        QCOMPARE(session.model.row(last).record().text(Field::Author), std::optional<QString>(QStringLiteral("Bea")));
        QCOMPARE(session.undo.count(), undoSteps + 1);
        session.undo.undo();
        QCOMPARE(session.model.row(first).record().text(Field::Author), std::optional<QString>(QStringLiteral("Ann")));
        QCOMPARE(session.model.row(last).record().text(Field::Author), std::optional<QString>(QStringLiteral("Ann")));
        for (int i : { 0, 4999, 5000, images - 1 }) {
            const QJsonObject image = other.get(QStringLiteral("/imgs/") + imageId(i)).object();
            QCOMPARE(image.value(QStringLiteral("city")).toString(), QStringLiteral("Cancale"));
            QCOMPARE(image.value(QStringLiteral("author")).toString(),
                i == 0 || i == images - 1 ? QStringLiteral("Bea") : QStringLiteral("Ann"));
        }
    }

private:
    // The check's end sorts its answers out a slice per turn on a 0 ms timer; `act` runs on the
    // second tick of a 0 ms timer started as the last answer came, after the first slice.
    void actWhileTheAnswersAreSortedOut(const std::function<void(SubmissionController &)> &act, bool canceled)
    {
        withManyChangedImages([&](Session &session, HttpTestClient &other) {
            SubmissionController &controller = session.controller;
            const int undoSteps = session.undo.count();
            QTimer tick;
            tick.setSingleShot(true);
            tick.setInterval(0);
            int ticks = 0;
            QObject::connect(&tick, &QTimer::timeout, &controller, [&] {
                if (++ticks == 2)
                    act(controller);
                else
                    tick.start();
            });
            QObject::connect(&controller, &SubmissionController::checkProgress, &controller, [&](int done, int total) {
                if (done == total && total > 0 && ticks == 0)
                    tick.start();
            });
            QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
            QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
            QVERIFY(QTest::qWaitFor([&] { return ticks == 2 && !controller.isSending(); }, 60000));
            QTest::qWait(300); // qWait-ok: a PUT that should not go would land meanwhile
            if (canceled) {
                QCOMPARE(finished.size(), 1);
                QCOMPARE(finished.first(), (QVariantList { 0, 0, s_manyImages }));
            }
            for (int row = 0; row < s_manyImages; ++row)
                QCOMPARE(session.model.row(row).submission->state, canceled ? SubmitState::NotSent : SubmitState::None);
            QCOMPARE(session.undo.count(), undoSteps); // no merge either
            for (int i : { 0, 5000, s_manyImages - 1 })
                QVERIFY(
                    other.get(QStringLiteral("/imgs/") + manyId(i)).object().value(QStringLiteral("city")).isNull());
        });
    }

private slots:
    void cancelingWhileTheAnswersAreSortedOutSendsNothing()
    {
        actWhileTheAnswersAreSortedOut([](SubmissionController &controller) { controller.cancel(); }, true);
    }

    void aConnectionChangeWhileTheAnswersAreSortedOutSendsNothing()
    {
        actWhileTheAnswersAreSortedOut(
            [](SubmissionController &controller) { controller.setConnection({}, QString(), QString()); }, false);
    }

    void nothingGoesWithoutAConnection()
    {
        Session session(m_workspaces.path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        session.controller.setConnection({}, QString(), QString());
        QVERIFY(!session.controller.hasConnection());
        QVERIFY(!session.controller.submit(session.controller.plan(SubmitScope::AllValid, {}), {}));
    }
};

QTEST_MAIN(tst_SubmissionController)
#include "tst_submissioncontroller.moc"
