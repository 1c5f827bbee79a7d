// SPDX-License-Identifier: GPL-3.0-or-later
// RowIndex replaces QHash<QString, int> for the table's three row indexes. These tests hold it
// to a QHash through long random runs (growth, runs of slots that wrap around the end, removal
// shifting later slots back, keys whose hash bits collide) and check the one thing QHash did not
// do: removing a key by its row after that row's key changed.
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include "models/rowindex.h"

Q_DECLARE_METATYPE(Wesog::RowIndex::TagOf)

using namespace Wesog;

namespace {

/// Every key gets the same hash bits: only comparing the keys tells them apart.
quint32 sameTag(QStringView)
{
    return 7;
}

/// Four hash values in all: long runs of colliding and non-colliding keys mixed.
quint32 fewTags(QStringView key)
{
    return quint32(key.size() % 4) * 0x40000000U;
}

} // namespace

class TestRowIndex : public QObject
{
    Q_OBJECT

private slots:
    void randomChangesAgreeWithAHash_data();
    void randomChangesAgreeWithAHash();
    void aKeyIsRemovedByItsRowAfterTheRowsKeyChanged();
    void insertIfAbsentKeepsTheFirstRow();
    void nullAndEmptyKeysAreTheSameKey();
};

void TestRowIndex::randomChangesAgreeWithAHash_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<RowIndex::TagOf>("tagOf");
    QTest::newRow("a few rows: a small table, often wrapping around") << 12 << 1U << &RowIndex::hashTag;
    QTest::newRow("thousands of rows: growth and long runs") << 6000 << 2U << &RowIndex::hashTag;
    QTest::newRow("another seed") << 3000 << 7U << &RowIndex::hashTag;
    QTest::newRow("every key with the same hash bits") << 300 << 3U << &sameTag;
    QTest::newRow("four hash values") << 600 << 4U << &fewTags;
}

void TestRowIndex::randomChangesAgreeWithAHash()
{
    QFETCH(int, rows);
    QFETCH(quint32, seed);
    QFETCH(RowIndex::TagOf, tagOf);
    // Two rows share each key, as two rows can share an image id: a key moves between them.
    std::vector<QString> keys;
    for (int row = 0; row < rows; ++row)
        keys.push_back(QStringLiteral("photos/day %1/IMG_%2.jpg").arg(row / 2 % 3).arg(row / 2));
    RowIndex index([&keys](int row) { return QStringView(keys.at(size_t(row))); }, tagOf);
    QHash<QString, int> expected;
    QRandomGenerator random(seed);
    for (int step = 0; step < 40 * rows + 2000; ++step) {
        const int row = int(random.bounded(rows));
        const QString &key = keys.at(size_t(row));
        switch (random.bounded(4)) {
        case 0:
            index.insert(key, row);
            expected.insert(key, row);
            break;
        case 1: {
            const bool added = index.insertIfAbsent(key, row);
            QCOMPARE(added, !expected.contains(key));
            if (added)
                expected.insert(key, row);
            break;
        }
        default:
            index.remove(key, row);
            if (expected.value(key, -1) == row)
                expected.remove(key);
            break;
        }
        QCOMPARE(index.size(), expected.size());
        if (step % 97 == 0) { // every key, and one that was never there
            for (int other = 0; other < rows; ++other)
                QCOMPARE(index.row(keys.at(size_t(other))), expected.value(keys.at(size_t(other)), -1));
            QCOMPARE(index.row(u"photos/day 0/IMG_missing.jpg"), -1);
        }
    }
}

void TestRowIndex::aKeyIsRemovedByItsRowAfterTheRowsKeyChanged()
{
    std::vector<QString> keys { QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg") };
    RowIndex index([&keys](int row) { return QStringView(keys.at(size_t(row))); });
    for (int row = 0; row < 3; ++row)
        index.insert(keys.at(size_t(row)), row);
    keys[1] = QStringLiteral("renamed.jpg");
    index.remove(u"b.jpg", 1);
    index.insert(keys[1], 1);
    QCOMPARE(index.size(), 3);
    QCOMPARE(index.row(u"b.jpg"), -1);
    QCOMPARE(index.row(u"renamed.jpg"), 1);
    QCOMPARE(index.row(u"a.jpg"), 0);
    QCOMPARE(index.row(u"c.jpg"), 2);
    index.remove(u"a.jpg", 2); // mapped to another row: left alone
    QCOMPARE(index.row(u"a.jpg"), 0);
}

void TestRowIndex::insertIfAbsentKeepsTheFirstRow()
{
    const std::vector<QString> keys { QStringLiteral("id-1"), QStringLiteral("id-1"), QStringLiteral("id-2") };
    RowIndex index([&keys](int row) { return QStringView(keys.at(size_t(row))); });
    QVERIFY(index.insertIfAbsent(keys[0], 0));
    QVERIFY(!index.insertIfAbsent(keys[1], 1));
    QVERIFY(index.insertIfAbsent(keys[2], 2));
    QCOMPARE(index.row(u"id-1"), 0);
    index.insert(keys[1], 1);
    QCOMPARE(index.row(u"id-1"), 1);
    index.clear();
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.row(u"id-1"), -1);
}

void TestRowIndex::nullAndEmptyKeysAreTheSameKey()
{
    // A record without an id is indexed under the empty id, whichever way it was unset.
    const std::vector<QString> keys { QString(), QStringLiteral("") };
    RowIndex index([&keys](int row) { return QStringView(keys.at(size_t(row))); });
    QVERIFY(index.insertIfAbsent(keys[0], 0));
    QVERIFY(!index.insertIfAbsent(keys[1], 1));
    QCOMPARE(index.row(QStringView()), 0);
    QCOMPARE(index.row(u""), 0);
}

QTEST_GUILESS_MAIN(TestRowIndex)
#include "tst_rowindex.moc"
