// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the wesog-sandbox process itself: command line, persistence and resumption,
// fault injection, concurrent clients, disconnects, and key hygiene.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

#include "tests/sandbox/sandboxtestutil.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog::Test;

class tst_SandboxProcess : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    QTemporaryDir m_dir;

    QStringList baseArgs(const char *key = "k") const
    {
        return { QStringLiteral("--key"), QString::fromLatin1(key), QStringLiteral("--files-root"), m_files.root() };
    }

    static QJsonArray batch(const QString &base, const QString &prefix, int count)
    {
        QJsonArray items;
        for (int i = 0; i < count; ++i)
            items.append(item(QStringLiteral("%1-%2").arg(prefix).arg(i), base + QStringLiteral("/files/small.jpg"),
                { { QStringLiteral("title"), QStringLiteral("%1 %2").arg(prefix).arg(i) } }));
        return items;
    }

    static int runToExit(const QStringList &arguments, QByteArray *output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(SandboxProcess::executable(), arguments);
        if (!process.waitForFinished(15000))
            return -1;
        *output = process.readAll();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY(m_dir.isValid());
    }

    void helpDocumentsEveryFlag()
    {
        QByteArray output;
        QCOMPARE(runToExit({ QStringLiteral("--help") }, &output), 0);
        for (const char *flag : { "--host", "--port", "--key", "--keys-file", "--data", "--files-root",
                 "--item-delay-ms", "--mode", "--seed", "--fail-rate", "--drop-rate", "--latency-ms", "--rate-limit",
                 "--max-body-mb", "--max-batch", "--fetch-timeout-ms" })
            QVERIFY2(output.contains(flag), flag);
    }

    void badCommandLinesFail_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no key") << QStringList {} << QByteArray("at least one API key");
        QTest::newRow("unknown flag") << QStringList { QStringLiteral("--key"), QStringLiteral("k"),
            QStringLiteral("--colour") }
                                      << QByteArray("colour");
        QTest::newRow("bad rate") << QStringList { QStringLiteral("--key"), QStringLiteral("k"),
            QStringLiteral("--fail-rate"), QStringLiteral("2") }
                                  << QByteArray("--fail-rate");
        QTest::newRow("bad mode") << QStringList { QStringLiteral("--key"), QStringLiteral("k"),
            QStringLiteral("--mode"), QStringLiteral("some") }
                                  << QByteArray("--mode");
        QTest::newRow("missing keys file")
            << QStringList { QStringLiteral("--keys-file"), QStringLiteral("/nonexistent/keys") }
            << QByteArray("keys file");
    }

    void badCommandLinesFail()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QByteArray output;
        QCOMPARE(runToExit(arguments, &output), 2);
        QVERIFY2(output.contains(message), output.constData());
    }

    void busyPortFailsWithExitCode1()
    {
        SandboxProcess first(baseArgs());
        QVERIFY(first.start());
        QByteArray output;
        QCOMPARE(runToExit({ QStringLiteral("--key"), QStringLiteral("k"), QStringLiteral("--port"),
                               QString::number(first.port()) },
                     &output),
            1);
        QVERIFY2(output.contains("cannot listen"), output.constData());
        QVERIFY(!output.contains("listening on"));
    }

    void sigintStopsCleanly()
    {
        SandboxProcess sandbox(baseArgs());
        QVERIFY(sandbox.start());
        ::kill(pid_t(sandbox.process().processId()), SIGINT);
        QVERIFY(sandbox.process().waitForFinished(10000));
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 0);
    }

    void keysFileWithComments()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# agency keys\nalpha\n\n  beta  # second tenant\n");
        file.close();
        SandboxProcess sandbox({ QStringLiteral("--keys-file"), path });
        QVERIFY(sandbox.start());
        QCOMPARE(HttpTestClient(sandbox.baseUrl(), "alpha").get(QStringLiteral("/ops")).status, 200);
        QCOMPARE(HttpTestClient(sandbox.baseUrl(), "beta").get(QStringLiteral("/ops")).status, 200);
        QCOMPARE(HttpTestClient(sandbox.baseUrl(), "# agency keys").get(QStringLiteral("/ops")).status, 401);
    }

    void dataSurvivesARestart()
    {
        const QString data = m_dir.filePath(QStringLiteral("restart.sqlite"));
        qint64 firstOp = 0;
        {
            SandboxProcess sandbox(baseArgs() + QStringList { QStringLiteral("--data"), data });
            QVERIFY(sandbox.start());
            HttpTestClient client(sandbox.baseUrl(), "k");
            const QJsonObject op
                = client.put(QStringLiteral("/imgs?wait=true"), batch(sandbox.baseUrl(), QStringLiteral("keep"), 3))
                      .object();
            QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 3);
            firstOp = op.value(QStringLiteral("op_id")).toInteger();
            QCOMPARE(sandbox.stop(), 0);
        }
        SandboxProcess again(baseArgs() + QStringList { QStringLiteral("--data"), data });
        QVERIFY(again.start());
        HttpTestClient client(again.baseUrl(), "k");
        QCOMPARE(client.get(QStringLiteral("/imgs/keep-1")).object().value(QStringLiteral("title")).toString(),
            QStringLiteral("keep 1"));
        const QJsonObject op = client.get(QStringLiteral("/ops/%1").arg(firstOp)).object();
        QCOMPARE(op.value(QStringLiteral("num_good")).toInt(), 3);
        QCOMPARE(op.value(QStringLiteral("is_finished")).toBool(), true);
        // Operation ids continue after a restart.
        const qint64 next
            = client.put(QStringLiteral("/imgs"), QJsonArray {}).object().value(QStringLiteral("op_id")).toInteger();
        QVERIFY(next > firstOp);
        // The database holds no API key: tenants are stored as hashes.
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("\"k\""));
    }

    void interruptedOperationResumes_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("SIGKILL") << true;
    }

    void interruptedOperationResumes()
    {
        QFETCH(bool, crash);
        const QString data = m_dir.filePath(crash ? QStringLiteral("crash.sqlite") : QStringLiteral("term.sqlite"));
        qint64 opId = 0;
        quint16 port = 0;
        {
            SandboxProcess sandbox(baseArgs()
                + QStringList {
                    QStringLiteral("--data"), data, QStringLiteral("--item-delay-ms"), QStringLiteral("40") });
            QVERIFY(sandbox.start());
            port = sandbox.port();
            HttpTestClient client(sandbox.baseUrl(), "k");
            opId = client
                       .put(QStringLiteral("/imgs"),
                           batch(QStringLiteral("http://127.0.0.1:%1").arg(sandbox.port()), QStringLiteral("cut"), 30))
                       .object()
                       .value(QStringLiteral("op_id"))
                       .toInteger();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return client.get(QStringLiteral("/ops/%1").arg(opId))
                               .object()
                               .value(QStringLiteral("num_good"))
                               .toInt()
                        >= 3;
                },
                10000));
            if (crash)
                sandbox.kill();
            else
                QCOMPARE(sandbox.stop(), 0);
        }
        // The items' src point at the first run's port, so the restart listens there again.
        SandboxProcess again(baseArgs()
            + QStringList { QStringLiteral("--data"), data, QStringLiteral("--port"), QString::number(port) });
        QVERIFY(again.start());
        HttpTestClient client(again.baseUrl(), "k");
        const QJsonObject partial = client.get(QStringLiteral("/ops/%1").arg(opId)).object();
        QVERIFY(partial.value(QStringLiteral("is_started")).toBool());
        const QJsonObject done = client.waitForOperation(opId);
        QVERIFY(!done.isEmpty());
        QCOMPARE(done.value(QStringLiteral("num_total")).toInt(), 30);
        QCOMPARE(done.value(QStringLiteral("num_good")).toInt(), 30);
        QCOMPARE(done.value(QStringLiteral("num_bad")).toInt(), 0);
        QCOMPARE(client.get(QStringLiteral("/imgs/cut-29")).status, 200); // processed after the restart
        QCOMPARE(client.get(QStringLiteral("/imgs/cut-2")).status, 200); // processed before the stop
    }

    void clientLeavingAWaitIsHarmless()
    {
        SandboxProcess sandbox(baseArgs() + QStringList { QStringLiteral("--item-delay-ms"), QStringLiteral("60") });
        QVERIFY(sandbox.start());
        HttpTestClient client(sandbox.baseUrl(), "k");
        for (int round = 0; round < 3; ++round) {
            QNetworkReply *waiting = client.start("PUT", QStringLiteral("/imgs?wait=true"),
                HttpTestClient::json(batch(sandbox.baseUrl(), QStringLiteral("left%1").arg(round), 5)));
            QVERIFY(
                QTest::qWaitFor([&] { return client.get(QStringLiteral("/ops")).array().size() == round + 1; }, 5000));
            waiting->abort(); // the client goes away while the server holds its answer
            waiting->deleteLater();
        }
        const QJsonArray ops = client.get(QStringLiteral("/ops")).array();
        for (const QJsonValue &op : ops)
            QVERIFY(!client.waitForOperation(op.toObject().value(QStringLiteral("op_id")).toInteger()).isEmpty());
        QCOMPARE(sandbox.process().state(), QProcess::Running);
        QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    }

    void failRateAnswers5xxAndChangesNothing()
    {
        const QString data = m_dir.filePath(QStringLiteral("faults.sqlite"));
        {
            SandboxProcess sandbox(baseArgs()
                + QStringList { QStringLiteral("--data"), data, QStringLiteral("--fail-rate"), QStringLiteral("1") });
            QVERIFY(sandbox.start());
            HttpTestClient client(sandbox.baseUrl(), "k");
            QSet<int> statuses;
            for (int i = 0; i < 12; ++i) {
                const HttpResult result = client.put(
                    QStringLiteral("/imgs?wait=true"), batch(sandbox.baseUrl(), QStringLiteral("f%1").arg(i), 1));
                statuses.insert(result.status);
                QVERIFY(result.object().value(QStringLiteral("detail")).isString());
            }
            QCOMPARE(statuses, (QSet<int> { 500, 503 }));
            QCOMPARE(client.get(QStringLiteral("/health")).status, 200); // never faulted
            QCOMPARE(client.get(QStringLiteral("/files/small.jpg")).status, 200);
        }
        SandboxProcess clean(baseArgs() + QStringList { QStringLiteral("--data"), data });
        QVERIFY(clean.start());
        HttpTestClient client(clean.baseUrl(), "k");
        QCOMPARE(client.get(QStringLiteral("/ops")).array().size(), 0);
        QCOMPARE(client.get(QStringLiteral("/imgs")).object().value(QStringLiteral("count")).toInt(), 0);
    }

    void seedMakesFaultsReproducible()
    {
        auto sequence = [this](const QString &seed) {
            SandboxProcess sandbox(baseArgs()
                + QStringList { QStringLiteral("--fail-rate"), QStringLiteral("0.5"), QStringLiteral("--seed"), seed });
            if (!sandbox.start())
                return QList<int>();
            HttpTestClient client(sandbox.baseUrl(), "k");
            QList<int> statuses;
            for (int i = 0; i < 16; ++i)
                statuses << client.get(QStringLiteral("/ops")).status;
            return statuses;
        };
        const QList<int> first = sequence(QStringLiteral("42"));
        QCOMPARE(first.size(), 16);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500) || first.contains(503));
        QCOMPARE(sequence(QStringLiteral("42")), first);
    }

    void dropRateClosesConnections()
    {
        SandboxProcess sandbox(baseArgs() + QStringList { QStringLiteral("--drop-rate"), QStringLiteral("1") });
        QVERIFY(sandbox.start());
        HttpTestClient client(sandbox.baseUrl(), "k");
        const HttpResult dropped = client.get(QStringLiteral("/ops"));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
        QCOMPARE(sandbox.process().state(), QProcess::Running);
    }

    void latencyDelaysEveryApiRequest()
    {
        SandboxProcess sandbox(baseArgs() + QStringList { QStringLiteral("--latency-ms"), QStringLiteral("300") });
        QVERIFY(sandbox.start());
        HttpTestClient client(sandbox.baseUrl(), "k");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(client.get(QStringLiteral("/ops")).status, 200);
        QVERIFY(timer.elapsed() >= 290); // a lower bound: the delay happened
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        SandboxProcess sandbox(baseArgs()
            + QStringList { QStringLiteral("--key"), QStringLiteral("other"), QStringLiteral("--rate-limit"),
                QStringLiteral("3") });
        QVERIFY(sandbox.start());
        HttpTestClient client(sandbox.baseUrl(), "k");
        QList<HttpResult> results;
        for (int i = 0; i < 8; ++i)
            results << client.get(QStringLiteral("/ops"));
        int limited = 0;
        for (const HttpResult &result : results) {
            if (result.status == 429) {
                ++limited;
                QVERIFY(result.header("Retry-After").toInt() >= 1);
                QVERIFY(result.object().value(QStringLiteral("detail")).isString());
            }
        }
        QVERIFY(limited >= 2); // 8 requests cannot all fit in 3 per second, even across a boundary
        // Per key: another tenant is not limited by this one's burst.
        QCOMPARE(HttpTestClient(sandbox.baseUrl(), "other").get(QStringLiteral("/ops")).status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    }

    void bodyAndBatchLimits()
    {
        SandboxProcess sandbox(baseArgs()
            + QStringList { QStringLiteral("--max-body-mb"), QStringLiteral("0.01"), QStringLiteral("--max-batch"),
                QStringLiteral("3") });
        QVERIFY(sandbox.start());
        HttpTestClient client(sandbox.baseUrl(), "k");
        QCOMPARE(client.put(QStringLiteral("/imgs"), batch(sandbox.baseUrl(), QStringLiteral("many"), 4)).status, 422);
        QCOMPARE(client.put(QStringLiteral("/imgs"), batch(sandbox.baseUrl(), QStringLiteral("few"), 3)).status, 202);
        QJsonArray big = batch(sandbox.baseUrl(), QStringLiteral("big"), 1);
        QJsonObject first = big.first().toObject();
        first.insert(QStringLiteral("caption"), QString(20000, QLatin1Char('x')));
        const HttpResult tooLarge = client.put(QStringLiteral("/imgs"), QJsonArray { first });
        QCOMPARE(tooLarge.status, 413);
        QVERIFY(tooLarge.object().value(QStringLiteral("detail")).isString());
    }

    void concurrentClientsDoNotMixUpOperations()
    {
        SandboxProcess sandbox(baseArgs() + QStringList { QStringLiteral("--key"), QStringLiteral("k2") });
        QVERIFY(sandbox.start());
        constexpr int clients = 10;
        constexpr int requests = 100;
        std::vector<std::unique_ptr<HttpTestClient>> pool;
        QList<QPair<int, QNetworkReply *>> replies;
        for (int c = 0; c < clients; ++c) {
            pool.push_back(std::make_unique<HttpTestClient>(sandbox.baseUrl(), c % 2 ? "k2" : "k"));
            for (int r = 0; r < requests; ++r) {
                const QString id = QStringLiteral("c%1-r%2").arg(c).arg(r);
                const QJsonArray body { item(
                    id, sandbox.baseUrl() + QStringLiteral("/files/small.jpg"), { { QStringLiteral("title"), id } }) };
                replies.append({ c, pool.back()->start("PUT", QStringLiteral("/imgs"), HttpTestClient::json(body)) });
            }
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(
                    replies.cbegin(), replies.cend(), [](const auto &r) { return r.second->isFinished(); });
            },
            120000));
        QSet<qint64> opIds;
        for (const auto &[c, reply] : replies) {
            const HttpResult result = HttpTestClient::collect(reply);
            QCOMPARE(result.status, 202);
            QCOMPARE(result.object().value(QStringLiteral("num_total")).toInt(), 1);
            opIds.insert(result.object().value(QStringLiteral("op_id")).toInteger());
        }
        QCOMPARE(opIds.size(), clients * requests); // unique server-wide

        HttpTestClient even(sandbox.baseUrl(), "k");
        HttpTestClient odd(sandbox.baseUrl(), "k2");
        auto allFinished = [&](HttpTestClient &tenant) {
            const QJsonArray ops = tenant.get(QStringLiteral("/ops")).array();
            return ops.size() == clients / 2 * requests
                && std::all_of(ops.begin(), ops.end(),
                    [](const QJsonValue &op) { return op.toObject().value(QStringLiteral("is_finished")).toBool(); });
        };
        QVERIFY(QTest::qWaitFor([&] { return allFinished(even) && allFinished(odd); }, 120000));
        for (int c = 0; c < clients; ++c) {
            HttpTestClient &own = c % 2 ? odd : even;
            HttpTestClient &other = c % 2 ? even : odd;
            for (int r : { 0, 57, 99 }) {
                const QString id = QStringLiteral("c%1-r%2").arg(c).arg(r);
                QCOMPARE(own.get(QStringLiteral("/imgs/") + id).object().value(QStringLiteral("title")).toString(), id);
                QCOMPARE(other.get(QStringLiteral("/imgs/") + id).status, 404);
            }
        }
        QCOMPARE(even.get(QStringLiteral("/imgs?limit=1")).object().value(QStringLiteral("count")).toInt(),
            clients / 2 * requests);
    }

    void apiKeysNeverReachTheOutput()
    {
        const QByteArray secret = "sekret-key-4242";
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QString::fromLatin1(secret), QStringLiteral("--files-root"), m_files.root() });
        sandbox.process().setProcessEnvironment([] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // the chattiest it can be
            return env;
        }());
        QVERIFY(sandbox.start());
        HttpTestClient client(sandbox.baseUrl(), secret);
        client.put(QStringLiteral("/imgs?wait=true"), batch(sandbox.baseUrl(), QStringLiteral("log"), 2));
        client.get(QStringLiteral("/imgs?q=t~log"));
        HttpTestClient wrong(sandbox.baseUrl(), "wrong-key-777");
        QCOMPARE(wrong.get(QStringLiteral("/ops")).status, 401);
        QCOMPARE(sandbox.stop(), 0);
        const QByteArray output = sandbox.output();
        QVERIFY(output.contains("/ops")); // requests were logged...
        QVERIFY(!output.contains(secret)); // ...without their keys
        QVERIFY(!output.contains("wrong-key-777"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxProcess)
#include "tst_sandboxprocess.moc"
