// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/record/recordcodec.h"

using namespace Wesog;

Q_DECLARE_METATYPE(Wesog::Field)
Q_DECLARE_METATYPE(Wesog::FieldValue)

class tst_RecordCodec : public QObject
{
    Q_OBJECT

private:
    static ImageRecord minimalRecord()
    {
        ImageRecord record;
        record.setId(QStringLiteral("IMG_0042"));
        record.setSrc(QStringLiteral("https://cdn.example.com/IMG_0042.jpg"));
        return record;
    }

private slots:
    void registryHasTheApiFields()
    {
        QCOMPARE(FieldRegistry::all().size(), size_t(27));
        QStringList keys;
        for (const FieldInfo &row : FieldRegistry::all()) {
            keys << QLatin1String(row.jsonKey);
            QCOMPARE(FieldRegistry::fromJsonKey(keys.last()), std::optional<Field>(row.field));
            QVERIFY2(!FieldRegistry::label(row.field).isEmpty(), row.jsonKey);
        }
        QCOMPARE(keys.removeDuplicates(), qsizetype(0));
        QCOMPARE(FieldRegistry::fromJsonKey(u"image_id"), std::nullopt);
        QVERIFY(!FieldRegistry::info(Field::Id).nullable);
        QVERIFY(!FieldRegistry::info(Field::Src).nullable);
        QVERIFY(FieldRegistry::info(Field::Keywords).nullable);
        QCOMPARE(FieldRegistry::info(Field::Caption).iimByteLimit, 2000);
    }

    void setValueRejectsAMismatchedType()
    {
        ImageRecord record = minimalRecord();
        QVERIFY(!record.setValue(Field::Title, QStringList { QStringLiteral("a") }));
        QVERIFY(!record.setValue(Field::Nsfw, QStringLiteral("yes")));
        QVERIFY(!record.setValue(Field::Keywords, true));
        QVERIFY(!record.has(Field::Title));
        QVERIFY(record.setValue(Field::Nsfw, false));
        QCOMPARE(record.flag(Field::Nsfw), std::optional<bool>(false));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<FieldValue>("value");
        const QString unicode = QStringLiteral("Ünïcødé — Закат 日本 🌅 \"quoted\"\nline");
        for (const FieldInfo &row : FieldRegistry::all()) {
            const QByteArray key = row.jsonKey;
            if (row.field != Field::Id && row.field != Field::Src)
                QTest::newRow(key + " absent") << row.field << FieldValue {};
            switch (row.type) {
            case FieldType::Bool:
                QTest::newRow(key + " true") << row.field << FieldValue { true };
                QTest::newRow(key + " false") << row.field << FieldValue { false };
                break;
            case FieldType::TextList:
                QTest::newRow(key + " empty") << row.field << FieldValue { QStringList {} };
                QTest::newRow(key + " unicode")
                    << row.field << FieldValue { QStringList { unicode, QStringLiteral("árbol"), QString() } };
                break;
            default:
                QTest::newRow(key + " empty") << row.field << FieldValue { QString() };
                QTest::newRow(key + " unicode") << row.field << FieldValue { unicode };
                break;
            }
        }
    }

    void roundTrip()
    {
        QFETCH(Field, field);
        QFETCH(FieldValue, value);
        ImageRecord record = minimalRecord();
        QVERIFY(record.setValue(field, value));

        const QJsonObject item = RecordCodec::encodeItem(record);
        const QString key = FieldRegistry::jsonKey(field);
        QCOMPARE(item.contains(key), record.has(field));
        // Through text, as on the wire.
        const QJsonObject wire = QJsonDocument::fromJson(QJsonDocument(item).toJson()).object();
        ImageRecord decoded;
        QCOMPARE(RecordCodec::decodeItem(wire, &decoded), std::nullopt);
        QVERIFY(decoded == record);

        StoredImage stored { record, 64, 48, 0 };
        const QJsonObject out = RecordCodec::encodeImageOut(stored);
        QCOMPARE(out.value(QStringLiteral("image_id")).toString(), record.id());
        QVERIFY(!out.contains(QStringLiteral("id")));
        if (field != Field::Id)
            QCOMPARE(out.value(key).isNull(), !record.has(field));
        StoredImage decodedOut;
        QCOMPARE(RecordCodec::decodeImageOut(out, &decodedOut), std::nullopt);
        QVERIFY(decodedOut == stored);
    }

