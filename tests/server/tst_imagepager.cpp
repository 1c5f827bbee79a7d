// SPDX-License-Identifier: GPL-3.0-or-later
// ImagePager against a wesog-sandbox process (real paging) and a hostile server (bad answers:
// each must end the load with a clear error and keep the pages already delivered).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "core/server/imagepager.h"
#include "tests/support/hostileserver.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

RetryPolicy once()
{
    RetryPolicy policy(1);
    policy.maxAttempts = 1;
    return policy;
}

/// What a pager delivered, in order, and how it ended.
struct Load
{
    QList<qint64> counted;
    QStringList ids;
    QList<std::pair<qint64, qint64>> progress;
    bool finished = false;
    std::optional<PagerError> error;
};

Load load(ImagePager &pager, const QString &q, qint64 limit = 0)
{
    Load result;
    QObject::connect(&pager, &ImagePager::counted, &pager, [&](qint64 total) { result.counted << total; });
    QObject::connect(&pager, &ImagePager::pageLoaded, &pager, [&](const QVector<StoredImage> &images) {
        for (const StoredImage &image : images)
            result.ids << image.record.id();
    });
    QObject::connect(&pager, &ImagePager::progress, &pager, [&](qint64 loaded, qint64 total) {
        result.progress.append({ loaded, total });
    });
    QObject::connect(&pager, &ImagePager::finished, &pager, [&] { result.finished = true; });
    QObject::connect(&pager, &ImagePager::failed, &pager, [&](const PagerError &error) { result.error = error; });
    pager.start(q, limit);
    if (!QTest::qWaitFor([&] { return !pager.isRunning(); }, 60000))
        qWarning("the load did not end");
    return result;
}

QJsonObject imageOut(const QString &id)
{
    return QJsonObject { { QStringLiteral("image_id"), id },
        { QStringLiteral("src"), QStringLiteral("https://x/") + id }, { QStringLiteral("title"), QJsonValue() },
        { QStringLiteral("keywords"), QJsonValue() } };
}

QByteArray page(const QJsonArray &results, qint64 count)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("count"), count },
                             { QStringLiteral("facets"), QJsonObject() } })
        .toJson(QJsonDocument::Compact);
}

int requestedPage(const QByteArray &request)
{
    static const QRegularExpression pageParam(QStringLiteral("[?&]page=(\\d+)"));
    return pageParam.match(QString::fromLatin1(request.left(request.indexOf('\n')))).captured(1).toInt();
}

} // namespace

