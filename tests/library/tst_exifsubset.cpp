// SPDX-License-Identifier: GPL-3.0-or-later
// ExifSubset, the EXIF fast path, against Exiv2's own TIFF parser as the reference: on the
// fixtures, on segments built here in both byte orders, and where it must leave the segment to
// Exiv2.
#include <QTest>

#include "core/library/exifsubset.h"
#include "core/library/exiv2session.h"
#include "core/library/jpegheader.h"
#include "tests/support/exifview.h"
#include "tests/support/fixtures.h"

using Wesog::ExifSubset;
using Wesog::JpegHeader;
using Wesog::Test::ExifView;

namespace {

/// A TIFF structure as an Exif segment holds it: IFD0, its Exif IFD and IFD1, each entry's value
/// inline or after the directory, in either byte order.
class TiffBuilder
{
public:
    struct Entry
    {
        quint16 tag;
        quint16 type;
        quint32 count;
        QByteArray value; ///< in the builder's byte order; a placeholder for the pointers below
    };

    explicit TiffBuilder(bool bigEndian)
        : m_bigEndian(bigEndian)
    {
    }

    QByteArray u16(quint16 v) const
    {
        QByteArray bytes(2, '\0');
        bytes[m_bigEndian ? 0 : 1] = char(v >> 8);
        bytes[m_bigEndian ? 1 : 0] = char(v & 0xFF);
        return bytes;
    }
    QByteArray u32(quint32 v) const
    {
        return m_bigEndian ? u16(quint16(v >> 16)) + u16(quint16(v)) : u16(quint16(v)) + u16(quint16(v >> 16));
    }
    Entry ascii(quint16 tag, const QByteArray &text) const { return { tag, 2, quint32(text.size() + 1), text + '\0' }; }
    Entry shortValue(quint16 tag, quint16 value) const { return { tag, 3, 1, u16(value) }; }
    Entry longValue(quint16 tag, quint32 value) const { return { tag, 4, 1, u32(value) }; }

    /// `exif` empty: no Exif IFD; `thumbnail` empty: no IFD1. IFD0 gets the Exif pointer, IFD1
    /// the thumbnail's offset and length, with `ifd1` entries of the caller's before them.
    QByteArray build(
        QList<Entry> ifd0, const QList<Entry> &exif, QList<Entry> ifd1 = {}, const QByteArray &thumbnail = {}) const
    {
        QByteArray tiff = m_bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4);
        tiff += u32(8);
        const qsizetype exifPointer = exif.isEmpty() ? -1 : ifd0.size();
        if (!exif.isEmpty())
            ifd0.append(longValue(0x8769, 0));
        const qsizetype ifd0NextAt = appendDirectory(&tiff, ifd0);
        if (exifPointer >= 0) {
            patch(&tiff, 8 + 2 + 12 * exifPointer + 8, quint32(tiff.size()));
            appendDirectory(&tiff, exif);
        }
        if (!thumbnail.isEmpty()) {
            patch(&tiff, ifd0NextAt, quint32(tiff.size()));
            const qsizetype offsetAt = ifd1.size();
            ifd1.append(longValue(0x0201, 0));
            ifd1.append(longValue(0x0202, quint32(thumbnail.size())));
            const qsizetype directoryAt = tiff.size();
            appendDirectory(&tiff, ifd1);
            patch(&tiff, directoryAt + 2 + 12 * offsetAt + 8, quint32(tiff.size()));
            tiff += thumbnail;
        }
        return tiff;
    }

private:
    void patch(QByteArray *tiff, qsizetype at, quint32 value) const { tiff->replace(at, 4, u32(value)); }

    /// The directory, then the values that do not fit in their entries; where its next pointer is.
    qsizetype appendDirectory(QByteArray *tiff, const QList<Entry> &entries) const
    {
        const qsizetype start = tiff->size();
        qsizetype valuesAt = start + 2 + 12 * entries.size() + 4;
        QByteArray values;
        *tiff += u16(quint16(entries.size()));
        for (const Entry &entry : entries) {
            *tiff += u16(entry.tag) + u16(entry.type) + u32(entry.count);
            if (entry.value.size() <= 4) {
                *tiff += entry.value + QByteArray(4 - entry.value.size(), '\0');
            } else {
                *tiff += u32(quint32(valuesAt + values.size()));
                values += entry.value;
            }
        }
        const qsizetype nextAt = tiff->size();
        *tiff += u32(0) + values;
        return nextAt;
    }

