// SPDX-License-Identifier: GPL-3.0-or-later
// The metadata fixtures of docs/metadata-fields.md §7, field by field.
#include <QDir>
#include <QFile>
#include <QTest>

#include "core/library/exiv2session.h"
#include "core/library/metadataprofile.h"
#include "core/library/metadatareader.h"
#include "tests/support/fixtures.h"
#include "tests/support/testpaths.h"

using namespace Wesog;
using Wesog::Test::fixture;

Q_DECLARE_METATYPE(Wesog::Field)

namespace {

ImageMetadata read(const QString &name, ReadOptions options)
{
    const auto result = MetadataReader::readFile(fixture(name), options);
    if (const auto *error = std::get_if<ScanError>(&result))
        qWarning("%s: %s %s", qPrintable(name), qPrintable(error->code), qPrintable(error->message));
    return std::get_if<ImageMetadata>(&result) ? std::get<ImageMetadata>(result) : ImageMetadata();
}

ImageMetadata read(const QString &name, const QString &language = QStringLiteral("en"),
    const QString &codepage = QStringLiteral("windows-1252"))
{
    ReadOptions options;
    options.language = language;
    options.legacyCodepage = codepage;
    return read(name, options);
}

/// The other sources the inspector shows for a field, as "key: text".
QStringList others(const ImageMetadata &m, Field field)
{
    QStringList lines;
    for (const SourceValue &other : m.sources[size_t(field)].others)
        lines << other.key + QStringLiteral(": ") + other.text;
    return lines;
}

QString text(const ImageMetadata &m, Field field)
{
    const FieldValue &value = m.record.value(field);
    if (const auto *s = std::get_if<QString>(&value))
        return *s;
    if (const auto *l = std::get_if<QStringList>(&value))
        return l->join(QLatin1Char('|'));
    if (const auto *b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("<null>");
}

QStringList notes(const ImageMetadata &m)
{
    QStringList codes;
    for (const MetadataNote &note : m.notes)
        codes << note.code + (note.detail.isEmpty() ? QString() : QLatin1Char('=') + note.detail);
    return codes;
}

} // namespace

class tst_MetadataReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Exiv2Session> m_exiv2;

private slots:
    void initTestCase()
    {
        m_exiv2 = std::make_unique<Exiv2Session>();
        QVERIFY2(QFile::exists(fixture(QStringLiteral("full-xmp.jpg"))), "run the make_fixtures test first");
    }

