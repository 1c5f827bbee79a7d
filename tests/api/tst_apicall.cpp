// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "core/api/apicall.h"
#include "tests/support/fakenetwork.h"

using namespace Wesog;
using namespace Wesog::Test;
using Kind = ApiError::Kind;

namespace {

RetryPolicy fastPolicy()
{
    RetryPolicy policy(1);
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 5;
    policy.maxAttempts = 4;
    return policy;
}

ApiReply run(FakeNetwork &network, ApiLimits limits = {}, RetryPolicy policy = fastPolicy())
{
    ApiCall call(&network, { "PUT", QUrl(QStringLiteral("http://127.0.0.1:1/imgs")), "secret", "[]" }, policy, limits);
    QSignalSpy finished(&call, &ApiCall::finished);
    call.start();
    if (!finished.wait(5000) || finished.size() != 1)
        return {};
    return finished.first().first().value<ApiReply>();
}

} // namespace

Q_DECLARE_METATYPE(Wesog::ApiReply)

class tst_ApiCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ApiReply>(); }

    void sendsKeyAndJsonWithoutFollowingRedirects()
    {
        FakeNetwork network;
        network.scripts = { { 202, R"({"op_id":3})" } };
        const ApiReply reply = run(network);
        QCOMPARE(reply.error.kind, Kind::None);
        QCOMPARE(reply.httpStatus, 202);
        QCOMPARE(reply.body, QByteArray(R"({"op_id":3})"));
        QCOMPARE(network.requests.size(), 1);
        const QNetworkRequest &request = network.requests.first();
        QCOMPARE(request.rawHeader("API-Key"), QByteArray("secret"));
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::ManualRedirectPolicy));
    }

    void retriesTransientFailuresThenSucceeds()
    {
        FakeNetwork network;
        network.scripts = { { 0 }, { 503 }, { 429, {}, "0" }, { 200, "{}" } };
        const ApiReply reply = run(network);
        QCOMPARE(reply.error.kind, Kind::None);
        QCOMPARE(reply.attempts, 4);
        QCOMPARE(network.requests.size(), 4);
    }

    void givesUpAfterTheLimit()
    {
        FakeNetwork network;
        network.scripts = { { 500 }, { 500 }, { 500 }, { 500 }, { 200 } };
        const ApiReply reply = run(network);
        QCOMPARE(reply.error.kind, Kind::Server);
        QCOMPARE(reply.attempts, 4);
        QCOMPARE(network.requests.size(), 4);
    }

    void neverRetriesPermanentErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << int(Kind::Auth);
        QTest::newRow("404") << 404 << int(Kind::NotFound);
        QTest::newRow("422") << 422 << int(Kind::Validation);
        QTest::newRow("501") << 501 << int(Kind::Server);
        QTest::newRow("301") << 301 << int(Kind::Redirect);
    }

    void neverRetriesPermanentErrors()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        FakeNetwork network;
        network.scripts = { { status, R"({"detail":"no"})" }, { 200 } };
        const ApiReply reply = run(network);
        QCOMPARE(int(reply.error.kind), kind);
        QCOMPARE(network.requests.size(), 1);
    }

    void tlsFailureIsNotRetried()
    {
        FakeNetwork network;
        Script tls(0);
        tls.networkError = QNetworkReply::SslHandshakeFailedError;
        network.scripts = { tls, { 200 } };
        const ApiReply reply = run(network);
        QCOMPARE(reply.error.kind, Kind::Refused);
        QCOMPARE(network.requests.size(), 1);
    }

    void silentServerEndsAtTheDeadline()
    {
        FakeNetwork network;
        Script silent;
        silent.silent = true;
        network.scripts = { silent, silent, silent, silent };
        ApiLimits limits;
        limits.deadlineMs = 20;
        const ApiReply reply = run(network, limits);
        QCOMPARE(reply.error.kind, Kind::Timeout);
        QCOMPARE(network.requests.size(), 4);
    }

    void oversizedReplyIsCutOff()
    {
        FakeNetwork network;
        network.scripts = { { 200, QByteArray(5000, 'x') } };
        ApiLimits limits;
        limits.maxReplyBytes = 1000;
        const ApiReply reply = run(network, limits);
        QCOMPARE(reply.error.kind, Kind::TooLarge);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(network.requests.size(), 1);
    }

    void honoursRetryAfter()
    {
        FakeNetwork network;
        network.scripts = { { 429, {}, "1" }, { 200 } };
        ApiCall call(&network, { "GET", QUrl(QStringLiteral("http://127.0.0.1:1/ops/1")), "k", {} }, fastPolicy(), {});
        QSignalSpy retrying(&call, &ApiCall::retrying);
        QSignalSpy finished(&call, &ApiCall::finished);
        call.start();
        QVERIFY(retrying.wait(2000));
        QCOMPARE(retrying.first().at(1).toInt(), 1000);
        QVERIFY(finished.wait(3000));
        QCOMPARE(network.requests.size(), 2);
    }

    void cancelDuringBackoffReportsCanceledOnce()
    {
        FakeNetwork network;
        network.scripts = { { 429, {}, "0" }, { 200 } }; // a 0 ms wait: the retry would come at once
        ApiCall call(&network, { "PUT", QUrl(QStringLiteral("http://127.0.0.1:1/imgs")), "k", "[]" }, fastPolicy(), {});
        QSignalSpy retrying(&call, &ApiCall::retrying);
        QSignalSpy finished(&call, &ApiCall::finished);
        call.start();
        connect(&call, &ApiCall::retrying, &call, &ApiCall::cancel);
        QVERIFY(retrying.wait(2000));
        call.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiReply>().error.kind, Kind::Canceled);
        QTest::qWait(20); // qWait-ok: proves that nothing more happens
        QCOMPARE(network.requests.size(), 1);
    }

    void cancelInFlightReportsCanceled()
    {
        FakeNetwork network;
        Script silent;
        silent.silent = true;
        network.scripts = { silent };
        ApiCall call(&network, { "PUT", QUrl(QStringLiteral("http://127.0.0.1:1/imgs")), "k", "[]" }, fastPolicy(), {});
        QSignalSpy finished(&call, &ApiCall::finished);
        call.start();
        call.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiReply>().error.kind, Kind::Canceled);
        QCOMPARE(network.requests.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ApiCall)
#include "tst_apicall.moc"
