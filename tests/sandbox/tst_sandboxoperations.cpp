// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: how a real wesog-sandbox processes operations (docs/wesog-api.md §10).
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "tests/sandbox/sandboxtestutil.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog::Test;

namespace {
const auto s_id = QStringLiteral("id");
const auto s_title = QStringLiteral("title");
} // namespace

class tst_SandboxOperations : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HttpTestClient> m_client;
    int m_counter = 0;

    QString fileUrl(const QString &name) const { return m_sandbox->baseUrl() + QStringLiteral("/files/") + name; }
    QString smallJpg() const { return fileUrl(QStringLiteral("small.jpg")); }
    QString uniqueId(const char *prefix) { return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++m_counter); }

    std::unique_ptr<SandboxProcess> startSandbox(QStringList extra)
    {
        auto sandbox = std::make_unique<SandboxProcess>(
            QStringList { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--key"), QStringLiteral("k2"),
                QStringLiteral("--files-root"), m_files.root() }
            + extra);
        QString error;
        if (!sandbox->start(&error))
            qWarning("%s", qPrintable(error));
        return sandbox;
    }

    // A mutation with wait=true; returns the finished operation.
    QJsonObject run(const QByteArray &verb, const QString &path, const QJsonValue &body, const QString &flags = {})
    {
        const QString separator = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        const HttpResult result = m_client->send(verb, path + separator + QStringLiteral("wait=true") + flags,
            body.isNull() ? QByteArray() : HttpTestClient::json(body));
        if (result.status != 200)
            qWarning("%s %s -> %d %s", verb.constData(), qPrintable(path), result.status, result.body.constData());
        return result.object();
    }

    QJsonObject image(const QString &id) { return m_client->get(QStringLiteral("/imgs/") + id).object(); }

    static QStringList messages(const QJsonObject &op)
    {
        QStringList list;
        for (const QJsonValue &e : op.value(QStringLiteral("errors")).toArray())
            list << QString::number(e.toObject().value(s_id).toInt()) + QLatin1Char(':')
                    + e.toObject().value(QStringLiteral("msg")).toString();
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_sandbox = startSandbox({});
        QVERIFY(m_sandbox->process().state() == QProcess::Running);
        m_client = std::make_unique<HttpTestClient>(m_sandbox->baseUrl(), "k1");
    }

    void omittedParametersTakeTheDefaults()
    {
        const HttpResult result
            = m_client->put(QStringLiteral("/imgs"), QJsonArray { item(uniqueId("d"), smallJpg()) });
        QCOMPARE(result.status, 202);
        const QJsonObject op = result.object();
        QCOMPARE(op.value(QStringLiteral("do_wait")).toBool(), false);
        QCOMPARE(op.value(QStringLiteral("do_urgent")).toBool(), false);
        QCOMPARE(op.value(QStringLiteral("do_strict")).toBool(), false);
        QVERIFY(op.value(QStringLiteral("all_good")).isNull()); // not judged yet
        QVERIFY(op.value(QStringLiteral("started_at")).isNull());
    }

    void waitTrueAnswersTheFinishedOperation()
    {
        const QJsonObject op = run("PUT", QStringLiteral("/imgs"), QJsonArray { item(uniqueId("w"), smallJpg()) });
        QCOMPARE(op.value(QStringLiteral("is_finished")).toBool(), true);
        QCOMPARE(op.value(QStringLiteral("do_wait")).toBool(), true);
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 1);
        QVERIFY(op.value(QStringLiteral("op_id")).toInteger() > 0);
        QVERIFY(!op.value(QStringLiteral("finished_at")).isNull());
        QVERIFY(op.value(QStringLiteral("exec_ms")).toDouble() >= 0);
    }

    void putStoresTheImageWithItsSize()
    {
        const QString id = uniqueId("size");
        run("PUT", QStringLiteral("/imgs"),
            QJsonArray { item(id, fileUrl(QStringLiteral("wide.png")),
                { { s_title, QStringLiteral("Wide") },
                    { QStringLiteral("keywords"), QJsonArray { QStringLiteral("a") } },
                    { QStringLiteral("nsfw"), false }, { QStringLiteral("date"), QStringLiteral("2024-06") } }) });
        const QJsonObject stored = image(id);
        QCOMPARE(stored.value(QStringLiteral("image_id")).toString(), id);
        QCOMPARE(stored.value(QStringLiteral("width")).toInt(), 80);
        QCOMPARE(stored.value(QStringLiteral("height")).toInt(), 20);
        QCOMPARE(stored.value(QStringLiteral("n_faces")).toInt(), 0);
        QCOMPARE(stored.value(QStringLiteral("nsfw")).toBool(true), false);
        QCOMPARE(stored.value(QStringLiteral("date")).toString(), QStringLiteral("2024-06")); // kept as sent
        QVERIFY(stored.value(QStringLiteral("caption")).isNull());
        QVERIFY(stored.value(QStringLiteral("categories")).isNull());

        // PUT replaces the whole record: omitted fields become null.
        run("PUT", QStringLiteral("/imgs/") + id,
            item(id, smallJpg(), { { QStringLiteral("city"), QStringLiteral("Porto") } }));
        const QJsonObject replaced = image(id);
        QVERIFY(replaced.value(s_title).isNull());
        QVERIFY(replaced.value(QStringLiteral("keywords")).isNull());
        QCOMPARE(replaced.value(QStringLiteral("city")).toString(), QStringLiteral("Porto"));
        QCOMPARE(replaced.value(QStringLiteral("width")).toInt(), 64);

        const HttpResult selected = m_client->get(QStringLiteral("/imgs/%1?fields=image_id&fields=width").arg(id));
        QCOMPARE(selected.object().keys(), (QStringList { QStringLiteral("image_id"), QStringLiteral("width") }));
    }

    void aFileChangedSinceItWasProbedIsReadAgain()
    {
        // The engine keeps each /files/ header it read; a file replaced or removed is not served
        // from that memory.
        const QString name = uniqueId("changing") + QStringLiteral(".img");
        const QString path = m_files.root() + QLatin1Char('/') + name;
        QVERIFY(QFile::copy(m_files.root() + QStringLiteral("/wide.png"), path));
        const QString id = uniqueId("probed");
        run("PUT", QStringLiteral("/imgs"), QJsonArray { item(id, fileUrl(name)) });
        QCOMPARE(image(id).value(QStringLiteral("width")).toInt(), 80);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(m_files.root() + QStringLiteral("/small.jpg"), path)); // another size in bytes
        run("PUT", QStringLiteral("/imgs"), QJsonArray { item(id, fileUrl(name)) });
        QCOMPARE(image(id).value(QStringLiteral("width")).toInt(), 64);
        QVERIFY(QFile::remove(path));
        const QJsonObject gone = run("PUT", QStringLiteral("/imgs"), QJsonArray { item(id, fileUrl(name)) });
        QCOMPARE(gone.value(QStringLiteral("num_bad")).toInt(), 1);
        QCOMPARE(image(id).value(QStringLiteral("width")).toInt(), 64); // the failed item changed nothing
    }

    void strictSemantics_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("good");
        QTest::addColumn<QString>("message"); // part of the error text, "" when good
        QTest::addColumn<bool>("existsAfter");
        QTest::newRow("POST strict, exists") << QByteArray("POST") << true << true << false << "already exists" << true;
        QTest::newRow("POST strict, new") << QByteArray("POST") << true << false << true << "" << true;
        QTest::newRow("POST relaxed, exists") << QByteArray("POST") << false << true << true << "" << true;
        QTest::newRow("PUT strict, missing")
            << QByteArray("PUT") << true << false << false << "does not exist" << false;
        QTest::newRow("PUT strict, exists") << QByteArray("PUT") << true << true << true << "" << true;
        QTest::newRow("PUT relaxed, missing: upsert") << QByteArray("PUT") << false << false << true << "" << true;
        QTest::newRow("PATCH strict, missing")
            << QByteArray("PATCH") << true << false << false << "does not exist" << false;
        QTest::newRow("PATCH relaxed, missing: skipped")
            << QByteArray("PATCH") << false << false << true << "" << false;
        QTest::newRow("PATCH strict, exists") << QByteArray("PATCH") << true << true << true << "" << true;
        QTest::newRow("DELETE strict, missing")
            << QByteArray("DELETE") << true << false << false << "does not exist" << false;
        QTest::newRow("DELETE relaxed, missing: skipped")
            << QByteArray("DELETE") << false << false << true << "" << false;
        QTest::newRow("DELETE strict, exists") << QByteArray("DELETE") << true << true << true << "" << false;
    }

    void strictSemantics()
    {
        QFETCH(QByteArray, verb);
        QFETCH(bool, strict);
        QFETCH(bool, exists);
        QFETCH(bool, good);
        QFETCH(QString, message);
        QFETCH(bool, existsAfter);
        const QString id = uniqueId("strict");
        if (exists)
            QCOMPARE(run("PUT", QStringLiteral("/imgs"), QJsonArray { item(id, smallJpg()) })
                         .value(QStringLiteral("num_good"))
                         .toInt(),
                1);

        const QString flags = strict ? QStringLiteral("&strict=true") : QStringLiteral("&strict=false");
        const QJsonValue body = verb == "DELETE"
            ? QJsonValue(QJsonArray { id })
            : QJsonValue(QJsonArray {
                item(id, verb == "PATCH" ? QString() : smallJpg(), { { s_title, QStringLiteral("T") } }) });
        const QJsonObject op = run(verb, QStringLiteral("/imgs"), body, flags);
        QCOMPARE(op.value(QStringLiteral("do_strict")).toBool(), strict);
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), good ? 1 : 0);
        QCOMPARE(op.value(QStringLiteral("num_bad")).toInt(), good ? 0 : 1);
        QCOMPARE(op.value(QStringLiteral("all_good")).toBool(), good);
        const QStringList errors = messages(op);
        if (good) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(errors.size(), 1);
            QVERIFY(errors.first().startsWith(QLatin1String("0:")));
            QVERIFY2(errors.first().contains(QLatin1Char('\'') + id + QLatin1Char('\'')), qPrintable(errors.first()));
            QVERIFY2(errors.first().contains(message), qPrintable(errors.first()));
        }
        QCOMPARE(m_client->get(QStringLiteral("/imgs/") + id).status, existsAfter ? 200 : 404);
        const QString method = verb == "POST" ? QStringLiteral("add")
            : verb == "DELETE"                ? QStringLiteral("del")
                                              : QStringLiteral("upd");
        QCOMPARE(op.value(QStringLiteral("method")).toString(), method);
    }

    void postRelaxedOverwritesEverything()
    {
        const QString id = uniqueId("post");
        run("PUT", QStringLiteral("/imgs"),
            QJsonArray { item(id, smallJpg(),
                { { s_title, QStringLiteral("Old") }, { QStringLiteral("city"), QStringLiteral("Porto") } }) });
        run("POST", QStringLiteral("/imgs/") + id,
            QJsonObject { { QStringLiteral("src"), smallJpg() }, { s_title, QStringLiteral("New") } },
            QStringLiteral("&strict=false"));
        QCOMPARE(image(id).value(s_title).toString(), QStringLiteral("New"));
        QVERIFY(image(id).value(QStringLiteral("city")).isNull());
    }

    void patchSetsGivenKeysOnly()
    {
        const QString id = uniqueId("patch");
        run("PUT", QStringLiteral("/imgs"),
            QJsonArray { item(id, smallJpg(),
                { { s_title, QStringLiteral("Keep") }, { QStringLiteral("city"), QStringLiteral("Porto") },
                    { QStringLiteral("caption"), QStringLiteral("Clear me") } }) });
        const QJsonObject op = run("PATCH", QStringLiteral("/imgs/") + id,
            QJsonObject { { QStringLiteral("city"), QStringLiteral("Lisboa") },
                { QStringLiteral("caption"), QJsonValue::Null }, { QStringLiteral("src"), QJsonValue::Null } });
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 1);
        const QJsonObject patched = image(id);
        QCOMPARE(patched.value(s_title).toString(), QStringLiteral("Keep"));
        QCOMPARE(patched.value(QStringLiteral("city")).toString(), QStringLiteral("Lisboa"));
        QVERIFY(patched.value(QStringLiteral("caption")).isNull());
        QCOMPARE(patched.value(QStringLiteral("src")).toString(), smallJpg()); // src: null keeps src

        // A new src is fetched again: the size follows it; a broken one fails the item.
        run("PATCH", QStringLiteral("/imgs"), QJsonArray { item(id, fileUrl(QStringLiteral("wide.png"))) });
        QCOMPARE(image(id).value(QStringLiteral("width")).toInt(), 80);
        const QJsonObject broken
            = run("PATCH", QStringLiteral("/imgs"), QJsonArray { item(id, fileUrl(QStringLiteral("readme.txt"))) });
        QCOMPARE(broken.value(QStringLiteral("num_bad")).toInt(), 1);
        QCOMPARE(image(id).value(QStringLiteral("src")).toString(), fileUrl(QStringLiteral("wide.png")));
    }

    void deleteTakesBothBodyShapes()
    {
        const QString a = uniqueId("del"), b = uniqueId("del"), c = uniqueId("del");
        run("PUT", QStringLiteral("/imgs"),
            QJsonArray { item(a, smallJpg()), item(b, smallJpg()), item(c, smallJpg()) });
        QCOMPARE(run("DELETE", QStringLiteral("/imgs"), QJsonArray { a }).value(QStringLiteral("num_good")).toInt(), 1);
        QCOMPARE(run("DELETE", QStringLiteral("/imgs"), QJsonArray { QJsonObject { { s_id, b } } })
                     .value(QStringLiteral("num_good"))
                     .toInt(),
            1);
        const QJsonObject single
            = run("DELETE", QStringLiteral("/imgs/") + c, QJsonValue::Null, QStringLiteral("&strict=true"));
        QCOMPARE(single.value(QStringLiteral("method")).toString(), QStringLiteral("del"));
        QCOMPARE(single.value(QStringLiteral("num_good")).toInt(), 1);
        for (const QString &id : { a, b, c })
            QCOMPARE(m_client->get(QStringLiteral("/imgs/") + id).status, 404);
    }

    void itemErrorsCarryTheirPosition()
    {
        const QString good = uniqueId("ok");
        const QJsonArray batch {
            item(good, smallJpg()),
            item(QStringLiteral("not-image"), fileUrl(QStringLiteral("readme.txt"))),
            item(QStringLiteral("missing-file"), fileUrl(QStringLiteral("nope.jpg"))),
            item(QStringLiteral("unreachable"), QStringLiteral("http://127.0.0.1:9/a.jpg")),
            item(QStringLiteral("ftp"), QStringLiteral("ftp://example.com/a.jpg")),
            item(uniqueId("nested"), fileUrl(QStringLiteral("photos/deep/nested.jpg"))),
            item(QStringLiteral("escape"), fileUrl(QStringLiteral("escape.jpg"))),
        };
        const QJsonObject op = run("PUT", QStringLiteral("/imgs"), batch);
        QCOMPARE(op.value(QStringLiteral("num_total")).toInt(), 7);
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 2);
        QCOMPARE(op.value(QStringLiteral("num_bad")).toInt(), 5);
        QCOMPARE(op.value(QStringLiteral("all_good")).toBool(true), false);
        const QStringList errors = messages(op);
        QCOMPARE(errors.size(), 5);
        QVERIFY(errors.at(0).startsWith(QLatin1String("1:image 'not-image'")));
        QVERIFY(errors.at(0).contains(QLatin1String("not a supported image")));
        QVERIFY(errors.at(1).startsWith(QLatin1String("2:image 'missing-file'")));
        QVERIFY(errors.at(1).contains(QLatin1String("404")));
        QVERIFY(errors.at(2).startsWith(QLatin1String("3:image 'unreachable'")));
        QVERIFY(errors.at(2).contains(QLatin1String("could not be fetched")));
        QVERIFY(errors.at(3).startsWith(QLatin1String("4:image 'ftp'")));
        QVERIFY(errors.at(4).startsWith(QLatin1String("6:image 'escape'")));
        QCOMPARE(m_client->get(QStringLiteral("/imgs/not-image")).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/imgs/") + good).status, 200);
    }

    void repeatedIdsRunInOrderAndTheLastWins()
    {
        const QString id = uniqueId("twice");
        const QJsonObject op = run("PUT", QStringLiteral("/imgs"),
            QJsonArray { item(id, smallJpg(), { { s_title, QStringLiteral("first") } }),
                item(id, fileUrl(QStringLiteral("readme.txt")), { { s_title, QStringLiteral("bad") } }),
                item(id, smallJpg(), { { s_title, QStringLiteral("last") } }) });
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 2);
        QCOMPARE(op.value(QStringLiteral("num_bad")).toInt(), 1);
        QCOMPARE(image(id).value(s_title).toString(), QStringLiteral("last"));
    }

    void idsMayHoldSlashesAndUnicode()
    {
        const QString id = QStringLiteral("2024/06/Закат #1");
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
        const QJsonObject op
            = run("PUT", QStringLiteral("/imgs/") + encoded, QJsonObject { { QStringLiteral("src"), smallJpg() } });
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 1);
        const HttpResult stored = m_client->get(QStringLiteral("/imgs/") + encoded);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.object().value(QStringLiteral("image_id")).toString(), id);
    }

    void tenantsAreIsolated()
    {
        const QString id = uniqueId("tenant");
        const QJsonObject op = run("PUT", QStringLiteral("/imgs"), QJsonArray { item(id, smallJpg()) });
        HttpTestClient other(m_sandbox->baseUrl(), "k2");
        QCOMPARE(other.get(QStringLiteral("/imgs/") + id).status, 404);
        QCOMPARE(other.get(QStringLiteral("/ops/%1").arg(op.value(QStringLiteral("op_id")).toInteger())).status, 404);
        QCOMPARE(other.get(QStringLiteral("/ops")).array().size(), 0);
        QCOMPARE(other.get(QStringLiteral("/imgs")).object().value(QStringLiteral("count")).toInt(), 0);
        // The same id in another tenant is a different image.
        QCOMPARE(other.put(QStringLiteral("/imgs?wait=true&strict=true"), QJsonArray { item(id, smallJpg()) })
                     .object()
                     .value(QStringLiteral("num_bad"))
                     .toInt(),
            1);
    }

    void progressIsVisibleAndUrgentGoesFirst()
    {
        auto slow = startSandbox({ QStringLiteral("--item-delay-ms"), QStringLiteral("80") });
        HttpTestClient client(slow->baseUrl(), "k1");
        const QString src = slow->baseUrl() + QStringLiteral("/files/small.jpg");
        auto submit = [&](const char *name, int items, bool urgent) {
            QJsonArray batch;
            for (int i = 0; i < items; ++i)
                batch.append(item(QStringLiteral("%1-%2").arg(QLatin1String(name)).arg(i), src));
            return client
                .put(QStringLiteral("/imgs?urgent=%1").arg(urgent ? QStringLiteral("true") : QStringLiteral("false")),
                    batch)
                .object()
                .value(QStringLiteral("op_id"))
                .toInteger();
        };
        const qint64 x = submit("x", 5, false);
        // Wait until X runs, so A, B and C queue behind it.
        QJsonObject running;
        QVERIFY(QTest::qWaitFor(
            [&] {
                running = client.get(QStringLiteral("/ops/%1").arg(x)).object();
                return running.value(QStringLiteral("is_started")).toBool();
            },
            10000));
        const qint64 a = submit("a", 1, false);
        const qint64 b = submit("b", 1, true);
        const qint64 c = submit("c", 1, true);

        // Counts grow while X runs.
        QJsonObject partial;
        QVERIFY(QTest::qWaitFor(
            [&] {
                partial = client.get(QStringLiteral("/ops/%1").arg(x)).object();
                const int good = partial.value(QStringLiteral("num_good")).toInt();
                return good > 0 && good < 5;
            },
            10000));
        QCOMPARE(partial.value(QStringLiteral("is_finished")).toBool(), false);
        QCOMPARE(partial.value(QStringLiteral("all_good")).toBool(), true);

        // Cancel only works on what has not started.
        QCOMPARE(client.del(QStringLiteral("/ops/%1").arg(x)).status, 409);

        QStringList started;
        for (qint64 id : { x, a, b, c }) {
            const QJsonObject done = client.waitForOperation(id);
            QVERIFY(!done.isEmpty());
            started << done.value(QStringLiteral("started_at")).toString();
        }
        // X, then B and C (urgent, FIFO among themselves), then A.
        QVERIFY2(started.at(0) < started.at(2), qPrintable(started.join(QLatin1Char(' '))));
        QVERIFY2(started.at(2) < started.at(3), qPrintable(started.join(QLatin1Char(' '))));
        QVERIFY2(started.at(3) < started.at(1), qPrintable(started.join(QLatin1Char(' '))));
        QCOMPARE(client.del(QStringLiteral("/ops/%1").arg(a)).status, 409); // finished
    }

    void cancelQueuedOperation()
    {
        auto slow = startSandbox({ QStringLiteral("--item-delay-ms"), QStringLiteral("150") });
        HttpTestClient client(slow->baseUrl(), "k1");
        const QString src = slow->baseUrl() + QStringLiteral("/files/small.jpg");
        const qint64 running = client
                                   .put(QStringLiteral("/imgs"),
                                       QJsonArray { item(QStringLiteral("r1"), src), item(QStringLiteral("r2"), src) })
                                   .object()
                                   .value(QStringLiteral("op_id"))
                                   .toInteger();
        // The queued operation is submitted with wait=true: its client is answered on cancel.
        QNetworkReply *waiting = client.start("PUT", QStringLiteral("/imgs?wait=true"),
            HttpTestClient::json(QJsonArray { item(QStringLiteral("q1"), src), item(QStringLiteral("q2"), src) }));
        QSignalSpy waitingDone(waiting, &QNetworkReply::finished);
        qint64 queued = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray ops = client.get(QStringLiteral("/ops")).array();
                queued = ops.size() == 2 ? ops.first().toObject().value(QStringLiteral("op_id")).toInteger() : 0;
                return queued != 0;
            },
            5000));
        QVERIFY(queued != running);

        HttpTestClient other(slow->baseUrl(), "k2");
        QCOMPARE(other.del(QStringLiteral("/ops/%1").arg(queued)).status, 404);

        const HttpResult cancelled = client.del(QStringLiteral("/ops/%1").arg(queued));
        QCOMPARE(cancelled.status, 200);
        const QJsonObject op = cancelled.object();
        QCOMPARE(op.value(QStringLiteral("is_started")).toBool(), false);
        QCOMPARE(op.value(QStringLiteral("is_finished")).toBool(), true);
        QCOMPARE(op.value(QStringLiteral("num_bad")).toInt(), 2);
        QCOMPARE(op.value(QStringLiteral("all_good")).toBool(true), false);
        const QStringList errors = messages(op);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QLatin1String("0:image 'q1'")));
        QVERIFY(errors.at(1).contains(QLatin1String("cancelled")));
        QCOMPARE(client.del(QStringLiteral("/ops/%1").arg(queued)).status, 409); // already finished
        QVERIFY(waitingDone.wait(5000) || waitingDone.size() == 1);
        const HttpResult waited = HttpTestClient::collect(waiting);
        QCOMPARE(waited.status, 200);
        QCOMPARE(waited.object().value(QStringLiteral("op_id")).toInteger(), queued);
        QCOMPARE(waited.object().value(QStringLiteral("is_started")).toBool(), false);
        QVERIFY(!client.waitForOperation(running).isEmpty());
        QCOMPARE(client.get(QStringLiteral("/imgs/q1")).status, 404); // never applied
    }

    void allOrNothingMode()
    {
        auto strictBatch = startSandbox({ QStringLiteral("--mode"), QStringLiteral("all-or-nothing") });
        HttpTestClient client(strictBatch->baseUrl(), "k1");
        const QString src = strictBatch->baseUrl() + QStringLiteral("/files/small.jpg");
        const QString text = strictBatch->baseUrl() + QStringLiteral("/files/readme.txt");
        const QJsonObject failed = client
                                       .put(QStringLiteral("/imgs?wait=true"),
                                           QJsonArray { item(QStringLiteral("g1"), src),
                                               item(QStringLiteral("bad"), text), item(QStringLiteral("g2"), src) })
                                       .object();
        QCOMPARE(failed.value(QStringLiteral("num_good")).toInt(), 0);
        QCOMPARE(failed.value(QStringLiteral("num_bad")).toInt(), 3);
        QCOMPARE(failed.value(QStringLiteral("errors")).toArray().size(), 1); // only the real failure
        QCOMPARE(client.get(QStringLiteral("/imgs/g1")).status, 404);

        const QJsonObject applied
            = client
                  .put(QStringLiteral("/imgs?wait=true"),
                      QJsonArray { item(QStringLiteral("g1"), src), item(QStringLiteral("g2"), src) })
                  .object();
        QCOMPARE(applied.value(QStringLiteral("num_good")).toInt(), 2);
        QCOMPARE(client.get(QStringLiteral("/imgs/g2")).status, 200);
    }

    void srcIsFetchedFromOtherServers()
    {
        // A second sandbox plays the CDN: its /files/ are real HTTP fetches for the first one.
        auto cdn = startSandbox({});
        const QString cdnFiles = cdn->baseUrl() + QStringLiteral("/files/");
        const QJsonObject op = run("PUT", QStringLiteral("/imgs"),
            QJsonArray { item(QStringLiteral("remote-ok"), cdnFiles + QStringLiteral("wide.png")),
                item(QStringLiteral("remote-404"), cdnFiles + QStringLiteral("missing.jpg")),
                item(QStringLiteral("remote-text"), cdnFiles + QStringLiteral("readme.txt")),
                item(QStringLiteral("remote-jpg"), cdnFiles + QStringLiteral("photos/deep/nested.jpg")) });
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 2);
        const QStringList errors = messages(op);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).startsWith(QLatin1String("1:image 'remote-404'"))
                && errors.at(0).contains(QLatin1String("HTTP 404")),
            qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).startsWith(QLatin1String("2:image 'remote-text'"))
                && errors.at(1).contains(QLatin1String("not a supported image")),
            qPrintable(errors.at(1)));
        QCOMPARE(image(QStringLiteral("remote-ok")).value(QStringLiteral("width")).toInt(), 80);
        QCOMPARE(image(QStringLiteral("remote-jpg")).value(QStringLiteral("height")).toInt(), 24);
    }

    void silentSrcServerTimesOut()
    {
        // A server that accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, &silent, [&] { held << silent.nextPendingConnection(); });
        auto impatient = startSandbox({ QStringLiteral("--fetch-timeout-ms"), QStringLiteral("300") });
        HttpTestClient client(impatient->baseUrl(), "k1");
        const QJsonObject op
            = client
                  .put(QStringLiteral("/imgs?wait=true"),
                      QJsonArray { item(QStringLiteral("slow"),
                                       QStringLiteral("http://127.0.0.1:%1/a.jpg").arg(silent.serverPort())),
                          item(QStringLiteral("fine"), impatient->baseUrl() + QStringLiteral("/files/small.jpg")) })
                  .object();
        QCOMPARE(op.value(QStringLiteral("num_bad")).toInt(), 1);
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 1);
        QVERIFY2(messages(op).first().contains(QLatin1String("timed out")), qPrintable(messages(op).first()));
    }

    void emptyBatchFinishesAtOnce()
    {
        const QJsonObject op = run("PUT", QStringLiteral("/imgs"), QJsonArray {});
        QCOMPARE(op.value(QStringLiteral("num_total")).toInt(), 0);
        QCOMPARE(op.value(QStringLiteral("is_finished")).toBool(), true);
        QCOMPARE(op.value(QStringLiteral("all_good")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxOperations)
#include "tst_sandboxoperations.moc"
