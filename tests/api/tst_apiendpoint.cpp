// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/apiendpoint.h"

using namespace Wesog;

class tst_ApiEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void joinsPathsWithoutDoubleSlashes()
    {
        const ApiEndpoint endpoint { QUrl(QStringLiteral("https://api.example.com/v/")), "k" };
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("wait"), QStringLiteral("false"));
        QCOMPARE(endpoint.url(QStringLiteral("/imgs"), query).toString(),
            QStringLiteral("https://api.example.com/v/imgs?wait=false"));
        const ApiEndpoint bare { QUrl(QStringLiteral("http://127.0.0.1:8080")), "k" };
        QCOMPARE(bare.url(QStringLiteral("/ops/3")).toString(), QStringLiteral("http://127.0.0.1:8080/ops/3"));
    }

    void refusesPlainHttpBeyondLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("refused");
        QTest::newRow("https") << "https://api.wesog.com" << false << false;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << false << false;
        QTest::newRow("loopback v6") << "http://[::1]:8080" << false << false;
        QTest::newRow("localhost") << "http://localhost:1" << false << false;
        QTest::newRow("remote http") << "http://api.wesog.com" << false << true;
        QTest::newRow("remote http allowed") << "http://api.wesog.com" << true << false;
        QTest::newRow("lookalike host") << "http://127.0.0.1.evil.example" << false << true;
        QTest::newRow("ftp") << "ftp://api.wesog.com" << true << true;
        QTest::newRow("no host") << "https://" << false << true;
        QTest::newRow("file") << "file:///etc/passwd" << true << true;
    }

    void refusesPlainHttpBeyondLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, refused);
        QCOMPARE(!ApiEndpoint::refusal(QUrl(url), allowInsecure).isEmpty(), refused);
    }
};

QTEST_APPLESS_MAIN(tst_ApiEndpoint)
#include "tst_apiendpoint.moc"
