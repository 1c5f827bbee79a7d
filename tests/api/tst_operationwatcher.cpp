// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "core/submit/operationwatcher.h"
#include "tests/support/fakenetwork.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

QByteArray status(int good, int total, bool finished, const QByteArray &errors = "[]")
{
    return QStringLiteral(
        R"({"num_total":%1,"num_good":%2,"num_bad":0,"is_started":true,"is_finished":%3,"errors":%4})")
        .arg(total)
        .arg(good)
        .arg(finished ? QStringLiteral("true") : QStringLiteral("false"), QString::fromUtf8(errors))
        .toUtf8();
}

qint64 opIdOf(const QNetworkRequest &request)
{
    return request.url().path().section(QLatin1Char('/'), -1).toLongLong();
}

struct Watching
{
    explicit Watching(FakeNetwork *network, OperationWatcher::Pacing pacing = { 5, 40, 4 })
        : watcher(network, { QUrl(QStringLiteral("http://127.0.0.1:9")), "k" })
        , changed(&watcher, &OperationWatcher::changed)
        , finished(&watcher, &OperationWatcher::finished)
        , failed(&watcher, &OperationWatcher::failed)
    {
        watcher.setPacing(pacing);
        RetryPolicy policy(3);
        policy.baseDelayMs = 1;
        policy.maxDelayMs = 2;
        policy.maxAttempts = 2;
        watcher.setRetryPolicy(policy);
    }

    OperationWatcher watcher;
    QSignalSpy changed;
    QSignalSpy finished;
    QSignalSpy failed;
};

} // namespace

class tst_OperationWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OperationStatus>();
        qRegisterMetaType<ApiError>();
    }

    void pollsUntilFinishedAndReportsEachChangeOnce()
    {
        FakeNetwork network;
        network.scripts = { { 200, status(1, 3, false) }, { 200, status(1, 3, false) }, { 200, status(2, 3, false) },
            { 200, status(3, 3, true) } };
        Watching w(&network);
        w.watcher.watch(42);
        QVERIFY(w.finished.wait(5000));
        QCOMPARE(network.requests.size(), 4);
        QCOMPARE(network.requests.first().url().path(), QStringLiteral("/ops/42"));
        QCOMPARE(network.requests.first().rawHeader("API-Key"), QByteArray("k"));
        QCOMPARE(w.changed.size(), 3); // the repeated status is not news
        const OperationStatus last = w.finished.first().at(1).value<OperationStatus>();
        QCOMPARE(last.opId, 42);
        QCOMPARE(last.numGood, 3);
        QCOMPARE(w.watcher.watchedCount(), 0);
    }

    void backsOffWhileNothingChangesAndComesBackOnChange()
    {
        FakeNetwork network;
        QList<int> intervals; // the wait that led to each poll
        Watching *watching = nullptr;
        network.responder = [&](const QNetworkRequest &, const QByteArray &) {
            intervals.append(watching->watcher.intervalMs(1));
            const int n = int(intervals.size());
            if (n == 12)
                return Script(200, status(3, 3, true));
            return Script(200, status(n >= 8 ? 2 : 1, 3, false)); // one change, at the 8th poll
        };
        Watching w(&network, { 5, 40, 4 });
        watching = &w;
        w.watcher.watch(1);
        QVERIFY(w.finished.wait(10000));
        // Doubling while unchanged, capped at the maximum, back to the first after the change.
        QCOMPARE(intervals, (QList<int> { 5, 5, 10, 20, 40, 40, 40, 40, 5, 10, 20, 40 }));
    }

    void boundsThePollsInFlight()
    {
        FakeNetwork network;
        int answered = 0;
        int mostAtOnce = 0;
        QHash<qint64, int> polls;
        network.responder = [&](const QNetworkRequest &request, const QByteArray &) {
            mostAtOnce = std::max<int>(mostAtOnce, int(network.requests.size()) - answered);
            const int n = ++polls[opIdOf(request)];
            Script script(200, status(n, 2, n >= 2));
            script.delayMs = 10;
            return script;
        };
        Watching w(&network, { 1, 10, 2 });
        connect(&w.watcher, &OperationWatcher::changed, this, [&answered] { ++answered; });
        for (int op = 1; op <= 10; ++op)
            w.watcher.watch(op);
        QTRY_COMPARE_WITH_TIMEOUT(w.finished.size(), 10, 10000);
        QCOMPARE(network.requests.size(), 20);
        QVERIFY2(mostAtOnce <= 2, qPrintable(QString::number(mostAtOnce)));
    }

    void anUnknownOperationStopsWithNotFound()
    {
        FakeNetwork network;
        network.scripts = { { 404, R"({"detail":"operation 5 not found"})" } };
        Watching w(&network);
        w.watcher.watch(5);
        QVERIFY(w.failed.wait(5000));
        QCOMPARE(w.failed.first().at(1).value<ApiError>().kind, ApiError::Kind::NotFound);
        QCOMPARE(network.requests.size(), 1);
        QCOMPARE(w.watcher.watchedCount(), 0);
    }

    void aBrokenAnswerStopsWithProtocol()
    {
        FakeNetwork network;
        network.scripts = { { 200, R"({"num_total":"three"})" } };
        Watching w(&network);
        w.watcher.watch(5);
        QVERIFY(w.failed.wait(5000));
        const ApiError error = w.failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Protocol);
        QVERIFY(error.detail.contains(QStringLiteral("num_total")));
    }

    void aFinishedStatusNeedsNoPoll()
    {
        FakeNetwork network;
        Watching w(&network);
        OperationStatus done;
        done.isFinished = true;
        w.watcher.watch(9, done);
        QCOMPARE(w.finished.size(), 1);
        QVERIFY(network.requests.isEmpty());
    }

    void stopAllEndsEveryWatch()
    {
        FakeNetwork network;
        network.responder
            = [](const QNetworkRequest &, const QByteArray &) { return Script(200, status(0, 1, false)); };
        Watching w(&network);
        w.watcher.watch(1);
        w.watcher.watch(2);
        QTRY_VERIFY(network.requests.size() >= 2);
        w.watcher.stopAll();
        const qsizetype sent = network.requests.size();
        QTest::qWait(100); // qWait-ok: proving that no timer fires after stopAll()
        QCOMPARE(network.requests.size(), sent);
        QCOMPARE(w.watcher.watchedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OperationWatcher)
#include "tst_operationwatcher.moc"
