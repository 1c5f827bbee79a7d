// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `wesogctl scan` as a script would run it.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

#include "tests/support/testpaths.h"

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonArray items() const { return QJsonDocument::fromJson(out).array(); }
    QList<QJsonObject> errorLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : err.split('\n')) {
            if (line.startsWith('{'))
                lines << QJsonDocument::fromJson(line).object();
        }
        return lines;
    }
};

Run runProgram(const QString &program, const QStringList &arguments, const QMap<QString, QString> &env = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WESOG_SRC_TEMPLATE"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// The built wesogctl, or `wrapper` (a program given `prefix`, then wesogctl's path) running it.
Run wesogctl(const QStringList &arguments, const QMap<QString, QString> &env = {}, const QString &wrapper = {},
    const QStringList &prefix = {})
{
    if (wrapper.isEmpty())
        return runProgram(QStringLiteral(WESOGCTL_EXECUTABLE), arguments, env);
    return runProgram(wrapper, prefix + QStringList { QStringLiteral(WESOGCTL_EXECUTABLE) } + arguments, env);
}

QString fixtures()
{
    return QStringLiteral(WESOG_FIXTURES_DIR);
}

/// A JPEG whose header Exiv2 reads but which gives no picture height (SOF0 height 0, as with a
/// DNL marker): only an image decoder can answer for it, and Qt's says libjpeg's "Empty JPEG image".
QByteArray jpegWithoutHeight()
{
    QFile good(fixtures() + QStringLiteral("/no-metadata.jpg"));
    if (!good.open(QIODevice::ReadOnly))
        return QByteArray();
    QByteArray jpeg = good.readAll();
    const qsizetype sof = jpeg.indexOf("\xff\xc0");
    if (sof <= 0)
        return QByteArray();
    jpeg[sof + 5] = 0; // SOF0: marker, length (2), precision, height (2), width (2)
    jpeg[sof + 6] = 0;
    return jpeg;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// wesogctl copied into `prefix`/bin, as the package installs it, with the helpers named
/// (wesogctl-remote, wesog-imageprobe.so) copied into `prefix`/libexec/wesog-desk.
QString installInto(const QString &prefix, const QStringList &helpers)
{
    if (!QDir(prefix).mkpath(QStringLiteral("bin")) || !QDir(prefix).mkpath(QStringLiteral("libexec/wesog-desk")))
        return QString();
    const QString installed = prefix + QStringLiteral("/bin/wesogctl");
    if (!QFile::copy(QStringLiteral(WESOGCTL_EXECUTABLE), installed))
        return QString();
    const QDir built = QFileInfo(QStringLiteral(WESOGCTL_EXECUTABLE)).dir();
    for (const QString &helper : helpers) {
        if (!QFile::copy(built.filePath(helper), prefix + QStringLiteral("/libexec/wesog-desk/") + helper))
            return QString();
    }
    return installed;
}

} // namespace

class tst_Wesogctl : public QObject
{
    Q_OBJECT

private slots:
    void scanPrintsThePutBody()
    {
        const Run run = wesogctl({ QStringLiteral("scan"), fixtures() });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray items = run.items();
        QVERIFY(items.size() >= 25);
        QStringList ids;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            ids << item.value(QStringLiteral("id")).toString();
            QVERIFY(item.value(QStringLiteral("src")).toString().startsWith(QLatin1String("file:///")));
            for (auto it = item.constBegin(); it != item.constEnd(); ++it)
                QVERIFY2(!it.value().isNull(), qPrintable(it.key())); // unset fields are left out
        }
        QVERIFY(ids.contains(QStringLiteral("full-xmp")));
        QVERIFY(!ids.contains(QStringLiteral("zero-bytes")));
        // Sorted by relative path: both.jpg first, the xmp.* files last, in byte order.
        QCOMPARE(ids.first(), QStringLiteral("both"));
        const QJsonObject full = items.at(ids.indexOf(QStringLiteral("full-xmp"))).toObject();
        QCOMPARE(full.value(QStringLiteral("title")).toString(), QStringLiteral("Harbour"));
        QCOMPARE(full.value(QStringLiteral("keywords")).toArray(),
            (QJsonArray { QStringLiteral("harbour"), QStringLiteral("boats") }));
        QVERIFY(!full.contains(QStringLiteral("model_release")));

        QStringList problemFiles;
        for (const QJsonObject &line : run.errorLines()) {
            problemFiles << line.value(QStringLiteral("file")).toString();
            QVERIFY(!line.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(
                !line.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        problemFiles.sort();
        QCOMPARE(problemFiles,
            (QStringList { QStringLiteral("not-a-jpeg.jpg"), QStringLiteral("truncated-in-header.jpg"),
                QStringLiteral("zero-bytes.jpg") }));
        QCOMPARE(run.err.count("file://"), 1); // one warning about src
    }

    void theScanRunsOnMimalloc()
    {
#ifndef WESOG_MIMALLOC
        QSKIP("this build links wesogctl without mimalloc (WESOG_MIMALLOC=OFF, as the sanitizer builds do)");
#endif
        // Asked to, mimalloc prints its heap statistics at exit, so they show it is loaded; as the
        // first library wesogctl needs, its malloc comes before the C library's for every caller.
        const Run run = wesogctl(
            { QStringLiteral("scan"), fixtures() }, { { QStringLiteral("MIMALLOC_SHOW_STATS"), QStringLiteral("1") } });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.items().size() >= 25);
        QVERIFY2(run.err.contains("heap stats"), run.err.right(2000).constData());
    }

    void theFileCommandsLoadNoServerLibraries()
    {
        // The dynamic loader names each library it loads (LD_DEBUG=files): a scan needs no
        // network, database or keychain library; the server commands run in wesogctl-remote.
        const QMap<QString, QString> loaderLog { { QStringLiteral("LD_DEBUG"), QStringLiteral("files") } };
        const Run scan = wesogctl({ QStringLiteral("scan"), fixtures() }, loaderLog);
        QCOMPARE(scan.exitCode, 0);
        QVERIFY(scan.items().size() >= 25);
        QVERIFY(scan.err.contains("file=libexiv2"));
        // Nor Qt's image decoders: no fixture needs one (the module is loaded when a file does).
        for (const char *library : { "file=libqt6keychain", "file=libQt6Network", "file=libQt6Sql", "file=libQt6Gui" })
            QVERIFY2(!scan.err.contains(library), library);
        const Run status = wesogctl({ QStringLiteral("status"), QStringLiteral("--help") }, loaderLog);
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains("--watch"));
        QVERIFY(status.err.contains("file=libqt6keychain"));
    }

    void theServerProgramIsFoundWhereThePackageInstallsIt()
    {
        // An installed layout (bin/ and libexec/wesog-desk/ under one prefix) in a folder of our
        // own, so no program anyone else put anywhere can answer.
        QTemporaryDir prefix;
        const QString installed = installInto(prefix.path(), { QStringLiteral("wesogctl-remote") });
        QVERIFY(!installed.isEmpty());
        QProcess status;
        status.start(installed, { QStringLiteral("status"), QStringLiteral("--help") });
        QVERIFY(status.waitForFinished(60000));
        QCOMPARE(status.exitCode(), 0);
        QVERIFY(status.readAllStandardOutput().contains("--watch"));
    }

    void theImageDecodersAreLoadedWhereThePackageInstallsThem()
    {
        QTemporaryDir prefix;
        const QString installed = installInto(prefix.path(), { QStringLiteral("wesog-imageprobe.so") });
        QVERIFY(!installed.isEmpty());
        QTemporaryDir folder;
        QVERIFY(writeFile(folder.filePath(QStringLiteral("no-height.jpg")), jpegWithoutHeight()));
        const Run run = runProgram(installed, { QStringLiteral("scan"), folder.path() },
            { { QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1") } });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errorLines().size(), 1);
        const QString message = run.errorLines()
                                    .first()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral("Empty JPEG image")), qPrintable(message)); // the decoder ran
    }

    void aMissingServerProgramIsReported()
    {
        // wesogctl alone, without the wesogctl-remote it hands submit, pull and status to (in
        // bin/ of a folder of our own, where it would look in libexec/ next).
        QTemporaryDir alone;
        const QString lone = installInto(alone.path(), {});
        QVERIFY(!lone.isEmpty());
        QProcess submit;
        submit.start(lone, { QStringLiteral("submit"), fixtures() });
        QVERIFY(submit.waitForFinished(60000));
        QCOMPARE(submit.exitCode(), 3);
        const QByteArray err = submit.readAllStandardError();
        QVERIFY2(err.startsWith("wesogctl: cannot start ") && err.contains("wesogctl-remote") && err.contains("submit"),
            err.constData());
        QProcess scan; // the file commands still work
        scan.start(lone, { QStringLiteral("scan"), fixtures() });
        QVERIFY(scan.waitForFinished(60000));
        QCOMPARE(scan.exitCode(), 0);
        QVERIFY(QJsonDocument::fromJson(scan.readAllStandardOutput()).array().size() >= 25);
    }

    void missingImageDecodersAreReported()
    {
        // wesogctl alone, without its decoder module: ordinary files are read as ever; a file only
        // a decoder can size is an error, and the missing module is said once.
        QTemporaryDir alone;
        const QString lone = installInto(alone.path(), {});
        QVERIFY(!lone.isEmpty());
        QTemporaryDir folder;
        for (const QString &name : { QStringLiteral("a.jpg"), QStringLiteral("b.jpg") })
            QVERIFY(writeFile(folder.filePath(name), jpegWithoutHeight()));
        QVERIFY(QFile::copy(fixtures() + QStringLiteral("/full-xmp.jpg"), folder.filePath(QStringLiteral("c.jpg"))));
        const Run run = runProgram(lone, { QStringLiteral("scan"), folder.path() });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.items().size(), 1);
        QCOMPARE(run.err.count("cannot load Qt's image decoders"), 1);
        QVERIFY2(run.err.contains("wesog-imageprobe.so"), run.err.constData());
        QCOMPARE(run.errorLines().size(), 2);
        for (const QJsonObject &line : run.errorLines()) {
            const QJsonObject error = line.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("corrupt-image"));
            QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("the image has no size"));
        }
    }

    void decoderMessagesLandInTheProblemLines()
    {
        // JPEGs whose header Exiv2 reads but whose picture Qt's decoder cannot: libjpeg then
        // speaks on Qt's logging (qt.gui.imageio.jpeg), which must not reach stderr raw.
        QTemporaryDir folder;
        QVERIFY(
            QFile::copy(fixtures() + QStringLiteral("/no-metadata.jpg"), folder.filePath(QStringLiteral("good.jpg"))));
        const auto write
            = [&](const QString &name, const QByteArray &bytes) { QVERIFY(writeFile(folder.filePath(name), bytes)); };
        write(QStringLiteral("no-height.jpg"), jpegWithoutHeight());
        write(QStringLiteral("no-frame.jpg"), QByteArray("\xff\xd8\xff\xd9", 4));

        const Run run = wesogctl({ QStringLiteral("scan"), folder.path(), QStringLiteral("--src-template"),
                                     QStringLiteral("https://cdn.example.com/{relpath}") },
            { { QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1") } });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.items().size(), 1);
        QMap<QString, QJsonObject> problems;
        for (const QByteArray &line : run.err.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            QVERIFY2(object.keys() == (QStringList { QStringLiteral("error"), QStringLiteral("file") }),
                line.constData()); // a problem line, nothing else
            problems.insert(
                object.value(QStringLiteral("file")).toString(), object.value(QStringLiteral("error")).toObject());
        }
        QCOMPARE(problems.keys(), (QStringList { QStringLiteral("no-frame.jpg"), QStringLiteral("no-height.jpg") }));
        const QJsonObject noHeightError = problems.value(QStringLiteral("no-height.jpg"));
        QCOMPARE(noHeightError.value(QStringLiteral("code")).toString(), QStringLiteral("corrupt-image"));
        QVERIFY2(noHeightError.value(QStringLiteral("message")).toString().contains(QStringLiteral("Empty JPEG image")),
            qPrintable(noHeightError.value(QStringLiteral("message")).toString()));
        QVERIFY(problems.value(QStringLiteral("no-frame.jpg"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("no image")));
    }

    void templatesAndOptions()
    {
        const Run run = wesogctl(
            { QStringLiteral("scan"), fixtures(), QStringLiteral("--id-template"), QStringLiteral("agency-{basename}"),
                QStringLiteral("--src-template"), QStringLiteral("https://cdn.example.com/p/{relpath}"),
                QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--codepage"),
                QStringLiteral("windows-1251"), QStringLiteral("--jobs"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.err.contains("file://"));
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue &value : run.items())
            byId.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());
        QCOMPARE(byId.value(QStringLiteral("agency-langalt")).value(QStringLiteral("title")).toString(),
            QStringLiteral("Закат"));
        QCOMPARE(byId.value(QStringLiteral("agency-iim-cp1251")).value(QStringLiteral("caption")).toString(),
            QStringLiteral("Болельщики"));
        QCOMPARE(byId.value(QStringLiteral("agency-full-xmp")).value(QStringLiteral("src")).toString(),
            QStringLiteral("https://cdn.example.com/p/full-xmp.jpg"));
        // The environment variable stands in for --src-template.
        const Run fromEnv = wesogctl({ QStringLiteral("scan"), fixtures() },
            { { QStringLiteral("WESOG_SRC_TEMPLATE"), QStringLiteral("https://h/{filename}") } });
        QVERIFY(!fromEnv.err.contains("file://"));
        QVERIFY(fromEnv.out.contains("https://h/full-xmp.jpg"));
    }

    void readingProfile()
    {
        const auto item = [](const Run &run, const char *id) {
            for (const QJsonValue &value : run.items()) {
                if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String(id))
                    return value.toObject();
            }
            return QJsonObject();
        };
        const Run standard = wesogctl({ QStringLiteral("scan"), fixtures() });
        QCOMPARE(item(standard, "derived").value(QStringLiteral("shot")).toString(), QStringLiteral("Headshot"));
        QCOMPARE(item(standard, "derived").value(QStringLiteral("medium")).toString(), QStringLiteral("Scan"));
        QCOMPARE(item(standard, "derived").value(QStringLiteral("title")).toString(), QStringLiteral("IMG_0042.JPG"));

        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("agency.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"medium": {"print": "Print scan"}})");
        file.close();
        const Run agency = wesogctl({ QStringLiteral("scan"), fixtures(), QStringLiteral("--profile"), profile,
            QStringLiteral("--title-from-headline") });
        QCOMPARE(agency.exitCode, 0);
        QCOMPARE(item(agency, "derived").value(QStringLiteral("medium")).toString(), QStringLiteral("Print scan"));
        QCOMPARE(item(agency, "derived").value(QStringLiteral("title")).toString(), QStringLiteral("Cup final"));
        QCOMPARE(item(agency, "iim-category").value(QStringLiteral("title")).toString(), QStringLiteral("Vote count"));

        const Run missing = wesogctl({ QStringLiteral("scan"), fixtures(), QStringLiteral("--profile"),
            dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("none.json"));
        QVERIFY(missing.out.isEmpty());
    }

    void outputIgnoresTheLocale()
    {
        const Run plain = wesogctl({ QStringLiteral("scan"), fixtures() });
        const Run russian = wesogctl({ QStringLiteral("scan"), fixtures() },
            { { QStringLiteral("LANG"), QStringLiteral("ru_RU.UTF-8") },
                { QStringLiteral("LC_ALL"), QStringLiteral("ru_RU.UTF-8") },
                { QStringLiteral("LANGUAGE"), QStringLiteral("ru") },
                { QStringLiteral("TZ"), QStringLiteral("Asia/Tokyo") } });
        QCOMPARE(russian.exitCode, 0);
        QCOMPARE(russian.out, plain.out);
        QCOMPARE(russian.errorLines(), plain.errorLines());
    }

    void exitCodes()
    {
        QCOMPARE(wesogctl({ QStringLiteral("scan"), fixtures() + QStringLiteral("/missing") }).exitCode, 1);
        QCOMPARE(wesogctl({ QStringLiteral("scan") }).exitCode, 2);
        QCOMPARE(wesogctl({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(
            wesogctl({ QStringLiteral("scan"), fixtures(), QStringLiteral("--id-template"), QStringLiteral("{date}") })
                .exitCode,
            2);
        QCOMPARE(
            wesogctl({ QStringLiteral("scan"), fixtures(), QStringLiteral("--codepage"), QStringLiteral("klingon") })
                .exitCode,
            2);
        QCOMPARE(
            wesogctl({ QStringLiteral("scan"), fixtures(), QStringLiteral("--jobs"), QStringLiteral("0") }).exitCode,
            2);
        const Run help = wesogctl({ QStringLiteral("scan"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--src-template"));
    }

    void unreadableFilesAreReportedNotLost()
    {
        // CI runs as root, which reads everything: drop privileges to see a permission error.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and setpriv to drop privileges");
        QTemporaryDir dir(QStringLiteral("/tmp/wesogctl-perm-XXXXXX"));
        QFile::setPermissions(
            dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        QVERIFY(QFile::copy(fixtures() + QStringLiteral("/full-xmp.jpg"), dir.filePath(QStringLiteral("open.jpg"))));
        QVERIFY(QFile::copy(fixtures() + QStringLiteral("/full-xmp.jpg"), dir.filePath(QStringLiteral("locked.jpg"))));
        QFile::setPermissions(dir.filePath(QStringLiteral("open.jpg")), QFile::ReadOwner | QFile::ReadOther);
        QFile::setPermissions(dir.filePath(QStringLiteral("locked.jpg")), QFile::WriteOwner);
        const Run run = wesogctl({ QStringLiteral("scan"), dir.path() }, {}, setpriv,
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.items().size(), 1);
        const QList<QJsonObject> errors = run.errorLines();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().value(QStringLiteral("file")).toString(), QStringLiteral("locked.jpg"));
        QCOMPARE(errors.first().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("file-unreadable"));
    }
};

QTEST_GUILESS_MAIN(tst_Wesogctl)
#include "tst_wesogctl.moc"
