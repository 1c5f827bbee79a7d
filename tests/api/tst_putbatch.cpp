// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/api/putbatch.h"

using namespace Wesog;

class tst_PutBatch : public QObject
{
    Q_OBJECT

private:
    static QList<ImageRecord> records(int count)
    {
        QList<ImageRecord> result;
        for (int i = 0; i < count; ++i) {
            ImageRecord record;
            record.setId(QStringLiteral("IMG_%1").arg(i));
            record.setSrc(QStringLiteral("https://cdn.example.com/%1.jpg").arg(i));
            record.setValue(Field::Keywords, QStringList { QStringLiteral("harbour"), QStringLiteral("boat") });
            result.append(record);
        }
        return result;
    }

private slots:
    void splitsInOrderAndKeepsIdsAlignedWithItems_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<QList<int>>("sizes");
        QTest::newRow("none") << 0 << 500 << QList<int> {};
        QTest::newRow("exact") << 6 << 3 << QList<int> { 3, 3 };
        QTest::newRow("remainder") << 7 << 3 << QList<int> { 3, 3, 1 };
        QTest::newRow("zero size means one") << 2 << 0 << QList<int> { 1, 1 };
        QTest::newRow("above the API limit") << 1001 << 5000 << QList<int> { 1000, 1 };
    }

    void splitsInOrderAndKeepsIdsAlignedWithItems()
    {
        QFETCH(int, count);
        QFETCH(int, batchSize);
        QFETCH(QList<int>, sizes);
        const QList<PutBatch> batches = PutBatch::split(records(count), batchSize);
        QCOMPARE(batches.size(), sizes.size());
        int next = 0;
        for (qsizetype b = 0; b < batches.size(); ++b) {
            const QJsonArray items = QJsonDocument::fromJson(batches.at(b).body).array();
            QCOMPARE(items.size(), sizes.at(b));
            QCOMPARE(batches.at(b).ids.size(), sizes.at(b));
            for (qsizetype i = 0; i < items.size(); ++i, ++next) {
                const QString id = QStringLiteral("IMG_%1").arg(next);
                QCOMPARE(batches.at(b).ids.at(i), id);
                QCOMPARE(items.at(i).toObject().value(QStringLiteral("id")).toString(), id);
                QCOMPARE(items.at(i).toObject().value(QStringLiteral("keywords")).toArray().size(), 2);
            }
        }
        QCOMPARE(next, count);
    }
};

QTEST_GUILESS_MAIN(tst_PutBatch)
#include "tst_putbatch.moc"
