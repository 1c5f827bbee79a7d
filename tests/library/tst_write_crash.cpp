// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test of writing back (issue 16, point 7): `wesogctl write` on 200 JPEGs is killed with
// SIGKILL at a random moment, again and again; every file must then be either its old bytes or a
// new version that reads back with the new values and decodes. Nothing else may ever be found.
// WESOG_CRASH_SEED repeats a run (the seed is printed); WESOG_CRASH_ITERATIONS changes the count.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "tests/support/testpaths.h"

namespace {

constexpr int fileCount = 200;

QProcess *startWesogctl(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(QStringLiteral(WESOGCTL_EXECUTABLE), arguments);
    return process;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The values iteration `n` writes into every file: text, a list and a flag, so every kind of copy changes.
QJsonObject valuesOf(int n)
{
    return QJsonObject { { QStringLiteral("title"), QStringLiteral("Ronda %1 — Лодки").arg(n) },
        { QStringLiteral("caption"), QStringLiteral("Caption of round %1").arg(n) },
        { QStringLiteral("city"), n % 2 ? QStringLiteral("Porto") : QStringLiteral("Санкт-Петербург") },
        { QStringLiteral("keywords"), QJsonArray { QStringLiteral("round%1").arg(n), QStringLiteral("harbour") } },
        { QStringLiteral("nsfw"), n % 2 == 0 } };
}

/// `wesogctl scan` of the folder, by id.
QMap<QString, QJsonObject> scan(const QString &folder)
{
    QProcess process;
    process.start(QStringLiteral(WESOGCTL_EXECUTABLE), { QStringLiteral("scan"), folder });
    process.waitForFinished(300000);
    QMap<QString, QJsonObject> items;
    for (const QJsonValue &item : QJsonDocument::fromJson(process.readAllStandardOutput()).array())
        items.insert(item[QStringLiteral("id")].toString(), item.toObject());
    return items;
}

bool readsBackAs(const QJsonObject &item, const QJsonObject &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (item.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace

class tst_WriteCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWritesNeverDamageAFile()
    {
        const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
        if (exiftool.isEmpty())
            QSKIP("needs exiftool (libimage-exiftool-perl) to give the photos their metadata");
        bool seeded = false;
        const quint32 given = qEnvironmentVariable("WESOG_CRASH_SEED").toUInt(&seeded);
        const quint32 usedSeed = seeded ? given : QRandomGenerator::global()->generate();
        QRandomGenerator random(usedSeed);
        bool counted = false;
        const int iterations = qEnvironmentVariableIntValue("WESOG_CRASH_ITERATIONS", &counted);
        const int rounds = counted && iterations > 0 ? iterations : 20;
        qInfo("seed %u (WESOG_CRASH_SEED=%u repeats this run), %d iterations", usedSeed, usedSeed, rounds);

        // A photo-sized JPEG with XMP, IIM and EXIF, so every kind of copy gets written.
        QTemporaryDir dir;
        const QString photos = dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(photos));
        QImage picture(1600, 1200, QImage::Format_RGB32);
        for (int y = 0; y < picture.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
            for (int x = 0; x < picture.width(); ++x)
                line[x] = qRgb((x * 255) / picture.width(), (y * 255) / picture.height(), int(random.bounded(256)));
        }
        const QString master = dir.filePath(QStringLiteral("master.jpg"));
        QVERIFY(picture.save(master, "JPEG", 90));
        QProcess tagger;
        tagger.start(exiftool,
            { QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-charset"),
                QStringLiteral("iptc=UTF8"), QStringLiteral("-tagsFromFile"),
                QStringLiteral(WESOG_FIXTURES_DIR "/full-xmp.jpg"), QStringLiteral("-XMP:all"),
                QStringLiteral("-IPTC:CodedCharacterSet=UTF8"), QStringLiteral("-IPTC:ObjectName=Old title"),
                QStringLiteral("-IPTC:City=Old city"), QStringLiteral("-IPTC:Keywords=old"),
                QStringLiteral("-EXIF:Artist=Jane Roe"), QStringLiteral("-EXIF:ImageDescription=Old caption"),
                master });
        QVERIFY(tagger.waitForFinished(60000));
        QCOMPARE(tagger.exitCode(), 0);
        QStringList names;
        QJsonArray ids;
        for (int i = 0; i < fileCount; ++i) {
            names << QStringLiteral("IMG_%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
            ids.append(QFileInfo(names.last()).completeBaseName());
            QVERIFY(QFile::copy(master, photos + QLatin1Char('/') + names.last()));
        }
        const auto bodyFor = [&](int n) {
            QJsonArray items;
            for (const QJsonValue &id : std::as_const(ids)) {
                QJsonObject item = valuesOf(n);
                item.insert(QStringLiteral("id"), id);
                items.append(item);
            }
            const QString path = dir.filePath(QStringLiteral("body-%1.json").arg(n));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(QJsonDocument(items).toJson());
            return path;
        };

        // Round 0 runs to its end: it measures how long a whole write takes, so kills land inside one.
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> first(startWesogctl({ QStringLiteral("write"), photos, bodyFor(0) }));
        QVERIFY(first->waitForFinished(600000));
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
        QVERIFY2(first->exitCode() == 0, first->readAllStandardOutput().constData());
        qInfo("a whole write of %d files took %lld ms", fileCount, fullMs);

        QMap<QString, QByteArray> current;
        for (const QString &name : std::as_const(names))
            current.insert(name, readAll(photos + QLatin1Char('/') + name));
        int damaged = 0;
        int replaced = 0;
        for (int round = 1; round <= rounds; ++round) {
            const int delayMs = int(random.bounded(quint32(fullMs * 11 / 10)));
            std::unique_ptr<QProcess> process(startWesogctl({ QStringLiteral("write"), photos, bodyFor(round) }));
            QVERIFY(process->waitForStarted());
            QThread::msleep(quint32(delayMs));
            process->kill(); // SIGKILL: no handler, no flush, no clean-up
            QVERIFY(process->waitForFinished(60000));

            const QMap<QString, QJsonObject> read = scan(photos);
            int newOnes = 0;
            for (const QString &name : std::as_const(names)) {
                const QString path = photos + QLatin1Char('/') + name;
                const QByteArray bytes = readAll(path);
                if (bytes == current.value(name))
                    continue; // the old version, untouched
                const bool intact = readsBackAs(read.value(QFileInfo(name).completeBaseName()), valuesOf(round))
                    && !QImage::fromData(bytes, "JPEG").isNull();
                if (!intact) {
                    ++damaged;
                    qWarning("round %d: %s is neither its old version nor a readable new one", round, qPrintable(name));
                }
                current.insert(name, bytes);
                ++newOnes;
            }
            replaced += newOnes;
            qInfo(
                "round %d: killed after %d ms, %d of %d files had the new version", round, delayMs, newOnes, fileCount);
        }

        // A last write runs to its end and cleans up what the killed ones left.
        const int last = rounds + 1;
        std::unique_ptr<QProcess> closing(startWesogctl({ QStringLiteral("write"), photos, bodyFor(last) }));
        QVERIFY(closing->waitForFinished(600000));
        const QJsonObject summary = QJsonDocument::fromJson(closing->readAllStandardOutput()).object();
        QCOMPARE(closing->exitCode(), 0);
        QVERIFY(summary.value(QStringLiteral("failed")).toArray().isEmpty());
        const QStringList left = QDir(photos).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), fileCount); // no temporary file, no sidecar, no backup
        for (const QString &name : left)
            QVERIFY2(!name.contains(QLatin1String(".wesogdesk-")), qPrintable(name));
        const QMap<QString, QJsonObject> read = scan(photos);
        for (const QJsonValue &id : std::as_const(ids))
            QVERIFY2(readsBackAs(read.value(id.toString()), valuesOf(last)), qPrintable(id.toString()));

        qInfo("crash test: %d iterations killed at random, %d file versions replaced, %d damaged files (seed %u)",
            rounds, replaced, damaged, usedSeed);
        QCOMPARE(damaged, 0);
    }
};

QTEST_GUILESS_MAIN(tst_WriteCrash)
#include "tst_write_crash.moc"
