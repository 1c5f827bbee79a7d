// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/apierror.h"
#include "core/api/retrypolicy.h"

using namespace Wesog;
using Kind = ApiError::Kind;

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void classifiesStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("200") << 200 << int(Kind::None) << false;
        QTest::newRow("302 never followed") << 302 << int(Kind::Redirect) << false;
        QTest::newRow("400") << 400 << int(Kind::Protocol) << false;
        QTest::newRow("401") << 401 << int(Kind::Auth) << false;
        QTest::newRow("403") << 403 << int(Kind::Auth) << false;
        QTest::newRow("404") << 404 << int(Kind::NotFound) << false;
        QTest::newRow("413") << 413 << int(Kind::TooLarge) << false;
        QTest::newRow("422") << 422 << int(Kind::Validation) << false;
        QTest::newRow("429") << 429 << int(Kind::RateLimited) << true;
        QTest::newRow("500") << 500 << int(Kind::Server) << true;
        QTest::newRow("501 will not change") << 501 << int(Kind::Server) << false;
        QTest::newRow("503") << 503 << int(Kind::Server) << true;
    }

    void classifiesStatus()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        const ApiError error = ApiError::fromHttp(status, QByteArray(), QByteArray());
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.userMessage().isEmpty(), kind == int(Kind::None));
    }

    void keepsServerDetailVerbatim()
    {
        const ApiError error = ApiError::fromHttp(404, R"({"detail":"operation 9 does not exist"})", QByteArray());
        QCOMPARE(error.detail, QStringLiteral("operation 9 does not exist"));
        QVERIFY(error.userMessage().contains(error.detail));
    }

    void readsValidationList()
    {
        const QByteArray body = R"({"detail":[{"loc":["body",3,"src"],"msg":"field required","type":"missing"},
                                             {"loc":["body",5,"ts"],"msg":"invalid datetime"}]})";
        const ApiError error = ApiError::fromHttp(422, body, QByteArray());
        QCOMPARE(error.validation.size(), 2);
        QCOMPARE(error.validation.at(0).loc.at(1).toInt(), 3);
        QCOMPARE(error.validation.at(1).message, QStringLiteral("invalid datetime"));
        QCOMPARE(error.detail, QStringLiteral("field required"));
    }

    void hostileBodiesGiveAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("detail object") << QByteArray(R"({"detail":{"x":1}})");
        QTest::newRow("detail list of junk") << QByteArray(R"({"detail":[1,"a",null]})");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
    }

    void hostileBodiesGiveAnErrorNotACrash()
    {
        QFETCH(QByteArray, body);
        const ApiError error = ApiError::fromHttp(422, body, QByteArray());
        QCOMPARE(error.kind, Kind::Validation);
        QVERIFY(error.validation.isEmpty());
        QVERIFY(!error.userMessage().isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("absent") << QByteArray() << -1;
        QTest::newRow("seconds") << QByteArray(" 7 ") << 7;
        QTest::newRow("http date is not trusted") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("absurd capped at an hour") << QByteArray("999999") << 3600;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        QCOMPARE(ApiError::fromHttp(429, QByteArray(), header).retryAfterSeconds, seconds);
    }

    void policyBacksOffExponentiallyWithinJitter()
    {
        RetryPolicy policy(42);
        ApiError error;
        error.kind = Kind::Network;
        for (int attempt = 1; attempt < policy.maxAttempts; ++attempt) {
            const std::optional<int> delay = policy.delayAfter(attempt, error);
            QVERIFY(delay.has_value());
            const double nominal = std::min(policy.maxDelayMs, policy.baseDelayMs << (attempt - 1));
            QVERIFY2(*delay >= nominal * (1 - policy.jitter)
                    && *delay <= std::min<double>(policy.maxDelayMs, nominal * (1 + policy.jitter)),
                qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(*delay)));
        }
        QCOMPARE(policy.delayAfter(policy.maxAttempts, error), std::nullopt);
    }

    void policyNeverExceedsMaximum()
    {
        RetryPolicy policy(7);
        policy.maxAttempts = 40;
        ApiError error;
        error.kind = Kind::Timeout;
        for (int attempt = 1; attempt < policy.maxAttempts; ++attempt)
            QVERIFY(*policy.delayAfter(attempt, error) <= policy.maxDelayMs);
    }

    void policyHonoursRetryAfter()
    {
        RetryPolicy policy(1);
        const ApiError error = ApiError::fromHttp(429, QByteArray(), "12");
        QCOMPARE(policy.delayAfter(1, error), std::optional<int>(12000));
    }

    void policyGivesUpOnPermanentErrors()
    {
        RetryPolicy policy(1);
        for (int status : { 401, 404, 413, 422, 501 })
            QCOMPARE(policy.delayAfter(1, ApiError::fromHttp(status, QByteArray(), QByteArray())), std::nullopt);
        ApiError canceled;
        canceled.kind = Kind::Canceled;
        QCOMPARE(policy.delayAfter(1, canceled), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
