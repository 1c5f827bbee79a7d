// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sandbox/operationqueue.h"

using namespace Wesog::Sandbox;

class tst_OperationQueue : public QObject
{
    Q_OBJECT

private slots:
    void urgentRunsFirstFifoAmongThemselves()
    {
        // X is running (not queued); A queued, then B and C urgent → B, C, A.
        OperationQueue queue;
        queue.enqueue(1, false); // A
        queue.enqueue(2, true); // B
        queue.enqueue(3, true); // C
        QCOMPARE(queue.takeNext(), std::optional<qint64>(2));
        // An urgent arrival while B runs still goes before A, after C.
        queue.enqueue(4, true);
        QCOMPARE(queue.takeNext(), std::optional<qint64>(3));
        QCOMPARE(queue.takeNext(), std::optional<qint64>(4));
        QCOMPARE(queue.takeNext(), std::optional<qint64>(1));
        QCOMPARE(queue.takeNext(), std::nullopt);
        QVERIFY(queue.isEmpty());
    }

    void removeOnlyQueued()
    {
        OperationQueue queue;
        queue.enqueue(1, false);
        queue.enqueue(2, true);
        QVERIFY(queue.contains(1));
        QVERIFY(queue.remove(1));
        QVERIFY(!queue.remove(1));
        QVERIFY(!queue.remove(99));
        QCOMPARE(queue.takeNext(), std::optional<qint64>(2));
        QVERIFY(!queue.remove(2)); // taken = running
    }
};

QTEST_APPLESS_MAIN(tst_OperationQueue)
#include "tst_operationqueue.moc"
