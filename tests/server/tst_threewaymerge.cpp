// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/server/threewaymerge.h"

using namespace Wesog;

Q_DECLARE_METATYPE(Wesog::FieldValue)

class tst_ThreeWayMerge : public QObject
{
    Q_OBJECT

private:
    static ImageRecord record(std::initializer_list<std::pair<Field, FieldValue>> values)
    {
        ImageRecord result;
        result.setId(QStringLiteral("IMG_1"));
        result.setSrc(QStringLiteral("https://cdn.example.com/1.jpg"));
        for (const auto &[field, value] : values)
            result.setValue(field, value);
        return result;
    }
    static StoredImage stored(const ImageRecord &record) { return StoredImage { record, 640, 480, 0 }; }
    static FieldValue text(const char *value) { return QString::fromUtf8(value); }
    static FieldValue list(std::initializer_list<const char *> values)
    {
        QStringList result;
        for (const char *value : values)
            result << QString::fromUtf8(value);
        return result;
    }

private slots:
    void unsetSpellingsAreEqual_data()
    {
        QTest::addColumn<FieldValue>("a");
        QTest::addColumn<FieldValue>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("absent, empty text") << FieldValue() << text("") << true;
        QTest::newRow("absent, empty list") << FieldValue() << FieldValue(QStringList()) << true;
        QTest::newRow("empty text, empty list") << text("") << FieldValue(QStringList()) << true;
        QTest::newRow("absent, false flag") << FieldValue() << FieldValue(false) << false;
        QTest::newRow("absent, text") << FieldValue() << text("x") << false;
        QTest::newRow("same list") << list({ "a", "b" }) << list({ "a", "b" }) << true;
        QTest::newRow("list order counts") << list({ "a", "b" }) << list({ "b", "a" }) << false;
        QTest::newRow("case counts") << text("Paris") << text("paris") << false;
        QTest::newRow("flags") << FieldValue(true) << FieldValue(false) << false;
    }

    void unsetSpellingsAreEqual()
    {
        QFETCH(FieldValue, a);
        QFETCH(FieldValue, b);
        QFETCH(bool, same);
        QCOMPARE(ThreeWayMerge::sameValue(a, b), same);
        QCOMPARE(ThreeWayMerge::sameValue(b, a), same);
    }

    void oursEqualToBaseIsUnchangedWhateverTheServerHolds()
    {
        const StoredImage base = stored(record({ { Field::City, text("Paris") }, { Field::Keywords, list({}) } }));
        // Our copy spells the unset keywords differently: still unchanged.
        const StoredImage ours = stored(record({ { Field::City, text("Paris") } }));
        const StoredImage server = stored(record({ { Field::City, text("Lyon") } }));
        const ThreeWayResult result = ThreeWayMerge::mergeImage(&base, &server, ours);
        QVERIFY(result.unchanged);
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(result.mergedFields.isEmpty());
        QVERIFY(ThreeWayMerge::mergeImage(&base, nullptr, ours).unchanged);
    }

    void ourEditGoesWithEveryUntouchedFieldOfTheBase()
    {
        // Every type: text, URL, flags (false included), date, status, lists.
        const StoredImage base = stored(record(
            { { Field::Title, text("Harbour") }, { Field::City, text("Pari") }, { Field::Nsfw, FieldValue(false) },
                { Field::AiGenerated, FieldValue(true) }, { Field::Date, text("2024-05-01") },
                { Field::Status, text("Active") }, { Field::UrlImgThumbnail, text("https://cdn.example.com/t/1.jpg") },
                { Field::Keywords, list({ "boat", "sea" }) }, { Field::Collections, list({ "Exclusive" }) } }));
        StoredImage ours = base;
        ours.record.setValue(Field::City, text("Paris"));
        const ThreeWayResult result = ThreeWayMerge::mergeImage(&base, &base, ours);
        QVERIFY(!result.unchanged);
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(result.mergedFields.isEmpty());
        QCOMPARE(result.toSend, ours.record);
    }

    void serverChangeToAFieldWeDidNotTouchIsKeptAndNamed()
    {
        const ImageRecord base = record({ { Field::City, text("Pari") }, { Field::Author, text("Ann") },
            { Field::Keywords, list({ "boat" }) }, { Field::Nsfw, FieldValue(false) } });
        ImageRecord server = base;
        server.setValue(Field::Author, text("Ann Lee"));
        server.setValue(Field::Keywords, list({ "boat", "harbour" }));
        server.clear(Field::Nsfw); // cleared by them: the clearing is kept too
        ImageRecord ours = base;
        ours.setValue(Field::City, text("Paris"));

        const ThreeWayResult result = ThreeWayMerge::mergeRecord(&base, &server, ours);
        QVERIFY(!result.unchanged);
        QVERIFY(result.conflicts.isEmpty());
        QCOMPARE(result.mergedFields, (QList<Field> { Field::Nsfw, Field::Author, Field::Keywords }));
        const ImageRecord expected = record({ { Field::City, text("Paris") }, { Field::Author, text("Ann Lee") },
            { Field::Keywords, list({ "boat", "harbour" }) } });
        QCOMPARE(result.toSend, expected);
    }

    void bothChangingToTheSameValueIsNoConflict()
    {
        const ImageRecord base = record({ { Field::City, text("Pari") } });
        const ImageRecord both = record({ { Field::City, text("Paris") } });
        const ThreeWayResult result = ThreeWayMerge::mergeRecord(&base, &both, both);
        QVERIFY(!result.unchanged);
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(result.mergedFields.isEmpty());
        QCOMPARE(result.toSend, both);
    }