    bool m_bigEndian;
};

QByteArray xpText(const QString &text)
{
    QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes + QByteArray(2, '\0');
}

QByteArray fakeJpeg()
{
    return QByteArray("\xFF\xD8\xFF\xDB", 4) + QByteArray(40, 'j') + QByteArray("\xFF\xD9", 2);
}

ExifView ours(QByteArrayView tiff)
{
    const std::optional<ExifSubset> subset = ExifSubset::read(tiff);
    return subset ? ExifView { Wesog::Test::visibleExif(subset->data), subset->thumbnail } : ExifView {};
}

} // namespace

class tst_ExifSubset : public QObject
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
        for (const char *name : { "exif-only.jpg", "rotated.jpg", "damaged-thumbnail.jpg" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void readsFixturesAsExiv2Does()
    {
        QFETCH(QString, file);
        const std::optional<JpegHeader> header = JpegHeader::split(Wesog::Test::fixtureBytes(file));
        QVERIFY(header);
        const QByteArrayView tiff = header->exifTiff();
        QVERIFY2(!tiff.isEmpty(), "the fixture has no Exif segment");
        QVERIFY2(ExifSubset::read(tiff), "ExifSubset left an exiftool-written segment to Exiv2");
        const ExifView expected = Wesog::Test::exiv2Exif(tiff);
        QVERIFY(!expected.lines.isEmpty() || !expected.thumbnail.isEmpty());
        QCOMPARE(ours(tiff).lines, expected.lines);
        QCOMPARE(ours(tiff).thumbnail, expected.thumbnail);
    }

    void readsBuiltSegmentsAsExiv2Does_data()
    {
        QTest::addColumn<QByteArray>("tiff");
        for (const bool bigEndian : { false, true }) {
            const TiffBuilder b(bigEndian);
            const char *order = bigEndian ? "big-endian" : "little-endian";
            const QList<TiffBuilder::Entry> image { b.ascii(0x010E, "A harbour at dawn, with boats"),
                b.ascii(0x010F, "NIK"), b.ascii(0x0110, "NIKON Z 8"), b.shortValue(0x0112, 8),
                b.ascii(0x013B, "Ana P\xC3\xA9rez"),
                { 0x9C9B, 1, 20, xpText(QStringLiteral("Зимний вокзал")).left(20) },
                { 0x9C9E, 1, 12, xpText(QStringLiteral("a;b;c")) } };
            const QList<TiffBuilder::Entry> photo { b.ascii(0x9003, "2024:05:01 10:11:12"),
                { 0x9286, 7, 16, QByteArray("ASCII\0\0\0Caption", 16) }, b.shortValue(0xA002, 4000) };
            QTest::addRow("%s: every tag, a thumbnail", order)
                << b.build(image, photo, { b.shortValue(0x0103, 6) }, fakeJpeg());
            QTest::addRow("%s: a Unicode user comment", order) << b.build(
                {}, { { 0x9286, 7, 14, QByteArray("UNICODE\0", 8) + xpText(QStringLiteral("Ol\u00E1")).left(6) } });
            QTest::addRow("%s: thumbnail without a compression tag", order) << b.build({}, {}, {}, fakeJpeg());
            QTest::addRow("%s: no Exif IFD, no thumbnail", order) << b.build({ b.shortValue(0x0112, 3) }, {});
            QTest::addRow("%s: a user comment of another type", order)
                << b.build({}, { b.ascii(0x9286, "typed as ASCII") });
            QTest::addRow("%s: orientation as a LONG", order) << b.build({ b.longValue(0x0112, 6) }, {});
        }
    }

    void readsBuiltSegmentsAsExiv2Does()
    {
        QFETCH(QByteArray, tiff);
        QVERIFY2(ExifSubset::read(tiff), "ExifSubset gave up");
        const ExifView expected = Wesog::Test::exiv2Exif(tiff);
        QVERIFY(!expected.lines.isEmpty() || !expected.thumbnail.isEmpty());
        QCOMPARE(ours(tiff).lines, expected.lines);
        QCOMPARE(ours(tiff).thumbnail, expected.thumbnail);
    }

    void leavesTheUnusualToExiv2_data()
    {
        QTest::addColumn<QByteArray>("tiff");
        const TiffBuilder b(false);
        QByteArray outside = b.build({ b.ascii(0x010F, "A make long enough to sit after the directory") }, {});
        outside.chop(10);
        QTest::newRow("a value past the segment's end") << outside;
        QByteArray atZero = b.build({ b.ascii(0x010F, "A make long enough to sit after the directory") }, {});
        atZero.replace(8 + 2 + 8, 4, b.u32(0));
        QTest::newRow("a value at offset 0 (Exiv2 reads it as empty)") << atZero;
        QTest::newRow("a tag twice") << b.build({ b.shortValue(0x0112, 1), b.shortValue(0x0112, 6) }, {});
        QTest::newRow("a TIFF thumbnail") << b.build({}, {}, { b.shortValue(0x0103, 1) }, fakeJpeg());
        QTest::newRow("an unknown type") << b.build({ { 0x010F, 14, 1, QByteArray("x") } }, {});
        QList<TiffBuilder::Entry> many;
        for (quint16 tag = 0x1000; tag < 0x1000 + 257; ++tag)
            many.append(b.shortValue(tag, 1));
        QTest::newRow("257 entries") << b.build(many, {});
        QByteArray loop = b.build({ b.shortValue(0x0112, 6) }, { b.ascii(0x9003, "2024:05:01 10:11:12") });
        loop.replace(8 + 2 + 12 * 1 + 8, 4, b.u32(8)); // the Exif pointer back at IFD0
        QTest::newRow("the Exif IFD is IFD0") << loop;
        QByteArray gps = b.build({ b.longValue(0x8825, 0) }, { b.ascii(0x9003, "2024:05:01 10:11:12") });
        gps.replace(8 + 2 + 8, 4, gps.mid(8 + 2 + 12 + 8, 4)); // GPS points where the Exif IFD is
        QTest::newRow("another pointer at the Exif IFD") << gps;
        // The makernote's value moved onto IFD1 (IFD0's next pointer, IFD0 holding Make and the
        // Exif pointer).
        QByteArray maker
            = b.build({ b.ascii(0x010F, "Canon") }, { { 0x927C, 7, 40, QByteArray(40, 'm') } }, {}, fakeJpeg());
        const qsizetype makerEntry = maker.indexOf(b.u16(0x927C) + b.u16(7));
        QVERIFY(makerEntry > 0);
        maker.replace(makerEntry + 8, 4, maker.mid(8 + 2 + 12 * 2, 4));
        QTest::newRow("a makernote where IFD1 is") << maker;
        QTest::newRow("not TIFF") << QByteArray("XX*\0\x08\0\0\0", 8);
        QTest::newRow("too short") << QByteArray("II*\0", 4);
    }

    void leavesTheUnusualToExiv2()
    {
        QFETCH(QByteArray, tiff);
        QVERIFY(!ExifSubset::read(tiff));
    }

    void onlyTheFirstOfTwoExifSegmentsWouldCount()
    {
        QByteArray bytes = Wesog::Test::fixtureBytes("exif-only.jpg");
        QVERIFY(!bytes.isEmpty());
        const std::optional<JpegHeader> once = JpegHeader::split(bytes);
        QVERIFY(once && once->exif.at >= 0);
        // A second copy of the segment right after the first: Exiv2 reads the first only, so
        // taking one out would make it read the other; ExifSubset is not offered either.
        const QByteArray segment = once->segments.mid(once->exif.at, once->exif.size);
        bytes.insert(2, segment);
        const std::optional<JpegHeader> twice = JpegHeader::split(bytes);
        QVERIFY(twice);
        QCOMPARE(twice->exif.at, qsizetype(-1));
        QVERIFY(twice->exifTiff().isEmpty());
    }

    void droppingTheSegmentLeavesTheRest()
    {
        std::optional<JpegHeader> header = JpegHeader::split(Wesog::Test::fixtureBytes("exif-only.jpg"));
        QVERIFY(header && header->exif.at >= 0);
        const qsizetype before = header->segments.size();
        const qsizetype size = header->exif.size;
        header->drop(&JpegHeader::exif);
        QCOMPARE(header->segments.size(), before - size);
        auto withoutExif = header->open();
        withoutExif->readMetadata();
        QVERIFY(withoutExif->exifData().empty());
        QCOMPARE(withoutExif->pixelWidth(), 64);
    }

private:
    std::unique_ptr<Wesog::Exiv2Session> m_exiv2;
};

QTEST_GUILESS_MAIN(tst_ExifSubset)
#include "tst_exifsubset.moc"
