// SPDX-License-Identifier: GPL-3.0-or-later
// IimDatasets' own reading of a JPEG's Photoshop segment against Exiv2's, the reference: on the
// fixtures, on segments built here, and where it must leave the segment to Exiv2.
#include <QFile>
#include <QTest>

#include "core/library/exiv2session.h"
#include "core/library/iimdatasets.h"
#include "core/library/jpegheader.h"
#include "tests/support/fixtures.h"
#include "tests/support/iimview.h"

using Wesog::IimDatasets;
using Wesog::JpegHeader;

namespace {

QByteArray dataset(int record, int number, const QByteArray &data)
{
    const auto size = quint16(data.size());
    return QByteArray(1, '\x1C') + char(record) + char(number) + char(size >> 8) + char(size & 0xFF) + data;
}

/// A resource block: signature, type, an empty Pascal name (padded to two bytes), size, data
/// padded to an even size.
QByteArray resource(quint16 type, const QByteArray &data, const char *signature = "8BIM")
{
    const auto size = quint32(data.size());
    QByteArray block = QByteArray(signature, 4) + char(type >> 8) + char(type & 0xFF) + QByteArray(2, '\0');
    block += char(size >> 24);
    block += char((size >> 16) & 0xFF);
    block += char((size >> 8) & 0xFF);
    block += char(size & 0xFF);
    return block + data + QByteArray(size & 1, '\0');
}

QByteArray iptc(const QByteArray &datasets)
{
    return resource(0x0404, datasets);
}

QString describe(const IimDatasets &iim)
{
    QStringList lines { QStringLiteral("charset %1").arg(QString::fromLatin1(iim.characterSet.toHex())) };
    for (const auto &[number, bytes] : iim.datasets)
        lines << QStringLiteral("%1: %2").arg(number).arg(QString::fromLatin1(bytes.toHex()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_IimDatasets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_exiv2 = std::make_unique<Wesog::Exiv2Session>();
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    }

    void readsFixturesAsExiv2Does_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
            { "iim-utf8.jpg", "iim-cp1251.jpg", "iim-latin1.jpg", "iim-category.jpg", "conflict.jpg" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void readsFixturesAsExiv2Does()
    {
        QFETCH(QString, file);
        const std::optional<JpegHeader> header = JpegHeader::split(Wesog::Test::fixtureBytes(file));
        QVERIFY(header);
        const QByteArrayView resources = header->photoshopResources();
        QVERIFY2(!resources.isEmpty(), "the fixture has no Photoshop segment");
        const std::optional<IimDatasets> ours = IimDatasets::fromPhotoshopSegment(resources);
        QVERIFY2(ours, "an exiftool-written segment was left to Exiv2");
        auto whole = Exiv2::ImageFactory::open(QFile::encodeName(Wesog::Test::fixture(file)).toStdString());
        whole->readMetadata();
        const IimDatasets expected = IimDatasets::fromExiv2(whole->iptcData());
        QVERIFY(!expected.datasets.isEmpty());
        QCOMPARE(describe(*ours), describe(expected));
    }

    void readsBuiltSegmentsAsExiv2Does_data()
    {
        QTest::addColumn<QByteArray>("resources");
        const QByteArray caption = dataset(2, 120, "Boats return to the quay.");
        QTest::newRow("texts, repeated keywords, a marked character set")
            << iptc(dataset(1, 90, "\x1B%G") + dataset(2, 0, QByteArray("\x00\x04", 2)) + dataset(2, 5, "Harbour")
                   + dataset(2, 25, "boats") + dataset(2, 25, "dawn") + dataset(2, 25, "quay") + caption);
        QTest::newRow("a date, a time, a date that is not one")
            << iptc(dataset(2, 55, "20240501") + dataset(2, 60, "101112+0100") + dataset(2, 62, "2024XX01"));
        QTest::newRow("a dataset that may not repeat, twice")
            << iptc(dataset(2, 5, "First") + dataset(2, 5, "Second") + dataset(2, 25, "k"));
        QTest::newRow("an empty dataset between two") << iptc(dataset(2, 5, "") + caption);
        QTest::newRow("other records") << iptc(
            dataset(1, 0, QByteArray("\x00\x04", 2)) + dataset(3, 10, "x") + caption);
        QTest::newRow("other resource blocks around it, odd sizes") << resource(0x0425, QByteArray(16, 'd'))
                + iptc(caption + dataset(2, 25, "odds")) + resource(0x03ED, "abc", "8BIM");
        QTest::newRow("no IPTC block") << resource(0x0425, QByteArray(16, 'd'));
    }

    void readsBuiltSegmentsAsExiv2Does()
    {
        QFETCH(QByteArray, resources);
        const std::optional<IimDatasets> ours = IimDatasets::fromPhotoshopSegment(resources);
        QVERIFY2(ours, "left to Exiv2");
        QCOMPARE(describe(*ours), describe(Wesog::Test::exiv2Iim(resources)));
    }

    void leavesTheUnusualToExiv2_data()
    {
        QTest::addColumn<QByteArray>("resources");
        const QByteArray caption = dataset(2, 120, "Boats return to the quay.");
        QTest::newRow("a byte between datasets") << iptc(caption + "z" + dataset(2, 5, "Harbour"));
        QTest::newRow("an extended size") << iptc(QByteArray("\x1C\x02\x78\x80\x04\x00\x00\x00\x01x", 10));
        QTest::newRow("a size past the block") << iptc(caption.left(caption.size() - 3));
        QTest::newRow("two IPTC blocks") << iptc(caption) + iptc(dataset(2, 5, "Harbour"));
        QTest::newRow("a block cut short") << iptc(caption).left(10);
        QTest::newRow("bytes after the datasets") << iptc(caption + "\x1C\x02");
        QTest::newRow("not a resource block") << QByteArray("ABCD") + iptc(caption).mid(4);
    }

    void leavesTheUnusualToExiv2()
    {
        QFETCH(QByteArray, resources);
        QVERIFY(!IimDatasets::fromPhotoshopSegment(resources));
    }

    void aSecondPhotoshopSegmentIsLeftToExiv2()
    {
        const QByteArray one = Wesog::Test::jpegWithPhotoshopSegment(iptc(dataset(2, 5, "Harbour")));
        const std::optional<JpegHeader> once = JpegHeader::split(one);
        QVERIFY(once && once->photoshop.at >= 0);
        // Exiv2 joins a second segment to an incomplete first one and ignores it after a
        // complete one: which it does must not change, so neither is read apart.
        QByteArray two = one;
        two.insert(2, one.mid(2, once->photoshop.size));
        const std::optional<JpegHeader> twice = JpegHeader::split(two);
        QVERIFY(twice);
        QCOMPARE(twice->photoshop.at, qsizetype(-1));
        QVERIFY(twice->photoshopResources().isEmpty());
    }

    void droppingBothSegmentsLeavesTheRest()
    {
        const QByteArray bytes = Wesog::Test::fixtureBytes("conflict.jpg");
        QVERIFY(!bytes.isEmpty());
        std::optional<JpegHeader> header = JpegHeader::split(bytes);
        QVERIFY(header && header->photoshop.at >= 0);
        const QByteArray resources = header->photoshopResources().toByteArray();
        const qsizetype before = header->segments.size();
        const qsizetype sizes = header->photoshop.size + std::max<qsizetype>(header->exif.size, 0);
        header->drop(&JpegHeader::photoshop);
        header->drop(&JpegHeader::exif);
        QCOMPARE(header->segments.size(), before - sizes);
        QVERIFY(header->photoshopResources().isEmpty());
        auto rest = header->open();
        rest->readMetadata();
        QVERIFY(rest->iptcData().empty());
        QVERIFY(rest->exifData().empty());
        QCOMPARE(rest->pixelWidth(), 64);
    }

private:
    std::unique_ptr<Wesog::Exiv2Session> m_exiv2;
};

QTEST_GUILESS_MAIN(tst_IimDatasets)
#include "tst_iimdatasets.moc"
