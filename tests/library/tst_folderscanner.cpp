// SPDX-License-Identifier: GPL-3.0-or-later
// Scanning hostile folders: every image-named entry becomes a row, readable or with an error,
// and nothing crashes or hangs.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/exiv2session.h"
#include "core/library/folderscanner.h"
#include "tests/support/fixtures.h"
#include "tests/support/testpaths.h"

using namespace Wesog;
using Wesog::Test::fixture;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    const quint32 length = quint32(data.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    chunk.append(type).append(data);
    const quint32 crc = crc32(type + data);
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

/// A tiny PNG that declares 100000×100000 pixels: a decompression bomb if anyone decoded it.
QByteArray bombPng()
{
    QByteArray ihdr;
    for (quint32 v : { 100000u, 100000u })
        ihdr.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IEND", QByteArray());
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// One whole scan: what it delivered, and how it ended once the events left behind were handled.
struct ScanRun
{
    bool started = false;
    bool finished = false;
    QList<ScannedFile> files;
    int finishedSignals = 0;
    bool cancelled = false;
    bool stillRunning = false;
};

ScanRun runScan(const QString &root, const FolderScanner::Options &options, int timeoutMs = 30000)
{
    FolderScanner scanner;
    ScanRun run;
    QObject::connect(&scanner, &FolderScanner::filesScanned, &scanner,
        [&run](const QList<ScannedFile> &batch) { run.files += batch; });
    QSignalSpy finished(&scanner, &FolderScanner::finished);
    run.started = scanner.start(root, options);
    run.finished = run.started && finished.wait(timeoutMs);
    QCoreApplication::processEvents(); // a drain still posted would show as a second finished()
    run.finishedSignals = int(finished.size());
    run.cancelled = run.finished && finished.first().first().toBool();
    run.stillRunning = scanner.isRunning();
    return run;
}

QList<ScannedFile> scan(const QString &root, bool recursive, int timeoutMs = 30000)
{
    FolderScanner::Options options;
    options.recursive = recursive;
    const ScanRun run = runScan(root, options, timeoutMs);
    return run.finished ? run.files : QList<ScannedFile>();
}

QMap<QString, QString> outcomes(const QList<ScannedFile> &files)
{
    QMap<QString, QString> byName;
    for (const ScannedFile &file : files) {
        const auto *error = std::get_if<ScanError>(&file.result);
        byName.insert(file.relativePath, error ? error->code : QStringLiteral("ok"));
    }
    return byName;
}

} // namespace

class tst_FolderScanner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Exiv2Session> m_exiv2;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_exiv2 = std::make_unique<Exiv2Session>();
        qRegisterMetaType<QList<ScannedFile>>();
        const QString root = m_dir.path();
        QVERIFY(QDir(root).mkpath(QStringLiteral("sub/deeper")));
        QVERIFY(QFile::copy(fixture("full-xmp.jpg"), root + QStringLiteral("/good.jpg")));
        QVERIFY(QFile::copy(fixture("iim-utf8.jpg"), root + QStringLiteral("/sub/deeper/nested.JPG")));
        QVERIFY(QFile::copy(fixture("xmp.png"), root + QStringLiteral("/sub/ünïcødé Закат.png")));
        QVERIFY(QFile::copy(fixture("full-xmp.jpg"),
            root + QLatin1Char('/') + QString(250, QLatin1Char('x')) + QStringLiteral(".jpg")));
        QVERIFY(write(root + QStringLiteral("/zero.jpg"), QByteArray()));
        QVERIFY(write(root + QStringLiteral("/text.jpg"), "just some text\n"));
        QVERIFY(write(root + QStringLiteral("/bomb.png"), bombPng()));
        QFile original(fixture("full-xmp.jpg"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(write(root + QStringLiteral("/truncated.jpg"), original.read(100)));
        QVERIFY(QFile::link(root + QStringLiteral("/nowhere.jpg"), root + QStringLiteral("/broken-link.jpg")));
        QVERIFY(QFile::link(root + QStringLiteral("/loop-b.jpg"), root + QStringLiteral("/loop-a.jpg")));
        QVERIFY(QFile::link(root + QStringLiteral("/loop-a.jpg"), root + QStringLiteral("/loop-b.jpg")));
        QVERIFY(QFile::link(root, root + QStringLiteral("/sub/back-to-root"))); // a folder loop
        QVERIFY(write(root + QStringLiteral("/notes.txt"), "not an image name\n"));
        QVERIFY(write(root + QStringLiteral("/good.xmp"), "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"));
        QVERIFY(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe.jpg")).constData(), 0600)
            == 0); // reading it would block
        // A name that is not UTF-8 (Latin-1 é), made with raw bytes.
        const QByteArray latin1Name = QFile::encodeName(root) + "/caf\xe9.jpg";
        const int fd = ::open(latin1Name.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        ::close(fd);
    }

    void everyImageNameBecomesARow()
    {
        const QMap<QString, QString> result = outcomes(scan(m_dir.path(), true));
        QCOMPARE(result.value(QStringLiteral("good.jpg")), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("sub/deeper/nested.JPG")), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("sub/ünïcødé Закат.png")), QStringLiteral("ok"));
        QCOMPARE(result.value(QString(250, QLatin1Char('x')) + QStringLiteral(".jpg")), QStringLiteral("ok"));
        QCOMPARE(result.value(QStringLiteral("zero.jpg")), QStringLiteral("file-empty"));
        QCOMPARE(result.value(QStringLiteral("text.jpg")), QStringLiteral("not-an-image"));
        QCOMPARE(result.value(QStringLiteral("truncated.jpg")), QStringLiteral("corrupt-image"));
        QCOMPARE(result.value(QStringLiteral("bomb.png")), QStringLiteral("image-too-large"));
        QCOMPARE(result.value(QStringLiteral("broken-link.jpg")), QStringLiteral("broken-symlink"));
        QCOMPARE(result.value(QStringLiteral("loop-a.jpg")), QStringLiteral("symlink-loop"));
        QCOMPARE(result.value(QStringLiteral("loop-b.jpg")), QStringLiteral("symlink-loop"));
        QCOMPARE(result.value(QStringLiteral("pipe.jpg")), QStringLiteral("not-a-file"));
        bool latin1Row = false;
        for (auto it = result.cbegin(); it != result.cend(); ++it)
            latin1Row = latin1Row || (it.key().startsWith(QLatin1String("caf")) && it.value() != QStringLiteral("ok"));
        QVERIFY2(latin1Row, qPrintable(QStringList(result.keys()).join(QLatin1Char('\n'))));
        QCOMPARE(result.value(QStringLiteral("caf%E9.jpg")), QStringLiteral("name-not-utf8"));
        QCOMPARE(result.size(), 13); // nothing lost, nothing extra (no .txt, no .xmp, no loop descent)
    }

    void noResultIsEverLeftBehind()
    {
        // Regression: the last read could finish between taking the results and counting
        // them, and its row was lost. Many small scans with many threads hit that window.
        FolderScanner::Options options;
        options.jobs = 8;
        options.batchIntervalMs = 0; // drains all the time, so one often sees the end before the posted one
        for (int round = 0; round < 60; ++round) {
            const ScanRun run = runScan(QStringLiteral(WESOG_FIXTURES_DIR), options, 20000);
            QVERIFY(run.started);
            QVERIFY(run.finished);
            QCOMPARE(run.files.size(), 33);
            // The timer and the drain posted on completion can both see the scan complete.
            QCOMPARE(run.finishedSignals, 1);
        }
    }

    void theLastReadEndsTheScanWithoutWaitingForTheTimer()
    {
        // A script's scan ends when its reads do: the drain timer's interval (an hour here)
        // only paces the batches in between.
        QTemporaryDir empty;
        FolderScanner::Options options;
        options.batchIntervalMs = 3600 * 1000;
        for (const QString &root : { QStringLiteral(WESOG_FIXTURES_DIR), empty.path() }) {
            const ScanRun run = runScan(root, options, 20000);
            QVERIFY(run.started);
            QVERIFY(run.finished);
            QCOMPARE(run.cancelled, false);
            QCOMPARE(run.files.size(), root == empty.path() ? 0 : 33);
            QVERIFY(!run.stillRunning);
        }
    }

    void topLevelOnly()
    {
        const QMap<QString, QString> result = outcomes(scan(m_dir.path(), false));
        QVERIFY(result.contains(QStringLiteral("good.jpg")));
        QVERIFY(!result.contains(QStringLiteral("sub/deeper/nested.JPG")));
        QCOMPARE(result.size(), 11);
    }

    void sidecarsAreFoundInTheFolderListing()
    {
        // The scanner hands the reader the folder's .xmp names instead of letting it look each up.
        QTemporaryDir dir;
        for (const char *name :
            { "sidecar.jpg", "sidecar.xmp", "both.jpg", "both.xmp", "both.jpg.xmp", "full-xmp.jpg" })
            QVERIFY(QFile::copy(fixture(name), dir.filePath(QString::fromLatin1(name))));
        QMap<QString, QString> titles;
        QMap<QString, QString> sidecars;
        for (const ScannedFile &file : scan(dir.path(), false)) {
            const ImageMetadata &metadata = std::get<ImageMetadata>(file.result);
            titles.insert(file.relativePath, std::get<QString>(metadata.record.value(Field::Title)));
            sidecars.insert(file.relativePath, metadata.sidecar);
        }
        QCOMPARE(titles.value(QStringLiteral("sidecar.jpg")), QStringLiteral("Sidecar title"));
        QCOMPARE(sidecars.value(QStringLiteral("sidecar.jpg")), QStringLiteral("sidecar.xmp"));
        QCOMPARE(titles.value(QStringLiteral("both.jpg")), QStringLiteral("Extension sidecar"));
        QCOMPARE(sidecars.value(QStringLiteral("both.jpg")), QStringLiteral("both.jpg.xmp"));
        QCOMPARE(titles.value(QStringLiteral("full-xmp.jpg")), QStringLiteral("Harbour"));
        QCOMPARE(sidecars.value(QStringLiteral("full-xmp.jpg")), QString());
    }

    void cleanupTestCase()
    {
        // QTemporaryDir cannot remove a name Qt cannot decode; remove it by its bytes.
        ::unlink((QFile::encodeName(m_dir.path()) + "/caf\xe9.jpg").constData());
    }

    void unreadableRootIsRefused()
    {
        FolderScanner scanner;
        QSignalSpy finished(&scanner, &FolderScanner::finished);
        QVERIFY(!scanner.start(m_dir.filePath(QStringLiteral("no-such-folder")), {}));
        QVERIFY(!scanner.start(m_dir.filePath(QStringLiteral("good.jpg")), {}));
        QVERIFY(!scanner.isRunning());
        QCOMPARE(finished.size(), 0);
    }

    void rowsArriveInBatchesAndCancelStops()
    {
        QTemporaryDir many;
        for (int i = 0; i < 3000; ++i)
            QVERIFY(::link(QFile::encodeName(fixture("full-xmp.jpg")).constData(),
                        QFile::encodeName(many.filePath(QStringLiteral("f%1.jpg").arg(i))).constData())
                == 0);
        {
            FolderScanner scanner;
            QSignalSpy batches(&scanner, &FolderScanner::filesScanned);
            QSignalSpy finished(&scanner, &FolderScanner::finished);
            QSignalSpy progress(&scanner, &FolderScanner::progressChanged);
            QVERIFY(scanner.start(many.path(), {}));
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), false);
            int rows = 0;
            for (const QList<QVariant> &batch : batches)
                rows += int(batch.first().value<QList<ScannedFile>>().size());
            QCOMPARE(rows, 3000);
            QVERIFY2(batches.size() < 300, qPrintable(QString::number(batches.size()))); // batched, not one per file
            QCOMPARE(progress.last().at(0).toInt(), 3000);
        }
        FolderScanner scanner;
        QSignalSpy batches(&scanner, &FolderScanner::filesScanned);
        QSignalSpy finished(&scanner, &FolderScanner::finished);
        FolderScanner::Options slow;
        slow.jobs = 1;
        QVERIFY(scanner.start(many.path(), slow));
        QVERIFY(batches.wait(10000));
        scanner.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        int rows = 0;
        for (const QList<QVariant> &batch : batches)
            rows += int(batch.first().value<QList<ScannedFile>>().size());
        QVERIFY2(rows < 3000, qPrintable(QString::number(rows)));
    }
};

QTEST_GUILESS_MAIN(tst_FolderScanner)
#include "tst_folderscanner.moc"
