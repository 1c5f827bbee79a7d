// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `wesogctl write` as a script would run it, checked by `wesogctl scan` and by ExifTool.
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testpaths.h"

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;

    QJsonObject summary() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray list(const char *key) const { return summary().value(QLatin1String(key)).toArray(); }
    /// The error code of each failed file.
    QMap<QString, QString> failures() const
    {
        QMap<QString, QString> codes;
        for (const QJsonValue &entry : list("failed"))
            codes.insert(entry[QStringLiteral("file")].toString(),
                entry[QStringLiteral("error")][QStringLiteral("code")].toString());
        return codes;
    }
};

Run wesogctl(const QStringList &arguments, const QStringList &prefix = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WESOG_SRC_TEMPLATE"));
    process.setProcessEnvironment(environment);
    if (prefix.isEmpty())
        process.start(QStringLiteral(WESOGCTL_EXECUTABLE), arguments);
    else
        process.start(prefix.first(), prefix.mid(1) + QStringList { QStringLiteral(WESOGCTL_EXECUTABLE) } + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString fixture(const QString &name)
{
    return QStringLiteral(WESOG_FIXTURES_DIR "/") + name;
}

/// Writes `items` as a PUT /imgs body into `dir` and returns its path.
QString body(const QTemporaryDir &dir, const QJsonArray &items)
{
    const QString path = dir.filePath(QStringLiteral("body.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(items).toJson());
    return path;
}

/// Every file below `dir` (hidden ones included) with its bytes.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(dir).relativeFilePath(path), file.readAll());
    }
    return files;
}

/// `wesogctl scan` of `dir`, by id.
QMap<QString, QJsonObject> scan(const QString &dir, const QStringList &extra = {})
{
    const Run run = wesogctl(QStringList { QStringLiteral("scan"), dir } + extra);
    QMap<QString, QJsonObject> items;
    for (const QJsonValue &item : QJsonDocument::fromJson(run.out).array())
        items.insert(item[QStringLiteral("id")].toString(), item.toObject());
    return items;
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

bool copy(const QString &fixtureName, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(fixture(fixtureName), to)
        && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
}

} // namespace

class tst_WesogctlWrite : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors()
    {
        QTemporaryDir dir;
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), dir.filePath(QStringLiteral("photos/full-xmp.jpg"))));
        const QString photos = dir.filePath(QStringLiteral("photos"));
        const QString good = body(dir, { QJsonObject { { QStringLiteral("id"), QStringLiteral("full-xmp") } } });
        const auto exitOf = [](const QStringList &arguments) { return wesogctl(arguments).exitCode; };
        const QString write = QStringLiteral("write");
        QCOMPARE(exitOf({ write }), 2);
        QCOMPARE(exitOf({ write, photos }), 2);
        QCOMPARE(exitOf({ write, dir.filePath(QStringLiteral("missing")), good }), 2);
        QCOMPARE(exitOf({ write, photos, dir.filePath(QStringLiteral("missing.json")) }), 2);
        QCOMPARE(exitOf({ write, photos, good, QStringLiteral("--target"), QStringLiteral("file") }), 2);
        QCOMPARE(exitOf({ write, photos, good, QStringLiteral("--id-template"), QStringLiteral("{nope}") }), 2);
        QCOMPARE(exitOf({ write, photos, good, QStringLiteral("--no-such-flag") }), 2);
        QCOMPARE(
            exitOf({ write, photos, body(dir, { QJsonObject { { QStringLiteral("title"), QStringLiteral("x") } } }) }),
            2); // no id to match a file by
        QCOMPARE(exitOf({ write, photos,
                     body(dir,
                         { QJsonObject { { QStringLiteral("id"), QStringLiteral("full-xmp") } },
                             QJsonObject { { QStringLiteral("id"), QStringLiteral("full-xmp") } } }) }),
            2);
        QCOMPARE(exitOf({ write, photos,
                     body(dir,
                         { QJsonObject { { QStringLiteral("id"), QStringLiteral("full-xmp") },
                             { QStringLiteral("keywords"), QStringLiteral("not a list") } } }) }),
            2);
        QFile notJson(dir.filePath(QStringLiteral("body.json")));
        QVERIFY(notJson.open(QIODevice::WriteOnly));
        notJson.write("{\"id\": \"full-xmp\"}"); // an object, not an array
        notJson.close();
        QCOMPARE(exitOf({ write, photos, notJson.fileName() }), 2);

        const Run help = wesogctl({ write, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--dry-run"));
        QVERIFY(help.out.contains("--target"));
    }

    void unknownIdsAreNotFound()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/full-xmp.jpg")));
        const QMap<QString, QByteArray> before = snapshot(photos);
        const Run run = wesogctl({ QStringLiteral("write"), photos,
            body(dir,
                { QJsonObject { { QStringLiteral("id"), QStringLiteral("nowhere") },
                    { QStringLiteral("title"), QStringLiteral("Lost") } } }) });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(strings(run.list("not_found")), QStringList { QStringLiteral("nowhere") });
        QVERIFY(run.list("written").isEmpty());
        QVERIFY(run.list("failed").isEmpty());
        QCOMPARE(snapshot(photos), before);
    }

    void anAmbiguousIdWritesNone()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/2023/harbour.jpg")));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/2024/harbour.jpg")));
        QVERIFY(copy(QStringLiteral("langalt.jpg"), photos + QStringLiteral("/2024/sunset.jpg")));
        const QMap<QString, QByteArray> before = snapshot(photos);
        const QString items = body(dir,
            { QJsonObject { { QStringLiteral("id"), QStringLiteral("harbour") },
                  { QStringLiteral("title"), QStringLiteral("Which one?") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("sunset") },
                    { QStringLiteral("city"), QStringLiteral("Sevilla") } } });
        const Run run = wesogctl({ QStringLiteral("write"), photos, items, QStringLiteral("--recursive") });
        QCOMPARE(run.exitCode, 1);
        const QMap<QString, QString> failures = run.failures();
        QCOMPARE(
            failures.keys(), (QStringList { QStringLiteral("2023/harbour.jpg"), QStringLiteral("2024/harbour.jpg") }));
        QCOMPARE(failures.value(QStringLiteral("2023/harbour.jpg")), QStringLiteral("ambiguous-id"));
        QCOMPARE(failures.value(QStringLiteral("2024/harbour.jpg")), QStringLiteral("ambiguous-id"));
        QCOMPARE(strings(run.list("written")), QStringList { QStringLiteral("2024/sunset.jpg") });
        const QMap<QString, QByteArray> after = snapshot(photos);
        QCOMPARE(after.value(QStringLiteral("2023/harbour.jpg")), before.value(QStringLiteral("2023/harbour.jpg")));
        QCOMPARE(after.value(QStringLiteral("2024/harbour.jpg")), before.value(QStringLiteral("2024/harbour.jpg")));

        // A template that tells them apart makes the same body unambiguous.
        const Run byPath = wesogctl({ QStringLiteral("write"), photos,
            body(dir,
                { QJsonObject { { QStringLiteral("id"), QStringLiteral("2024/harbour.jpg") },
                    { QStringLiteral("title"), QStringLiteral("This one") } } }),
            QStringLiteral("--recursive"), QStringLiteral("--id-template"), QStringLiteral("{relpath}") });
        QCOMPARE(byPath.exitCode, 0);
        QCOMPARE(strings(byPath.list("written")), QStringList { QStringLiteral("2024/harbour.jpg") });
        QCOMPARE(snapshot(photos).value(QStringLiteral("2023/harbour.jpg")),
            before.value(QStringLiteral("2023/harbour.jpg")));
    }

    void dryRunWritesNothing()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        for (const QString &name : { QStringLiteral("full-xmp.jpg"), QStringLiteral("iim-utf8.jpg"),
                 QStringLiteral("exif-only.jpg"), QStringLiteral("xmp.png") })
            QVERIFY(copy(name, photos + QLatin1Char('/') + name));
        const QMap<QString, QByteArray> before = snapshot(photos);
        const QString items = body(dir,
            { QJsonObject { { QStringLiteral("id"), QStringLiteral("full-xmp") },
                  { QStringLiteral("title"), QStringLiteral("Dry") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("iim-utf8") },
                    { QStringLiteral("city"), QStringLiteral("Казань") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("exif-only") },
                    { QStringLiteral("keywords"), QJsonValue::Null } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("xmp") },
                    { QStringLiteral("caption"), QStringLiteral("PNG") } } });
        const Run dry = wesogctl({ QStringLiteral("write"), photos, items, QStringLiteral("--dry-run") });
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.list("failed").isEmpty(), dry.out.constData());
        QVERIFY(strings(dry.list("written")).contains(QStringLiteral("full-xmp.jpg")));
        QVERIFY(strings(dry.list("written")).contains(QStringLiteral("iim-utf8.jpg")));
        QCOMPARE(snapshot(photos), before); // not a byte, not a new file

        // The dry run said what the real one does.
        const Run real = wesogctl({ QStringLiteral("write"), photos, items });
        QCOMPARE(real.exitCode, 0);
        QCOMPARE(real.list("written"), dry.list("written"));
        QCOMPARE(real.list("unchanged"), dry.list("unchanged"));
        QVERIFY(snapshot(photos) != before);
    }

    void scanReadsBackWhatWasWritten()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        for (const QString &name :
            { QStringLiteral("full-xmp.jpg"), QStringLiteral("iim-utf8.jpg"), QStringLiteral("exif-only.jpg"),
                QStringLiteral("no-metadata.jpg"), QStringLiteral("xmp.tif"), QStringLiteral("xmp.webp") })
            QVERIFY(copy(name, photos + QLatin1Char('/') + name));
        const QJsonObject values { { QStringLiteral("title"), QStringLiteral("Praça da Ribeira — été") },
            { QStringLiteral("caption"), QStringLiteral("Парад на площади. 港口的船") },
            { QStringLiteral("city"), QStringLiteral("東京") },
            { QStringLiteral("author"), QStringLiteral("Ана Перес") },
            { QStringLiteral("keywords"), QJsonArray { QStringLiteral("porto"), QStringLiteral("barcos") } },
            { QStringLiteral("nsfw"), false }, { QStringLiteral("date"), QStringLiteral("2024-06-23") },
            { QStringLiteral("collections"), QJsonArray { QStringLiteral("Summer") } },
            // Never written: they come from templates and the server.
            { QStringLiteral("src"), QStringLiteral("https://cdn.example.com/x.jpg") },
            { QStringLiteral("url_img_thumbnail"), QStringLiteral("https://cdn.example.com/t.jpg") } };
        const QStringList ids { QStringLiteral("full-xmp"), QStringLiteral("iim-utf8"), QStringLiteral("exif-only"),
            QStringLiteral("no-metadata") };
        QJsonArray items;
        for (const QString &id : ids) {
            QJsonObject item = values;
            item.insert(QStringLiteral("id"), id);
            items.append(item);
        }
        const QString itemsPath = body(dir, items);
        const QMap<QString, QJsonObject> before = scan(photos);
        const Run run = wesogctl({ QStringLiteral("write"), photos, itemsPath });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.list("failed").isEmpty(), run.out.constData());
        for (const QString &id : ids)
            QVERIFY2(strings(run.list("written")).contains(id + QStringLiteral(".jpg")), run.out.constData());
        QVERIFY(!strings(run.list("written")).contains(QStringLiteral("xmp.tif"))); // not in the body

        const QMap<QString, QJsonObject> after = scan(photos);
        for (const QString &id : ids) {
            const QJsonObject item = after.value(id);
            for (const QString &key : { QStringLiteral("title"), QStringLiteral("caption"), QStringLiteral("city"),
                     QStringLiteral("author"), QStringLiteral("keywords"), QStringLiteral("nsfw"),
                     QStringLiteral("date"), QStringLiteral("collections") })
                QVERIFY2(item.value(key) == values.value(key), qPrintable(id + QLatin1Char(' ') + key));
            QVERIFY(!item.contains(QStringLiteral("url_img_thumbnail")));
        }
        // Absent fields are left alone.
        QCOMPARE(after.value(QStringLiteral("full-xmp")).value(QStringLiteral("country")),
            QJsonValue(QStringLiteral("Portugal")));
        QCOMPARE(after.value(QStringLiteral("full-xmp")).value(QStringLiteral("event")),
            before.value(QStringLiteral("full-xmp")).value(QStringLiteral("event")));
        QCOMPARE(after.value(QStringLiteral("xmp")), before.value(QStringLiteral("xmp")));

        // The same body again changes nothing, and says so.
        const QMap<QString, QByteArray> written = snapshot(photos);
        const Run again = wesogctl({ QStringLiteral("write"), photos, itemsPath });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.list("written").isEmpty());
        QCOMPARE(again.list("unchanged").size(), ids.size());
        QCOMPARE(snapshot(photos), written);
    }

    void otherFormatsRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("tiff") << QStringLiteral("xmp.tif");
        QTest::newRow("png") << QStringLiteral("xmp.png");
        QTest::newRow("webp") << QStringLiteral("xmp.webp");
    }

    void otherFormatsRoundTrip()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(name, photos + QLatin1Char('/') + name));
        const Run run = wesogctl({ QStringLiteral("write"), photos,
            body(dir,
                { QJsonObject { { QStringLiteral("id"), QStringLiteral("xmp") },
                    { QStringLiteral("title"), QStringLiteral("Ёлка ñ 木") },
                    { QStringLiteral("keywords"), QJsonArray { QStringLiteral("uno"), QStringLiteral("два") } } } }) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.list("written").isEmpty(), run.out.constData());
        const QJsonObject item = scan(photos).value(QStringLiteral("xmp"));
        QCOMPARE(item.value(QStringLiteral("title")), QJsonValue(QStringLiteral("Ёлка ñ 木")));
        QCOMPARE(item.value(QStringLiteral("keywords")),
            QJsonValue(QJsonArray { QStringLiteral("uno"), QStringLiteral("два") }));
        QCOMPARE(item.value(QStringLiteral("city")), QJsonValue(QStringLiteral("Madrid"))); // left alone
    }

    void aTiffIsWrittenWithoutTheDecoderModule()
    {
        // wesogctl alone, without its decoder module (in bin/ of a folder of our own, where it would
        // look in libexec/ next): the TIFF is written and checked by its metadata, as with no
        // decoder for the format, and the missing module is said.
        QTemporaryDir alone;
        QVERIFY(QDir(alone.path()).mkpath(QStringLiteral("bin")));
        const QString lone = alone.filePath(QStringLiteral("bin/wesogctl"));
        QVERIFY(QFile::copy(QStringLiteral(WESOGCTL_EXECUTABLE), lone));
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("xmp.tif"), photos + QStringLiteral("/xmp.tif")));
        QProcess write;
        write.start(lone,
            { QStringLiteral("write"), photos,
                body(dir,
                    { QJsonObject { { QStringLiteral("id"), QStringLiteral("xmp") },
                        { QStringLiteral("title"), QStringLiteral("Sem descodificador") } } }) });
        QVERIFY(write.waitForFinished(60000));
        QCOMPARE(write.exitCode(), 0);
        const QJsonObject summary = QJsonDocument::fromJson(write.readAllStandardOutput()).object();
        QCOMPARE(
            strings(summary.value(QStringLiteral("written")).toArray()), QStringList { QStringLiteral("xmp.tif") });
        const QByteArray err = write.readAllStandardError();
        QCOMPARE(err.count("cannot load Qt's image decoders"), 1);
        QVERIFY2(err.contains("a written TIFF is checked by its metadata only"), err.constData());
        QCOMPARE(scan(photos).value(QStringLiteral("xmp")).value(QStringLiteral("title")),
            QJsonValue(QStringLiteral("Sem descodificador")));
    }

    void nullEmptyAndEmptyListClear()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/full-xmp.jpg")));
        QVERIFY(copy(QStringLiteral("iim-utf8.jpg"), photos + QStringLiteral("/iim-utf8.jpg")));
        const QMap<QString, QJsonObject> before = scan(photos);
        QVERIFY(before.value(QStringLiteral("full-xmp")).contains(QStringLiteral("city")));
        const QJsonObject clears { { QStringLiteral("city"), QJsonValue::Null },
            { QStringLiteral("caption"), QString() }, { QStringLiteral("keywords"), QJsonArray() } };
        QJsonObject full = clears;
        full.insert(QStringLiteral("id"), QStringLiteral("full-xmp"));
        QJsonObject iim = clears;
        iim.insert(QStringLiteral("id"), QStringLiteral("iim-utf8"));
        const Run run = wesogctl({ QStringLiteral("write"), photos, body(dir, { full, iim }) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.list("failed").isEmpty(), run.out.constData());
        const QMap<QString, QJsonObject> after = scan(photos);
        for (const QString &id : { QStringLiteral("full-xmp"), QStringLiteral("iim-utf8") }) {
            for (const QString &key : { QStringLiteral("city"), QStringLiteral("caption"), QStringLiteral("keywords") })
                QVERIFY2(!after.value(id).contains(key), qPrintable(id + QLatin1Char(' ') + key));
            QCOMPARE(after.value(id).value(QStringLiteral("title")), before.value(id).value(QStringLiteral("title")));
            QCOMPARE(after.value(id).value(QStringLiteral("author")), before.value(id).value(QStringLiteral("author")));
        }
    }

    void sidecarTargetLeavesTheImageAlone()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/harbour.jpg")));
        const QByteArray image = snapshot(photos).value(QStringLiteral("harbour.jpg"));
        const Run run = wesogctl({ QStringLiteral("write"), photos,
            body(dir,
                { QJsonObject { { QStringLiteral("id"), QStringLiteral("harbour") },
                    { QStringLiteral("title"), QStringLiteral("Only in the sidecar") } } }),
            QStringLiteral("--target"), QStringLiteral("sidecar") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(strings(run.list("written")), QStringList { QStringLiteral("harbour.xmp") });
        const QMap<QString, QByteArray> after = snapshot(photos);
        QCOMPARE(after.value(QStringLiteral("harbour.jpg")), image);
        QCOMPARE(after.keys(), (QStringList { QStringLiteral("harbour.jpg"), QStringLiteral("harbour.xmp") }));
        QCOMPARE(scan(photos).value(QStringLiteral("harbour")).value(QStringLiteral("title")),
            QJsonValue(QStringLiteral("Only in the sidecar")));
    }

    void exiftoolSeesXmpAndIim()
    {
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (exiftool.isEmpty())
            QSKIP("needs exiftool (libimage-exiftool-perl; scripts/bootstrap installs it)");
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("iim-utf8.jpg"), photos + QStringLiteral("/parade.jpg")));
        QVERIFY(copy(QStringLiteral("iim-cp1251.jpg"), photos + QStringLiteral("/fans.jpg")));
        const QJsonObject values { { QStringLiteral("title"), QStringLiteral("Парад Победы") },
            { QStringLiteral("city"), QStringLiteral("Нижний Новгород") },
            { QStringLiteral("keywords"), QJsonArray { QStringLiteral("парад"), QStringLiteral("São João") } } };
        QJsonObject parade = values;
        parade.insert(QStringLiteral("id"), QStringLiteral("parade"));
        QJsonObject fans = values;
        fans.insert(QStringLiteral("id"), QStringLiteral("fans"));
        // The cp1251 file's IIM has no marker: its code page must be named to transcode it right.
        const Run run = wesogctl({ QStringLiteral("write"), photos, body(dir, { parade, fans }),
            QStringLiteral("--codepage"), QStringLiteral("windows-1251") });
        QCOMPARE(run.exitCode, 0);

        QProcess process;
        process.start(exiftool,
            { QStringLiteral("-j"), QStringLiteral("-G1"), QStringLiteral("-struct"),
                dir.filePath(QStringLiteral("photos/parade.jpg")), dir.filePath(QStringLiteral("photos/fans.jpg")) });
        QVERIFY(process.waitForFinished(60000));
        QMap<QString, QJsonObject> byFile;
        for (const QJsonValue &file : QJsonDocument::fromJson(process.readAllStandardOutput()).array())
            byFile.insert(QFileInfo(file[QStringLiteral("SourceFile")].toString()).fileName(), file.toObject());
        QCOMPARE(byFile.keys(), (QStringList { QStringLiteral("fans.jpg"), QStringLiteral("parade.jpg") }));
        const QJsonArray keywords { QStringLiteral("парад"), QStringLiteral("São João") };
        for (const QJsonObject &file : std::as_const(byFile)) {
            QCOMPARE(file[QStringLiteral("XMP-dc:Title")].toString(), QStringLiteral("Парад Победы"));
            QCOMPARE(file[QStringLiteral("XMP-photoshop:City")].toString(), QStringLiteral("Нижний Новгород"));
            QCOMPARE(file[QStringLiteral("XMP-dc:Subject")].toArray(), keywords);
            // The IIM copies each file already had, in UTF-8 with the marker.
            QCOMPARE(file[QStringLiteral("IPTC:CodedCharacterSet")].toString(), QStringLiteral("UTF8"));
            QCOMPARE(file[QStringLiteral("IPTC:City")].toString(), QStringLiteral("Нижний Новгород"));
            QCOMPARE(file[QStringLiteral("IPTC:Keywords")].toArray(), keywords);
        }
        QCOMPARE(byFile[QStringLiteral("parade.jpg")][QStringLiteral("IPTC:ObjectName")].toString(),
            QStringLiteral("Парад Победы"));
        // Text that was not written is transcoded from cp1251, not mangled.
        QCOMPARE(byFile[QStringLiteral("fans.jpg")][QStringLiteral("IPTC:Caption-Abstract")].toString(),
            QStringLiteral("Болельщики"));
        QCOMPARE(byFile[QStringLiteral("fans.jpg")][QStringLiteral("IPTC:By-line")].toString(),
            QStringLiteral("Ольга Смирнова"));
    }

    void readOnlyFilesAndFoldersAreRefused()
    {
        // CI runs as root, which may write anything: drop privileges to meet a permission.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty() || ::geteuid() != 0)
            QSKIP("needs root and setpriv to drop privileges");
        QTemporaryDir dir(QStringLiteral("/tmp/wesogctl-write-perm-XXXXXX"));
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/locked-file.jpg")));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/open.jpg")));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/sealed/in-locked-folder.jpg")));
        const auto own = [](const QString &path, mode_t mode) {
            return ::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0
                && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
        };
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(own(photos, 0755));
        QVERIFY(own(photos + QStringLiteral("/open.jpg"), 0644));
        QVERIFY(own(photos + QStringLiteral("/locked-file.jpg"), 0444));
        // The folder stays root's: nobody may not rename into it, though the file is theirs.
        QVERIFY(::chmod(QFile::encodeName(photos + QStringLiteral("/sealed")).constData(), 0755) == 0);
        QVERIFY(own(photos + QStringLiteral("/sealed/in-locked-folder.jpg"), 0644));
        const QMap<QString, QByteArray> before = snapshot(photos);

        QJsonArray items;
        for (const QString &id :
            { QStringLiteral("locked-file"), QStringLiteral("open"), QStringLiteral("in-locked-folder") })
            items.append(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), QStringLiteral("New") } });
        const QString itemsPath = body(dir, items);
        QVERIFY(::chmod(QFile::encodeName(itemsPath).constData(), 0644) == 0);
        const Run run = wesogctl({ QStringLiteral("write"), photos, itemsPath, QStringLiteral("--recursive") },
            { setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                QStringLiteral("--clear-groups") });
        QCOMPARE(run.exitCode, 1);
        const QMap<QString, QString> failures = run.failures();
        QCOMPARE(failures.value(QStringLiteral("locked-file.jpg")), QStringLiteral("read-only"));
        QCOMPARE(failures.value(QStringLiteral("sealed/in-locked-folder.jpg")), QStringLiteral("read-only"));
        QCOMPARE(strings(run.list("written")), QStringList { QStringLiteral("open.jpg") });
        const QMap<QString, QByteArray> after = snapshot(photos);
        QCOMPARE(after.value(QStringLiteral("locked-file.jpg")), before.value(QStringLiteral("locked-file.jpg")));
        QCOMPARE(after.value(QStringLiteral("sealed/in-locked-folder.jpg")),
            before.value(QStringLiteral("sealed/in-locked-folder.jpg")));
        QCOMPARE(after.size(), before.size()); // no temporary file left
    }

    void hardLinkedFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/linked.jpg")));
        // The second name lives outside the folder: a rename would leave it with the old bytes.
        QVERIFY(::link(QFile::encodeName(photos + QStringLiteral("/linked.jpg")).constData(),
                    QFile::encodeName(dir.filePath(QStringLiteral("elsewhere.jpg"))).constData())
            == 0);
        const QMap<QString, QByteArray> before = snapshot(photos);
        const Run run = wesogctl({ QStringLiteral("write"), photos,
            body(dir,
                { QJsonObject { { QStringLiteral("id"), QStringLiteral("linked") },
                    { QStringLiteral("title"), QStringLiteral("Split?") } } }) });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.failures().value(QStringLiteral("linked.jpg")), QStringLiteral("hard-linked"));
        QCOMPARE(snapshot(photos), before);
        struct stat info = {};
        QVERIFY(::stat(QFile::encodeName(photos + QStringLiteral("/linked.jpg")).constData(), &info) == 0);
        QCOMPARE(info.st_nlink, nlink_t(2));
    }

    // A full disk is refused before anything is written, the file untouched: a tiny tmpfs in a
    // mount namespace of its own (root only, as in CI), so the system's mounts never change.
    void aFullDiskIsRefused()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("needs unshare (util-linux)");
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString bodyPath = body(dir,
            { QJsonObject { { QStringLiteral("id"), QStringLiteral("full-xmp") },
                { QStringLiteral("city"), QStringLiteral("Faro") } } });
        const QString script = QStringLiteral("mount -t tmpfs -o size=400k none \"$1\" || exit 77\n"
                                              "cp \"$2\" \"$1/full-xmp.jpg\" && cp \"$2\" \"$1/.before\" || exit 78\n"
                                              "\"$3\" write \"$1\" \"$4\"; code=$?\n"
                                              "cmp -s \"$1/full-xmp.jpg\" \"$1/.before\" || exit 79\n"
                                              "exit $code\n");
        QProcess process;
        process.start(QStringLiteral("unshare"),
            { QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                mountPoint, fixture(QStringLiteral("full-xmp.jpg")), QStringLiteral(WESOGCTL_EXECUTABLE), bodyPath });
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        if (process.exitCode() == 77 || err.startsWith("unshare"))
            QSKIP("mounting a tmpfs needs root in a mount namespace");
        QVERIFY2(process.exitCode() != 79, "the file changed");
        QCOMPARE(process.exitCode(), 1);
        const QJsonArray failed = QJsonDocument::fromJson(process.readAllStandardOutput())
                                      .object()
                                      .value(QStringLiteral("failed"))
                                      .toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(
            failed.first()[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("disk-full"));
    }

    void damagedFilesNeverCrashTheWriter()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QJsonArray items;
        const auto add = [&](const QString &from, const QString &name) {
            QDir().mkpath(photos);
            QVERIFY(QFile::copy(from, photos + QLatin1Char('/') + name));
            QFile::setPermissions(photos + QLatin1Char('/') + name, QFile::ReadOwner | QFile::WriteOwner);
            const QString id = QFileInfo(name).completeBaseName();
            if (!name.endsWith(QLatin1String(".xmp")))
                items.append(QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("title"), QStringLiteral("Still whole") },
                    { QStringLiteral("keywords"), QJsonValue::Null } });
        };
        for (const QString &name : { QStringLiteral("truncated-in-header.jpg"), QStringLiteral("truncated-in-scan.jpg"),
                 QStringLiteral("not-a-jpeg.jpg"), QStringLiteral("zero-bytes.jpg") })
            add(fixture(name), name);
        const QString corpus = QStringLiteral(WESOG_SOURCE_DIR "/fuzz/corpus/");
        for (const QFileInfo &seed : QDir(corpus + QStringLiteral("metadata")).entryInfoList(QDir::Files))
            add(seed.absoluteFilePath(), QStringLiteral("seed-") + seed.fileName());
        // XMP seeds as the sidecars of a plain image each.
        for (const QFileInfo &seed : QDir(corpus + QStringLiteral("xmp")).entryInfoList(QDir::Files)) {
            add(seed.absoluteFilePath(), QStringLiteral("xmp-seed-") + seed.fileName());
            add(fixture(QStringLiteral("no-metadata.jpg")),
                QStringLiteral("xmp-seed-") + seed.completeBaseName() + QStringLiteral(".jpg"));
        }
        const QString itemsPath = body(dir, items);
        const QMap<QString, QByteArray> before = snapshot(photos);

        for (const bool dryRun : { true, false }) {
            QStringList arguments { QStringLiteral("write"), photos, itemsPath };
            if (dryRun)
                arguments << QStringLiteral("--dry-run");
            const Run run = wesogctl(arguments);
            QVERIFY2(!run.crashed, run.err.constData());
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
            // Every image is accounted for, once.
            QSet<QString> seen;
            for (const QJsonValue &file : run.list("written"))
                seen.insert(QFileInfo(file.toString()).completeBaseName());
            for (const QJsonValue &file : run.list("unchanged"))
                seen.insert(QFileInfo(file.toString()).completeBaseName());
            for (const QString &file : run.failures().keys())
                seen.insert(QFileInfo(file).completeBaseName());
            for (const QJsonValue &item : items)
                QVERIFY2(seen.contains(item[QStringLiteral("id")].toString()),
                    qPrintable(item[QStringLiteral("id")].toString()));
            // Damaged files are refused as such and keep every byte.
            const QMap<QString, QString> failures = run.failures();
            for (const QString &name : { QStringLiteral("truncated-in-header.jpg"), QStringLiteral("not-a-jpeg.jpg"),
                     QStringLiteral("zero-bytes.jpg") }) {
                QVERIFY2(failures.contains(name), qPrintable(name));
                QCOMPARE(snapshot(photos).value(name), before.value(name));
            }
            if (dryRun)
                QCOMPARE(snapshot(photos), before);
        }
        for (const QString &name : snapshot(photos).keys())
            QVERIFY2(!name.contains(QLatin1String(".wesogdesk-")), qPrintable(name)); // no temporary left
    }

    void staleTemporariesAreRemoved()
    {
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/harbour.jpg")));
        // What a run killed between copying and renaming leaves behind.
        QVERIFY(copy(QStringLiteral("full-xmp.jpg"), photos + QStringLiteral("/.harbour.jpg.wesogdesk-Ab12Cd")));
        const QString items = body(dir,
            { QJsonObject { { QStringLiteral("id"), QStringLiteral("harbour") },
                { QStringLiteral("title"), QStringLiteral("Clean") } } });
        QCOMPARE(wesogctl({ QStringLiteral("write"), photos, items, QStringLiteral("--dry-run") }).exitCode, 0);
        QVERIFY(QFile::exists(photos + QStringLiteral("/.harbour.jpg.wesogdesk-Ab12Cd"))); // a dry run writes nothing
        QCOMPARE(wesogctl({ QStringLiteral("write"), photos, items }).exitCode, 0);
        QCOMPARE(snapshot(photos).keys(), QStringList { QStringLiteral("harbour.jpg") });
    }
};

QTEST_GUILESS_MAIN(tst_WesogctlWrite)
#include "tst_wesogctl_write.moc"
