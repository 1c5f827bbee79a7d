// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/api/operationstatus.h"

using namespace Wesog;

class tst_OperationStatus : public QObject
{
    Q_OBJECT

private slots:
    void sandboxReply()
    {
        const QByteArray body = R"({"op_id":7,"method":"upd","resource":"image","num_total":3,"num_good":1,
            "num_bad":1,"is_started":true,"is_finished":false,"all_good":false,"do_wait":false,"do_urgent":true,
            "do_strict":false,"idle_ms":12,"exec_ms":0,"created_at":"2025-01-31T09:15:02.123Z",
            "started_at":"2025-01-31T09:15:02.135Z","finished_at":null,
            "errors":[{"id":2,"msg":"image 'IMG_0042' does not exist"}]})";
        OperationStatus status;
        QCOMPARE(OperationStatus::fromBody(body, &status), std::nullopt);
        QCOMPARE(status.opId, std::optional<qint64>(7));
        QCOMPARE(status.method, QStringLiteral("upd"));
        QCOMPARE(status.numTotal, 3);
        QCOMPARE(status.numGood, 1);
        QCOMPARE(status.numBad, 1);
        QVERIFY(status.isStarted);
        QVERIFY(!status.isFinished);
        QCOMPARE(status.allGood, std::optional<bool>(false));
        QVERIFY(status.doUrgent);
        QCOMPARE(status.idleMs, 12.0);
        QCOMPARE(status.createdAt, QDateTime(QDate(2025, 1, 31), QTime(9, 15, 2, 123), Qt::UTC));
        QVERIFY(!status.finishedAt.isValid());
        QCOMPARE(status.errors.size(), 1);
        QCOMPARE(status.errors.first().index, std::optional<qint64>(2));
        QCOMPARE(status.errors.first().rawId, QStringLiteral("2"));
        QCOMPARE(status.errors.first().message, QStringLiteral("image 'IMG_0042' does not exist"));
    }

    void toJsonReadsBackTheSame()
    {
        const QByteArray body = R"({"op_id":7,"method":"upd","resource":"image","num_total":3,"num_good":1,
            "num_bad":1,"is_started":true,"is_finished":true,"all_good":false,"do_wait":true,"do_urgent":true,
            "do_strict":true,"idle_ms":12.5,"exec_ms":40,"created_at":"2025-01-31T09:15:02.123Z",
            "started_at":"2025-01-31T09:15:02.135Z","finished_at":"2025-01-31T09:15:03Z",
            "errors":[{"id":2,"msg":"gone"},{"id":"IMG_9","msg":"raw id"}]})";
        OperationStatus status;
        QCOMPARE(OperationStatus::fromBody(body, &status), std::nullopt);
        OperationStatus again;
        QCOMPARE(OperationStatus::fromJson(status.toJson(), &again), std::nullopt);
        QCOMPARE(again.toJson(), status.toJson());
        QCOMPARE(again.opId, std::optional<qint64>(7));
        QCOMPARE(again.errors, status.errors);
        QCOMPARE(again.finishedAt, status.finishedAt);
        QCOMPARE(again.allGood, std::optional<bool>(false));
        QCOMPARE(again.idleMs, 12.5);

        OperationStatus fresh; // nulls stay null
        QCOMPARE(OperationStatus::fromJson(fresh.toJson(), &again), std::nullopt);
        QVERIFY(!again.allGood);
        QVERIFY(!again.createdAt.isValid());
        QVERIFY(!again.opId);
    }

    void guideShapeWithoutOpIdOrIsFinished()
    {
        // The ops guide: no op_id, no is_finished; finished_at tells it; all_good null.
        const QByteArray body = R"({"method":"add","resource":"images","num_total":1,"num_good":1.0,"num_bad":0,
            "is_started":true,"all_good":null,"created_at":"2025-01-31 09:15:02",
            "finished_at":"2025-01-31T10:15:03.5+01:00"})";
        OperationStatus status;
        QCOMPARE(OperationStatus::fromBody(body, &status), std::nullopt);
        QVERIFY(!status.opId.has_value());
        QVERIFY(status.isFinished);
        QCOMPARE(status.numGood, 1);
        QVERIFY(!status.allGood.has_value());
        QCOMPARE(status.createdAt, QDateTime(QDate(2025, 1, 31), QTime(9, 15, 2), Qt::UTC));
        QCOMPARE(status.finishedAt, QDateTime(QDate(2025, 1, 31), QTime(9, 15, 3, 500), Qt::UTC));
    }

    void notFinishedWithoutFinishTime()
    {
        OperationStatus status;
        QCOMPARE(OperationStatus::fromBody(R"({"is_started":false,"finished_at":null})", &status), std::nullopt);
        QVERIFY(!status.isFinished);
        QVERIFY(!status.isStarted);
        // An explicit is_finished wins over a missing finish time.
        QCOMPARE(OperationStatus::fromBody(R"({"is_finished":true})", &status), std::nullopt);
        QVERIFY(status.isFinished);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2025, 1, 31);
        QTest::newRow("Z millis") << "2025-01-31T09:15:02.123Z" << QDateTime(day, QTime(9, 15, 2, 123), Qt::UTC);
        QTest::newRow("micros") << "2025-01-31T09:15:02.123456Z" << QDateTime(day, QTime(9, 15, 2, 123), Qt::UTC);
        QTest::newRow("one digit") << "2025-01-31T09:15:02.5" << QDateTime(day, QTime(9, 15, 2, 500), Qt::UTC);
        QTest::newRow("no zone") << "2025-01-31T09:15:02" << QDateTime(day, QTime(9, 15, 2), Qt::UTC);
        QTest::newRow("space") << "2025-01-31 09:15" << QDateTime(day, QTime(9, 15), Qt::UTC);
        QTest::newRow("offset") << "2025-01-31T11:15:02+02:00" << QDateTime(day, QTime(9, 15, 2), Qt::UTC);
        QTest::newRow("offset compact") << "2025-01-31T04:15:02-0500" << QDateTime(day, QTime(9, 15, 2), Qt::UTC);
        QTest::newRow("date only") << "2025-01-31" << QDateTime(day, QTime(0, 0), Qt::UTC);
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("bad month") << "2025-13-01T00:00:00Z" << QDateTime();
        QTest::newRow("bad hour") << "2025-01-31T25:00:00Z" << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(OperationStatus::parseTimestamp(text), expected);
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::newRow("not json") << QByteArray("<html>") << "(body)";
        QTest::newRow("array") << QByteArray("[]") << "(body)";
        QTest::newRow("count string") << QByteArray(R"({"num_good":"3"})") << "num_good";
        QTest::newRow("count fraction") << QByteArray(R"({"num_total":2.5})") << "num_total";
        QTest::newRow("count negative") << QByteArray(R"({"num_bad":-1})") << "num_bad";
        QTest::newRow("op_id string") << QByteArray(R"({"op_id":"7"})") << "op_id";
        QTest::newRow("started string") << QByteArray(R"({"is_started":"yes"})") << "is_started";
        QTest::newRow("all_good number") << QByteArray(R"({"all_good":1})") << "all_good";
        QTest::newRow("timestamp number") << QByteArray(R"({"created_at":12})") << "created_at";
        QTest::newRow("timestamp garbage") << QByteArray(R"({"started_at":"soon"})") << "started_at";
        QTest::newRow("errors object") << QByteArray(R"({"errors":{}})") << "errors";
        QTest::newRow("errors item") << QByteArray(R"({"errors":[{"id":0,"msg":"a"},3]})") << "errors[1]";
        QTest::newRow("errors msg") << QByteArray(R"({"errors":[{"id":0,"msg":5}]})") << "errors[0].msg";
        QTest::newRow("idle string") << QByteArray(R"({"idle_ms":"5"})") << "idle_ms";
    }

    void wrongTypesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        OperationStatus status;
        status.numTotal = 99;
        const auto error = OperationStatus::fromBody(body, &status);
        QVERIFY(error.has_value());
        QCOMPARE(error->key, key);
        QVERIFY(error->message().contains(key));
        QCOMPARE(status.numTotal, 99); // unchanged
    }

    void unmappableErrorIdsAreKept()
    {
        OperationStatus status;
        QCOMPARE(OperationStatus::fromBody(
                     R"({"errors":[{"id":"IMG_1","msg":"a"},{"id":1.5,"msg":"b"},{"msg":"c"}]})", &status),
            std::nullopt);
        QCOMPARE(status.errors.size(), 3);
        QCOMPARE(status.errors.at(0).index, std::nullopt);
        QCOMPARE(status.errors.at(0).rawId, QStringLiteral("IMG_1"));
        QCOMPARE(status.errors.at(1).index, std::nullopt);
        QCOMPARE(status.errors.at(1).rawId, QStringLiteral("1.5"));
        QCOMPARE(status.errors.at(2).rawId, QString());
    }
};

QTEST_APPLESS_MAIN(tst_OperationStatus)
#include "tst_operationstatus.moc"
