// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/stat.h>

#include <QColorSpace>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "core/library/exiv2session.h"
#include "core/library/thumbnailer.h"
#include "core/library/thumbnailservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/imagedifference.h"
#include "tests/support/testpaths.h"

using namespace Wesog;
using Wesog::Test::fixture;

namespace {

} // namespace

class tst_Thumbnailer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Exiv2Session> m_exiv2;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the disk cache goes to a test location
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/thumbnails"))
            .removeRecursively();
        m_exiv2 = std::make_unique<Exiv2Session>();
    }

    void embeddedThumbnailWhenLargeEnough()
    {
        // rotated.jpg: a 64×48 frame, orientation 6, with a 16×12 EXIF thumbnail.
        ThumbnailSource source;
        const QImage small = Thumbnailer::make(fixture("rotated.jpg"), 16, &source);
        QCOMPARE(source, ThumbnailSource::Embedded);
        QCOMPARE(small.size(), QSize(12, 16)); // the thumbnail is stored unrotated: turned here
        const QImage large = Thumbnailer::make(fixture("rotated.jpg"), 160, &source);
        QCOMPARE(source, ThumbnailSource::Decoded); // 16 px is not enough for 160
        QCOMPARE(large.size(), QSize(48, 64)); // orientation applied to the full image too
    }

    void aDamagedEmbeddedThumbnailGivesWayToThePicture()
    {
        // damaged-thumbnail.jpg: a grey 64×48 picture whose 160×120 EXIF thumbnail is cut short.
        ThumbnailSource source;
        const QImage thumb = Thumbnailer::make(fixture("damaged-thumbnail.jpg"), 160, &source);
        QCOMPARE(source, ThumbnailSource::Decoded);
        QCOMPARE(thumb.convertToFormat(QImage::Format_RGB32),
            QImage(fixture("damaged-thumbnail.jpg")).convertToFormat(QImage::Format_RGB32));
    }

    void reducedDecodeFitsTheBox()
    {
        QImage big(1200, 800, QImage::Format_RGB32);
        big.fill(Qt::blue);
        const QString path = m_dir.filePath(QStringLiteral("big.jpg"));
        QVERIFY(big.save(path, "JPEG"));
        ThumbnailSource source;
        const QImage thumb = Thumbnailer::make(path, 160, &source);
        QCOMPARE(source, ThumbnailSource::Decoded);
        QCOMPARE(thumb.size(), QSize(160, 106));
    }

    void aBigJpegIsReadFromItsBlockAveragesTurnedAsTheReaderTurnsIt()
    {
        // Four flat quadrants, each a whole number of MCUs: a wrong turn or mirror shows.
        QImage photo(2048, 1536, QImage::Format_RGB32);
        const QRgb corners[4] = { qRgb(220, 30, 30), qRgb(30, 200, 40), qRgb(40, 60, 220), qRgb(240, 230, 40) };
        for (int y = 0; y < photo.height(); ++y) {
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, corners[(y < 768 ? 0 : 2) + (x < 1024 ? 0 : 1)]);
        }
        if (QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty())
            QSKIP("needs exiftool (libimage-exiftool-perl; scripts/bootstrap installs it) to set the orientation");
        for (int orientation = 1; orientation <= 8; ++orientation) {
            const QString path = m_dir.filePath(QStringLiteral("photo-%1.jpg").arg(orientation));
            QVERIFY(photo.save(path, "JPEG", 90));
            QProcess exiftool;
            exiftool.start(QStringLiteral("exiftool"),
                { QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-n"),
                    QStringLiteral("-Orientation=%1").arg(orientation), path });
            QVERIFY(exiftool.waitForFinished(30000) && exiftool.exitCode() == 0);
            ThumbnailSource source;
            const QImage thumb = Thumbnailer::make(path, 256, &source).convertToFormat(QImage::Format_RGB32);
            QCOMPARE(source, ThumbnailSource::BlockAverages);
            // Qt's own reader, turning the picture by its EXIF orientation, decoding at 1/8.
            QImageReader reader(path);
            reader.setAutoTransform(true);
            reader.setScaledSize(QSize(256, 192));
            const QImage qts = reader.read().convertToFormat(QImage::Format_RGB32);
            QCOMPARE(thumb.size(), qts.size());
            QCOMPARE(thumb.size(), orientation <= 4 ? QSize(256, 192) : QSize(192, 256));
            const int largest = Test::largestDifference(thumb, qts);
            QVERIFY2(largest <= 4, qPrintable(QStringLiteral("orientation %1: %2").arg(orientation).arg(largest)));
        }
    }

    void iccProfilesAreConvertedToSrgb()
    {
        QImage wide(64, 64, QImage::Format_RGB32);
        wide.fill(QColor(200, 40, 40));
        wide.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
        const QString path = m_dir.filePath(QStringLiteral("adobe.png"));
        QVERIFY(wide.save(path, "PNG"));
        QCOMPARE(QImageReader(path).read().colorSpace(), QColorSpace(QColorSpace::AdobeRgb)); // the profile is embedded
        const QImage thumb = Thumbnailer::make(path, 32);
        QCOMPARE(thumb.colorSpace(), QColorSpace(QColorSpace::SRgb));
        QVERIFY(thumb.pixelColor(10, 10) != QColor(200, 40, 40)); // converted, not just relabelled
    }

    void badFilesGiveNoThumbnail_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("text") << fixture("not-a-jpeg.jpg");
        QTest::newRow("empty") << fixture("zero-bytes.jpg");
        QTest::newRow("truncated") << fixture("truncated-in-header.jpg");
        QTest::newRow("missing") << fixture("no-such.jpg");
    }

    void badFilesGiveNoThumbnail()
    {
        QFETCH(QString, path);
        ThumbnailSource source;
        QVERIFY(Thumbnailer::make(path, 160, &source).isNull());
        QCOMPARE(source, ThumbnailSource::Failed);
    }

    void decompressionBombIsRefused()
    {
        QImage image(100, 100, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString path = m_dir.filePath(QStringLiteral("declared.png"));
        QVERIFY(image.save(path, "PNG"));
        QVERIFY(Thumbnailer::make(path, 32, nullptr, 9999).isNull()); // 10,000 px > limit
        QVERIFY(!Thumbnailer::make(path, 32, nullptr, 10000).isNull());
    }

    void diskCacheFollowsTheFreedesktopStandard()
    {
        const QString file = m_dir.filePath(QStringLiteral("cached.png"));
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::green);
        QVERIFY(image.save(file, "PNG"));
        const QString cachePath = ThumbnailDiskCache::pathFor(file, 160);
        QVERIFY(cachePath.contains(QLatin1String("/thumbnails/large/")));
        QVERIFY(ThumbnailDiskCache::pathFor(file, 128).contains(QLatin1String("/thumbnails/normal/")));
        QVERIFY(ThumbnailDiskCache::pathFor(file, 512).contains(QLatin1String("/thumbnails/x-large/")));
        QVERIFY(ThumbnailDiskCache::pathFor(file, 1024).contains(QLatin1String("/thumbnails/xx-large/")));
        const QByteArray md5 = QCryptographicHash::hash(
            QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded).toUtf8(), QCryptographicHash::Md5)
                                   .toHex();
        QCOMPARE(QFileInfo(cachePath).fileName(), QString::fromLatin1(md5 + ".png"));

        QVERIFY(ThumbnailDiskCache::load(file, 160).isNull());
        QVERIFY(ThumbnailDiskCache::store(file, 160, image));
        QCOMPARE(QFileInfo(cachePath).permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFileDevice::Permissions());
        const QImage stored = QImageReader(cachePath).read();
        QCOMPARE(stored.size(), QSize(256, 170)); // at most the bucket size
        QCOMPARE(stored.text(QStringLiteral("Thumb::URI")), ThumbnailDiskCache::uriFor(file));
        QCOMPARE(stored.text(QStringLiteral("Thumb::MTime")),
            QString::number(QFileInfo(file).lastModified().toSecsSinceEpoch()));
        QVERIFY(!ThumbnailDiskCache::load(file, 160).isNull());

        // A modified file makes the cached thumbnail stale.
        QFile touched(file);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        touched.close();
        QVERIFY(ThumbnailDiskCache::load(file, 160).isNull());
    }

    void serviceAnswersAsynchronouslyAndCaches()
    {
        ThumbnailService service(64);
        QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
        const QString path = fixture("full-xmp.jpg");
        QVERIFY(service.thumbnail(path).isNull()); // queued
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toString(), path);
        const QImage image = service.thumbnail(path);
        QCOMPARE(image.size(), QSize(64, 48));
        QCOMPARE(ready.size(), 1); // a cache hit asks for nothing

        QVERIFY(service.thumbnail(fixture("not-a-jpeg.jpg")).isNull());
        QVERIFY(ready.wait(10000));
        QVERIFY(service.hasFailed(fixture("not-a-jpeg.jpg")));

        service.clear();
        QVERIFY(!service.hasFailed(fixture("not-a-jpeg.jpg")));
    }

    // The inspector asks for 512 px: it gets that many real pixels, through the x-large bucket.
    void largePreviewIsNotAThumbnailScaledUp()
    {
        const QString file = m_dir.filePath(QStringLiteral("wide.png"));
        QImage image(1200, 800, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(file, "PNG"));
        for (int pass = 0; pass < 2; ++pass) { // made, then read back from the disk cache
            ThumbnailService service(512);
            QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
            QVERIFY(service.thumbnail(file).isNull());
            QVERIFY(ready.wait(10000));
            QCOMPARE(service.thumbnail(file).size(), QSize(512, 341));
        }
        QCOMPARE(QImageReader(ThumbnailDiskCache::pathFor(file, 512)).size(), QSize(512, 341));
    }

    void newestRequestsFirstAndOldOnesDropped()
    {
        ThumbnailService service(32);
        service.setThreadCount(1);
        service.setMaxQueued(3);
        QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
        QStringList names;
        for (const char *name : { "dst-digitalCapture.jpg", "release-MR-UMR.jpg", "release-MR-NON.jpg",
                 "release-MR-LMR.jpg", "release-MR-NAP.jpg", "langalt.jpg" })
            names << fixture(name);
        for (const QString &name : names)
            service.thumbnail(name); // the first starts at once; five queue, two are dropped
        QCOMPARE(service.queuedCount(), 3);
        QTRY_COMPARE(ready.size(), 4);
        QStringList served;
        for (const QList<QVariant> &signal : ready)
            served << signal.first().toString();
        QCOMPARE(served, (QStringList { names.at(0), names.at(5), names.at(4), names.at(3) }));
    }
};

QTEST_MAIN(tst_Thumbnailer)
#include "tst_thumbnailer.moc"
