// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: GET /imgs paging, sorting, fields and the `q` subset of the sandbox contract.
#include <QTest>

#include "tests/sandbox/sandboxtestutil.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog::Test;

class tst_SandboxSearch : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpTestClient> m_client;

    QStringList ids(const QString &query)
    {
        const HttpResult result = m_client->get(QStringLiteral("/imgs?") + query);
        if (result.status != 200)
            return { QStringLiteral("HTTP %1: %2").arg(result.status).arg(QString::fromUtf8(result.body)) };
        QStringList list;
        for (const QJsonValue &image : result.object().value(QStringLiteral("results")).toArray())
            list << image.toObject().value(QStringLiteral("image_id")).toString();
        return list;
    }

    static QStringList words(const char *text)
    {
        return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    static QString q(const QString &formula)
    {
        return QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(formula));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--files-root"), m_files.root() });
        QVERIFY(m_sandbox->start());
        m_client = std::make_unique<HttpTestClient>(m_sandbox->baseUrl(), "k");
        const QString jpg = m_sandbox->baseUrl() + QStringLiteral("/files/small.jpg");
        const QString png = m_sandbox->baseUrl() + QStringLiteral("/files/wide.png");
        auto kw = [](std::initializer_list<const char *> words) {
            QJsonArray array;
            for (const char *w : words)
                array.append(QString::fromUtf8(w));
            return array;
        };
        const QJsonArray images {
            item(QStringLiteral("harbour"), jpg,
                { { QStringLiteral("title"), QStringLiteral("Harbour at dawn") },
                    { QStringLiteral("keywords"), kw({ "Boat", "dawn" }) },
                    { QStringLiteral("date"), QStringLiteral("2024-06-23") },
                    { QStringLiteral("ai_generated"), false } }),
            item(QStringLiteral("parade"), png,
                { { QStringLiteral("title"), QStringLiteral("Парад") },
                    { QStringLiteral("caption"), QStringLiteral("Красная площадь, Москва") },
                    { QStringLiteral("keywords"), kw({ "парад", "армия" }) },
                    { QStringLiteral("date"), QStringLiteral("2024-05-09") } }),
            item(QStringLiteral("render"), jpg,
                { { QStringLiteral("title"), QStringLiteral("Robot city") },
                    { QStringLiteral("keywords"), kw({ "robot", "boat" }) }, { QStringLiteral("ai_generated"), true },
                    { QStringLiteral("date"), QStringLiteral("2023-12-31") } }),
            item(QStringLiteral("market"), jpg,
                { { QStringLiteral("headline"), QStringLiteral("Morning market by the harbour") },
                    { QStringLiteral("keywords"), kw({ "market" }) } }),
            item(QStringLiteral("lake"), png,
                { { QStringLiteral("title"), QStringLiteral("Lake") },
                    { QStringLiteral("date"), QStringLiteral("2005-05-13") } }),
        };
        const HttpResult put = m_client->put(QStringLiteral("/imgs?wait=true"), images);
        QCOMPARE(put.object().value(QStringLiteral("num_good")).toInt(), 5);
    }

    void insertionOrderPagingAndCount()
    {
        QCOMPARE(ids(QString()),
            (QStringList { QStringLiteral("harbour"), QStringLiteral("parade"), QStringLiteral("render"),
                QStringLiteral("market"), QStringLiteral("lake") }));
        QCOMPARE(ids(QStringLiteral("limit=2&page=2")),
            (QStringList { QStringLiteral("render"), QStringLiteral("market") }));
        const QJsonObject pastEnd = m_client->get(QStringLiteral("/imgs?limit=2&page=9")).object();
        QCOMPARE(pastEnd.value(QStringLiteral("results")).toArray().size(), 0);
        QCOMPARE(pastEnd.value(QStringLiteral("count")).toInt(), 5); // full count even past the end
        QCOMPARE(
            m_client->get(QStringLiteral("/imgs?count=false&limit=1")).object().value(QStringLiteral("count")).toInt(),
            5);
    }

    void fieldsSelectKeys()
    {
        const QJsonObject first = m_client->get(QStringLiteral("/imgs?fields=image_id&fields=height&limit=1"))
                                      .object()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.keys(), (QStringList { QStringLiteral("height"), QStringLiteral("image_id") }));
        QCOMPARE(first.value(QStringLiteral("height")).toInt(), 48);
        const QJsonObject full = m_client->get(QStringLiteral("/imgs?limit=1"))
                                     .object()
                                     .value(QStringLiteral("results"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QVERIFY(full.value(QStringLiteral("collections")).isNull()); // unset lists are null too
        QCOMPARE(full.size(), 30);
    }

    void sorting_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("image_id") << "sort_by=image_id" << words("harbour lake market parade render");
        QTest::newRow("image_id desc") << "sort_by=image_id&order=desc" << words("render parade market lake harbour");
        QTest::newRow("sort_order") << "sort_by=image_id&sort_order=desc&limit=1" << words("render");
        QTest::newRow("date, nulls last") << "sort_by=date" << words("lake render parade harbour market");
        QTest::newRow("date desc, nulls last")
            << "sort_by=date&order=desc" << words("harbour parade render lake market");
        QTest::newRow("width then insertion")
            << "sort_by=width&order=desc" << words("parade lake harbour render market");
        QTest::newRow("aspect ratio") << "sort_by=aspect_ratio" << words("harbour render market parade lake");
    }

    void sorting()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(query), expected);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id=") << "id=market" << words("market");
        QTest::newRow("id: colon") << "id:lake" << words("lake");
        QTest::newRow("t~ case-insensitive") << "t~HARBOUR" << words("harbour market");
        QTest::newRow("t~ cyrillic case") << "t~москва" << words("parade");
        QTest::newRow("t~ keyword") << "text~robot" << words("render");
        QTest::newRow("t~ phrase") << "t~at dawn" << words("harbour");
        QTest::newRow("k= all") << "k=boat,dawn" << words("harbour");
        QTest::newRow("k= whole keywords") << "k=boa" << words("");
        QTest::newRow("k∩ any") << "k∩market,robot" << words("render market");
        QTest::newRow("keywords= case") << "keywords=BOAT" << words("harbour render");
        QTest::newRow("d=") << "d=2024-05-09" << words("parade");
        QTest::newRow("d unpadded") << "d=2005-5-13" << words("lake");
        QTest::newRow("d>") << "d>2024-01-01" << words("harbour parade");
        QTest::newRow("d<=") << "date<=2023-12-31" << words("render lake");
        QTest::newRow("d≥") << "d≥2024-05-09" << words("harbour parade");
        QTest::newRow("ai=true") << "ai=true" << words("render");
        QTest::newRow("ai=false") << "ai=false" << words("harbour");
        QTest::newRow("and binds tighter") << "k=boat && ai=true || id=lake" << words("render lake");
        QTest::newRow("parentheses") << "k=boat && (ai=true || id=harbour)" << words("harbour render");
        QTest::newRow("nested") << "((id=lake))" << words("lake");
    }

    void filters()
    {
        QFETCH(QString, formula);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(q(formula) + QStringLiteral("&sort_by=image_id&limit=100")).size(), expected.size());
        QStringList got = ids(q(formula));
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
    }

    void relevanceRanksEarlierMatchesFirst()
    {
        // "harbour" is in harbour's title and in market's headline: the title match ranks first.
        QCOMPARE(
            ids(q(QStringLiteral("t~harbour"))), (QStringList { QStringLiteral("harbour"), QStringLiteral("market") }));
        QCOMPARE(ids(q(QStringLiteral("t~harbour")) + QStringLiteral("&sort_by=similarity")),
            (QStringList { QStringLiteral("harbour"), QStringLiteral("market") }));
        const HttpResult noFilter = m_client->get(QStringLiteral("/imgs?sort_by=sim"));
        QCOMPARE(noFilter.status, 422);
    }

    void unsupportedFiltersAreNamed_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QString>("named");
        QTest::newRow("person") << "p=taylor swift"
                                << "unsupported filter: p=taylor swift";
        QTest::newRow("image") << "i~123"
                               << "unsupported filter: i~123";
        QTest::newRow("ratio") << "r<1.5"
                               << "unsupported filter: r<1.5";
        QTest::newRow("people") << "n=3"
                                << "unsupported filter: n=3";
        QTest::newRow("very similar") << "t~~car"
                                      << "unsupported filter: t~~car";
        QTest::newRow("id range") << "id<5"
                                  << "unsupported filter: id<5";
        QTest::newRow("negation") << "!ai=true"
                                  << "unsupported filter: !ai=true";
        QTest::newRow("reference example") << "(id=123 && type=A) || status:active"
                                           << "unsupported filter: type=A";
        QTest::newRow("inside and") << "ai=true && k~boat"
                                    << "unsupported filter: k~boat";
        QTest::newRow("bad date") << "d>yesterday"
                                  << "invalid filter";
        QTest::newRow("unbalanced") << "(id=a"
                                    << "invalid filter";
        QTest::newRow("dangling and") << "id=a &&"
                                      << "invalid filter";
    }

    void unsupportedFiltersAreNamed()
    {
        QFETCH(QString, formula);
        QFETCH(QString, named);
        const HttpResult result = m_client->get(QStringLiteral("/imgs?") + q(formula));
        QCOMPARE(result.status, 422);
        const QString detail = result.object().value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.startsWith(named), qPrintable(detail));
    }

    void injectionIsJustText()
    {
        QCOMPARE(ids(q(QStringLiteral("id=x' OR '1'='1"))), QStringList());
        QCOMPARE(ids(q(QStringLiteral("t~%' --"))), QStringList());
        QCOMPARE(m_client->get(QStringLiteral("/imgs")).object().value(QStringLiteral("count")).toInt(), 5);
    }

    // Last: it adds images the counts above do not expect.
    void aBatchOfIdsIsAnsweredExactly()
    {
        // What PreSendCheck sends: 200 `id=` terms joined by `||`, ids with dots and dashes.
        QJsonArray images;
        for (int i = 0; i < 300; ++i)
            images.append(
                item(QStringLiteral("cam-%1.v2").arg(i), m_sandbox->baseUrl() + QStringLiteral("/files/small.jpg")));
        QCOMPARE(
            m_client->put(QStringLiteral("/imgs?wait=true"), images).object().value(QStringLiteral("num_good")).toInt(),
            300);
        QStringList asked, expected;
        for (int i = 0; i < 200; ++i) {
            // Every third one is not there: near misses of stored ids must not match.
            const QString id = i % 3 == 0 ? QStringLiteral("cam-%1.v").arg(i) : QStringLiteral("cam-%1.v2").arg(i);
            asked << QStringLiteral("id=") + id;
            if (i % 3 != 0)
                expected << id;
        }
        const QJsonObject page
            = m_client
                  ->get(QStringLiteral("/imgs?") + q(asked.join(QStringLiteral("||"))) + QStringLiteral("&limit=200"))
                  .object();
        QCOMPARE(page.value(QStringLiteral("count")).toInt(), expected.size());
        QStringList got;
        for (const QJsonValue &image : page.value(QStringLiteral("results")).toArray())
            got << image.toObject().value(QStringLiteral("image_id")).toString();
        QCOMPARE(got, expected); // insertion order, as every unsorted search
    }
};

QTEST_GUILESS_MAIN(tst_SandboxSearch)
#include "tst_sandboxsearch.moc"
