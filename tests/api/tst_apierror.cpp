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
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("absurd capped at an hour") << QByteArray("999999") << 3600;
        // "now" is Wed, 21 Oct 2015 07:28:00 GMT in every row below.
        QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << 30;
        QTest::newRow("IMF-fixdate, next day") << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << 3600;
        QTest::newRow("IMF-fixdate now") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
        QTest::newRow("date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << 0;
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT") << 60;
        QTest::newRow("asctime, one-digit day") << QByteArray("Wed Oct 21 07:30:00 2015") << 120;
        QTest::newRow("asctime padded") << QByteArray("Sun Nov  1 07:28:00 2015") << 3600;
        QTest::newRow("not a date") << QByteArray("soon") << -1;
        QTest::newRow("date without zone") << QByteArray("Wed, 21 Oct 2015 07:28:30") << -1;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        QCOMPARE(ApiError::fromHttp(429, QByteArray(), header, now).retryAfterSeconds, seconds);
    }

    void retryAfterDateIsReadInAnyLocale()
    {
        // Day and month names are English on the wire, whatever the user's language.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        const int seconds = ApiError::parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", now);
        QLocale::setDefault(previous);
        QCOMPARE(seconds, 10);
    }

    void retryAfterDateCountsFromTheCurrentTime()
    {
        // Without an explicit "now" the date is measured from the clock: a date an hour ahead is
        // capped to an hour, a date in the past asks for no wait.
        const QByteArray later = QLocale::c()
                                     .toString(QDateTime::currentDateTimeUtc().addDays(1),
                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                     .toLatin1();
        QCOMPARE(ApiError::fromHttp(429, QByteArray(), later).retryAfterSeconds, 3600);
        QCOMPARE(ApiError::fromHttp(429, QByteArray(), "Sun, 06 Nov 1994 08:49:37 GMT").retryAfterSeconds, 0);
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
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
        const ApiError dated = ApiError::fromHttp(429, QByteArray(), "Wed, 21 Oct 2015 07:28:05 GMT", now);
        QCOMPARE(policy.delayAfter(1, dated), std::optional<int>(5000));
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
