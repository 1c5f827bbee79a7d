// SPDX-License-Identifier: GPL-3.0-or-later
// The client against a server that misbehaves on purpose, over real sockets: it must stay
// bounded in memory and time, report a clear error, and never send the key anywhere else.
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/api/apicall.h"
#include "core/submit/operationwatcher.h"
#include "tests/support/hostileserver.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

RetryPolicy once()
{
    RetryPolicy policy(1);
    policy.maxAttempts = 1;
    return policy;
}

ApiReply call(QNetworkAccessManager *network, const QString &url, ApiLimits limits = {})
{
    ApiCall call(network, { "GET", QUrl(url), "hostile-test-key", {} }, once(), limits);
    QSignalSpy finished(&call, &ApiCall::finished);
    call.start();
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<ApiReply>();
}

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiReply>();
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<OperationStatus>();
    }

    void aHugeBodyIsCutOff()
    {
        HostileServer server([](const QByteArray &) {
            return HostileServer::Answer {
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n", 0, 0,
                200LL * 1024 * 1024
            };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ApiLimits limits;
        limits.maxReplyBytes = 2 * 1024 * 1024;
        const ApiReply reply = call(&network, server.baseUrl() + QStringLiteral("/ops/1"), limits);
        QCOMPARE(reply.error.kind, ApiError::Kind::TooLarge);
        QVERIFY(reply.body.isEmpty());
    }

    void aTricklingReplyEndsAtTheDeadline()
    {
        HostileServer server([](const QByteArray &) {
            return HostileServer::Answer { HostileServer::response(200, R"({"num_total":1})"), 1, 1000, 0 };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ApiLimits limits;
        limits.deadlineMs = 800;
        const ApiReply reply = call(&network, server.baseUrl() + QStringLiteral("/ops/1"), limits);
        QCOMPARE(reply.error.kind, ApiError::Kind::Timeout);
    }

    void brokenOperationsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QList<QByteArray>>("bodies");
        QTest::addColumn<QString>("reason");
        QTest::newRow("invalid UTF-8") << QList<QByteArray> { "{\"num_total\":1,\"method\":\"\xff\xfe\"}" }
                                       << QString();
        QTest::newRow("deeply nested") << QList<QByteArray> { QByteArray(100000, '[') + QByteArray(100000, ']') }
                                       << QString();
        QTest::newRow("wrong types") << QList<QByteArray> { R"({"num_total":"many","is_finished":"yes"})" }
                                     << QStringLiteral("num_total");
        QTest::newRow("more done than held")
            << QList<QByteArray> { R"({"num_total":2,"num_good":5,"num_bad":0,"is_finished":false})" }
            << QStringLiteral("5 items done of 2");
        QTest::newRow("counts backwards")
            << QList<QByteArray> { R"({"num_total":4,"num_good":3,"num_bad":0,"is_started":true})",
                   R"({"num_total":4,"num_good":1,"num_bad":0,"is_started":true})" }
            << QStringLiteral("backwards");
    }

    void brokenOperationsAreRefusedWithAReason()
    {
        QFETCH(QList<QByteArray>, bodies);
        QFETCH(QString, reason);
        int served = 0;
        HostileServer server([&](const QByteArray &) {
            const QByteArray body = bodies.at(std::min<int>(served++, int(bodies.size()) - 1));
            return HostileServer::Answer { HostileServer::response(200, body) };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        OperationWatcher watcher(&network, { QUrl(server.baseUrl()), "k" });
        watcher.setPacing({ 5, 20, 2 });
        watcher.setRetryPolicy(once());
        QSignalSpy failed(&watcher, &OperationWatcher::failed);
        watcher.watch(1);
        QVERIFY(failed.wait(10000));
        const ApiError error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Protocol);
        QVERIFY2(error.detail.contains(reason), qPrintable(error.detail));
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(watcher.watchedCount(), 0);
    }

    void anOperationThatNeverEndsIsPolledAtAGentlePace()
    {
        HostileServer server([](const QByteArray &) {
            return HostileServer::Answer { HostileServer::response(
                200, R"({"num_total":3,"num_good":0,"num_bad":0,"is_started":true})") };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        OperationWatcher watcher(&network, { QUrl(server.baseUrl()), "k" });
        watcher.setPacing({ 10, 80, 2 });
        watcher.watch(1);
        QTest::qWait(1200); // qWait-ok: letting an endless operation run for a while on purpose
        QVERIFY(watcher.isWatching(1));
        QCOMPARE(watcher.intervalMs(1), 80); // backed off to the maximum
        // 10 + 20 + 40 and then every 80 ms: about 16 polls in 1.2 s, never a busy loop.
        QVERIFY2(server.requests().size() <= 20, qPrintable(QString::number(server.requests().size())));
        watcher.stopAll();
    }

    void aRedirectToAnotherHostNeverCarriesTheKey()
    {
        HostileServer elsewhere(
            [](const QByteArray &) { return HostileServer::Answer { HostileServer::response(200, "{}") }; });
        QVERIFY(elsewhere.listen());
        HostileServer server([&](const QByteArray &) {
            return HostileServer::Answer { HostileServer::response(
                302, {}, "Location: " + elsewhere.baseUrl().toUtf8() + "/ops/1\r\n") };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        const ApiReply reply = call(&network, server.baseUrl() + QStringLiteral("/ops/1"));
        QCOMPARE(reply.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().first().contains("API-Key: hostile-test-key"));
        QTest::qWait(200); // qWait-ok: giving a wrongly followed redirect the time to arrive
        QVERIFY(elsewhere.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
