// SPDX-License-Identifier: GPL-3.0-or-later
// JpegDecoder against Qt's own JPEG reader, the independent decoder of the same bytes: equal
// pixels and color space where both read an image, and no image (never a crash or a grey
// guess) where the bytes are damaged.
#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTest>

#include "core/library/jpegdecoder.h"
#include "tests/support/fixtures.h"

using namespace Wesog;
using Wesog::Test::fixture;

namespace {

constexpr qint64 s_anySize = 100'000'000;

QByteArray jpegOf(const QImage &image, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        qWarning("the JPEG could not be written: %s", qPrintable(writer.errorString()));
    return bytes;
}

/// A picture with detail in every channel, so a wrong channel order or upsampling shows.
QImage detailed(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
    }
    return image;
}

QImage qtReads(const QByteArray &jpeg)
{
    return QImage::fromData(jpeg, "jpeg").convertToFormat(QImage::Format_RGB32);
}

} // namespace

class tst_JpegDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesAsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        QTest::newRow("colour 4:2:0") << jpegOf(detailed(161, 119));
        QTest::newRow("colour, top quality") << jpegOf(detailed(64, 48), 100);
        QTest::newRow("grey") << jpegOf(detailed(40, 30).convertToFormat(QImage::Format_Grayscale8));
        QTest::newRow("one pixel") << jpegOf(detailed(1, 1));
    }

    void decodesAsQtDoes()
    {
        QFETCH(QByteArray, jpeg);
        const QImage ours = JpegDecoder::decode(jpeg, s_anySize);
        const QImage theirs = qtReads(jpeg);
        QVERIFY(!theirs.isNull());
        QCOMPARE(ours.format(), QImage::Format_RGB32);
        QCOMPARE(ours.size(), theirs.size());
        QCOMPARE(ours, theirs);
    }

    void anEmbeddedIccProfileIsTheColorSpace()
    {
        QImage wide = detailed(32, 32);
        wide.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
        const QByteArray jpeg = jpegOf(wide);
        const QImage ours = JpegDecoder::decode(jpeg, s_anySize);
        QVERIFY(ours.colorSpace().isValid());
        QCOMPARE(ours.colorSpace(), QImage::fromData(jpeg, "jpeg").colorSpace());
        QVERIFY(!JpegDecoder::decode(jpegOf(detailed(8, 8)), s_anySize).colorSpace().isValid()); // none: none
    }

    void damagedOrForeignBytesGiveNoImage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray whole = jpegOf(detailed(64, 48));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only the start marker") << QByteArray("\xFF\xD8", 2);
        QTest::newRow("cut in the middle of the scan") << whole.left(whole.size() / 2);
        QTest::newRow("cut in the header") << whole.left(60);
        QTest::newRow("a PNG") << [] {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            detailed(8, 8).save(&buffer, "PNG");
            return png;
        }();
    }

    void damagedOrForeignBytesGiveNoImage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(JpegDecoder::decode(bytes, s_anySize).isNull());
    }

    void cmykIsNotGuessed()
    {
        QFile file(fixture("cmyk.jpg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray cmyk = file.readAll();
        QVERIFY(!qtReads(cmyk).isNull()); // an image, which libjpeg alone cannot make RGB
        QVERIFY(JpegDecoder::decode(cmyk, s_anySize).isNull());
    }

    void aDeclaredSizeOverTheLimitIsNotDecoded()
    {
        const QByteArray jpeg = jpegOf(detailed(100, 50));
        QVERIFY(JpegDecoder::decode(jpeg, 4999).isNull());
        QCOMPARE(JpegDecoder::decode(jpeg, 5000).size(), QSize(100, 50));
    }

    void randomDamageNeverCrashes()
    {
        // Bytes changed anywhere: no image, or the one Qt's reader makes of the same bytes (libjpeg
        // read them without a warning), never a crash. The sanitizer run of the suite watches
        // the memory meanwhile; the limit keeps a damaged size from asking for gigabytes.
        const QByteArray whole = jpegOf(detailed(48, 32));
        QRandomGenerator random(18);
        for (int round = 0; round < 300; ++round) {
            QByteArray damaged = whole;
            for (int flip = 0; flip < 1 + round % 4; ++flip)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const QImage image = JpegDecoder::decode(damaged, 1'000'000);
            if (!image.isNull())
                QCOMPARE(image, qtReads(damaged));
        }
    }
};

QTEST_GUILESS_MAIN(tst_JpegDecoder)
#include "tst_jpegdecoder.moc"
