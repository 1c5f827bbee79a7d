// SPDX-License-Identifier: GPL-3.0-or-later
// Writing corrections back into files (docs/metadata-fields.md §6): what each copy holds
// afterwards, read by our reader and by ExifTool as an independent one, and every refusal.
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/exiv2session.h"
#include "core/library/metadatareader.h"
#include "core/library/metadatawriter.h"
#include "tests/support/fixtures.h"

using namespace Wesog;
using Wesog::Test::fixture;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// ExifTool's view of a file: `-G1` group-qualified tag names to values.
QJsonObject exiftool(const QString &path, const QStringList &extra = {})
{
    QProcess process;
    process.start(QStringLiteral("exiftool"),
        QStringList { QStringLiteral("-j"), QStringLiteral("-G1"), QStringLiteral("-struct"),
            QStringLiteral("-charset"), QStringLiteral("iptc=utf8") }
            + extra + QStringList { path });
    process.waitForFinished(60000);
    const QJsonArray array = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    return array.isEmpty() ? QJsonObject() : array.first().toObject();
}

QStringList strings(const QJsonValue &value)
{
    QStringList items;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            items << item.toVariant().toString();
    } else if (!value.isUndefined()) {
        items << value.toVariant().toString();
    }
    return items;
}

/// The JPEG's compressed image: from the first SOS marker to the end (found independently of the writer).
QByteArray fromFirstSos(const QByteArray &jpeg)
{
    int i = 2;
    while (i + 4 <= jpeg.size() && uchar(jpeg[i]) == 0xFF) {
        if (uchar(jpeg[i + 1]) == 0xDA)
            return jpeg.mid(i);
        i += 2 + (uchar(jpeg[i + 2]) << 8 | uchar(jpeg[i + 3]));
    }
    return QByteArray();
}

ImageMetadata read(const QString &path, const ReadOptions &options = ReadOptions())
{
    const MetadataReader::Result result = MetadataReader::readFile(path, options);
    if (const auto *error = std::get_if<ScanError>(&result))
        qWarning() << path << error->code << error->message;
    return std::get_if<ImageMetadata>(&result) ? std::get<ImageMetadata>(result) : ImageMetadata();
}

/// A correction touching every kind of field: accents, Cyrillic, CJK, lists, flags.
ImageRecord correction()
{
    ImageRecord record;
    record.setValue(Field::Title, QStringLiteral("Café à Lisboa"));
    record.setValue(Field::Headline, QStringLiteral("Москва: снег в мае"));
    record.setValue(Field::Caption, QStringLiteral("東京の夜景 — night view, Zürich crew"));
    record.setValue(Field::AltText, QStringLiteral("Ein Café bei Nacht"));
    record.setValue(Field::Author, QStringLiteral("José Álvarez; Ирина Петрова"));
    record.setValue(Field::Provider, QStringLiteral("Agência Ñ"));
    record.setValue(Field::City, QStringLiteral("São Paulo"));
    record.setValue(Field::Country, QStringLiteral("Brasil"));
    record.setValue(Field::Location, QStringLiteral("Avenida Paulista"));
    record.setValue(Field::Date, QStringLiteral("2024-05-09"));
    record.setValue(Field::Event, QStringLiteral("Fórmula 1 — GP"));
    record.setValue(
        Field::Keywords, QStringList { QStringLiteral("café"), QStringLiteral("ночь"), QStringLiteral("東京") });
    record.setValue(Field::Categories, QStringList { QStringLiteral("Sport"), QStringLiteral("Reise") });
    record.setValue(Field::AiGenerated, true);
    record.setValue(Field::ModelRelease, false);
    record.setValue(Field::PropertyRelease, true);
    record.setValue(Field::Nsfw, false);
    record.setValue(Field::Status, QStringLiteral("draft"));
    record.setValue(Field::Technique, QStringLiteral("long exposure"));
    record.setValue(Field::Shot, QStringLiteral("Wide"));
    record.setValue(Field::Scene, QStringLiteral("Street"));
    record.setValue(Field::Medium, QStringLiteral("Photograph"));
    record.setValue(Field::Collections, QStringList { QStringLiteral("Editor's picks") });
    return record;
}

QList<Field> writableFields()
{
    QList<Field> fields;
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (info.field != Field::Id && info.field != Field::Src && info.field != Field::UrlImgWatermark
            && info.field != Field::UrlImgThumbnail)
            fields << info.field;
    }
    return fields;
}

} // namespace

class TestMetadataWriter : public QObject
{
    Q_OBJECT

    Exiv2Session m_exiv2;
    QTemporaryDir m_dir;

    QString copy(const QString &name, const QString &as = QString())
    {
        const QString target = m_dir.filePath(as.isEmpty() ? name : as);
        QFile::remove(target);
        const QString source = name == QLatin1String("all-three.jpg") ? m_dir.filePath(QStringLiteral("made/all-three.jpg")) : fixture(name);
        if (!QFile::copy(source, target))
            qFatal("cannot copy %s", qPrintable(name));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return target;
    }

