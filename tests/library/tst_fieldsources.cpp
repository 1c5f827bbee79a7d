// SPDX-License-Identifier: GPL-3.0-or-later
// FieldSources packs every field's source of a photo into two lists; these tests read back what
// was set, against a plain map of FieldSource values kept beside it.
#include <map>
#include <random>
#include <thread>

#include <QTest>

#include "core/library/imagemetadata.h"

using namespace Wesog;

namespace {

/// "provenance conflict key [source key text]…", to compare two sources in one QCOMPARE.
QString describe(const FieldSource &source)
{
    QStringList parts { QString::number(int(source.provenance)),
        source.conflict ? QStringLiteral("conflict") : QStringLiteral("-"), source.key };
    for (const SourceValue &other : source.others)
        parts << QStringLiteral("[%1 %2 %3]").arg(int(other.source)).arg(other.key, other.text);
    return parts.join(QLatin1Char(' '));
}

SourceValue other(Provenance provenance, const char *key, const char *text)
{
    return { provenance, QString::fromLatin1(key), QString::fromLatin1(text) };
}

FieldSource source(Provenance provenance, const QString &key, const QList<SourceValue> &others = {})
{
    FieldSource result;
    result.provenance = provenance;
    result.key = key;
    result.others = others;
    return result;
}

} // namespace

class TestFieldSources : public QObject
{
    Q_OBJECT

private slots:
    void aFieldNeverSetHasNoSource()
    {
        const FieldSources sources;
        QVERIFY(sources[size_t(Field::City)].isEmpty());
        QCOMPARE(sources.provenance(size_t(Field::City)), Provenance::None);
        QVERIFY(!sources.isConflict(size_t(Field::City)));
        QVERIFY(!sources.hasConflict());
    }

    void eachFieldReadsBackWhatWasSet()
    {
        FieldSources sources;
        const FieldSource city = source(Provenance::Xmp, QStringLiteral("Xmp.photoshop.City"),
            { { Provenance::Iim, QStringLiteral("Iptc.Application2.City"), QStringLiteral("Porto") } });
        FieldSource title = source(Provenance::Sidecar, QStringLiteral("Xmp.dc.title"),
            { { Provenance::Xmp, QStringLiteral("Xmp.dc.title"), QStringLiteral("Old title") },
                { Provenance::Iim, QStringLiteral("Iptc.Application2.ObjectName"), QStringLiteral("Title") } });
        title.conflict = true;
        const FieldSource id = source(Provenance::Template, QString());
        sources.set(size_t(Field::City), city);
        sources.set(size_t(Field::Title), title);
        sources.set(size_t(Field::Id), id);
        QCOMPARE(describe(sources[size_t(Field::City)]), describe(city));
        QCOMPARE(describe(sources[size_t(Field::Title)]), describe(title));
        QCOMPARE(describe(sources[size_t(Field::Id)]), describe(id));
        QCOMPARE(sources.provenance(size_t(Field::Title)), Provenance::Sidecar);
        QVERIFY(sources.isConflict(size_t(Field::Title)));
        QVERIFY(!sources.isConflict(size_t(Field::City)));
        QVERIFY(sources.hasConflict());
        QVERIFY(sources[size_t(Field::Caption)].isEmpty());
    }

    void replacingOrRemovingAFieldLeavesTheOthersAlone()
    {
        FieldSources sources;
        sources.set(
            size_t(Field::City), source(Provenance::Xmp, QStringLiteral("a"), { other(Provenance::Iim, "b", "1") }));
        sources.set(size_t(Field::Title),
            source(Provenance::Xmp, QStringLiteral("c"),
                { other(Provenance::Iim, "d", "2"), other(Provenance::Exif, "e", "3"),
                    other(Provenance::Exif, "f", "4") }));
        sources.set(size_t(Field::Caption),
            source(Provenance::Iim, QStringLiteral("g"), { other(Provenance::Exif, "h", "5") }));
        sources.set(size_t(Field::Title),
            source(Provenance::Derived, QStringLiteral("i"), { other(Provenance::Xmp, "j", "6") }));
        QCOMPARE(describe(sources[size_t(Field::City)]), QStringLiteral("1 - a [3 b 1]"));
        QCOMPARE(describe(sources[size_t(Field::Title)]), QStringLiteral("6 - i [1 j 6]"));
        QCOMPARE(describe(sources[size_t(Field::Caption)]), QStringLiteral("3 - g [4 h 5]"));
        sources.set(size_t(Field::City), FieldSource());
        QVERIFY(sources[size_t(Field::City)].isEmpty());
        QCOMPARE(describe(sources[size_t(Field::Title)]), QStringLiteral("6 - i [1 j 6]"));
        QCOMPARE(describe(sources[size_t(Field::Caption)]), QStringLiteral("3 - g [4 h 5]"));
    }

