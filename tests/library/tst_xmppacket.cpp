// SPDX-License-Identifier: GPL-3.0-or-later
// The fast XMP reader against Exiv2's toolkit decoder, and the JPEG header split that feeds it.
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/library/exiv2session.h"
#include "core/library/jpegheader.h"
#include "core/library/metadatareader.h"
#include "core/library/xmppacket.h"
#include "tests/support/fixtures.h"
#include "tests/support/xmpview.h"

using namespace Wesog;
using Wesog::Test::fixture;

namespace {

QByteArray packet(const char *description)
{
    return QByteArray("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                      "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                      " <rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
                      "  <rdf:Description rdf:about=''\n"
                      "    xmlns:dc='http://purl.org/dc/elements/1.1/'\n"
                      "    xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'\n"
                      "    xmlns:Iptc4xmpCore='http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/'\n"
                      "    xmlns:Iptc4xmpExt='http://iptc.org/std/Iptc4xmpExt/2008-02-29/'\n"
                      "    xmlns:plus='http://ns.useplus.org/ldf/xmp/1.0/'\n"
                      "    xmlns:xmp='http://ns.adobe.com/xap/1.0/'\n"
                      "    xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/'\n"
                      "    xmlns:stEvt='http://ns.adobe.com/xap/1.0/sType/ResourceEvent#'\n"
                      "    xmlns:exif='http://ns.adobe.com/exif/1.0/'")
        + description
        + "\n"
          "  </rdf:Description>\n"
          " </rdf:RDF>\n"
          "</x:xmpmeta>\n"
          "<?xpacket end='w'?>";
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_XmpPacket : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Exiv2Session> m_exiv2;

private slots:
    void initTestCase() { m_exiv2 = std::make_unique<Exiv2Session>(); }

    void readsAsTheToolkitDoes_data()
    {
        QTest::addColumn<QByteArray>("xmp");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("elements, as exiftool writes")
            << packet(">\n"
                      "    <dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Harbour</rdf:li><rdf:li "
                      "xml:lang='ru'>Гавань</rdf:li></rdf:Alt></dc:title>\n"
                      "    <dc:creator><rdf:Seq><rdf:li>Ana Pérez</rdf:li><rdf:li>Rui</rdf:li></rdf:Seq></dc:creator>\n"
                      "    <dc:subject><rdf:Bag><rdf:li>harbour</rdf:li><rdf:li>boats</rdf:li></rdf:Bag></dc:subject>\n"
                      "    <photoshop:City>Porto</photoshop:City>\n"
                      "    "
                      "<photoshop:SupplementalCategories><rdf:Bag><rdf:li>Festivals</rdf:li></rdf:Bag></"
                      "photoshop:SupplementalCategories>\n"
                      "    "
                      "<Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture</"
                      "Iptc4xmpExt:DigitalSourceType>\n"
                      "    <plus:ModelReleaseStatus>http://ns.useplus.org/ldf/vocab/MR-NAP</plus:ModelReleaseStatus>")
            << "Гавань";
        QTest::newRow("attributes") << packet("\n"
                                              "    photoshop:City='Lisboa' photoshop:Headline='Fleet &amp; crew' "
                                              "dc:title='Plain title' dc:subject='beach; sunset'>")
                                    << "Plain title";
        QTest::newRow("resource") << packet(
            ">\n"
            "    <Iptc4xmpExt:DigitalSourceType "
            "rdf:resource='http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia'/>")
                                  << "trainedAlgorithmicMedia";
        QTest::newRow("location shown, parseType Resource") << packet(
            ">\n"
            "    <Iptc4xmpExt:LocationShown><rdf:Bag>\n"
            "      <rdf:li "
            "rdf:parseType='Resource'><Iptc4xmpExt:City>Porto</Iptc4xmpExt:City><Iptc4xmpExt:CountryName>Portugal</"
            "Iptc4xmpExt:CountryName>\n"
            "        <exif:GPSLatitude>41,8.5N</exif:GPSLatitude></rdf:li>\n"
            "      <rdf:li rdf:parseType='Resource'><Iptc4xmpExt:City>Gaia</Iptc4xmpExt:City></rdf:li>\n"
            "    </rdf:Bag></Iptc4xmpExt:LocationShown>") << "Gaia";
        QTest::newRow("location shown, nested description")
            << packet(">\n"
                      "    <Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li>\n"
                      "      <rdf:Description "
                      "Iptc4xmpExt:Sublocation='Ribeira'><Iptc4xmpExt:City>Porto</Iptc4xmpExt:City></rdf:Description>\n"
                      "    </rdf:li></rdf:Bag></Iptc4xmpExt:LocationShown>")
            << "Ribeira";
        QTest::newRow("location shown, field attributes")
            << packet(">\n"
                      "    <Iptc4xmpExt:LocationShown><rdf:Bag><rdf:li Iptc4xmpExt:City='Porto' "
                      "Iptc4xmpExt:CountryName='Portugal'/></rdf:Bag></Iptc4xmpExt:LocationShown>")
            << "Portugal";
        QTest::newRow("structure") << packet(">\n"
                                             "    <Iptc4xmpCore:CreatorContactInfo "
                                             "rdf:parseType='Resource'><Iptc4xmpCore:CiAdrCity>Porto</"
                                             "Iptc4xmpCore:CiAdrCity></Iptc4xmpCore:CreatorContactInfo>")
                                   << "CiAdrCity";
        QTest::newRow("language tags") << packet(
            ">\n"
            "    <dc:description><rdf:Alt><rdf:li xml:lang='EN-us'>Boats</rdf:li><rdf:li "
            "xml:lang='pt-BR'>Barcos</rdf:li><rdf:li xml:lang='zh-Hant-TW'>船</rdf:li></rdf:Alt></dc:description>")
                                       << "Barcos";
        QTest::newRow("other schemas skipped") << packet(
            " xmp:CreatorTool='Camera'>\n"
            "    <xmpMM:History><rdf:Seq><rdf:li rdf:parseType='Resource'><stEvt:action>saved</stEvt:action>\n"
            "      "
            "<stEvt:changed><rdf:Bag><rdf:li>/metadata</rdf:li></rdf:Bag></stEvt:changed></rdf:li></rdf:Seq></"
            "xmpMM:History>\n"
            "    <photoshop:Credit>Agency</photoshop:Credit>")
                                               << "Agency";
        QTest::newRow("text kept as written") << packet(
            ">\n"
            "    <photoshop:City>  Porto\n"
            " </photoshop:City><photoshop:Headline><![CDATA[x < y]]></photoshop:Headline><photoshop:Country/>\n"
            "    <dc:subject><rdf:Bag/></dc:subject>\n"
            "    <photoshop:Credit>Agency\x7f"
            "Name</photoshop:Credit>\n"
            "    <Iptc4xmpCore:Location>type=Bag</Iptc4xmpCore:Location>")
                                              << "x < y";
        QTest::newRow("an alt without languages") << packet(
            ">\n"
            "    "
            "<Iptc4xmpExt:Event><rdf:Alt><rdf:li>Festa</rdf:li><rdf:li>Fiesta</rdf:li></rdf:Alt></Iptc4xmpExt:Event>")
                                                  << "Festa";
    }

    void readsAsTheToolkitDoes()
    {
        QFETCH(QByteArray, xmp);
        QFETCH(QString, mustContain);
        const std::optional<Exiv2::XmpData> ours = XmpPacket::parse(xmp);
        QVERIFY2(ours, "the fast reader gave up");
        const std::optional<QStringList> expected = Wesog::Test::toolkitXmp(xmp);
        QVERIFY(expected);
        QCOMPARE(Wesog::Test::visibleXmp(*ours), *expected);
        QVERIFY(expected->join(QLatin1Char('\n')).contains(mustContain));
    }

    void givesUpWhereTheToolkitMustDecide_data()
    {
        QTest::addColumn<QByteArray>("xmp");
        QTest::newRow("alias of dc:title") << packet("><photoshop:Title>Alias</photoshop:Title>");
        QTest::newRow("alias as attribute") << packet(" xmp:Title='Alias'>");
        QTest::newRow("language qualifier") << packet("><photoshop:City xml:lang='pt'>Porto</photoshop:City>");
        QTest::newRow("rdf:value qualifier") << packet(
            "><photoshop:City><rdf:Description><rdf:value>Porto</rdf:value></rdf:Description></photoshop:City>");
        QTest::newRow("parseType Literal") << packet("><photoshop:City rdf:parseType='Literal'>Porto</photoshop:City>");
        QTest::newRow("duplicate") << packet(" photoshop:City='Porto'><photoshop:City>Lisboa</photoshop:City>");
        QTest::newRow("alt mixing languages")
            << packet("><dc:title><rdf:Alt><rdf:li xml:lang='en'>A</rdf:li><rdf:li>B</rdf:li></rdf:Alt></dc:title>");
        QTest::newRow("bag item with a language")
            << packet("><dc:subject><rdf:Bag><rdf:li xml:lang='en'>A</rdf:li></rdf:Bag></dc:subject>");
        QTest::newRow("mixed array") << packet(
            "><dc:subject><rdf:Bag><rdf:li>A</rdf:li><rdf:li "
            "rdf:parseType='Resource'><dc:x>B</dc:x></rdf:li></rdf:Bag></dc:subject>");
        QTest::newRow("not well formed") << packet("><photoshop:City>Porto</photoshop:Cty>");
        QTest::newRow("no RDF") << QByteArray("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
        QByteArray laughs = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'ha'>";
        for (char level = 'b'; level <= 'j'; ++level) // 10^9 laughs if expanded
            laughs += QByteArray("<!ENTITY ") + level + " '"
                + QByteArray("&").append(char(level - 1)).append(';').repeated(10) + "'>";
        QTest::newRow("entity expansion bomb")
            << laughs + "]>" + packet("><photoshop:City>&j;</photoshop:City>").mid(packet("").indexOf("<x:xmpmeta"));
        QTest::newRow("deep nesting") << packet(QByteArray("><photoshop:City>")
                                                    .append(QByteArray("<rdf:Bag><rdf:li>").repeated(20))
                                                    .append("x")
                                                    .append(QByteArray("</rdf:li></rdf:Bag>").repeated(20))
                                                    .append("</photoshop:City>")
                                                    .constData());
    }

    void givesUpWhereTheToolkitMustDecide()
    {
        QFETCH(QByteArray, xmp);
        QVERIFY(!XmpPacket::parse(xmp));
        // decode() is then exactly the toolkit's answer.
        const std::optional<Exiv2::XmpData> decoded = XmpPacket::decode(xmp);
        const std::optional<QStringList> expected = Wesog::Test::toolkitXmp(xmp);
        QCOMPARE(bool(decoded), bool(expected));
        if (decoded)
            QCOMPARE(Wesog::Test::visibleXmp(*decoded), *expected);
    }

    void fixturesTakeTheFastPath_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : { "full-xmp.jpg", "langalt.jpg", "xmp-location-shown.jpg", "conflict.jpg",
                 "kw-one-string.jpg", "sidecar.jpg" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void fixturesTakeTheFastPath()
    {
        QFETCH(QString, file);
        const std::optional<JpegHeader> header = JpegHeader::split(fileBytes(fixture(file)));
        QVERIFY(header);
        QVERIFY(!header->xmpPacket.isEmpty());
        const std::optional<Exiv2::XmpData> ours = XmpPacket::parse(header->xmpPacket);
        QVERIFY2(ours, "an exiftool packet fell back to the toolkit");
        QCOMPARE(Wesog::Test::visibleXmp(*ours), *Wesog::Test::toolkitXmp(header->xmpPacket));

        // Exiv2 sees the same file without the packet: EXIF, IPTC and size as before.
        const auto whole = Exiv2::ImageFactory::open(QFile::encodeName(fixture(file)).toStdString());
        whole->readMetadata();
        const auto split = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(header->segments.constData()), long(header->segments.size()));
        split->readMetadata();
        QVERIFY(split->xmpData().empty());
        QCOMPARE(split->exifData().count(), whole->exifData().count());
        QCOMPARE(split->iptcData().count(), whole->iptcData().count());
        QCOMPARE(split->pixelWidth(), whole->pixelWidth());
    }

    void headerLargerThanOneRead()
    {
        // 300 KB of APP2 segments before the XMP: JpegHeader::read must read on.
        const QByteArray original = fileBytes(fixture("full-xmp.jpg"));
        QByteArray padded = original.left(2);
        for (int i = 0; i < 5; ++i)
            padded += QByteArray("\xFF\xE2\xFF\xFF", 4) + QByteArray(0xFFFF - 2, 'p');
        padded += original.mid(2);
        const QString path
            = QDir::temp().filePath(QStringLiteral("wesog-padded-%1.jpg").arg(QCoreApplication::applicationPid()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(padded);
        out.close();
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        const std::optional<JpegHeader> header = JpegHeader::read(fd);
        ::close(fd);
        QVERIFY(header);
        QCOMPARE(header->xmpPacket, JpegHeader::split(original)->xmpPacket);
        const auto result = MetadataReader::readFile(path, ReadOptions());
        QFile::remove(path);
        QCOMPARE(std::get<ImageMetadata>(result).record.value(Field::Title), FieldValue(QStringLiteral("Harbour")));
    }

    /// Exiv2 stops after six finds (Exif, ICC, each XMP, comments while empty, Photoshop, the
    /// frame): a header where it would stop before a segment it reads is left to it whole, or
    /// taking segments out would let it read further than in the file.
    void aHeaderExiv2StopsInIsLeftToIt()
    {
        const QByteArray original = fileBytes(fixture("conflict.jpg")); // IIM, XMP, then the frame
        const std::optional<JpegHeader> plain = JpegHeader::split(original);
        QVERIFY(plain && plain->photoshop.at >= 0 && !plain->xmpPacket.isEmpty());
        const QByteArray emptyComment("\xFF\xFE\x00\x02", 4);
        // Five empty comments before everything: the IIM is the sixth find, the XMP never read.
        QByteArray stopped = original;
        stopped.insert(2, emptyComment.repeated(5));
        QVERIFY(!JpegHeader::split(stopped));
        auto exiv2 = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(stopped.constData()), long(stopped.size()));
        exiv2->readMetadata();
        QVERIFY(!exiv2->iptcData().empty());
        QVERIFY(exiv2->xmpData().empty()); // what the reader must then see too
        const auto read = MetadataReader::readBytes(stopped, {});
        QVERIFY(std::holds_alternative<ImageMetadata>(read));
        const FieldSource &city = std::get<ImageMetadata>(read).sources[size_t(Field::City)];
        QCOMPARE(city.provenance, Provenance::Iim);
        QVERIFY(city.others.isEmpty()); // no XMP city beside it
        // Three leave room for all three, the frame being the sixth.
        QByteArray room = original;
        room.insert(2, emptyComment.repeated(3));
        QVERIFY(JpegHeader::split(room));
        // A segment Exiv2 reads without a length (a JPG extension): it looks for the next 0xFF
        // inside it, where six empty comments hide here.
        QByteArray hidden = original;
        hidden.insert(2, QByteArray("\xFF\xF0\x00\x1A", 4) + emptyComment.repeated(6));
        QVERIFY(!JpegHeader::split(hidden));
        // A comment with text counts once, however many follow it.
        QByteArray texts = original;
        texts.insert(2, QByteArray("\xFF\xFE\x00\x03x", 5).repeated(8));
        QVERIFY(JpegHeader::split(texts));
    }

    void brokenHeadersAreLeftToExiv2()
    {
        const QByteArray jpeg = fileBytes(fixture("full-xmp.jpg"));
        QVERIFY(JpegHeader::split(jpeg));
        QVERIFY(!JpegHeader::split(jpeg.left(100))); // ends inside the header
        QVERIFY(!JpegHeader::split(QByteArray("GIF89a"))); // not a JPEG
        QByteArray badLength = jpeg;
        badLength[4] = 0;
        badLength[5] = 1; // a segment length below 2
        QVERIFY(!JpegHeader::split(badLength));
        const qsizetype xmpAt = jpeg.indexOf("http://ns.adobe.com/xap/1.0/");
        QVERIFY(xmpAt > 4);
        QByteArray twoPackets = jpeg.left(2) + jpeg.mid(xmpAt - 4, 4 + 29 + 10) + jpeg.mid(2);
        twoPackets[2 + 2] = 0;
        twoPackets[2 + 3] = char(2 + 29 + 10); // a second, short XMP segment first
        QVERIFY(!JpegHeader::split(twoPackets));
    }

    void brokenEmbeddedXmpIsNoted()
    {
        // The packet's closing tags cut off: no XMP values, IPTC still read, and the user told.
        QByteArray jpeg = fileBytes(fixture("conflict.jpg"));
        const qsizetype end = jpeg.indexOf("</rdf:RDF>");
        QVERIFY(end > 0);
        jpeg.replace(end, 10, QByteArray("</rdf:RFD>"));
        const auto result = MetadataReader::readBytes(jpeg, ReadOptions());
        const ImageMetadata &metadata = std::get<ImageMetadata>(result);
        QCOMPARE(metadata.record.value(Field::City), FieldValue(QStringLiteral("Porto"))); // the IIM value
        QCOMPARE(metadata.sources[size_t(Field::City)].provenance, Provenance::Iim);
        bool noted = false;
        for (const MetadataNote &note : metadata.notes)
            noted = noted || note.code == QLatin1String("xmp-unreadable");
        QVERIFY(noted);
    }

    void brokenXmpInOtherFormatsIsNoted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("PNG") << QStringLiteral("xmp.png");
        QTest::newRow("WebP") << QStringLiteral("xmp.webp");
    }

    void brokenXmpInOtherFormatsIsNoted()
    {
        // Exiv2 reads these packets itself; a broken one must not vanish silently either.
        QFETCH(QString, file);
        const auto noted = [](const ImageMetadata &metadata) {
            return std::any_of(metadata.notes.cbegin(), metadata.notes.cend(),
                [](const MetadataNote &note) { return note.code == QLatin1String("xmp-unreadable"); });
        };
        QByteArray bytes = fileBytes(fixture(file));
        const ImageMetadata intact = std::get<ImageMetadata>(MetadataReader::readBytes(bytes, ReadOptions()));
        QVERIFY(intact.record.value(Field::Title) != FieldValue());
        QVERIFY(!noted(intact));
        const qsizetype end = bytes.indexOf("</rdf:RDF>");
        QVERIFY(end > 0);
        bytes.replace(end, 10, QByteArray("</rdf:RFD>"));
        const ImageMetadata broken = std::get<ImageMetadata>(MetadataReader::readBytes(bytes, ReadOptions()));
        QCOMPARE(broken.record.value(Field::Title), FieldValue());
        QVERIFY(noted(broken));
    }

    void pipeNamedLikeAnImageDoesNotHang()
    {
        const QString path
            = QDir::temp().filePath(QStringLiteral("wesog-pipe-%1.jpg").arg(QCoreApplication::applicationPid()));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        const auto result = MetadataReader::readFile(path, ReadOptions());
        QFile::remove(path);
        QCOMPARE(std::get<ScanError>(result).code, QStringLiteral("not-a-file"));
    }
};

QTEST_GUILESS_MAIN(tst_XmpPacket)
#include "tst_xmppacket.moc"
