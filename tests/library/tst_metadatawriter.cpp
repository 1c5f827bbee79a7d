// SPDX-License-Identifier: GPL-3.0-or-later
// Writing corrections back into files (docs/metadata-fields.md §6): what each copy holds
// afterwards, read by our reader and by ExifTool as an independent one, and every refusal.
#include <sys/stat.h>
#include <unistd.h>

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
        if (!QFile::copy(fixture(name), target))
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
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("JPEG with XMP, IIM and EXIF") << QStringLiteral("full-xmp.jpg");
        QTest::newRow("JPEG with IIM only (UTF-8)") << QStringLiteral("iim-utf8.jpg");
        QTest::newRow("JPEG with IIM in windows-1251") << QStringLiteral("iim-cp1251.jpg");
        QTest::newRow("JPEG with EXIF only") << QStringLiteral("exif-only.jpg");
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
    }
};

QTEST_GUILESS_MAIN(TestMetadataWriter)
#include "tst_metadatawriter.moc"