    void settingAProvenanceKeepsTheOtherValues()
    {
        FieldSources sources;
        sources.setProvenance(size_t(Field::Id), Provenance::Template);
        QCOMPARE(describe(sources[size_t(Field::Id)]), QStringLiteral("5 - "));
        sources.set(
            size_t(Field::City), source(Provenance::Xmp, QStringLiteral("a"), { other(Provenance::Iim, "b", "1") }));
        sources.setProvenance(size_t(Field::City), Provenance::Derived);
        QCOMPARE(describe(sources[size_t(Field::City)]), QStringLiteral("6 - a [3 b 1]"));
    }

    // Long random runs of sets and removals, compared field by field with a map after each step:
    // a run of other values attributed to the wrong field shows at once.
    void randomRunsMatchAMap()
    {
        std::mt19937 random(20261204);
        for (int run = 0; run < 20; ++run) {
            FieldSources sources;
            std::map<size_t, FieldSource> expected;
            for (int step = 0; step < 300; ++step) {
                const size_t field = random() % FieldCount;
                FieldSource next;
                if (random() % 5 != 0) { // a fifth of the steps remove the field
                    next.provenance = Provenance(1 + random() % 7);
                    next.conflict = random() % 3 == 0;
                    next.key = QStringLiteral("key-%1").arg(random() % 40);
                    const int others = int(random() % 4);
                    for (int i = 0; i < others; ++i) {
                        next.others.append({ Provenance(1 + random() % 7), QStringLiteral("key-%1").arg(random() % 40),
                            QStringLiteral("value %1").arg(random()) });
                    }
                }
                sources.set(field, next);
                if (next.isEmpty())
                    expected.erase(field);
                else
                    expected[field] = next;
                if (step % 50 == 0)
                    sources.squeeze();
                bool anyConflict = false;
                for (size_t f = 0; f < size_t(FieldCount); ++f) {
                    const auto it = expected.find(f);
                    const FieldSource want = it == expected.end() ? FieldSource() : it->second;
                    QCOMPARE(describe(sources[f]), describe(want));
                    QCOMPARE(sources.isConflict(f), want.conflict);
                    anyConflict = anyConflict || want.conflict;
                }
                QCOMPARE(sources.hasConflict(), anyConflict);
            }
        }
    }

    // Reader threads pack their files' sources at once; every key they name must read back.
    void keysAddedFromSeveralThreadsReadBack()
    {
        constexpr int Threads = 4;
        constexpr int Keys = 300;
        std::vector<FieldSources> packed(Threads * Keys);
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([t, &packed] {
                for (int k = 0; k < Keys; ++k) {
                    packed[size_t(t * Keys + k)].set(size_t(Field::City),
                        source(Provenance::Xmp, QStringLiteral("thread-%1-key-%2").arg(t).arg(k),
                            { { Provenance::Iim, QStringLiteral("shared-%1").arg(k), QStringLiteral("x") } }));
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (int t = 0; t < Threads; ++t) {
            for (int k = 0; k < Keys; ++k) {
                const FieldSource read = packed[size_t(t * Keys + k)][size_t(Field::City)];
                QCOMPARE(read.key, QStringLiteral("thread-%1-key-%2").arg(t).arg(k));
                QCOMPARE(read.others.first().key, QStringLiteral("shared-%1").arg(k));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldSources)
#include "tst_fieldsources.moc"
