// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: two editors correct the same server images with `wesogctl pull` and
// `submit --base`, as processes against a wesog-sandbox process.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
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
    QJsonArray body() const { return QJsonDocument::fromJson(out).array(); }
};

/// wesogctl with its data and config in a home of its own: one editor.
class Editor
{
public:
    Editor(const QString &baseUrl, const QByteArray &key)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("WESOG_URL"), baseUrl);
        m_environment.insert(QStringLiteral("WESOG_API_KEY"), QString::fromLatin1(key));
    }

    CtlRun run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(WESOGCTL_EXECUTABLE), arguments);
        CtlRun result;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString write(const QString &name, const QJsonArray &body) const
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(QJsonDocument(body).toJson());
        return path;
    }

    QString home() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

QJsonArray edited(QJsonArray body, const QString &id, const QString &key, const QJsonValue &value)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        QJsonObject item = body.at(i).toObject();
        if (item.value(QStringLiteral("id")).toString() == id) {
            item.insert(key, value);
            body.replace(i, item);
        }
    }
    return body;
}

QJsonObject itemOf(const QJsonArray &body, const QString &id)
{
    for (const QJsonValue &value : body) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QStringList strings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result << (value.isString() ? value.toString() : value.toObject().value(QStringLiteral("id")).toString());
    result.sort();
    return result;
}

} // namespace

class tst_PullE2E : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;

    std::unique_ptr<SandboxProcess> startSandbox()
    {
        auto sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_files.root() });
        if (!sandbox->start())
            return nullptr;
        return sandbox;
    }

    /// Five images; ids out of byte order, and the last one's id outside the BMP.
    QJsonArray firstBody(const QString &baseUrl) const
    {
        QJsonArray body;
        for (const QString &id : { QStringLiteral("img-3"), QStringLiteral("img-0"), QStringLiteral("img-4"),
                 QStringLiteral("img-1"), QStringLiteral("img-2") }) {
            body.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("src"), baseUrl + QStringLiteral("/files/small.jpg") },
                { QStringLiteral("city"), QStringLiteral("Pari") }, { QStringLiteral("author"), QStringLiteral("Ann") },
                { QStringLiteral("nsfw"), false },
                { QStringLiteral("keywords"), QJsonArray { QStringLiteral("Öl"), QStringLiteral("海") } } });
        }
        return body;
    }

