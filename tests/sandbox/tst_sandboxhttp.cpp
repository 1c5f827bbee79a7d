// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: routing, keys, status codes and validation of a real wesog-sandbox process.
#include <QTest>

#include "tests/sandbox/sandboxtestutil.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog::Test;

class tst_SandboxHttp : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpTestClient> m_client;

    QString fileUrl(const QString &name) const { return m_sandbox->baseUrl() + QStringLiteral("/files/") + name; }

    static QJsonArray firstLoc(const HttpResult &result)
    {
        return result.object()
            .value(QStringLiteral("detail"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("loc"))
            .toArray();
    }
    static QString firstType(const HttpResult &result)
    {
        return result.object()
            .value(QStringLiteral("detail"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("type"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("key-one"), QStringLiteral("--files-root"), m_files.root() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_client = std::make_unique<HttpTestClient>(m_sandbox->baseUrl(), "key-one");
    }

    void healthNeedsNoKey()
    {
        HttpTestClient anonymous(m_sandbox->baseUrl(), QByteArray());
        const HttpResult health = anonymous.get(QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.object(),
            QJsonObject(
                { { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("exact_id_search"), true } }));
        QCOMPARE(anonymous.send("POST", QStringLiteral("/health")).status, 405);
    }

    void keysAreRequired_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("unknown") << QByteArray("not-a-key");
        QTest::newRow("case differs") << QByteArray("KEY-ONE");
    }

    void keysAreRequired()
    {
        QFETCH(QByteArray, key);
        HttpTestClient client(m_sandbox->baseUrl(), key);
        for (const QString &path :
            { QStringLiteral("/ops"), QStringLiteral("/imgs"), QStringLiteral("/imgs/x"), QStringLiteral("/ops/1") }) {
            const HttpResult result = client.get(path);
            QCOMPARE(result.status, 401);
            QVERIFY(result.object().value(QStringLiteral("detail")).isString());
        }
        // 401 comes before 422: a broken body without a valid key is still "unauthorised".
        QCOMPARE(client.send("PUT", QStringLiteral("/imgs?wait=maybe"), "{broken").status, 401);
    }

    void unknownRoutesAndMethods()
    {
        const HttpResult missing = m_client->get(QStringLiteral("/videos"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QStringLiteral("detail")).toString(), QStringLiteral("Not Found"));
        QCOMPARE(m_client->get(QStringLiteral("/tag/image")).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/imgs/a/b")).status, 404);

        const HttpResult wrongMethod = m_client->send("POST", QStringLiteral("/ops"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
        QVERIFY(wrongMethod.object().value(QStringLiteral("detail")).isString());
        QCOMPARE(m_client->send("PUT", QStringLiteral("/ops/1"), "{}").status, 405);
    }

    void asyncMutationAnswers202WithTheOperation()
    {
        const HttpResult result = m_client->put(QStringLiteral("/imgs?wait=false&urgent=false&strict=false&lang=en"),
            QJsonArray { item(QStringLiteral("async-1"), fileUrl(QStringLiteral("small.jpg"))) });
        QCOMPARE(result.status, 202);
        QVERIFY(result.header("Location").isEmpty());
        const QJsonObject op = result.object();
        QVERIFY(op.value(QStringLiteral("op_id")).isDouble());
        QVERIFY(op.value(QStringLiteral("op_id")).toInteger() >= 1);
        for (const char *key : { "method", "resource", "num_total", "num_good", "num_bad", "is_started", "is_finished",
                 "all_good", "do_wait", "do_urgent", "do_strict", "idle_ms", "exec_ms", "created_at", "started_at",
                 "finished_at", "errors" })
            QVERIFY2(op.contains(QLatin1String(key)), key);
        QCOMPARE(op.value(QStringLiteral("method")).toString(), QStringLiteral("upd"));
        QCOMPARE(op.value(QStringLiteral("resource")).toString(), QStringLiteral("image"));
        QCOMPARE(op.value(QStringLiteral("num_total")).toInt(), 1);
        QVERIFY(op.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));

        const qint64 opId = op.value(QStringLiteral("op_id")).toInteger();
        const QJsonObject done = m_client->waitForOperation(opId);
        QVERIFY(!done.isEmpty());
        QVERIFY(!done.contains(QStringLiteral("op_id"))); // GET /ops/{op_id} omits it (ops guide)
        QCOMPARE(done.value(QStringLiteral("all_good")).toBool(), true);
        QVERIFY(!done.value(QStringLiteral("finished_at")).isNull());

        const QJsonArray list = m_client->get(QStringLiteral("/ops")).array();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().toObject().value(QStringLiteral("op_id")).toInteger(), opId); // newest first
    }

    void malformedJsonIs422WithLoc()
    {
        const HttpResult result = m_client->send("PUT", QStringLiteral("/imgs"), "[{\"id\": ");
        QCOMPARE(result.status, 422);
        QCOMPARE(firstLoc(result).first().toString(), QStringLiteral("body"));
        QCOMPARE(firstType(result), QStringLiteral("json_invalid"));
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("loc");
        QTest::addColumn<QString>("type");
        const QByteArray src = "\"src\":\"http://example.com/a.jpg\"";
        QTest::newRow("not a list") << QByteArray("PUT") << "/imgs" << QByteArray("{\"id\":\"a\"}") << "body"
                                    << "list_type";
        QTest::newRow("missing src") << QByteArray("PUT") << "/imgs" << QByteArray("[{\"id\":\"a\"}]") << "body,0,src"
                                     << "missing";
        QTest::newRow("missing id") << QByteArray("POST") << "/imgs" << QByteArray("[{" + src + "}]") << "body,0,id"
                                    << "missing";
        QTest::newRow("empty id") << QByteArray("PUT") << "/imgs" << QByteArray("[{\"id\":\"\"," + src + "}]")
                                  << "body,0,id"
                                  << "string_too_short";
        QTest::newRow("title number") << QByteArray(
            "PUT") << "/imgs" << QByteArray("[{\"id\":\"a\"," + src + "},{\"id\":\"b\"," + src + ",\"title\":5}]")
                                      << "body,1,title"
                                      << "string_type";
        QTest::newRow("keyword number") << QByteArray("PATCH") << "/imgs"
                                        << QByteArray("[{\"id\":\"a\",\"keywords\":[\"x\",1]}]") << "body,0,keywords,1"
                                        << "string_type";
        QTest::newRow("nsfw string") << QByteArray("PUT") << "/imgs/a" << QByteArray("{" + src + ",\"nsfw\":\"yes\"}")
                                     << "body,nsfw"
                                     << "bool_type";
        QTest::newRow("single missing src")
            << QByteArray("POST") << "/imgs/a" << QByteArray("{\"title\":\"t\"}") << "body,src"
            << "missing";
        QTest::newRow("wait not bool") << QByteArray("PUT") << "/imgs?wait=maybe" << QByteArray("[]") << "query,wait"
                                       << "bool_parsing";
        QTest::newRow("lang") << QByteArray("PUT") << "/imgs?lang=de" << QByteArray("[]") << "query,lang"
                              << "enum";
        QTest::newRow("delete item") << QByteArray("DELETE") << "/imgs" << QByteArray("[\"a\",7]") << "body,1"
                                     << "string_type";
        QTest::newRow("limit 0") << QByteArray("GET") << "/imgs?limit=0" << QByteArray() << "query,limit"
                                 << "greater_than_equal";
        QTest::newRow("limit 10001") << QByteArray("GET") << "/imgs?limit=10001" << QByteArray() << "query,limit"
                                     << "less_than_equal";
        QTest::newRow("page text") << QByteArray("GET") << "/imgs?page=two" << QByteArray() << "query,page"
                                   << "int_parsing";
        QTest::newRow("search lang") << QByteArray("GET") << "/imgs?lang=fr" << QByteArray() << "query,lang"
                                     << "enum";
        QTest::newRow("sort_by") << QByteArray("GET") << "/imgs?sort_by=colour" << QByteArray() << "query,sort_by"
                                 << "enum";
        QTest::newRow("fields") << QByteArray("GET") << "/imgs/a?fields=id" << QByteArray() << "query,fields,0"
                                << "enum";
        QTest::newRow("facets") << QByteArray("GET") << "/imgs?facets=colour" << QByteArray() << "query,facets,0"
                                << "enum";
        QTest::newRow("op id") << QByteArray("GET") << "/ops/abc" << QByteArray() << "path,op_id"
                               << "int_parsing";
        QTest::newRow("cancel op id") << QByteArray("DELETE") << "/ops/1.5" << QByteArray() << "path,op_id"
                                      << "int_parsing";
    }

    void validation()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, loc);
        QFETCH(QString, type);
        const int opsBefore = m_client->get(QStringLiteral("/ops")).array().size();
        const HttpResult result = m_client->send(verb, path, body);
        QCOMPARE(result.status, 422);
        QStringList locParts;
        for (const QJsonValue &part : firstLoc(result))
            locParts << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
        QCOMPARE(locParts.join(QLatin1Char(',')), loc);
        QCOMPARE(firstType(result), type);
        QCOMPARE(m_client->get(QStringLiteral("/ops")).array().size(), opsBefore); // no operation created
    }

    void unknownImageAndOperationAre404()
    {
        const HttpResult image = m_client->get(QStringLiteral("/imgs/no-such-image"));
        QCOMPARE(image.status, 404);
        QVERIFY(image.object().value(QStringLiteral("detail")).toString().contains(QLatin1String("no-such-image")));
        QCOMPARE(m_client->get(QStringLiteral("/ops/999999")).status, 404);
        QCOMPARE(m_client->del(QStringLiteral("/ops/999999")).status, 404);
    }

    void unknownKeysInItemsAreIgnoredAndFacetsAnswered()
    {
        const HttpResult put = m_client->put(QStringLiteral("/imgs?wait=true"),
            QJsonArray { item(QStringLiteral("extra-keys"), fileUrl(QStringLiteral("small.jpg")),
                { { QStringLiteral("description"), QStringLiteral("ignored") } }) });
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("num_good")).toInt(), 1);
        const HttpResult search = m_client->get(QStringLiteral("/imgs?facets=city&facets=keywords&count=true&lang=ml"));
        QCOMPARE(search.status, 200);
        QCOMPARE(search.object().value(QStringLiteral("facets")).toObject(), QJsonObject());
        QVERIFY(search.object().value(QStringLiteral("count")).toInt() >= 1);
    }

    void filesAreServedWithoutAKey()
    {
        HttpTestClient anonymous(m_sandbox->baseUrl(), QByteArray());
        const HttpResult file = anonymous.get(QStringLiteral("/files/small.jpg"));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/jpeg"));
        QVERIFY(file.body.startsWith("\xFF\xD8"));
        QCOMPARE(anonymous.get(QStringLiteral("/files/photos/deep/nested.jpg")).status, 200);
        QCOMPARE(anonymous.get(QStringLiteral("/files/missing.jpg")).status, 404);
    }

    void filesRefuseEscapes_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("dot dot") << QByteArray("/files/../outside.jpg");
        QTest::newRow("encoded dot dot") << QByteArray("/files/%2E%2E/outside.jpg");
        QTest::newRow("encoded slash") << QByteArray("/files/..%2Foutside.jpg");
        QTest::newRow("nested dot dot") << QByteArray("/files/photos/../../outside.jpg");
        QTest::newRow("absolute") << QByteArray("/files//etc/hostname");
        QTest::newRow("symlink out") << QByteArray("/files/escape.jpg");
    }

    void filesRefuseEscapes()
    {
        QFETCH(QByteArray, path);
        const QByteArray answer = rawRequest(
            m_sandbox->port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 403") || answer.startsWith("HTTP/1.1 404"), answer.left(80).constData());
        QVERIFY(!answer.contains("\xFF\xD8"));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_sandbox->stop(), 0); // SIGTERM stops it cleanly
    }
};

QTEST_GUILESS_MAIN(tst_SandboxHttp)
#include "tst_sandboxhttp.moc"