    void fields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *file, const char *lang, Field field, const char *expected) {
            QTest::addRow("%s %s %s", file, lang, FieldRegistry::info(field).jsonKey)
                << QString::fromUtf8(file) << QString::fromUtf8(lang) << field << QString::fromUtf8(expected);
        };
        row("full-xmp.jpg", "en", Field::Title, "Harbour");
        row("full-xmp.jpg", "en", Field::Headline, "Fleet returns");
        row("full-xmp.jpg", "ru", Field::Caption, "Boats at dawn."); // x-default beats the UI language
        row("full-xmp.jpg", "en", Field::AltText, "Three boats");
        row("full-xmp.jpg", "en", Field::Author, "Ana Pérez");
        row("full-xmp.jpg", "en", Field::Provider, "Agency");
        row("full-xmp.jpg", "en", Field::City, "Porto");
        row("full-xmp.jpg", "en", Field::Country, "Portugal");
        row("full-xmp.jpg", "en", Field::Location, "Ribeira");
        row("full-xmp.jpg", "en", Field::Date, "2024-06-23"); // as written, not shifted to UTC
        row("full-xmp.jpg", "en", Field::Keywords, "harbour|boats");
        row("full-xmp.jpg", "en", Field::Categories, "Festivals");
        row("full-xmp.jpg", "en", Field::Event, "Festa de São João");
        row("full-xmp.jpg", "en", Field::AiGenerated, "false");
        row("full-xmp.jpg", "en", Field::ModelRelease, "<null>");
        row("full-xmp.jpg", "en", Field::PropertyRelease, "<null>");
        row("langalt.jpg", "ru", Field::Title, "Закат");
        row("langalt.jpg", "en", Field::Title, "Atardecer");
        row("langalt.jpg", "es-MX", Field::Title, "Atardecer");
        row("xmp-location-shown.jpg", "en", Field::Location, "Ribeira");
        row("xmp-location-shown.jpg", "en", Field::City, "Porto");
        row("xmp-location-shown.jpg", "en", Field::Country, "Portugal");
        row("iim-utf8.jpg", "en", Field::Title, "Парад");
        row("iim-utf8.jpg", "en", Field::Caption, "Парад, Москва");
        row("iim-utf8.jpg", "en", Field::Author, "Иван Петров");
        row("iim-utf8.jpg", "en", Field::City, "Москва");
        row("iim-utf8.jpg", "en", Field::Date, "2024-05-09");
        row("iim-utf8.jpg", "en", Field::Keywords, "парад|армия");
        row("iim-latin1.jpg", "en", Field::Caption, "Niños; crianças na praça; élèves à Noël.");
        row("iim-latin1.jpg", "en", Field::Author, "José Núñez");
        row("iim-latin1.jpg", "en", Field::City, "São Paulo");
        row("conflict.jpg", "en", Field::City, "Lisboa");
        row("conflict.jpg", "en", Field::Author, "Ana Pérez");
        row("conflict.jpg", "en", Field::Caption, "Same");
        row("conflict.jpg", "en", Field::Title,
            "A title that is deliberately longer than the 64-byte IIM limit allows");
        row("exif-only.jpg", "en", Field::Caption, "<null>"); // camera boilerplate
        row("exif-only.jpg", "en", Field::Title, "Tower at night");
        row("exif-only.jpg", "en", Field::Author, "Jane Roe");
        row("exif-only.jpg", "en", Field::Date, "2023-12-31");
        row("exif-only.jpg", "en", Field::Keywords, "tower|night|City");
        row("dst-trainedAlgorithmicMedia.jpg", "en", Field::AiGenerated, "true");
        row("dst-compositeWithTrainedAlgorithmicMedia.jpg", "en", Field::AiGenerated, "true");
        row("dst-algorithmicMedia.jpg", "en", Field::AiGenerated, "true");
        row("dst-digitalCapture.jpg", "en", Field::AiGenerated, "false");
        row("dst-softwareImage.jpg", "en", Field::AiGenerated, "<null>");
        row("release-MR-UMR.jpg", "en", Field::ModelRelease, "true");
        row("release-MR-UMR.jpg", "en", Field::PropertyRelease, "true");
        row("release-MR-LMR.jpg", "en", Field::ModelRelease, "true");
        row("release-MR-LMR.jpg", "en", Field::PropertyRelease, "true");
        row("release-MR-NON.jpg", "en", Field::ModelRelease, "false");
        row("release-MR-NON.jpg", "en", Field::PropertyRelease, "false");
        row("release-MR-NAP.jpg", "en", Field::ModelRelease, "<null>");
        row("release-MR-NAP.jpg", "en", Field::PropertyRelease, "<null>");
        row("kw-one-string.jpg", "en", Field::Keywords, "beach|sunset|Surf");
        row("no-metadata.jpg", "en", Field::Title, "<null>");
        row("truncated-in-scan.jpg", "en", Field::Title, "Cut in scan");
        row("xmp.png", "en", Field::Title, "XMP in png");
        row("xmp.png", "en", Field::City, "Madrid");
        row("xmp.tif", "en", Field::Title, "XMP in tif");
        row("xmp.tif", "en", Field::Keywords, "fixture");
        row("xmp.webp", "en", Field::Title, "XMP in webp");
        row("xmp.webp", "en", Field::City, "Madrid");
        row("sidecar.jpg", "en", Field::Title, "Sidecar title"); // NAME.xmp wins over embedded XMP
        row("sidecar.jpg", "en", Field::City, "Embedded"); // field by field
        row("sidecar.jpg", "en", Field::Keywords, "sidecar");
        row("both.jpg", "en", Field::Title, "Extension sidecar"); // NAME.EXT.xmp wins over NAME.xmp
    }

    void fields()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(Field, field);
        QFETCH(QString, expected);
        QCOMPARE(text(read(file, language), field), expected);
    }

    void noMetadataGivesAnEmptyRecord()
    {
        const ImageMetadata m = read(QStringLiteral("no-metadata.jpg"));
        for (const FieldInfo &row : FieldRegistry::all())
            QVERIFY2(!m.record.has(row.field), row.jsonKey);
        QCOMPARE(m.pixelSize, QSize(64, 48));
    }

    void provenance()
    {
        const ImageMetadata full = read(QStringLiteral("full-xmp.jpg"));
        QCOMPARE(full.sources[size_t(Field::City)].provenance, Provenance::Xmp);
        QCOMPARE(full.sources[size_t(Field::City)].key, QStringLiteral("Xmp.photoshop.City"));
        const ImageMetadata iim = read(QStringLiteral("iim-utf8.jpg"));
        QCOMPARE(iim.sources[size_t(Field::City)].provenance, Provenance::Iim);
        const ImageMetadata exif = read(QStringLiteral("exif-only.jpg"));
        QCOMPARE(exif.sources[size_t(Field::Title)].provenance, Provenance::Exif);
        QCOMPARE(exif.sources[size_t(Field::Title)].key, QStringLiteral("Exif.Image.XPTitle"));
        const ImageMetadata sidecar = read(QStringLiteral("sidecar.jpg"));
        QCOMPARE(sidecar.sources[size_t(Field::Title)].provenance, Provenance::Sidecar);
        QCOMPARE(sidecar.sources[size_t(Field::City)].provenance, Provenance::Xmp);
        QVERIFY(!sidecar.sources[size_t(Field::Title)].conflict); // overriding on purpose
        QCOMPARE(sidecar.sidecar, QStringLiteral("sidecar.xmp"));
        const ImageMetadata location = read(QStringLiteral("xmp-location-shown.jpg"));
        QCOMPARE(
            location.sources[size_t(Field::City)].key, QStringLiteral("Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:City"));
        // The raw code of a tri-state stays visible.
        QCOMPARE(read(QStringLiteral("dst-softwareImage.jpg")).sources[size_t(Field::AiGenerated)].others.first().text,
            QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/softwareImage"));
    }

    void conflictsAndTruncatedCopies()
    {
        const ImageMetadata m = read(QStringLiteral("conflict.jpg"));
        QVERIFY(m.sources[size_t(Field::City)].conflict);
        QVERIFY(m.sources[size_t(Field::Author)].conflict);
        QCOMPARE(m.sources[size_t(Field::City)].others.size(), 1);
        QCOMPARE(m.sources[size_t(Field::City)].others.first().text, QStringLiteral("Porto"));
        QCOMPARE(m.sources[size_t(Field::City)].others.first().key, QStringLiteral("Iptc.Application2.City"));
        QVERIFY(!m.sources[size_t(Field::Caption)].conflict);
        QVERIFY(!m.sources[size_t(Field::Title)].conflict);
        QVERIFY(notes(m).contains(QStringLiteral("iim-truncated")));
        QCOMPARE(notes(read(QStringLiteral("full-xmp.jpg"))), QStringList());
    }

    // A table of 1,000,000 photos holds each other source's value; one that says what the
    // winner says must not be a second copy of the text.
    void anOtherSourceSayingTheSameSharesTheWinnersText()
    {
        const ImageMetadata m = read(QStringLiteral("conflict.jpg"));
        const QString caption = *m.record.text(Field::Caption);
        const SourceValue iimCaption = m.sources[size_t(Field::Caption)].others.first();
        QCOMPARE(iimCaption.key, QStringLiteral("Iptc.Application2.Caption"));
        QCOMPARE(iimCaption.text, QStringLiteral("Same"));
        QVERIFY(iimCaption.text.isSharedWith(caption));
        const SourceValue iimCity = m.sources[size_t(Field::City)].others.first();
        QCOMPARE(iimCity.text, QStringLiteral("Porto")); // differs from Lisboa: its own text
        QVERIFY(!iimCity.text.isSharedWith(*m.record.text(Field::City)));
    }

    void charsets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("codepage");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QStringList>("expectedNotes");
        QTest::newRow("cp1251 read as 1252") << "iim-cp1251.jpg"
                                             << "windows-1252"
                                             << "Áîëåëüùèêè"
                                             << QStringList { QStringLiteral("charset-assumed=windows-1252"),
                                                    QStringLiteral("charset-suspect=windows-1251") };
        QTest::newRow("cp1251 read as 1251")
            << "iim-cp1251.jpg"
            << "windows-1251"
            << "Болельщики" << QStringList { QStringLiteral("charset-assumed=windows-1251") };
        QTest::newRow("latin1 read as 1252") << "iim-latin1.jpg"
                                             << "windows-1252"
                                             << "Niños; crianças na praça; élèves à Noël."
                                             << QStringList { QStringLiteral("charset-assumed=windows-1252") };
        QTest::newRow("latin1 read as 1251") << "iim-latin1.jpg"
                                             << "windows-1251"
                                             << "Niсos; crianзas na praзa; йlиves а Noлl."
                                             << QStringList { QStringLiteral("charset-assumed=windows-1251"),
                                                    QStringLiteral("charset-suspect=windows-1252") };
        QTest::newRow("utf8 marked") << "iim-utf8.jpg"
                                     << "windows-1252"
                                     << "Парад, Москва" << QStringList {};
    }

    void charsets()
    {
        QFETCH(QString, file);
        QFETCH(QString, codepage);
        QFETCH(QString, caption);
        QFETCH(QStringList, expectedNotes);
        const ImageMetadata m = read(file, QStringLiteral("en"), codepage);
        QCOMPARE(text(m, Field::Caption), caption);
        QCOMPARE(notes(m), expectedNotes);
        for (const MetadataNote &note : m.notes)
            QVERIFY(!note.message().isEmpty());
    }

    void cameraTextIsNoted()
    {
        const ImageMetadata m = read(QStringLiteral("exif-only.jpg"));
        QCOMPARE(notes(m), QStringList { QStringLiteral("camera-text-ignored=OLYMPUS DIGITAL CAMERA") });
        QCOMPARE(m.embeddedThumbnail, QSize(16, 12));
    }

    void orientationAndThumbnail()
    {
        const ImageMetadata m = read(QStringLiteral("rotated.jpg"));
        QCOMPARE(m.orientation, 6);
        QCOMPARE(m.pixelSize, QSize(64, 48));
        QCOMPARE(m.embeddedThumbnail, QSize(16, 12));
    }

    void badFilesBecomeErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated in header") << "truncated-in-header.jpg"
                                             << "corrupt-image";
        QTest::newRow("not a jpeg") << "not-a-jpeg.jpg"
                                    << "not-an-image";
        QTest::newRow("zero bytes") << "zero-bytes.jpg"
                                    << "file-empty";
        QTest::newRow("missing") << "no-such-file.jpg"
                                 << "file-missing";
    }

    void badFilesBecomeErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const auto result = MetadataReader::readFile(fixture(file), ReadOptions());
        QVERIFY(std::holds_alternative<ScanError>(result));
        QCOMPARE(std::get<ScanError>(result).code, code);
        QVERIFY(!std::get<ScanError>(result).userMessage().isEmpty());
    }

    void profileDerivesFieldsWithNoStandardSource()
    {
        const ImageMetadata m = read(QStringLiteral("derived.jpg"));
        QCOMPARE(text(m, Field::Shot), QStringLiteral("Headshot")); // 010100, a framing code
        QCOMPARE(text(m, Field::Scene), QStringLiteral("Aerial view")); // 011200; 999999 is in no table
        QCOMPARE(text(m, Field::Medium), QStringLiteral("Scan")); // DigitalSourceType print
        QCOMPARE(text(m, Field::Categories), QStringLiteral("Sport|Football")); // Category SPO named first
        QCOMPARE(text(m, Field::Title), QStringLiteral("IMG_0042.JPG")); // title ← headline is off by default
        for (const Field field : { Field::Shot, Field::Scene, Field::Medium }) {
            QCOMPARE(m.sources[size_t(field)].provenance, Provenance::Derived);
            QVERIFY(!m.sources[size_t(field)].conflict);
        }
        QCOMPARE(others(m, Field::Shot), QStringList { QStringLiteral("Xmp.iptc.Scene: 010100; 011200; 999999") });
        QCOMPARE(others(m, Field::Categories), QStringList { QStringLiteral("Xmp.photoshop.Category: SPO") });
        QCOMPARE(m.sources[size_t(Field::Categories)].provenance, Provenance::Xmp); // Football was read, not derived
        QCOMPARE(others(m, Field::Provider), QStringList { QStringLiteral("Xmp.photoshop.Source: Reuters") });
        QCOMPARE(text(m, Field::Provider), QStringLiteral("<null>")); // Source is shown, never used as the provider
        QCOMPARE(others(m, Field::Country), QStringList { QStringLiteral("Xmp.iptc.CountryCode: PRT") });
        QVERIFY(!m.sources[size_t(Field::Country)].conflict);
        // Nothing to derive from: the fields stay empty.
        const ImageMetadata plain = read(QStringLiteral("iim-utf8.jpg"));
        QCOMPARE(text(plain, Field::Shot), QStringLiteral("<null>"));
        QCOMPARE(text(plain, Field::Medium), QStringLiteral("<null>"));
    }

    void titleFromHeadlineWhenAsked()
    {
        ReadOptions options;
        options.profile.titleFromHeadline = true;
        const ImageMetadata fileName = read(QStringLiteral("derived.jpg"), options);
        QCOMPARE(text(fileName, Field::Title), QStringLiteral("Cup final"));
        QCOMPARE(fileName.sources[size_t(Field::Title)].provenance, Provenance::Derived);
        QCOMPARE(others(fileName, Field::Title), QStringList { QStringLiteral("Xmp.dc.title: IMG_0042.JPG") });
        const ImageMetadata untitled = read(QStringLiteral("iim-category.jpg"), options);
        QCOMPARE(text(untitled, Field::Title), QStringLiteral("Vote count"));
        QCOMPARE(untitled.sources[size_t(Field::Title)].key, QStringLiteral("Iptc.Application2.Headline"));
        QCOMPARE(text(untitled, Field::Categories), QStringLiteral("Politics|Elections")); // IIM Category POL
        QCOMPARE(others(untitled, Field::Provider), QStringList { QStringLiteral("Iptc.Application2.Source: Wire") });
        QCOMPARE(
            others(untitled, Field::Country), QStringList { QStringLiteral("Iptc.Application2.CountryCode: FRA") });
        QCOMPARE(text(read(QStringLiteral("full-xmp.jpg"), options), Field::Title),
            QStringLiteral("Harbour")); // a real title stays
    }

    void profileFileReplacesTables()
    {
        QString error;
        const std::optional<MetadataProfile> profile = MetadataProfile::fromJson(
            R"({"shot": {"010100": "Portrait"}, "medium": {}, "title_from_headline": true})", &error);
        QVERIFY2(profile, qPrintable(error));
        ReadOptions options;
        options.profile = *profile;
        const ImageMetadata m = read(QStringLiteral("derived.jpg"), options);
        QCOMPARE(text(m, Field::Shot), QStringLiteral("Portrait"));
        QCOMPARE(text(m, Field::Scene), QStringLiteral("Aerial view")); // a table the file leaves out stays standard
        QCOMPARE(text(m, Field::Medium), QStringLiteral("<null>")); // an empty table derives nothing
        QCOMPARE(text(m, Field::Title), QStringLiteral("Cup final"));
    }

    void badProfilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{shot:");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("unknown key") << QByteArray(R"({"shots": {}})");
        QTest::newRow("flag not a boolean") << QByteArray(R"({"title_from_headline": "yes"})");
        QTest::newRow("table not an object") << QByteArray(R"({"medium": ["Scan"]})");
        QTest::newRow("value not text") << QByteArray(R"({"categories": {"SPO": 1}})");
    }

    void badProfilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!MetadataProfile::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!MetadataProfile::fromFile(QStringLiteral("/nonexistent/profile.json"), &error));
        QVERIFY(!error.isEmpty());
    }

    void fileNameLikeTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("fileName");
        QTest::newRow("camera file") << "IMG_0042.JPG" << true;
        QTest::newRow("no extension") << "DSC01234" << true;
        QTest::newRow("canon raw") << "_MG_1234.CR2" << true;
        QTest::newRow("panasonic") << "P1010001" << true;
        QTest::newRow("renamed file") << "harbour-final.jpg" << true;
        QTest::newRow("title") << "Harbour at dawn" << false;
        QTest::newRow("title with a year") << "Cup final 2024" << false;
        QTest::newRow("words and an extension") << "Porto at night.jpg" << false;
    }

    void fileNameLikeTitles()
    {
        QFETCH(QString, title);
        QFETCH(bool, fileName);
        QCOMPARE(MetadataProfile::looksLikeFileName(title), fileName);
    }

    void bytesEntryPointMatchesFiles()
    {
        QFile file(fixture(QStringLiteral("full-xmp.jpg")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto result = MetadataReader::readBytes(file.readAll(), ReadOptions());
        QVERIFY(std::holds_alternative<ImageMetadata>(result));
        QVERIFY(std::get<ImageMetadata>(result).record == read(QStringLiteral("full-xmp.jpg")).record);
        QCOMPARE(std::get<ScanError>(MetadataReader::readBytes(QByteArray("garbage"), ReadOptions())).code,
            QStringLiteral("not-an-image"));
        QCOMPARE(std::get<ScanError>(MetadataReader::readBytes(QByteArray(), ReadOptions())).code,
            QStringLiteral("file-empty"));
    }
};

QTEST_GUILESS_MAIN(tst_MetadataReader)
#include "tst_metadatareader.moc"