    static WriteResult write(const QString &path, const ImageRecord &values, const QList<Field> &fields,
        const WriteOptions &options = WriteOptions())
    {
        return MetadataWriter::write(WriteRequest { path, values, fields, {} }, options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(fixture("full-xmp.jpg")), "run the make_fixtures test first");
        QVERIFY2(QStandardPaths::findExecutable(QStringLiteral("exiftool")).size(), "exiftool is needed");
        // The EXIF-only fixture with XMP and IIM added by ExifTool: every copy a file can have.
        QDir(m_dir.path()).mkpath(QStringLiteral("made"));
        const QString allThree = m_dir.filePath(QStringLiteral("made/all-three.jpg"));
        QVERIFY(QFile::copy(fixture("exif-only.jpg"), allThree));
        QCOMPARE(QProcess::execute(QStringLiteral("exiftool"),
                     { QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-codedcharacterset=utf8"),
                         QStringLiteral("-IPTC:City=Porto"), QStringLiteral("-IPTC:ObjectName=Tower"),
                         QStringLiteral("-XMP-dc:Title=Tower"), QStringLiteral("-XMP-photoshop:City=Porto"), allThree }),
            0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("JPEG with XMP only") << QStringLiteral("full-xmp.jpg");
        QTest::newRow("JPEG with IIM only (UTF-8)") << QStringLiteral("iim-utf8.jpg");
        QTest::newRow("JPEG with IIM in windows-1251") << QStringLiteral("iim-cp1251.jpg");
        QTest::newRow("JPEG with EXIF only") << QStringLiteral("exif-only.jpg");
        QTest::newRow("JPEG with XMP and IIM that disagree") << QStringLiteral("conflict.jpg");
        QTest::newRow("JPEG with XMP, IIM and EXIF") << QStringLiteral("all-three.jpg");
        QTest::newRow("JPEG without metadata") << QStringLiteral("no-metadata.jpg");
        QTest::newRow("TIFF") << QStringLiteral("xmp.tif");
        QTest::newRow("PNG") << QStringLiteral("xmp.png");
        QTest::newRow("WebP") << QStringLiteral("xmp.webp");
    }

    // Every field reads back through our reader, and ExifTool sees the new values in XMP.
    void roundTrip()
    {
        QFETCH(QString, file);
        const QString path = copy(file);
        const QByteArray before = bytesOf(path);
        const WriteResult result = write(path, correction(), writableFields());
        QVERIFY2(result.outcome == WriteResult::Outcome::Written, qPrintable(result.error.code + result.error.message));
        QCOMPARE(result.files, QStringList { QFileInfo(path).canonicalFilePath() });

        const ImageMetadata back = read(path);
        for (const Field field : writableFields())
            QVERIFY2(back.record.value(field) == correction().value(field), qPrintable(FieldRegistry::jsonKey(field)));
        QVERIFY(!QImage(path).isNull());
        if (before.startsWith("\xFF\xD8"))
            QCOMPARE(fromFirstSos(bytesOf(path)), fromFirstSos(before));

        const QJsonObject tool = exiftool(path);
        QCOMPARE(tool.value(QLatin1String("XMP-dc:Title")).toString(), QStringLiteral("Café à Lisboa"));
        QCOMPARE(tool.value(QLatin1String("XMP-dc:Description")).toString(),
            QStringLiteral("東京の夜景 — night view, Zürich crew"));
        QCOMPARE(strings(tool.value(QLatin1String("XMP-dc:Creator"))),
            (QStringList { QStringLiteral("José Álvarez"), QStringLiteral("Ирина Петрова") }));
        QCOMPARE(strings(tool.value(QLatin1String("XMP-dc:Subject"))),
            (QStringList { QStringLiteral("café"), QStringLiteral("ночь"), QStringLiteral("東京") }));
        QCOMPARE(tool.value(QLatin1String("XMP-photoshop:City")).toString(), QStringLiteral("São Paulo"));
        QCOMPARE(tool.value(QLatin1String("XMP-photoshop:Headline")).toString(), QStringLiteral("Москва: снег в мае"));
        QCOMPARE(tool.value(QLatin1String("XMP-iptcExt:DigitalSourceType")).toString(),
            QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"));
        QCOMPARE(tool.value(QLatin1String("XMP-plus:ModelReleaseStatus")).toString(), QStringLiteral("None"));
        QCOMPARE(tool.value(QLatin1String("XMP-iptcCore:AltTextAccessibility")).toString(),
            QStringLiteral("Ein Café bei Nacht"));
        if (tool.contains(QLatin1String("IPTC:ObjectName"))) {
            // IIM, where the file has it, is in step and marked UTF-8.
            QCOMPARE(tool.value(QLatin1String("IPTC:CodedCharacterSet")).toString(), QStringLiteral("UTF8"));
            QCOMPARE(tool.value(QLatin1String("IPTC:ObjectName")).toString(), QStringLiteral("Café à Lisboa"));
            QCOMPARE(strings(tool.value(QLatin1String("IPTC:By-line"))),
                (QStringList { QStringLiteral("José Álvarez"), QStringLiteral("Ирина Петрова") }));
            QCOMPARE(strings(tool.value(QLatin1String("IPTC:Keywords"))),
                (QStringList { QStringLiteral("café"), QStringLiteral("ночь"), QStringLiteral("東京") }));
            QCOMPARE(tool.value(QLatin1String("IPTC:DateCreated")).toString(), QStringLiteral("2024:05:09"));
        }
        if (tool.contains(QLatin1String("IFD0:XPTitle"))) {
            // EXIF copies the file already had are in step too.
            QCOMPARE(tool.value(QLatin1String("IFD0:XPTitle")).toString(), QStringLiteral("Café à Lisboa"));
            QCOMPARE(tool.value(QLatin1String("IFD0:Artist")).toString(), QStringLiteral("José Álvarez; Ирина Петрова"));
            QCOMPARE(tool.value(QLatin1String("IFD0:XPKeywords")).toString(), QStringLiteral("café; ночь; 東京"));
            QCOMPARE(tool.value(QLatin1String("IFD0:ImageDescription")).toString().trimmed(),
                QStringLiteral("OLYMPUS DIGITAL CAMERA")); // camera text is not a caption
        }
    }

    // Writing the same values again changes no byte.
    void sameValuesLeaveTheFileAlone()
    {
        const QString path = copy(QStringLiteral("conflict.jpg"), QStringLiteral("again.jpg"));
        QCOMPARE(write(path, correction(), writableFields()).outcome, WriteResult::Outcome::Written);
        const QByteArray written = bytesOf(path);
        const WriteResult again = write(path, correction(), writableFields());
        QCOMPARE(again.outcome, WriteResult::Outcome::Unchanged);
        QVERIFY(again.files.isEmpty());
        QCOMPARE(bytesOf(path), written);
    }

    // A cleared field is removed from every copy; the camera's date stays and says so.
    void clearingRemovesEveryCopy()
    {
        const QString path = copy(QStringLiteral("all-three.jpg"), QStringLiteral("cleared.jpg"));
        const QList<Field> fields { Field::Title, Field::City, Field::Keywords, Field::Author, Field::Date };
        const WriteResult result = write(path, ImageRecord(), fields);
        QVERIFY2(result.outcome == WriteResult::Outcome::Written, qPrintable(result.error.message));
        const ImageMetadata back = read(path);
        for (const Field field : { Field::Title, Field::City, Field::Keywords, Field::Author })
            QVERIFY2(!back.record.has(field), qPrintable(FieldRegistry::jsonKey(field)));
        QCOMPARE(back.record.text(Field::Date), QStringLiteral("2023-12-31")); // EXIF DateTimeOriginal
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().code, QStringLiteral("date-from-camera"));
        const QJsonObject tool = exiftool(path);
        for (const char *key : { "XMP-dc:Title", "IPTC:ObjectName", "IFD0:XPTitle", "XMP-photoshop:City", "IPTC:City",
                 "IFD0:Artist", "IFD0:XPKeywords" })
            QVERIFY2(!tool.contains(QLatin1String(key)), key);
        QCOMPARE(tool.value(QLatin1String("ExifIFD:DateTimeOriginal")).toString(), QStringLiteral("2023:12:31 23:59:58"));
    }

    // Only the written tags change: ExifTool's full listing is otherwise the same.
    void otherTagsKeepTheirValues()
    {
        const QString path = copy(QStringLiteral("all-three.jpg"), QStringLiteral("others.jpg"));
        const QStringList options { QStringLiteral("-a"), QStringLiteral("-b") };
        QJsonObject before = exiftool(path, options);
        QVERIFY(write(path, correction(), { Field::Headline }).outcome == WriteResult::Outcome::Written);
        QJsonObject after = exiftool(path, options);
        QCOMPARE(after.value(QLatin1String("XMP-photoshop:Headline")).toString(), QStringLiteral("Москва: снег в мае"));
        QCOMPARE(after.value(QLatin1String("IPTC:Headline")).toString(), QStringLiteral("Москва: снег в мае"));
        QVERIFY(after.contains(QLatin1String("IFD1:ThumbnailImage"))); // the embedded thumbnail, compared below
        for (QJsonObject *listing : { &before, &after }) {
            for (const QString &key : listing->keys()) {
                if (key.startsWith(QLatin1String("System:")) || key.startsWith(QLatin1String("File:"))
                    || key == QLatin1String("SourceFile") || key == QLatin1String("XMP-photoshop:Headline")
                    || key == QLatin1String("IPTC:Headline")
                    || key == QLatin1String("XMP-x:XMPToolkit")) // names the program that wrote the packet
                    listing->remove(key);
            }
        }
        for (const QString &key : after.keys())
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        QCOMPARE(after.keys(), before.keys());
    }

    // Unmarked IIM in a legacy page is rewritten as UTF-8 with its marker, so no dataset is left behind.
    void legacyIimBecomesUtf8()
    {
        const QString path = copy(QStringLiteral("iim-cp1251.jpg"), QStringLiteral("cp1251.jpg"));
        ReadOptions cyrillic;
        cyrillic.legacyCodepage = QStringLiteral("windows-1251");
        WriteOptions options;
        options.read = cyrillic;
        ImageRecord values;
        values.setValue(Field::Title, QStringLiteral("Зенит"));
        QVERIFY(write(path, values, { Field::Title }, options).outcome == WriteResult::Outcome::Written);
        const QJsonObject tool = exiftool(path);
        QCOMPARE(tool.value(QLatin1String("IPTC:CodedCharacterSet")).toString(), QStringLiteral("UTF8"));
        QCOMPARE(tool.value(QLatin1String("IPTC:City")).toString(), QStringLiteral("Санкт-Петербург"));
        QCOMPARE(tool.value(QLatin1String("IPTC:ObjectName")).toString(), QStringLiteral("Зенит"));
        const ImageMetadata back = read(path); // no code page needed any more
        QCOMPARE(back.record.text(Field::City), QStringLiteral("Санкт-Петербург"));
    }

    // IIM limits are bytes: the IIM copy is cut at a character boundary, XMP keeps it all.
    void longValuesAreCutOnlyInIim()
    {
        const QString path = copy(QStringLiteral("conflict.jpg"), QStringLiteral("long.jpg"));
        ImageRecord values;
        const QString name = QStringLiteral("Александра Константинопольская"); // 30 letters, 60 bytes
        values.setValue(Field::Author, name);
        const WriteResult result = write(path, values, { Field::Author });
        QCOMPARE(result.outcome, WriteResult::Outcome::Written);
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.first().code, QStringLiteral("iim-truncated"));
        const QJsonObject tool = exiftool(path);
        QCOMPARE(tool.value(QLatin1String("IPTC:By-line")).toString(), name.left(16)); // 32 bytes
        QCOMPARE(strings(tool.value(QLatin1String("XMP-dc:Creator"))), QStringList { name });
        QCOMPARE(read(path).record.text(Field::Author), name);
    }