private slots:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void pullRightAfterSubmitReturnsTheBodySortedById()
    {
        const auto sandbox = startSandbox();
        QVERIFY(sandbox);
        Editor editor(sandbox->baseUrl(), "k1");
        QJsonArray body = firstBody(sandbox->baseUrl());
        // Sorted by UTF-8 bytes: U+FF5E (3 bytes, EF BD 9E) before U+1F600 (4 bytes, F0 9F 98 80),
        // the reverse of their UTF-16 order.
        body.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("😀") },
            { QStringLiteral("src"), sandbox->baseUrl() + QStringLiteral("/files/small.jpg") },
            { QStringLiteral("title"), QString() }, { QStringLiteral("collections"), QJsonArray() } });
        body.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("～") },
            { QStringLiteral("src"), sandbox->baseUrl() + QStringLiteral("/files/small.jpg") } });
        const CtlRun submit = editor.run({ QStringLiteral("submit"), editor.write(QStringLiteral("body.json"), body) });
        QCOMPARE(submit.exitCode, 0);

        const CtlRun pull = editor.run({ QStringLiteral("pull") });
        QVERIFY2(pull.exitCode == 0, pull.err.constData());
        QVERIFY(pull.err.contains("7"));
        const QJsonArray pulled = pull.body();
        QStringList ids;
        for (const QJsonValue &item : pulled)
            ids << item.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids,
            (QStringList { QStringLiteral("img-0"), QStringLiteral("img-1"), QStringLiteral("img-2"),
                QStringLiteral("img-3"), QStringLiteral("img-4"), QStringLiteral("～"), QStringLiteral("😀") }));
        for (const QJsonValue &value : body) {
            QJsonObject expected = value.toObject();
            // The unset-value rule: "" and [] are unset, so pull leaves them out.
            expected.remove(QStringLiteral("title"));
            expected.remove(QStringLiteral("collections"));
            QCOMPARE(itemOf(pulled, expected.value(QStringLiteral("id")).toString()), expected);
        }

        const CtlRun limited = editor.run({ QStringLiteral("pull"), QStringLiteral("--limit"), QStringLiteral("2"),
            QStringLiteral("--q"), QStringLiteral("k=海") });
        QCOMPARE(limited.exitCode, 0);
        // The first two in the server's (insertion) order, then sorted.
        QCOMPARE(strings(limited.body()), (QStringList { QStringLiteral("img-0"), QStringLiteral("img-3") }));
    }

    void twoEditorsMergeConflictAndDeletion()
    {
        const auto sandbox = startSandbox();
        QVERIFY(sandbox);
        Editor anna(sandbox->baseUrl(), "k1");
        Editor boris(sandbox->baseUrl(), "k1");
        QCOMPARE(anna.run({ QStringLiteral("submit"),
                              anna.write(QStringLiteral("seed.json"), firstBody(sandbox->baseUrl())) })
                     .exitCode,
            0);
        const CtlRun annaPull = anna.run({ QStringLiteral("pull") });
        const CtlRun borisPull = boris.run({ QStringLiteral("pull") });
        QCOMPARE(annaPull.exitCode, 0);
        QCOMPARE(borisPull.exitCode, 0);
        const QJsonArray base = annaPull.body();
        QCOMPARE(base.size(), 5);
        QCOMPARE(borisPull.body(), base);

        // Anna corrects three cities; img-2 stays as loaded.
        QJsonArray annas = edited(base, QStringLiteral("img-0"), QStringLiteral("city"), QStringLiteral("Paris"));
        annas = edited(annas, QStringLiteral("img-1"), QStringLiteral("city"), QStringLiteral("Paris"));
        annas = edited(annas, QStringLiteral("img-4"), QStringLiteral("city"), QStringLiteral("Nice"));
        const CtlRun annaSubmit = anna.run({ QStringLiteral("submit"), anna.write(QStringLiteral("edit.json"), annas),
            QStringLiteral("--base"), anna.write(QStringLiteral("base.json"), base) });
        QVERIFY2(annaSubmit.exitCode == 0, annaSubmit.out + annaSubmit.err);
        QJsonObject summary = annaSubmit.summary();
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(strings(summary.value(QStringLiteral("accepted")).toArray()),
            (QStringList { QStringLiteral("img-0"), QStringLiteral("img-1"), QStringLiteral("img-4") }));
        QCOMPARE(summary.value(QStringLiteral("merged")).toArray(), QJsonArray());
        QCOMPARE(summary.value(QStringLiteral("conflicts")).toArray(), QJsonArray());

        // A third party deletes img-2.
        HttpTestClient client(sandbox->baseUrl(), "k1");
        QCOMPARE(client.del(QStringLiteral("/imgs/img-2?wait=true&urgent=false&strict=false")).status, 200);

        // Boris, from the same base: another field of img-0 (merges), img-1's city otherwise
        // (conflict), img-2 (deleted: conflict), img-4 as Anna did (no conflict), a new image;
        // img-3 left out of his file (ignored).
        QJsonArray boriss = edited(base, QStringLiteral("img-0"), QStringLiteral("author"), QStringLiteral("Boris"));
        boriss = edited(boriss, QStringLiteral("img-1"), QStringLiteral("city"), QStringLiteral("Lyon"));
        boriss = edited(boriss, QStringLiteral("img-2"), QStringLiteral("city"), QStringLiteral("Rome"));
        boriss = edited(boriss, QStringLiteral("img-4"), QStringLiteral("city"), QStringLiteral("Nice"));
        for (qsizetype i = 0; i < boriss.size(); ++i) {
            if (boriss.at(i).toObject().value(QStringLiteral("id")).toString() == QLatin1String("img-3"))
                boriss.removeAt(i);
        }
        boriss.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("img-9") },
            { QStringLiteral("src"), sandbox->baseUrl() + QStringLiteral("/files/small.jpg") } });
        const CtlRun borisSubmit
            = boris.run({ QStringLiteral("submit"), boris.write(QStringLiteral("edit.json"), boriss),
                QStringLiteral("--base"), boris.write(QStringLiteral("base.json"), base) });
        QVERIFY2(borisSubmit.exitCode == 1, borisSubmit.out + borisSubmit.err);
        summary = borisSubmit.summary();
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 0);
        QCOMPARE(strings(summary.value(QStringLiteral("accepted")).toArray()),
            (QStringList { QStringLiteral("img-0"), QStringLiteral("img-4"), QStringLiteral("img-9") }));
        QCOMPARE(summary.value(QStringLiteral("merged")).toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("img-0") },
                { QStringLiteral("field"), QStringLiteral("city") } } }));
        const QJsonArray conflicts = summary.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 2);
        const QJsonObject clash = itemOf(conflicts, QStringLiteral("img-1"));
        QCOMPARE(clash,
            (QJsonObject { { QStringLiteral("id"), QStringLiteral("img-1") },
                { QStringLiteral("field"), QStringLiteral("city") }, { QStringLiteral("base"), QStringLiteral("Pari") },
                { QStringLiteral("server"), QStringLiteral("Paris") },
                { QStringLiteral("ours"), QStringLiteral("Lyon") } }));
        const QJsonObject gone = itemOf(conflicts, QStringLiteral("img-2"));
        QCOMPARE(gone,
            (QJsonObject { { QStringLiteral("id"), QStringLiteral("img-2") }, { QStringLiteral("field"), QJsonValue() },
                { QStringLiteral("base"), QJsonValue() }, { QStringLiteral("server"), QJsonValue() },
                { QStringLiteral("ours"), QJsonValue() } }));
        const QJsonArray notSent = summary.value(QStringLiteral("not_sent")).toArray();
        QCOMPARE(strings(notSent), (QStringList { QStringLiteral("img-1"), QStringLiteral("img-2") }));
        for (const QJsonValue &entry : notSent)
            QCOMPARE(entry.toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("conflict"));

        // What the server holds now: both editors' work, nothing overwritten, img-2 still gone.
        const QJsonArray now = anna.run({ QStringLiteral("pull") }).body();
        QCOMPARE(strings(now),
            (QStringList { QStringLiteral("img-0"), QStringLiteral("img-1"), QStringLiteral("img-3"),
                QStringLiteral("img-4"), QStringLiteral("img-9") }));
        QCOMPARE(
            itemOf(now, QStringLiteral("img-0")).value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
        QCOMPARE(
            itemOf(now, QStringLiteral("img-0")).value(QStringLiteral("author")).toString(), QStringLiteral("Boris"));
        QCOMPARE(itemOf(now, QStringLiteral("img-0")).value(QStringLiteral("keywords")),
            itemOf(base, QStringLiteral("img-0")).value(QStringLiteral("keywords")));
        QCOMPARE(itemOf(now, QStringLiteral("img-0")).value(QStringLiteral("nsfw")), QJsonValue(false));
        QCOMPARE(
            itemOf(now, QStringLiteral("img-1")).value(QStringLiteral("city")).toString(), QStringLiteral("Paris"));
    }

    void anItemWithoutABaseWhoseIdExistsIsAConflict()
    {
        const auto sandbox = startSandbox();
        QVERIFY(sandbox);
        Editor editor(sandbox->baseUrl(), "k1");
        const QJsonArray body = firstBody(sandbox->baseUrl());
        QCOMPARE(editor.run({ QStringLiteral("submit"), editor.write(QStringLiteral("seed.json"), body) }).exitCode, 0);
        const QJsonArray one { body.first() }; // img-3, sent as if new
        const CtlRun run = editor.run({ QStringLiteral("submit"), editor.write(QStringLiteral("one.json"), one),
            QStringLiteral("--base"), editor.write(QStringLiteral("empty.json"), QJsonArray()) });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = run.summary();
        QCOMPARE(summary.value(QStringLiteral("conflicts")).toArray(),
            (QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("img-3") },
                { QStringLiteral("field"), QJsonValue() }, { QStringLiteral("base"), QJsonValue() },
                { QStringLiteral("server"), QJsonValue() }, { QStringLiteral("ours"), QJsonValue() } } }));
        QCOMPARE(summary.value(QStringLiteral("accepted")).toArray(), QJsonArray());
        // Nothing was overwritten.
        const QJsonArray now = editor.run({ QStringLiteral("pull") }).body();
        QCOMPARE(itemOf(now, QStringLiteral("img-3")).value(QStringLiteral("city")).toString(), QStringLiteral("Pari"));
    }

    void usageAndServiceErrorsHaveTheirExitCodes()
    {
        const auto sandbox = startSandbox();
        QVERIFY(sandbox);
        Editor editor(sandbox->baseUrl(), "k1");
        const QString body = editor.write(QStringLiteral("body.json"), firstBody(sandbox->baseUrl()));
        QCOMPARE(editor.run({ QStringLiteral("submit"), editor.home(), QStringLiteral("--base"), body }).exitCode, 2);
        QCOMPARE(editor.run({ QStringLiteral("submit"), body, QStringLiteral("--base"), editor.home() }).exitCode, 2);
        QCOMPARE(editor.run({ QStringLiteral("pull"), QStringLiteral("--limit"), QStringLiteral("0") }).exitCode, 2);
        QCOMPARE(editor.run({ QStringLiteral("pull"), QStringLiteral("extra") }).exitCode, 2);
        const CtlRun unsupported = editor.run({ QStringLiteral("pull"), QStringLiteral("--q"), QStringLiteral("p=x"),
            QStringLiteral("--attempts"), QStringLiteral("1") });
        QCOMPARE(unsupported.exitCode, 3);
        QVERIFY(unsupported.out.isEmpty()); // no partial body

        Editor stranger(sandbox->baseUrl(), "wrong");
        QCOMPARE(stranger.run({ QStringLiteral("pull") }).exitCode, 3);
        // The check cannot read the server: nothing is sent.
        const QString changed = editor.write(QStringLiteral("changed.json"),
            edited(firstBody(sandbox->baseUrl()), QStringLiteral("img-0"), QStringLiteral("city"),
                QStringLiteral("Paris")));
        const CtlRun refused = stranger.run({ QStringLiteral("submit"), changed, QStringLiteral("--base"), body });
        QCOMPARE(refused.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(tst_PullE2E)
#include "tst_pull_e2e.moc"
