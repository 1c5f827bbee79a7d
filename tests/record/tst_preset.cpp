// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/record/preset.h"

using namespace Wesog;

class tst_Preset : public QObject
{
    Q_OBJECT

private:
    static ImageRecord record()
    {
        ImageRecord r;
        r.setId(QStringLiteral("IMG_1"));
        r.setValue(Field::Caption, QStringLiteral("Boats at dawn."));
        r.setValue(Field::Keywords, QStringList { QStringLiteral("boat"), QStringLiteral("Dawn") });
        r.setValue(Field::Date, QStringLiteral("2024-06-23"));
        r.setValue(Field::City, QStringLiteral("Porto"));
        return r;
    }

private slots:
    void replaceAndAppendWithVariables()
    {
        const Preset preset { QStringLiteral("Agency"),
            { { Field::Provider, QStringLiteral("Wesog Agency"), false },
                { Field::Caption, QStringLiteral("Photo {filename}, {date}."), true },
                { Field::Keywords, QStringLiteral("dawn; harbour"), true },
                { Field::Categories, QStringLiteral("News"), false }, { Field::Nsfw, QStringLiteral("no"), false },
                { Field::City, QString(), false }, { Field::Title, QStringLiteral("{basename} ({today})"), false } } };
        const ImageRecord result = preset.applied(
            record(), { QStringLiteral("IMG_1.JPG"), QStringLiteral("2024"), QStringLiteral("2026-11-27") });
        QCOMPARE(result.text(Field::Provider), std::optional<QString>(QStringLiteral("Wesog Agency")));
        QCOMPARE(result.text(Field::Caption),
            std::optional<QString>(QStringLiteral("Boats at dawn. Photo IMG_1.JPG, 2024-06-23.")));
        QCOMPARE(result.list(Field::Keywords),
            std::optional<QStringList>({ QStringLiteral("boat"), QStringLiteral("Dawn"), QStringLiteral("harbour") }));
        QCOMPARE(result.list(Field::Categories), std::optional<QStringList>(QStringList { QStringLiteral("News") }));
        QCOMPARE(result.flag(Field::Nsfw), std::optional<bool>(false));
        QVERIFY(!result.has(Field::City)); // an empty replacement clears
        QCOMPARE(result.text(Field::Title), std::optional<QString>(QStringLiteral("IMG_1 (2026-11-27)")));
        QCOMPARE(result.id(), QStringLiteral("IMG_1")); // fields outside the preset are untouched
    }

    void aRowWithoutAFileIsNamedByItsSrcUrl()
    {
        const Preset preset { QStringLiteral("Names"),
            { { Field::Title, QStringLiteral("{folder}/{basename}"), false },
                { Field::Caption, QStringLiteral("{filename}"), false } } };
        const ImageRecord named = preset.applied(record(),
            Preset::Context::forUrl(
                QStringLiteral("https://cdn.example.org/2024/Saint%20Malo/IMG%5F1.jpg?size=large#x"), QString()));
        QCOMPARE(named.text(Field::Title), std::optional<QString>(QStringLiteral("Saint Malo/IMG_1")));
        QCOMPARE(named.text(Field::Caption), std::optional<QString>(QStringLiteral("IMG_1.jpg")));
        // An encoded slash is part of the name, not a folder.
        QCOMPARE(Preset::Context::forUrl(QStringLiteral("https://h.example/a/b%2Fc.jpg"), QString()).folder,
            QStringLiteral("a"));
        // No path: nothing to name it by, so the variables are empty (the field is cleared).
        const ImageRecord unnamed
            = preset.applied(record(), Preset::Context::forUrl(QStringLiteral("https://cdn.example.org"), QString()));
        QCOMPARE(unnamed.text(Field::Title), std::optional<QString>(QStringLiteral("/")));
        QVERIFY(!unnamed.has(Field::Caption));
        const Preset::Context file = Preset::Context::forFile(QStringLiteral("/photos/2024/IMG_2.JPG"), QString());
        QCOMPARE(file.filename, QStringLiteral("IMG_2.JPG"));
        QCOMPARE(file.folder, QStringLiteral("2024"));
    }

    void jsonRoundTrip()
    {
        const QList<Preset> presets { { QStringLiteral("A"), { { Field::Author, QStringLiteral("Ana"), false } } },
            { QStringLiteral("Б"), { { Field::Keywords, QStringLiteral("x; y"), true } } } };
        QCOMPARE(Preset::listFromJson(Preset::listToJson(presets)), presets);
        QVERIFY(Preset::listFromJson("not json").isEmpty());
        // Unknown fields (from a later version) are dropped, the rest kept.
        const QList<Preset> partial = Preset::listFromJson(
            R"([{"name":"P","fields":[{"field":"mood","value":"x"},{"field":"city","value":"Porto"}]}])");
        QCOMPARE(partial.size(), 1);
        QCOMPARE(partial.first().entries.size(), 1);
    }
};

QTEST_APPLESS_MAIN(tst_Preset)
#include "tst_preset.moc"