    // The metadata language's alternative changes, plus x-default; other languages stay.
    void languageAlternatives()
    {
        const QString path = copy(QStringLiteral("full-xmp.jpg"), QStringLiteral("langalt.jpg"));
        WriteOptions options;
        options.read.language = QStringLiteral("pt-BR");
        ImageRecord values;
        values.setValue(Field::Caption, QStringLiteral("Barcos ao amanhecer."));
        QVERIFY(write(path, values, { Field::Caption }, options).outcome == WriteResult::Outcome::Written);
        const QJsonObject tool = exiftool(path);
        QCOMPARE(tool.value(QLatin1String("XMP-dc:Description")).toString(), QStringLiteral("Barcos ao amanhecer."));
        QCOMPARE(tool.value(QLatin1String("XMP-dc:Description-pt-BR")).toString(), QStringLiteral("Barcos ao amanhecer."));
        QCOMPARE(tool.value(QLatin1String("XMP-dc:Description-ru")).toString(), QStringLiteral("Лодки"));
        // Without x-default, only the language's own alternative is added; the others stay.
        const QString noDefault = copy(QStringLiteral("langalt.jpg"), QStringLiteral("no-default.jpg"));
        options.read.language = QStringLiteral("fr");
        values.setValue(Field::Title, QStringLiteral("Coucher de soleil"));
        QVERIFY(write(noDefault, values, { Field::Title }, options).outcome == WriteResult::Outcome::Written);
        const QJsonObject titles = exiftool(noDefault);
        QCOMPARE(titles.value(QLatin1String("XMP-dc:Title-fr")).toString(), QStringLiteral("Coucher de soleil"));
        QCOMPARE(titles.value(QLatin1String("XMP-dc:Title-es")).toString(), QStringLiteral("Atardecer"));
        QCOMPARE(titles.value(QLatin1String("XMP-dc:Title-ru")).toString(), QStringLiteral("Закат"));
        QCOMPARE(read(noDefault, options.read).record.text(Field::Title), QStringLiteral("Coucher de soleil"));
    }
};

QTEST_GUILESS_MAIN(TestMetadataWriter)
#include "tst_metadatawriter.moc"