    void wrongTypeNamesTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedKey");
        for (const FieldInfo &row : FieldRegistry::all()) {
            const QString key = row.field == Field::Id ? QStringLiteral("image_id") : QLatin1String(row.jsonKey);
            const QByteArray name = key.toUtf8();
            switch (row.type) {
            case FieldType::Bool:
                QTest::newRow(name + " string") << key << QJsonValue(QStringLiteral("true")) << key;
                QTest::newRow(name + " number") << key << QJsonValue(1) << key;
                break;
            case FieldType::TextList:
                QTest::newRow(name + " string") << key << QJsonValue(QStringLiteral("a,b")) << key;
                QTest::newRow(name + " item")
                    << key << QJsonValue(QJsonArray { QStringLiteral("a"), 7 }) << key + QStringLiteral("[1]");
                break;
            default:
                QTest::newRow(name + " number") << key << QJsonValue(42) << key;
                QTest::newRow(name + " object") << key << QJsonValue(QJsonObject {}) << key;
                QTest::newRow(name + " list") << key << QJsonValue(QJsonArray { QStringLiteral("x") }) << key;
                break;
            }
        }
        QTest::newRow("width string") << QStringLiteral("width") << QJsonValue(QStringLiteral("64"))
                                      << QStringLiteral("width");
        QTest::newRow("height negative") << QStringLiteral("height") << QJsonValue(-1) << QStringLiteral("height");
        QTest::newRow("n_faces fraction") << QStringLiteral("n_faces") << QJsonValue(1.5) << QStringLiteral("n_faces");
    }

    void wrongTypeNamesTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedKey);
        QJsonObject json = RecordCodec::encodeImageOut({ minimalRecord(), 1, 1, 0 });
        json.insert(key, value);
        StoredImage image;
        image.width = 999;
        const auto error = RecordCodec::decodeImageOut(json, &image);
        QVERIFY(error.has_value());
        QCOMPARE(error->key, expectedKey);
        QVERIFY(error->message().contains(expectedKey));
        QVERIFY(!error->pydanticType().isEmpty());
        QCOMPARE(image.width, std::optional<qint64>(999)); // untouched on error
    }

    void missingKeysInRepliesAreNull()
    {
        StoredImage image;
        QCOMPARE(
            RecordCodec::decodeImageOut(QJsonObject { { QStringLiteral("image_id"), QStringLiteral("a") } }, &image),
            std::nullopt);
        QCOMPARE(image.record.id(), QStringLiteral("a"));
        QVERIFY(!image.record.has(Field::Src));
        QVERIFY(!image.width.has_value());
        QCOMPARE(RecordCodec::decodeImageOut(QJsonObject { { QStringLiteral("width"), 64.0 } }, &image), std::nullopt);
        QCOMPARE(image.width, std::optional<qint64>(64)); // integral floats are integers
    }

    void unknownKeysAreIgnored()
    {
        QJsonObject json = RecordCodec::encodeItem(minimalRecord());
        json.insert(QStringLiteral("description"), QStringLiteral("not an API field"));
        json.insert(QStringLiteral("image_id"), 5);
        ImageRecord record;
        QCOMPARE(RecordCodec::decodeItem(json, &record), std::nullopt);
        QVERIFY(record == minimalRecord());
    }

    void presentFieldsTellNullFromAbsent()
    {
        const QJsonObject json { { QStringLiteral("id"), QStringLiteral("IMG_0042") },
            { QStringLiteral("city"), QJsonValue::Null }, { QStringLiteral("keywords"), QJsonArray() },
            { QStringLiteral("title"), QStringLiteral("Harbour") }, { QStringLiteral("description"), 1 } };
        // decodeItem() reads null as absent; presentFields() still names the key, unknown ones never.
        QCOMPARE(
            RecordCodec::presentFields(json), (QList<Field> { Field::Id, Field::Title, Field::City, Field::Keywords }));
        QVERIFY(RecordCodec::presentFields({}).isEmpty());
    }

    void goldenPutItem()
    {
        ImageRecord record = minimalRecord();
        record.setValue(Field::Title, QStringLiteral("Harbour"));
        record.setValue(Field::Keywords, QStringList { QStringLiteral("boat"), QStringLiteral("dawn") });
        record.setValue(Field::Nsfw, false);
        record.setValue(Field::Date, QStringLiteral("2024-06-23"));
        record.setValue(Field::Caption, QString()); // present but empty: sent as ""
        const QByteArray wire = QJsonDocument(RecordCodec::encodeItem(record)).toJson(QJsonDocument::Compact);
        const QByteArray golden = "{\"caption\":\"\",\"date\":\"2024-06-23\",\"id\":\"IMG_0042\","
                                  "\"keywords\":[\"boat\",\"dawn\"],\"nsfw\":false,"
                                  "\"src\":\"https://cdn.example.com/IMG_0042.jpg\",\"title\":\"Harbour\"}";
        QCOMPARE(wire, golden);
    }

    void directJsonMatchesTheJsonObjectEncoding_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Harbour at dawn");
        QTest::newRow("quote and backslash") << QStringLiteral("say \"cheese\" C:\\photos\\");
        QTest::newRow("control chars") << QStringLiteral("line\nbreak\ttab\x01\x1f end");
        QTest::newRow("two-byte") << QStringLiteral("Café São Paulo");
        QTest::newRow("three-byte") << QStringLiteral("Гавань €5");
        QTest::newRow("surrogate pair") << QStringLiteral("sunrise \U0001F305");
        QTest::newRow("empty") << QString();
    }

    void directJsonMatchesTheJsonObjectEncoding()
    {
        QFETCH(QString, text);
        ImageRecord record = minimalRecord();
        record.setValue(Field::Caption, text);
        record.setValue(Field::Keywords, QStringList { text, QStringLiteral("boat") });
        record.setValue(Field::Nsfw, false);
        record.setValue(Field::AiGenerated, true);
        QByteArray json;
        RecordCodec::appendItemJson(record, &json);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(parsed.object(), RecordCodec::encodeItem(record));
    }

    void loneSurrogateBecomesAReplacementCharacter()
    {
        ImageRecord record = minimalRecord();
        record.setValue(Field::Title, QString(QChar(0xd800)) + QLatin1Char('x'));
        QByteArray json;
        RecordCodec::appendItemJson(record, &json);
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        QCOMPARE(parsed.value(QStringLiteral("title")).toString(),
            QString(QChar(QChar::ReplacementCharacter)) + QLatin1Char('x'));
    }
};

QTEST_APPLESS_MAIN(tst_RecordCodec)
#include "tst_recordcodec.moc"