    void bothChangingDifferentlyIsAConflictWithTheThreeValues()
    {
        const ImageRecord base = record(
            { { Field::City, text("Pari") }, { Field::Keywords, list({ "a", "b" }) }, { Field::Title, text("T") } });
        ImageRecord server = base;
        server.setValue(Field::City, text("Lyon"));
        server.setValue(Field::Keywords, list({ "b", "a" })); // reordered by them
        server.setValue(Field::Title, text("Their title")); // merged: we did not touch it
        ImageRecord ours = base;
        ours.setValue(Field::City, text("Paris"));
        ours.clear(Field::Keywords); // we cleared what they reordered

        const ThreeWayResult result = ThreeWayMerge::mergeRecord(&base, &server, ours);
        QVERIFY(!result.unchanged);
        QCOMPARE(result.conflicts.size(), 2);
        const FieldConflict &city = result.conflicts.at(0);
        QCOMPARE(city.field, std::optional<Field>(Field::City));
        QCOMPARE(city.base, text("Pari"));
        QCOMPARE(city.server, text("Lyon"));
        QCOMPARE(city.ours, text("Paris"));
        const FieldConflict &keywords = result.conflicts.at(1);
        QCOMPARE(keywords.field, std::optional<Field>(Field::Keywords));
        QCOMPARE(keywords.base, list({ "a", "b" }));
        QCOMPARE(keywords.server, list({ "b", "a" }));
        QCOMPARE(keywords.ours, FieldValue()); // unset is monostate, not []
        QCOMPARE(result.mergedFields, QList<Field> { Field::Title });
    }

    void clearedByUsWhileTheServerKeptTheBaseSendsTheClearing()
    {
        const ImageRecord base = record({ { Field::Caption, text("Old") } });
        const ImageRecord ours = record({ { Field::Caption, text("") } });
        const ThreeWayResult result = ThreeWayMerge::mergeRecord(&base, &base, ours);
        QVERIFY(!result.unchanged);
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(!result.toSend.has(Field::Caption)); // normalized: "" goes as absent
    }

    void imageDeletedOnTheServerIsAWholeImageConflict()
    {
        const ImageRecord base = record({ { Field::City, text("Pari") } });
        const ImageRecord ours = record({ { Field::City, text("Paris") } });
        const ThreeWayResult result = ThreeWayMerge::mergeRecord(&base, nullptr, ours);
        QVERIFY(!result.unchanged);
        QCOMPARE(result.conflicts.size(), 1);
        QVERIFY(!result.conflicts.first().field);
        QCOMPARE(result.conflicts.first().base, FieldValue());
        QCOMPARE(result.conflicts.first().server, FieldValue());
        QCOMPARE(result.conflicts.first().ours, FieldValue());
    }

    void noBaseButTheIdExistsIsAWholeImageConflict()
    {
        const ImageRecord server = record({ { Field::City, text("Lyon") } });
        const ImageRecord ours = record({ { Field::City, text("Lyon") } });
        const ThreeWayResult result = ThreeWayMerge::mergeRecord(nullptr, &server, ours);
        QVERIFY(!result.unchanged);
        QCOMPARE(result.conflicts.size(), 1);
        QVERIFY(!result.conflicts.first().field);
    }

    void noBaseAndNotOnTheServerSendsOursNormalized()
    {
        const ImageRecord ours = record({ { Field::City, text("Paris") }, { Field::Keywords, list({}) } });
        const ThreeWayResult result = ThreeWayMerge::mergeRecord(nullptr, nullptr, ours);
        QVERIFY(!result.unchanged);
        QVERIFY(result.conflicts.isEmpty());
        QCOMPARE(result.toSend, record({ { Field::City, text("Paris") } }));
    }

    void everyFieldOfTheRegistryTakesPart()
    {
        // One value per field, changed by the server only: each must come back as merged.
        ImageRecord base;
        ImageRecord server;
        for (const FieldInfo &info : FieldRegistry::all()) {
            const QString name = QString::fromLatin1(info.jsonKey);
            switch (info.type) {
            case FieldType::Bool:
                base.setValue(info.field, false);
                server.setValue(info.field, true);
                break;
            case FieldType::TextList:
                base.setValue(info.field, QStringList { name });
                server.setValue(info.field, QStringList { name, name });
                break;
            default:
                base.setValue(info.field, name);
                server.setValue(info.field, name + QStringLiteral("2"));
            }
        }
        ImageRecord ours = base;
        ours.setValue(Field::Id, server.id()); // the id is the image: equal on all three sides
        base.setValue(Field::Id, server.id());
        ours.setValue(Field::Title, QStringLiteral("ours"));
        server.setValue(Field::Title, base.value(Field::Title)); // only ours changed the title
        const ThreeWayResult result = ThreeWayMerge::mergeRecord(&base, &server, ours);
        QVERIFY(result.conflicts.isEmpty());
        QCOMPARE(result.mergedFields.size(), FieldCount - 2);
        ImageRecord expected = server;
        expected.setValue(Field::Title, QStringLiteral("ours"));
        QCOMPARE(result.toSend, expected);
    }
};

QTEST_GUILESS_MAIN(tst_ThreeWayMerge)
#include "tst_threewaymerge.moc"
