// SPDX-License-Identifier: GPL-3.0-or-later
// Writing corrections back into files (docs/metadata-fields.md §6): what each copy holds
// afterwards, read by our reader and by ExifTool as an independent one, and every refusal.
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
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
        const QString source = name == QLatin1String("all-three.jpg")
            ? m_dir.filePath(QStringLiteral("made/all-three.jpg"))
            : fixture(name);
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
                     { QStringLiteral("-q"), QStringLiteral("-overwrite_original"),
                         QStringLiteral("-codedcharacterset=utf8"), QStringLiteral("-IPTC:City=Porto"),
                         QStringLiteral("-IPTC:ObjectName=Tower"), QStringLiteral("-XMP-dc:Title=Tower"),
                         QStringLiteral("-XMP-photoshop:City=Porto"), allThree }),
            0);
        // And a colour profile: a minimal ICC header is enough for every reader to keep it.
        QByteArray icc(132, '\0');
        icc[3] = char(132);
        icc.replace(12, 12, "mntrRGB XYZ "); // a display profile, RGB to XYZ
        icc.replace(36, 4, "acsp");
        QFile profile(m_dir.filePath(QStringLiteral("made/tiny.icc")));
        QVERIFY(profile.open(QIODevice::WriteOnly) && profile.write(icc) == icc.size());
        profile.close();
        QProcess exiftool;
        exiftool.start(QStringLiteral("exiftool"),
            { QStringLiteral("-overwrite_original"), QStringLiteral("-ICC_Profile<=") + profile.fileName(), allThree });
        QVERIFY(exiftool.waitForFinished(60000));
        QVERIFY2(exiftool.exitCode() == 0, exiftool.readAllStandardError().constData());
        QCOMPARE(binaryTag(allThree, QStringLiteral("ICC_Profile")), icc);
    }

    static QByteArray binaryTag(const QString &path, const QString &tag)
    {
        QProcess process;
        process.start(QStringLiteral("exiftool"), { QStringLiteral("-b"), QLatin1Char('-') + tag, path });
        process.waitForFinished(60000);
        return process.readAllStandardOutput();
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
            QCOMPARE(
                tool.value(QLatin1String("IFD0:Artist")).toString(), QStringLiteral("José Álvarez; Ирина Петрова"));
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
        QCOMPARE(
            tool.value(QLatin1String("ExifIFD:DateTimeOriginal")).toString(), QStringLiteral("2023:12:31 23:59:58"));
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

    // The colour profile and the embedded thumbnail come through byte for byte.
    void profileAndThumbnailStay()
    {
        const QString path = copy(QStringLiteral("all-three.jpg"), QStringLiteral("icc.jpg"));
        const QByteArray icc = binaryTag(path, QStringLiteral("ICC_Profile"));
        const QByteArray thumbnail = binaryTag(path, QStringLiteral("ThumbnailImage"));
        QVERIFY(!icc.isEmpty() && thumbnail.startsWith("\xFF\xD8"));
        QCOMPARE(write(path, correction(), writableFields()).outcome, WriteResult::Outcome::Written);
        QCOMPARE(binaryTag(path, QStringLiteral("ICC_Profile")), icc);
        QCOMPARE(binaryTag(path, QStringLiteral("ThumbnailImage")), thumbnail);
    }

    // Photoshop's digest of the IIM is recomputed, so no program prefers a stale IIM over the new XMP.
    void iptcDigestFollowsTheIim()
    {
        const QString path = copy(QStringLiteral("conflict.jpg"), QStringLiteral("digest.jpg"));
        QCOMPARE(QProcess::execute(QStringLiteral("exiftool"),
                     { QStringLiteral("-q"), QStringLiteral("-overwrite_original"), QStringLiteral("-IPTCDigest=new"),
                         path }),
            0);
        const QString before = exiftool(path).value(QLatin1String("Photoshop:IPTCDigest")).toString();
        QCOMPARE(before.size(), 32);
        ImageRecord values;
        values.setValue(Field::City, QStringLiteral("Évora"));
        QCOMPARE(write(path, values, { Field::City }).outcome, WriteResult::Outcome::Written);
        const QJsonObject tool = exiftool(path);
        QCOMPARE(tool.value(QLatin1String("IPTC:City")).toString(), QStringLiteral("Évora"));
        const QString after = tool.value(QLatin1String("Photoshop:IPTCDigest")).toString();
        QVERIFY(after.size() == 32 && after != before);
        QCOMPARE(
            tool.value(QLatin1String("Photoshop:IPTCDigest")), tool.value(QLatin1String("File:CurrentIPTCDigest")));
        QVERIFY2(!tool.contains(QLatin1String("ExifTool:Warning")),
            qPrintable(tool.value(QLatin1String("ExifTool:Warning")).toString()));
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

    // Automatic: into the file and into every sidecar it already has, so no copy goes stale.
    void everyExistingSidecarFollows()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("both"));
        const QString path = copy(QStringLiteral("both.jpg"), QStringLiteral("both/both.jpg"));
        copy(QStringLiteral("both.xmp"), QStringLiteral("both/both.xmp"));
        copy(QStringLiteral("both.jpg.xmp"), QStringLiteral("both/both.jpg.xmp"));
        ImageRecord values;
        values.setValue(Field::Title, QStringLiteral("Сайдкар"));
        const WriteResult result = write(path, values, { Field::Title });
        QCOMPARE(result.outcome, WriteResult::Outcome::Written);
        QCOMPARE(result.files.size(), 3);
        for (const QString &file :
            { QStringLiteral("both/both.jpg"), QStringLiteral("both/both.xmp"), QStringLiteral("both/both.jpg.xmp") })
            QCOMPARE(exiftool(m_dir.filePath(file)).value(QLatin1String("XMP-dc:Title")).toString(),
                QStringLiteral("Сайдкар"));
        QCOMPARE(read(path).record.text(Field::Title), QStringLiteral("Сайдкар"));
    }

    // Sidecar-only: the image keeps every byte; a new sidecar is named as the preference says.
    void sidecarOnly_data()
    {
        QTest::addColumn<int>("naming");
        QTest::addColumn<bool>("twin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NAME.xmp") << int(SidecarNaming::BaseName) << false << QStringLiteral("solo.xmp");
        QTest::newRow("NAME.EXT.xmp") << int(SidecarNaming::FullName) << false << QStringLiteral("solo.jpg.xmp");
        QTest::newRow("shared base name") << int(SidecarNaming::BaseName) << true << QStringLiteral("solo.jpg.xmp");
    }

    void sidecarOnly()
    {
        QFETCH(int, naming);
        QFETCH(bool, twin);
        QFETCH(QString, expected);
        const QString folder
            = QStringLiteral("sidecar-%1")
                  .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        QDir(m_dir.path()).mkpath(folder);
        const QString path = copy(QStringLiteral("full-xmp.jpg"), folder + QStringLiteral("/solo.jpg"));
        if (twin)
            copy(QStringLiteral("xmp.png"), folder + QStringLiteral("/solo.png"));
        const QByteArray before = bytesOf(path);
        WriteOptions options;
        options.target = WriteTarget::SidecarOnly;
        options.newSidecar = SidecarNaming(naming);
        const WriteResult result = write(path, correction(), { Field::City, Field::Keywords }, options);
        QVERIFY2(result.outcome == WriteResult::Outcome::Written, qPrintable(result.error.message));
        const QString sidecar = m_dir.filePath(folder + QLatin1Char('/') + expected);
        QCOMPARE(result.files, QStringList { sidecar });
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(exiftool(sidecar).value(QLatin1String("XMP-photoshop:City")).toString(), QStringLiteral("São Paulo"));
        const ImageMetadata back = read(path);
        QCOMPARE(back.record.text(Field::City), QStringLiteral("São Paulo"));
        QCOMPARE(back.record.list(Field::Keywords), correction().list(Field::Keywords));
    }

    // In sidecar-only mode a clear of what the file holds is refused: the file's value would come back.
    void sidecarOnlyCannotClearTheFile()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("needs-file"));
        const QString path = copy(QStringLiteral("full-xmp.jpg"), QStringLiteral("needs-file/image.jpg"));
        WriteOptions options;
        options.target = WriteTarget::SidecarOnly;
        const WriteResult result = write(path, ImageRecord(), { Field::City }, options);
        QCOMPARE(result.outcome, WriteResult::Outcome::Failed);
        QCOMPARE(result.error.code, QStringLiteral("needs-file"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("needs-file/image.xmp"))));
    }

    // A dry run says what would change and touches nothing.
    void dryRunWritesNothing()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("dry"));
        const QString path = copy(QStringLiteral("conflict.jpg"), QStringLiteral("dry/image.jpg"));
        const QByteArray before = bytesOf(path);
        WriteOptions options;
        options.dryRun = true;
        ImageRecord values;
        values.setValue(Field::City, QStringLiteral("Lisboa")); // XMP has it already, IIM does not
        values.setValue(Field::Caption, QStringLiteral("New"));
        const WriteResult result = write(path, values, { Field::City, Field::Caption, Field::Headline }, options);
        QCOMPARE(result.outcome, WriteResult::Outcome::Written);
        QCOMPARE(result.files, QStringList { QFileInfo(path).canonicalFilePath() });
        QCOMPARE(result.changedFields, (QList<Field> { Field::City, Field::Caption }));
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(QDir(m_dir.filePath(QStringLiteral("dry"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    // Each refusal leaves the file exactly as it was.
    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("code");
        QTest::newRow("changed on disk") << QStringLiteral("full-xmp.jpg") << QStringLiteral("touch")
                                         << QStringLiteral("changed-on-disk");
        QTest::newRow("hard link") << QStringLiteral("full-xmp.jpg") << QStringLiteral("link")
                                   << QStringLiteral("hard-linked");
        QTest::newRow("damaged image") << QStringLiteral("truncated-in-header.jpg") << QString()
                                       << QStringLiteral("corrupt-image");
        QTest::newRow("not an image") << QStringLiteral("not-a-jpeg.jpg") << QString()
                                      << QStringLiteral("unsupported-format");
        QTest::newRow("gone") << QStringLiteral("full-xmp.jpg") << QStringLiteral("remove")
                              << QStringLiteral("file-missing");
        if (::geteuid() != 0) // as root, tst_wesogctl_write drops privileges for these
            QTest::newRow("read-only file")
                << QStringLiteral("full-xmp.jpg") << QStringLiteral("chmod") << QStringLiteral("read-only");
    }

    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, how);
        QFETCH(QString, code);
        const QString folder
            = QStringLiteral("refusal-%1")
                  .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QDir(m_dir.path()).mkpath(folder);
        const QString path = copy(file, folder + QStringLiteral("/image.jpg"));
        const FileStamp stamp = FileStamp::of(path);
        if (how == QLatin1String("touch")) {
            QFile edit(path);
            QVERIFY(edit.open(QIODevice::Append));
            edit.write("x"); // another program appended a byte after we read it
        } else if (how == QLatin1String("link")) {
            QCOMPARE(::link(QFile::encodeName(path).constData(),
                         QFile::encodeName(path + QStringLiteral(".other")).constData()),
                0);
        } else if (how == QLatin1String("remove")) {
            QFile::remove(path);
        } else if (how == QLatin1String("chmod")) {
            QFile::setPermissions(path, QFile::ReadOwner);
        }
        const QByteArray before = bytesOf(path);
        const WriteResult result
            = MetadataWriter::write(WriteRequest { path, correction(), writableFields(), stamp }, WriteOptions());
        QCOMPARE(result.outcome, WriteResult::Outcome::Failed);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.userMessage().isEmpty());
        QCOMPARE(bytesOf(path), before);
        for (const QString &name : QDir(m_dir.filePath(folder)).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!MetadataWriter::isTemporaryName(name), qPrintable(name));
    }

    // A symlink is followed: the target gets the new values, the link stays a link.
    void symlinkIsFollowed()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("link"));
        const QString target = copy(QStringLiteral("full-xmp.jpg"), QStringLiteral("link/target.jpg"));
        const QString link = m_dir.filePath(QStringLiteral("link/link.jpg"));
        QVERIFY(QFile::link(QStringLiteral("target.jpg"), link));
        ImageRecord values;
        values.setValue(Field::City, QStringLiteral("Braga"));
        QCOMPARE(write(link, values, { Field::City }).outcome, WriteResult::Outcome::Written);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(read(target).record.text(Field::City), QStringLiteral("Braga"));
    }

    // Permissions stay; the time is kept on request; a backup is made once and never overwritten.
    void fileAttributesAndBackup()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("attributes"));
        const QString path = copy(QStringLiteral("full-xmp.jpg"), QStringLiteral("attributes/image.jpg"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-400);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QByteArray original = bytesOf(path);
        WriteOptions options;
        options.keepModificationTime = true;
        options.backup = true;
        ImageRecord values;
        values.setValue(Field::City, QStringLiteral("Faro"));
        QCOMPARE(write(path, values, { Field::City }, options).outcome, WriteResult::Outcome::Written);
        QCOMPARE(QFileInfo(path).lastModified().toUTC().toSecsSinceEpoch(), old.toSecsSinceEpoch());
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0640));
        const QString backup = path + QStringLiteral("_original");
        QCOMPARE(bytesOf(backup), original);
        values.setValue(Field::City, QStringLiteral("Évora"));
        options.keepModificationTime = false;
        QCOMPARE(write(path, values, { Field::City }, options).outcome, WriteResult::Outcome::Written);
        QCOMPARE(bytesOf(backup), original); // the first backup stays
        QVERIFY(QFileInfo(path).lastModified() > QDateTime::currentDateTime().addSecs(-60));
    }

    // What a crash leaves behind is recognised and removed; nothing else is.
    void staleTemporariesAreRemoved()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("stale"));
        const QString folder = m_dir.filePath(QStringLiteral("stale"));
        for (const QString &name : { QStringLiteral(".a.jpg.wesogdesk-Ab12Cd"), QStringLiteral(".notes.txt"),
                 QStringLiteral("a.jpg.wesogdesk-Ab12Cd"), QStringLiteral(".b.JPG.wesogdesk-xyz") }) {
            QFile file(folder + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(MetadataWriter::removeStaleTemporaries(folder), 1);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 3);
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
        QCOMPARE(
            tool.value(QLatin1String("XMP-dc:Description-pt-BR")).toString(), QStringLiteral("Barcos ao amanhecer."));
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
