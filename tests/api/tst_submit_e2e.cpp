// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `wesogctl submit` and `status` as processes against a wesog-sandbox process.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

#include "core/record/recordcodec.h"
#include "core/submit/submissionjob.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/workspace.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

using namespace Wesog::Test;

namespace {

struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject summary() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs wesogctl with its data and config in `home` (so the workspace is the test's own).
class Ctl
{
public:
    explicit Ctl(const QString &home)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_environment.remove(QStringLiteral("WESOG_API_KEY"));
        m_environment.remove(QStringLiteral("WESOG_URL"));
        m_environment.remove(QStringLiteral("WESOG_SRC_TEMPLATE"));
    }

    void setEnv(const QString &name, const QString &value) { m_environment.insert(name, value); }

    void start(QProcess &process, const QStringList &arguments) const
    {
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(WESOGCTL_EXECUTABLE), arguments);
    }

    CtlRun run(const QStringList &arguments, int timeoutMs = 120000) const
    {
        QProcess process;
        start(process, arguments);
        CtlRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = process.readAllStandardError();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QProcessEnvironment m_environment;
};

QString samples()
{
    return QStringLiteral(WESOG_SOURCE_DIR "/resources/samples");
}

/// `count` records whose src is a sample image served by the sandbox, each with its own fields.
QJsonArray records(const QString &baseUrl, int count, const QString &prefix = QStringLiteral("img-"))
{
    const QStringList files = QDir(samples()).entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    QJsonArray array;
    for (int i = 0; i < count; ++i) {
        array.append(QJsonObject {
            { QStringLiteral("id"), prefix + QString::number(i) },
            { QStringLiteral("src"), baseUrl + QStringLiteral("/files/") + files.at(i % files.size()) },
            { QStringLiteral("title"), QStringLiteral("Title %1").arg(i) },
            { QStringLiteral("keywords"), QJsonArray { QStringLiteral("k%1").arg(i % 7), QStringLiteral("harbour") } },
            { QStringLiteral("nsfw"), i % 2 == 0 },
            { QStringLiteral("date"), QStringLiteral("2024-05-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')) },
        });
    }
    return array;
}

QString writeJson(const QTemporaryDir &dir, const QString &name, const QJsonArray &array)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    return path;
}

QString writeKeyFile(const QTemporaryDir &dir, const QByteArray &key, QFileDevice::Permissions permissions)
{
    const QString path = dir.filePath(QStringLiteral("key-%1").arg(int(permissions)));
    QFile file(path);
    file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key + "\n");
    file.close();
    QFile::setPermissions(path, permissions);
    return path;
}

/// Every stored image, by id, as the sandbox returns it.
QHash<QString, QJsonObject> storedImages(HttpTestClient &client)
{
    QHash<QString, QJsonObject> byId;
    HttpResult result;
    // The sandbox may be injecting faults: ask until it answers.
    for (int attempt = 0; attempt < 30 && result.status != 200; ++attempt)
        result = client.get(QStringLiteral("/imgs?limit=10000"));
    for (const QJsonValue &image : result.object().value(QStringLiteral("results")).toArray())
        byId.insert(image.toObject().value(QStringLiteral("image_id")).toString(), image.toObject());
    return byId;
}

/// Checks that the sandbox holds exactly `submitted`, field by field.
void verifyStored(HttpTestClient &client, const QJsonArray &submitted)
{
    const QHash<QString, QJsonObject> stored = storedImages(client);
    QCOMPARE(stored.size(), submitted.size());
    for (const QJsonValue &value : submitted) {
        const QJsonObject item = value.toObject();
        const QJsonObject image = stored.value(item.value(QStringLiteral("id")).toString());
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            if (it.key() != QLatin1String("id"))
                QCOMPARE(image.value(it.key()), it.value());
        }
        QCOMPARE(image.value(QStringLiteral("caption")), QJsonValue(QJsonValue::Null)); // never sent, so unset
    }
}