class tst_ImagePager : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QStringList m_ids; ///< in insertion order, the sandbox's order for an empty sort_by

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PagerError>();
        QVERIFY(m_files.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_files.root() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        QJsonArray items;
        for (int i = 0; i < 25; ++i) {
            // Ids that do not sort like their insertion order, so a sorted answer would show.
            const QString id = QStringLiteral("img-%1").arg((i * 7) % 25);
            m_ids << id;
            items.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("src"), m_sandbox->baseUrl() + QStringLiteral("/files/small.jpg") },
                { QStringLiteral("title"),
                    i % 5 == 0 ? QStringLiteral("harbour %1").arg(i) : QStringLiteral("field") } });
        }
        const HttpResult put = client.put(QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en"), items);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("num_good")).toInt(), 25);
    }

    void loadsEveryImageInServerOrderOverConcurrentPages()
    {
        QNetworkAccessManager network;
        ImagePager pager(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        pager.setPageSize(4);
        pager.setMaxInFlight(3);
        const Load result = load(pager, QString());
        QVERIFY(!result.error);
        QVERIFY(result.finished);
        QCOMPARE(result.counted, QList<qint64> { 25 });
        QCOMPARE(result.ids, m_ids);
        QCOMPARE(result.progress.size(), 7); // one per page: 6 of 4 and the last of 1
        QCOMPARE(result.progress.last(), (std::pair<qint64, qint64>(25, 25)));
    }

    void aLimitStopsAfterTheFirstImages()
    {
        QNetworkAccessManager network;
        ImagePager pager(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        pager.setPageSize(4);
        const Load result = load(pager, QString(), 10);
        QVERIFY(result.finished);
        QCOMPARE(result.counted, QList<qint64> { 10 });
        QCOMPARE(result.ids, m_ids.mid(0, 10));
    }

    void aQueryLoadsOnlyItsMatchesAndCountOnlyAgrees()
    {
        QNetworkAccessManager network;
        const ApiEndpoint endpoint { QUrl(m_sandbox->baseUrl()), "k1" };
        ImagePager pager(&network, endpoint);
        const Load result = load(pager, QStringLiteral("t~harbour"));
        QVERIFY(result.finished);
        QCOMPARE(result.ids, (QStringList { m_ids.at(0), m_ids.at(5), m_ids.at(10), m_ids.at(15), m_ids.at(20) }));

        QObject context;
        qint64 counted = -2;
        ImagePager::countOnly(
            &network, endpoint, QStringLiteral("t~harbour"), &context, [&](qint64 count, const PagerError &error) {
                QVERIFY(!error.isError());
                counted = count;
            });
        QVERIFY(QTest::qWaitFor([&] { return counted != -2; }, 30000));
        QCOMPARE(counted, 5);
    }

    void aWrongKeyFailsWithTheApiError()
    {
        QNetworkAccessManager network;
        ImagePager pager(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "wrong" });
        pager.setRetryPolicy(once());
        const Load result = load(pager, QString());
        QVERIFY(!result.finished);
        QVERIFY(result.error);
        QCOMPARE(result.error->api.kind, ApiError::Kind::Auth);
    }

    void theQueryIsEncodedWhole()
    {
        // '+' would read as a space and '&' would end the parameter if left as typed.
        const QString q = QStringLiteral("t~a+b && (k=x&y || d>=2020-01-01) ∩ é");
        const QUrl url
            = ImagePager::pageUrl(ApiEndpoint { QUrl(QStringLiteral("https://api.example.com")), {} }, q, 3, 1000);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), q);
        QCOMPARE(query.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("1000"));
        QVERIFY(url.toEncoded().contains("%2B"));
    }

    void badAnswersFailClearlyAndKeepWhatWasLoaded_data()
    {
        // Pages of 2 of a collection of 6; page 1 is always sound, page 2 is the bad answer.
        QTest::addColumn<QByteArray>("secondPage");
        QTest::addColumn<QString>("messagePart");
        const QJsonArray good { imageOut(QStringLiteral("c")), imageOut(QStringLiteral("d")) };
        QJsonObject wrongType = imageOut(QStringLiteral("c"));
        wrongType.insert(QStringLiteral("title"), 5);
        QJsonObject noId = imageOut(QStringLiteral("c"));
        noId.remove(QStringLiteral("image_id"));
        QJsonObject listAsText = imageOut(QStringLiteral("c"));
        listAsText.insert(QStringLiteral("keywords"), QStringLiteral("boat"));
        QTest::newRow("a field of the wrong type")
            << page({ wrongType, imageOut(QStringLiteral("d")) }, 6) << QStringLiteral("page 2, image 1");
        QTest::newRow("a list sent as text")
            << page({ listAsText, imageOut(QStringLiteral("d")) }, 6) << QStringLiteral("page 2, image 1");
        QTest::newRow("no image_id") << page({ noId, imageOut(QStringLiteral("d")) }, 6) << QStringLiteral("image_id");
        QTest::newRow("a null image") << page({ QJsonValue(), imageOut(QStringLiteral("d")) }, 6)
                                      << QStringLiteral("page 2, image 1");
        QTest::newRow("the count changes") << page(good, 7) << QStringLiteral("from 6 to 7");
        QTest::newRow("the count is text") << QByteArray(R"({"results":[],"count":"6"})") << QStringLiteral("count");
        QTest::newRow("the page repeats") << page({ imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")) }, 6)
                                          << QStringLiteral("came twice");
        QTest::newRow("images vanished") << page({ imageOut(QStringLiteral("c")) }, 6) << QStringLiteral("holds 1");
        QTest::newRow("the count lied") << page({}, 6) << QStringLiteral("holds 0");
        QTest::newRow("results is not a list")
            << QByteArray(R"({"results":{},"count":6})") << QStringLiteral("no list of images");
        QTest::newRow("not JSON") << QByteArray("<html>oops</html>") << QStringLiteral("not a JSON object");
    }

    void badAnswersFailClearlyAndKeepWhatWasLoaded()
    {
        QFETCH(QByteArray, secondPage);
        QFETCH(QString, messagePart);
        const QByteArray first = page({ imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")) }, 6);
        const QByteArray third = page({ imageOut(QStringLiteral("e")), imageOut(QStringLiteral("f")) }, 6);
        HostileServer server([&](const QByteArray &request) {
            const int number = requestedPage(request);
            return HostileServer::Answer { HostileServer::response(200,
                number == 1       ? first
                    : number == 2 ? secondPage
                                  : third) };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        ImagePager pager(&network, ApiEndpoint { QUrl(server.baseUrl()), "k" });
        pager.setRetryPolicy(once());
        pager.setPageSize(2);
        const Load result = load(pager, QString());
        QVERIFY(!result.finished);
        QVERIFY(result.error);
        QVERIFY2(result.error->userMessage().contains(messagePart), qPrintable(result.error->userMessage()));
        QCOMPARE(result.ids, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(pager.loaded(), 2);
    }

    void cancelStopsWithoutFurtherSignals()
    {
        QNetworkAccessManager network;
        ImagePager pager(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        pager.setPageSize(2);
        QStringList ids;
        std::optional<PagerError> error;
        bool finished = false;
        connect(&pager, &ImagePager::pageLoaded, &pager, [&](const QVector<StoredImage> &images) {
            for (const StoredImage &image : images)
                ids << image.record.id();
            pager.cancel(); // from inside the first page's delivery
        });
        connect(&pager, &ImagePager::failed, &pager, [&](const PagerError &e) { error = e; });
        connect(&pager, &ImagePager::finished, &pager, [&] { finished = true; });
        pager.start(QString());
        QVERIFY(QTest::qWaitFor([&] { return !pager.isRunning(); }, 30000));
        QTest::qWait(200); // qWait-ok: answers already on the wire get the chance to be (wrongly) delivered
        QCOMPARE(ids.size(), 2);
        QVERIFY(!finished);
        QVERIFY(error);
        QCOMPARE(error->api.kind, ApiError::Kind::Canceled);
    }
};

QTEST_GUILESS_MAIN(tst_ImagePager)
#include "tst_imagepager.moc"
