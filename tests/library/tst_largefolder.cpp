// SPDX-License-Identifier: GPL-3.0-or-later
// A 100,000-file tree: every file becomes a row, nothing hangs. Labelled slow.
#include <unistd.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/folderscanner.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

class tst_LargeFolder : public QObject
{
    Q_OBJECT

private slots:
    void hundredThousandFiles()
    {
        QTemporaryDir dir;
        // 100 folders of 1,000 hard links: few copies of the bytes, 100,000 names. File
        // systems cap links per file (ext4: 65,000), so each group of ten folders has its own copy.
        QByteArray source;
        for (int folder = 0; folder < 100; ++folder) {
            if (folder % 10 == 0) {
                const QString copy = dir.filePath(QStringLiteral("source%1.bin").arg(folder));
                QVERIFY(QFile::copy(QStringLiteral(WESOG_FIXTURES_DIR "/full-xmp.jpg"), copy));
                source = QFile::encodeName(copy);
            }
            const QString path = dir.filePath(QStringLiteral("d%1/sub").arg(folder));
            QVERIFY(QDir().mkpath(path));
            const QByteArray base = QFile::encodeName(path);
            for (int file = 0; file < 1000; ++file)
                QVERIFY(::link(source.constData(), (base + "/f" + QByteArray::number(file) + ".jpg").constData()) == 0);
        }
        FolderScanner scanner;
        qsizetype rows = 0;
        int batches = 0;
        QObject::connect(&scanner, &FolderScanner::filesScanned, &scanner, [&](const QList<ScannedFile> &batch) {
            rows += batch.size();
            ++batches;
        });
        QSignalSpy finished(&scanner, &FolderScanner::finished);
        QVERIFY(scanner.start(dir.path(), {}));
        QVERIFY(finished.wait(240000));
        QCOMPARE(rows, qsizetype(100000));
        QVERIFY(batches < 20000); // batched
    }
};

QTEST_GUILESS_MAIN(tst_LargeFolder)
#include "tst_largefolder.moc"