/// The sandbox's operations for the key, retried while it injects faults.
QJsonArray allOperations(HttpTestClient &client)
{
    HttpResult result;
    for (int attempt = 0; attempt < 30 && result.status != 200; ++attempt)
        result = client.get(QStringLiteral("/ops"));
    return result.array();
}

/// How many items the sandbox took into operations, in all.
int itemsTaken(HttpTestClient &client)
{
    int total = 0;
    for (const QJsonValue &operation : allOperations(client))
        total += operation.toObject().value(QStringLiteral("num_total")).toInt();
    return total;
}

} // namespace

class tst_SubmitE2E : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordEndsAcceptedDespiteFaults()
    {
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            samples(), QStringLiteral("--fail-rate"), QStringLiteral("0.2"), QStringLiteral("--drop-rate"),
            QStringLiteral("0.05"), QStringLiteral("--latency-ms"), QStringLiteral("50"), QStringLiteral("--seed"),
            QStringLiteral("11") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QJsonArray submitted = records(sandbox.baseUrl(), 2000);
        const QString input = writeJson(home, QStringLiteral("body.json"), submitted);
        Ctl ctl(home.path());
        const CtlRun run = ctl.run({ QStringLiteral("submit"), input, QStringLiteral("--url"), sandbox.baseUrl(),
            QStringLiteral("--key-file"), writeKeyFile(home, "k1", QFileDevice::ReadOwner | QFileDevice::WriteOwner) });
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        const QJsonObject summary = run.summary();
        QCOMPARE(summary.value(QStringLiteral("accepted")).toArray().size(), 2000);
        QVERIFY(summary.value(QStringLiteral("failed")).toArray().isEmpty());
        QVERIFY(summary.value(QStringLiteral("not_sent")).toArray().isEmpty());
        const QJsonArray operations = summary.value(QStringLiteral("operations")).toArray();
        QCOMPARE(operations.size(), 4); // 2000 in batches of 500
        for (const QJsonValue &operation : operations)
            QCOMPARE(operation.toObject().value(QStringLiteral("num_good")).toInt(), 500);
        QVERIFY2(run.err.contains("trying again"), "the faults must have been met and retried");

        HttpTestClient client(sandbox.baseUrl(), "k1");
        verifyStored(client, submitted);
    }

    void aKilledWatcherResumesWithoutSendingAgain()
    {
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            samples(), QStringLiteral("--item-delay-ms"), QStringLiteral("4") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QJsonArray submitted = records(sandbox.baseUrl(), 1200);
        const QStringList arguments { QStringLiteral("submit"), writeJson(home, QStringLiteral("body.json"), submitted),
            QStringLiteral("--url"), sandbox.baseUrl(), QStringLiteral("--batch-size"), QStringLiteral("300") };
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));

        QProcess first;
        ctl.start(first, arguments);
        QByteArray progress;
        // Wait until all four operations exist (each is named on stderr), then kill it mid-watch.
        QTRY_VERIFY_WITH_TIMEOUT((progress += first.readAllStandardError()).contains("operation 4:"), 30000);
        first.kill();
        first.waitForFinished();
        HttpTestClient client(sandbox.baseUrl(), "k1");
        const int runningOrQueued = [&] {
            int unfinished = 0;
            for (const QJsonValue &op : client.get(QStringLiteral("/ops")).array())
                unfinished += op.toObject().value(QStringLiteral("is_finished")).toBool() ? 0 : 1;
            return unfinished;
        }();
        QVERIFY2(runningOrQueued > 0, "the kill must come before the work is done, or nothing is resumed");

        const CtlRun second = ctl.run(arguments);
        QVERIFY2(second.exitCode == 0, second.err.right(2000).constData());
        QVERIFY(second.err.contains("following"));
        QCOMPARE(second.summary().value(QStringLiteral("accepted")).toArray().size(), 1200);
        QCOMPARE(client.get(QStringLiteral("/ops")).array().size(), 4); // nothing was sent twice
        verifyStored(client, submitted);
    }

    void aRunKilledAtAnyPointSendsOnlyTheRestWhenRunAgain_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::addColumn<bool>("wait"); // with --wait every operation is finished when recorded
        QTest::newRow("first operation") << 1 << false;
        QTest::newRow("a third, finished ones") << 7 << true;
        QTest::newRow("two thirds, finished ones") << 14 << true;
        QTest::newRow("last operation") << 20 << false;
    }

    void aRunKilledAtAnyPointSendsOnlyTheRestWhenRunAgain()
    {
        // 2000 images in batches of 100; the first run kills itself with SIGKILL right after its
        // Nth operation is in the workspace. Operations that finished before the kill and those
        // still running are followed by the rerun, which sends only what none of them holds.
        QFETCH(int, killAfter);
        QFETCH(bool, wait);
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            samples(), QStringLiteral("--item-delay-ms"), QStringLiteral("1") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QJsonArray submitted = records(sandbox.baseUrl(), 2000);
        QStringList arguments { QStringLiteral("submit"), writeJson(home, QStringLiteral("body.json"), submitted),
            QStringLiteral("--url"), sandbox.baseUrl(), QStringLiteral("--batch-size"), QStringLiteral("100") };
        if (wait)
            arguments << QStringLiteral("--wait");
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));
        ctl.setEnv(QStringLiteral("WESOG_TEST_KILL_AFTER_OPS"), QString::number(killAfter));
        const CtlRun killed = ctl.run(arguments);
        QVERIFY2(killed.exitCode == -2, killed.err.right(2000).constData()); // died of the signal
        HttpTestClient client(sandbox.baseUrl(), "k1");
        int finishedAtKill = 0;
        for (const QJsonValue &operation : allOperations(client))
            finishedAtKill += operation.toObject().value(QStringLiteral("is_finished")).toBool() ? 1 : 0;

        ctl.setEnv(QStringLiteral("WESOG_TEST_KILL_AFTER_OPS"), QString());
        const CtlRun second = ctl.run(arguments);
        QVERIFY2(second.exitCode == 0, second.err.right(2000).constData());
        QCOMPARE(second.summary().value(QStringLiteral("accepted")).toArray().size(), 2000);
        verifyStored(client, submitted);
        const int sent = itemsTaken(client);
        qInfo("killed after %d operations (%d finished on the server at the kill): %d images sent in all, %d twice",
            killAfter, finishedAtKill, sent, sent - 2000);
        if (wait)
            QVERIFY(finishedAtKill >= killAfter); // the case a rerun used to send again
        // Two batches go at once: when the Nth is recorded, at most one other is in flight, and
        // its answer is the only one the kill can cut off.
        QVERIFY2(sent - 2000 <= 100, qPrintable(QString::number(sent - 2000)));
    }

    void aBodyOverTheServersLimitIsHalvedUntilItFits()
    {
        // 64 KiB bodies at most; 500 items of ~250 bytes need five or more halvings' worth.
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            samples(), QStringLiteral("--max-body-mb"), QStringLiteral("0.0625") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QJsonArray submitted = records(sandbox.baseUrl(), 500);
        QVERIFY(QJsonDocument(submitted).toJson(QJsonDocument::Compact).size() > 64 * 1024);
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));
        const CtlRun run = ctl.run({ QStringLiteral("submit"), writeJson(home, QStringLiteral("b.json"), submitted),
            QStringLiteral("--url"), sandbox.baseUrl() });
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QCOMPARE(run.summary().value(QStringLiteral("accepted")).toArray().size(), 500);
        HttpTestClient client(sandbox.baseUrl(), "k1");
        QVERIFY(allOperations(client).size() > 1);
        QCOMPARE(itemsTaken(client), 500); // nothing lost, nothing twice
        verifyStored(client, submitted);
    }

    void aBatchOverTheServersCountLimitIsHalved()
    {
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            samples(), QStringLiteral("--max-batch"), QStringLiteral("30") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        const QJsonArray submitted = records(sandbox.baseUrl(), 100);
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));
        const CtlRun run = ctl.run({ QStringLiteral("submit"), writeJson(home, QStringLiteral("b.json"), submitted),
            QStringLiteral("--url"), sandbox.baseUrl(), QStringLiteral("--batch-size"), QStringLiteral("100") });
        QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
        QCOMPARE(run.summary().value(QStringLiteral("accepted")).toArray().size(), 100);
        HttpTestClient client(sandbox.baseUrl(), "k1");
        const QJsonArray operations = allOperations(client);
        QCOMPARE(operations.size(), 4); // 100 → 50 + 50 → 25 × 4
        for (const QJsonValue &operation : operations)
            QVERIFY(operation.toObject().value(QStringLiteral("num_total")).toInt() <= 30);
        QCOMPARE(itemsTaken(client), 100);
        verifyStored(client, submitted);
    }

    void anInvalidItemIsMarkedAndTheOthersSentOnceMore()
    {
        // Local validation keeps such items from wesogctl and the GUI's plan, so the job is
        // driven directly, as it would be by a client that validates less than the server.
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), samples() });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir folder;
        Wesog::Workspace workspace;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        Wesog::SubmissionLog log(workspace.database());
        QNetworkAccessManager manager;
        Wesog::SubmissionJob job(&manager, { QUrl(sandbox.baseUrl()), "k1" }, QStringLiteral("sandbox"), &log);
        Wesog::OperationWatcher::Pacing pacing;
        pacing.firstIntervalMs = 20;
        job.setPacing(pacing);
        QList<Wesog::SubmitItem> items;
        const QJsonArray json = records(sandbox.baseUrl(), 8);
        for (qsizetype i = 0; i < json.size(); ++i) {
            Wesog::ImageRecord record;
            QVERIFY(!Wesog::RecordCodec::decodeItem(json.at(i).toObject(), &record));
            if (i == 5)
                record.clear(Wesog::Field::Src); // sent without src: the server names ["body", 5, "src"]
            items.append({ QStringLiteral("f%1.jpg").arg(i), record });
        }
        QSignalSpy idle(&job, &Wesog::SubmissionJob::idle);
        QVERIFY(job.submit(items, {}));
        QVERIFY(idle.wait(30000));

        const Wesog::RecordSubmission refused = job.states().value(QStringLiteral("f5.jpg"));
        QCOMPARE(refused.state, Wesog::SubmitState::Failed);
        QCOMPARE(refused.field, QStringLiteral("src"));
        QVERIFY(!refused.opId);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i != 5)
                QCOMPARE(job.states().value(items.at(i).key).state, Wesog::SubmitState::Accepted);
        }
        HttpTestClient client(sandbox.baseUrl(), "k1");
        QCOMPARE(allOperations(client).size(), 1); // the 422 made none; the resend made one
        QCOMPARE(itemsTaken(client), 7);
        QCOMPARE(storedImages(client).size(), 7);
        QVERIFY(!storedImages(client).contains(QStringLiteral("img-5")));
    }

    void failuresAndRefusalsAreReportedPerItem()
    {
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), samples() });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        QJsonArray items = records(sandbox.baseUrl(), 4);
        QJsonObject unreachable = items.at(1).toObject();
        unreachable.insert(QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/missing.jpg"));
        items.replace(1, unreachable);
        QJsonObject noSrc = items.at(3).toObject();
        noSrc.remove(QStringLiteral("src"));
        items.replace(3, noSrc);
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));
        ctl.setEnv(QStringLiteral("WESOG_URL"), sandbox.baseUrl());
        const CtlRun run = ctl.run({ QStringLiteral("submit"), writeJson(home, QStringLiteral("b.json"), items) });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = run.summary();
        QCOMPARE(summary.value(QStringLiteral("accepted")).toArray(),
            (QJsonArray { QStringLiteral("img-0"), QStringLiteral("img-2") }));
        const QJsonArray failed = summary.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("img-1"));
        QCOMPARE(failed.first().toObject().value(QStringLiteral("index")).toInt(), 1);
        QVERIFY(failed.first().toObject().value(QStringLiteral("op_id")).toInt() > 0);
        QVERIFY(
            failed.first().toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("img-1")));
        const QJsonArray notSent = summary.value(QStringLiteral("not_sent")).toArray();
        QCOMPARE(notSent.size(), 1);
        QCOMPARE(notSent.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("img-3"));
        QVERIFY(notSent.first().toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("src")));
    }

    void strictAndWaitAreSentAndHonoured()
    {
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), samples() });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));
        // strict: the ids do not exist yet, so each item fails inside the operation.
        const CtlRun strict = ctl.run(
            { QStringLiteral("submit"), writeJson(home, QStringLiteral("s.json"), records(sandbox.baseUrl(), 3)),
                QStringLiteral("--url"), sandbox.baseUrl(), QStringLiteral("--strict"), QStringLiteral("--wait"),
                QStringLiteral("--urgent"), QStringLiteral("--lang"), QStringLiteral("pt") });
        QCOMPARE(strict.exitCode, 1);
        QCOMPARE(strict.summary().value(QStringLiteral("failed")).toArray().size(), 3);
        const qint64 opId = strict.summary()
                                .value(QStringLiteral("operations"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("op_id"))
                                .toInteger();
        HttpTestClient client(sandbox.baseUrl(), "k1");
        const QJsonObject operation = client.get(QStringLiteral("/ops/%1").arg(opId)).object();
        QCOMPARE(operation.value(QStringLiteral("do_strict")).toBool(), true);
        QCOMPARE(operation.value(QStringLiteral("do_wait")).toBool(), true);
        QCOMPARE(operation.value(QStringLiteral("do_urgent")).toBool(), true);

        // status: finished with failures → 1; --watch prints at least the final line.
        const CtlRun status
            = ctl.run({ QStringLiteral("status"), QString::number(opId), QStringLiteral("--url"), sandbox.baseUrl() });
        QCOMPARE(status.exitCode, 1);
        const QJsonObject printed = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(printed.value(QStringLiteral("op_id")).toInteger(), opId);
        QCOMPARE(printed.value(QStringLiteral("num_bad")).toInt(), 3);
        const CtlRun watched = ctl.run({ QStringLiteral("status"), QString::number(opId), QStringLiteral("--watch"),
            QStringLiteral("--url"), sandbox.baseUrl() });
        QCOMPARE(watched.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(watched.out.trimmed().split('\n').last())
                    .object()
                    .value(QStringLiteral("is_finished"))
                    .toBool());
        const CtlRun unknown
            = ctl.run({ QStringLiteral("status"), QStringLiteral("999"), QStringLiteral("--url"), sandbox.baseUrl() });
        QCOMPARE(unknown.exitCode, 3);
    }

    void theKeyNeverLeaksIntoOutputOrTheWorkspace()
    {
        const QByteArray key = "wesog-key-7f3a9c2e-do-not-leak";
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QString::fromLatin1(key), QStringLiteral("--files-root"), samples(),
                QStringLiteral("--fail-rate"), QStringLiteral("0.3"), QStringLiteral("--seed"), QStringLiteral("5") });
        QProcessEnvironment logged = QProcessEnvironment::systemEnvironment();
        logged.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // every log Qt and we have
        sandbox.process().setProcessEnvironment(logged);
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        Ctl ctl(home.path());
        ctl.setEnv(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const QString keyFile = writeKeyFile(home, key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QJsonArray items = records(sandbox.baseUrl(), 6);
        QJsonObject broken = items.at(0).toObject();
        broken.insert(QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/none.jpg"));
        items.replace(0, broken);
        QList<CtlRun> runs;
        runs << ctl.run({ QStringLiteral("submit"), writeJson(home, QStringLiteral("b.json"), items),
            QStringLiteral("--url"), sandbox.baseUrl(), QStringLiteral("--key-file"), keyFile });
        QCOMPARE(runs.last().exitCode, 1); // one item failed; the retries were logged
        const qint64 opId = runs.last()
                                .summary()
                                .value(QStringLiteral("operations"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("op_id"))
                                .toInteger();
        runs << ctl.run({ QStringLiteral("status"), QString::number(opId), QStringLiteral("--url"), sandbox.baseUrl(),
            QStringLiteral("--key-file"), keyFile });
        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QString::fromLatin1(key) + QStringLiteral("-wrong"));
        runs << ctl.run(
            { QStringLiteral("status"), QString::number(opId), QStringLiteral("--url"), sandbox.baseUrl() });
        QCOMPARE(runs.last().exitCode, 3);
        // A crash in the middle of a request: what it leaves on the terminal has no key either.
        SandboxProcess slow({ QStringLiteral("--key"), QString::fromLatin1(key), QStringLiteral("--latency-ms"),
            QStringLiteral("5000") });
        QVERIFY2(slow.start(&error), qPrintable(error));
        QProcess crashing;
        ctl.start(crashing,
            { QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("--url"), slow.baseUrl(),
                QStringLiteral("--key-file"), keyFile });
        QVERIFY(crashing.waitForStarted());
        QTest::qWait(500); // qWait-ok: the request must be under way when the process dies
        ::kill(pid_t(crashing.processId()), SIGABRT); // as an abort() would; sanitizers leave this signal alone
        QVERIFY(crashing.waitForFinished(10000));
        QCOMPARE(crashing.exitStatus(), QProcess::CrashExit);
        runs << CtlRun { -2, crashing.readAllStandardOutput(), crashing.readAllStandardError() };
        // The request log is there (so its lack of a key means something), and holds nothing but
        // method, path, status, time and retries.
        const auto apiLine = [](const QString &rest) {
            return QRegularExpression(QStringLiteral("^wesogdesk\\.api: ") + rest, QRegularExpression::MultilineOption);
        };
        const QString submitLog = QString::fromUtf8(runs.first().err);
        QVERIFY2(submitLog.contains(apiLine(QStringLiteral("PUT /imgs -> 202 in \\d+ ms, \\d+ retries$"))),
            qPrintable(submitLog));
        QVERIFY(QString::fromUtf8(runs.at(1).err).contains(apiLine(QStringLiteral("GET /ops/\\d+ -> 200 in "))));
        QVERIFY(QString::fromUtf8(runs.at(2).err).contains(apiLine(QStringLiteral("GET /ops/\\d+ -> 401 in "))));
        const QRegularExpression anyApiLine = apiLine(QStringLiteral(".*$"));
        const QRegularExpression allowed(QStringLiteral("^wesogdesk\\.api: (GET|PUT) /[^ ?#]* -> \\d+ (in \\d+ ms, "
                                                        "\\d+ retries|after \\d+ ms; retry \\d+ in \\d+ ms)$"));
        for (const CtlRun &run : runs) {
            for (auto match = anyApiLine.globalMatch(QString::fromUtf8(run.err)); match.hasNext();) {
                const QString line = match.next().captured(0);
                QVERIFY2(allowed.match(line).hasMatch(), qPrintable(line));
            }
        }
        QVERIFY(sandbox.output().contains("wesogdesk.sandbox: ")); // the server logged too
        for (const CtlRun &run : runs) {
            QVERIFY2(!run.out.contains(key) && !run.err.contains(key), run.err.constData());
            QVERIFY(!run.out.contains("do-not-leak") && !run.err.contains("do-not-leak"));
        }
        QVERIFY(!sandbox.output().contains(key)); // nor in the server's own log
        // Nor anywhere in the workspace or settings wesogctl wrote.
        QDirIterator files(
            home.path() + QStringLiteral("/data"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("do-not-leak"), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0); // the workspace was there to be checked
    }

    void usageAndServiceErrorsHaveTheirExitCodes()
    {
        SandboxProcess sandbox(
            { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), samples() });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QTemporaryDir home;
        Ctl ctl(home.path());
        const QString input = writeJson(home, QStringLiteral("b.json"), records(sandbox.baseUrl(), 2));
        const QString url = sandbox.baseUrl();

        const QString openKey
            = writeKeyFile(home, "k1", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const CtlRun keyOpenToOthers = ctl.run(
            { QStringLiteral("submit"), input, QStringLiteral("--url"), url, QStringLiteral("--key-file"), openKey });
        QCOMPARE(keyOpenToOthers.exitCode, 2);
        QVERIFY(keyOpenToOthers.err.contains("chmod 600"));
        QVERIFY(!keyOpenToOthers.err.contains("k1\n"));

        const QString wrongKey = writeKeyFile(home, "not-a-key", QFileDevice::ReadOwner);
        const CtlRun rejected = ctl.run(
            { QStringLiteral("submit"), input, QStringLiteral("--url"), url, QStringLiteral("--key-file"), wrongKey });
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY(rejected.err.contains("API key rejected"));
        QVERIFY(!rejected.err.contains("not-a-key") && !rejected.out.contains("not-a-key"));
        QCOMPARE(rejected.summary().value(QStringLiteral("not_sent")).toArray().size(), 2);

        ctl.setEnv(QStringLiteral("WESOG_API_KEY"), QStringLiteral("k1"));
        QJsonArray local = records(url, 1);
        QJsonObject item = local.first().toObject();
        item.insert(QStringLiteral("src"), QStringLiteral("file:///tmp/a.jpg"));
        local.replace(0, item);
        QCOMPARE(ctl.run({ QStringLiteral("submit"), writeJson(home, QStringLiteral("f.json"), local),
                             QStringLiteral("--url"), url })
                     .exitCode,
            2);
        QCOMPARE(ctl.run({ QStringLiteral("submit"), input, QStringLiteral("--url"), url, QStringLiteral("--lang"),
                             QStringLiteral("de") })
                     .exitCode,
            2);
        QCOMPARE(ctl.run({ QStringLiteral("submit"), input, QStringLiteral("--url"), url,
                             QStringLiteral("--batch-size"), QStringLiteral("0") })
                     .exitCode,
            2);
        QCOMPARE(ctl.run({ QStringLiteral("submit"), home.filePath(QStringLiteral("none.json")),
                             QStringLiteral("--url"), url })
                     .exitCode,
            2);
        QCOMPARE(
            ctl.run({ QStringLiteral("submit"), input, QStringLiteral("--url"), QStringLiteral("http://example.com") })
                .exitCode,
            2);
        QCOMPARE(ctl.run({ QStringLiteral("submit"), input, QStringLiteral("--bogus") }).exitCode, 2);
        QCOMPARE(
            ctl.run({ QStringLiteral("status"), QStringLiteral("abc"), QStringLiteral("--url"), url }).exitCode, 2);

        // A folder without a src template would send file:// URLs: refused before anything is sent.
        QCOMPARE(ctl.run({ QStringLiteral("submit"), samples(), QStringLiteral("--url"), url }).exitCode, 2);
        // With one, the folder goes, and --no-watch returns once the server took every batch.
        const CtlRun folder = ctl.run({ QStringLiteral("submit"), samples(), QStringLiteral("--url"), url,
            QStringLiteral("--src-template"), url + QStringLiteral("/files/{relpath}"), QStringLiteral("--no-watch") });
        QVERIFY2(folder.exitCode == 0, folder.err.constData());
        QCOMPARE(folder.summary().value(QStringLiteral("operations")).toArray().size(), 1);

        // A server that is not there: network failure after the retries.
        sandbox.stop();
        const CtlRun down = ctl.run({ QStringLiteral("submit"), input, QStringLiteral("--url"), url,
            QStringLiteral("--attempts"), QStringLiteral("2") });
        QCOMPARE(down.exitCode, 3);
        QVERIFY(down.err.contains("cannot be reached"));
        QCOMPARE(down.summary().value(QStringLiteral("not_sent")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SubmitE2E)
#include "tst_submit_e2e.moc"
