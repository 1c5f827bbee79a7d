// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include "core/submit/submitter.h"
#include "tests/support/fakenetwork.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

QList<ImageRecord> records(int count)
{
    QList<ImageRecord> result;
    for (int i = 0; i < count; ++i) {
        ImageRecord record;
        record.setId(QStringLiteral("IMG_%1").arg(i));
        record.setSrc(QStringLiteral("https://cdn.example.com/%1.jpg").arg(i));
        result.append(record);
    }
    return result;
}

QStringList idsIn(const QByteArray &body)
{
    QStringList ids;
    for (const QJsonValue &item : QJsonDocument::fromJson(body).array())
        ids.append(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QByteArray operation(qint64 opId, int total)
{
    return QStringLiteral(
        R"({"op_id":%1,"num_total":%2,"num_good":0,"num_bad":0,"is_started":false,"is_finished":false})")
        .arg(opId)
        .arg(total)
        .toUtf8();
}

/// Accepts every PUT with a new operation id.
Script acceptAll(const QByteArray &body, int *nextOp)
{
    return Script(202, operation((*nextOp)++, int(idsIn(body).size())));
}

RetryPolicy fastPolicy()
{
    RetryPolicy policy(7);
    policy.baseDelayMs = 1;
    policy.maxDelayMs = 4;
    policy.maxAttempts = 3;
    return policy;
}

/// One Submitter with spies on every signal.
struct Run
{
    explicit Run(FakeNetwork *network, SubmitOptions options = {})
        : submitter(network, { QUrl(QStringLiteral("http://127.0.0.1:9/base/")), "k3y" }, options)
        , accepted(&submitter, &Submitter::batchAccepted)
        , rejected(&submitter, &Submitter::recordsRejected)
        , notSent(&submitter, &Submitter::recordsNotSent)
        , finished(&submitter, &Submitter::finished)
    {
        submitter.setRetryPolicy(fastPolicy());
    }

    bool run(const QList<ImageRecord> &list)
    {
        submitter.start(list);
        return finished.size() == 1 || finished.wait(5000);
    }
    QList<AcceptedBatch> acceptedBatches() const
    {
        QList<AcceptedBatch> batches;
        for (const QList<QVariant> &signal : accepted)
            batches.append(signal.first().value<AcceptedBatch>());
        return batches;
    }
    QList<RecordRejection> rejections() const
    {
        QList<RecordRejection> all;
        for (const QList<QVariant> &signal : rejected)
            all += signal.first().value<QList<RecordRejection>>();
        return all;
    }
    QList<int> unsent() const
    {
        QList<int> all;
        for (const QList<QVariant> &signal : notSent)
            all += signal.first().value<QList<int>>();
        return all;
    }
    ApiError stopReason() const { return finished.first().first().value<ApiError>(); }

    Submitter submitter;
    QSignalSpy accepted;
    QSignalSpy rejected;
    QSignalSpy notSent;
    QSignalSpy finished;
};

} // namespace

Q_DECLARE_METATYPE(Wesog::AcceptedBatch)
Q_DECLARE_METATYPE(Wesog::RecordRejection)

class tst_Submitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AcceptedBatch>();
        qRegisterMetaType<QList<RecordRejection>>();
        qRegisterMetaType<QList<int>>();
        qRegisterMetaType<ApiError>();
    }

    void sendsBatchesInOrderWithAllFourFlags()
    {
        FakeNetwork network;
        int nextOp = 10;
        network.responder = [&](const QNetworkRequest &, const QByteArray &body) { return acceptAll(body, &nextOp); };
        SubmitOptions options;
        options.urgent = true;
        options.lang = QStringLiteral("fr");
        options.batchSize = 2;
        options.maxInFlight = 1; // so the order of requests is the order of batches
        Run run(&network, options);
        QVERIFY(run.run(records(5)));

        QCOMPARE(network.requests.size(), 3);
        const QUrl url = network.requests.first().url();
        QCOMPARE(url.path(), QStringLiteral("/base/imgs"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("wait")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("urgent")), QStringLiteral("true"));
        QCOMPARE(query.queryItemValue(QStringLiteral("strict")), QStringLiteral("false"));
        QCOMPARE(query.queryItemValue(QStringLiteral("lang")), QStringLiteral("fr"));
        QCOMPARE(network.requests.first().rawHeader("API-Key"), QByteArray("k3y"));
        QCOMPARE(idsIn(network.bodies.at(2)), QStringList { QStringLiteral("IMG_4") });
        const QList<AcceptedBatch> batches = run.acceptedBatches();
        QCOMPARE(batches.size(), 3);
        QCOMPARE(batches.at(0).opId, 10);
        QCOMPARE(batches.at(0).records, (QList<int> { 0, 1 }));
        QCOMPARE(batches.at(2).records, QList<int> { 4 });
        QCOMPARE(run.stopReason().kind, ApiError::Kind::None);
    }

    void keepsAtMostTheInFlightLimit()
    {
        FakeNetwork network;
        int nextOp = 1;
        int answered = 0;
        int mostAtOnce = 0;
        network.responder = [&](const QNetworkRequest &, const QByteArray &body) {
            mostAtOnce = std::max<int>(mostAtOnce, int(network.requests.size()) - answered);
            Script script = acceptAll(body, &nextOp);
            script.delayMs = 15;
            return script;
        };
        SubmitOptions options;
        options.batchSize = 1;
        options.maxInFlight = 2;
        Run run(&network, options);
        connect(&run.submitter, &Submitter::batchAccepted, this, [&answered] { ++answered; });
        QVERIFY(run.run(records(7)));
        QCOMPARE(network.requests.size(), 7);
        QCOMPARE(mostAtOnce, 2);
    }

    void validationMarksNamedItemsAndResendsTheOthersOnce()
    {
        FakeNetwork network;
        int nextOp = 1;
        network.responder = [&](const QNetworkRequest &, const QByteArray &body) {
            if (network.requests.size() == 1)
                return Script(422, R"({"detail":[{"loc":["body",1,"src"],"msg":"Field required","type":"missing"},
                                                 {"loc":["body",1,"title"],"msg":"bad title"},
                                                 {"loc":["body",99,"src"],"msg":"out of range"},
                                                 {"loc":["query","lang"],"msg":"not this one"}]})");
            return acceptAll(body, &nextOp);
        };
        Run run(&network);
        QVERIFY(run.run(records(3)));
        QCOMPARE(network.requests.size(), 2);
        QCOMPARE(idsIn(network.bodies.at(1)), (QStringList { QStringLiteral("IMG_0"), QStringLiteral("IMG_2") }));
        const QList<RecordRejection> rejections = run.rejections();
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().record, 1);
        QCOMPARE(rejections.first().field, QStringLiteral("src"));
        QVERIFY(rejections.first().message.text().contains(QStringLiteral("Field required")));
        QVERIFY(rejections.first().message.text().contains(QStringLiteral("bad title")));
        QCOMPARE(run.acceptedBatches().first().records, (QList<int> { 0, 2 }));
    }

    void aSecondRefusalFailsTheRestInsteadOfLooping()
    {
        FakeNetwork network;
        network.responder = [](const QNetworkRequest &, const QByteArray &) {
            return Script(422, R"({"detail":[{"loc":["body",0,"date"],"msg":"bad date"}]})");
        };
        Run run(&network);
        QVERIFY(run.run(records(3)));
        QCOMPARE(network.requests.size(), 2);
        const QList<RecordRejection> rejections = run.rejections();
        QCOMPARE(rejections.size(), 3);
        QCOMPARE(rejections.at(0).record, 0);
        QCOMPARE(rejections.at(0).field, QStringLiteral("date"));
        QCOMPARE(rejections.at(1).record, 1); // position 0 of the resent batch
        QCOMPARE(rejections.at(2).record, 2);
        QVERIFY(rejections.at(2).message.text().contains(QStringLiteral("second time")));
        QVERIFY(run.acceptedBatches().isEmpty());
    }

    void aRefusalNamingNoItemFailsTheWholeBatch()
    {
        FakeNetwork network;
        network.scripts = { { 422, R"({"detail":"batch too large"})" } };
        Run run(&network);
        QVERIFY(run.run(records(2)));
        QCOMPARE(network.requests.size(), 1);
        const QList<RecordRejection> rejections = run.rejections();
        QCOMPARE(rejections.size(), 2);
        QVERIFY(rejections.first().message.text().contains(QStringLiteral("batch too large")));
    }

    void payloadTooLargeHalvesTheBatchInOrder()
    {
        FakeNetwork network;
        int nextOp = 1;
        network.responder = [&](const QNetworkRequest &, const QByteArray &body) {
            return idsIn(body).size() > 2 ? Script(413) : acceptAll(body, &nextOp);
        };
        SubmitOptions options;
        options.maxInFlight = 1;
        Run run(&network, options);
        QVERIFY(run.run(records(5)));
        QCOMPARE(network.requests.size(), 5); // 5 → 413; 2 ok; 3 → 413; 1 ok; 2 ok
        QList<int> order;
        for (const AcceptedBatch &batch : run.acceptedBatches())
            order += batch.records;
        QCOMPARE(order, (QList<int> { 0, 1, 2, 3, 4 }));
        QVERIFY(run.rejections().isEmpty());
    }

    void aBatchOverTheServersLimitIsHalved()
    {
        // A server started with a batch limit refuses longer batches with 422 "too_long" at
        // ["body"]: the batch is halved, not its records failed.
        FakeNetwork network;
        int nextOp = 1;
        network.responder = [&](const QNetworkRequest &, const QByteArray &body) {
            const qsizetype size = idsIn(body).size();
            return size > 2 ? Script(422,
                       QStringLiteral(R"({"detail":[{"loc":["body"],"msg":"List should have at most 2 )"
                                      R"(items after validation, not %1","type":"too_long"}]})")
                           .arg(size)
                           .toUtf8())
                            : acceptAll(body, &nextOp);
        };
        SubmitOptions options;
        options.maxInFlight = 1;
        Run run(&network, options);
        QVERIFY(run.run(records(5)));
        QList<int> order;
        for (const AcceptedBatch &batch : run.acceptedBatches())
            order += batch.records;
        QCOMPARE(order, (QList<int> { 0, 1, 2, 3, 4 }));
        QVERIFY(run.rejections().isEmpty());
    }

    void aSingleItemTooLargeFails()
    {
        FakeNetwork network;
        network.responder = [](const QNetworkRequest &, const QByteArray &) { return Script(413); };
        Run run(&network);
        QVERIFY(run.run(records(1)));
        QCOMPARE(network.requests.size(), 1);
        QCOMPARE(run.rejections().size(), 1);
    }

    void rejectedKeyStopsEverything()
    {
        FakeNetwork network;
        network.scripts = { { 401, R"({"detail":"unknown key"})" } };
        SubmitOptions options;
        options.batchSize = 1;
        options.maxInFlight = 1;
        Run run(&network, options);
        QVERIFY(run.run(records(4)));
        QCOMPARE(network.requests.size(), 1);
        QCOMPARE(run.stopReason().kind, ApiError::Kind::Auth);
        QCOMPARE(run.unsent(), (QList<int> { 0, 1, 2, 3 }));
        QVERIFY(run.stopReason().userMessage().contains(QStringLiteral("API key rejected")));
    }

    void networkFailureAfterRetriesStopsAndReportsTheRestNotSent()
    {
        FakeNetwork network;
        network.responder = [](const QNetworkRequest &, const QByteArray &) { return Script(0); };
        SubmitOptions options;
        options.batchSize = 2;
        options.maxInFlight = 1;
        Run run(&network, options);
        QVERIFY(run.run(records(4)));
        QCOMPARE(network.requests.size(), 3); // the first batch's attempts, nothing more
        QCOMPARE(run.stopReason().kind, ApiError::Kind::Network);
        QCOMPARE(run.unsent(), (QList<int> { 0, 1, 2, 3 }));
    }

    void cancelStopsBatchesNotYetSentAndLetsTheSentOneAnswer()
    {
        FakeNetwork network;
        int nextOp = 1;
        network.responder = [&](const QNetworkRequest &, const QByteArray &body) {
            Script script = acceptAll(body, &nextOp);
            script.delayMs = 20;
            return script;
        };
        SubmitOptions options;
        options.batchSize = 1;
        options.maxInFlight = 1;
        Run run(&network, options);
        run.submitter.start(records(3));
        run.submitter.cancel();
        QVERIFY(run.finished.wait(5000));
        QCOMPARE(network.requests.size(), 1);
        QCOMPARE(run.acceptedBatches().size(), 1);
        QCOMPARE(run.unsent(), (QList<int> { 1, 2 }));
        QCOMPARE(run.stopReason().kind, ApiError::Kind::Canceled);
    }

    void aBatchAnsweredAfterACancelLeavesNothingBehind()
    {
        // The batch on its way when the submission is cancelled comes back too large (its halves
        // would go next), or partly refused (its other records would go again): nothing more goes.
        for (const bool tooLarge : { true, false }) {
            FakeNetwork network;
            network.responder = [&](const QNetworkRequest &, const QByteArray &) {
                Script script = tooLarge
                    ? Script(413)
                    : Script(422, R"({"detail":[{"loc":["body",0,"src"],"msg":"bad","type":"value_error"}]})");
                script.delayMs = 20;
                return script;
            };
            SubmitOptions options;
            options.batchSize = 4;
            options.maxInFlight = 1;
            Run run(&network, options);
            run.submitter.start(records(4));
            run.submitter.cancel();
            QVERIFY2(run.finished.wait(5000), tooLarge ? "too large" : "partly refused");
            QCOMPARE(network.requests.size(), 1);
            QCOMPARE(run.stopReason().kind, ApiError::Kind::Canceled);
            QList<int> unsent = run.unsent();
            std::sort(unsent.begin(), unsent.end());
            QCOMPARE(unsent, tooLarge ? (QList<int> { 0, 1, 2, 3 }) : (QList<int> { 1, 2, 3 }));
            QVERIFY(!run.submitter.isRunning());
        }
    }

    void anAnswerWithoutOperationIdFailsItsRecords()
    {
        FakeNetwork network;
        network.scripts = { { 202, R"({"num_total":2})" } };
        Run run(&network);
        QVERIFY(run.run(records(2)));
        QCOMPARE(run.rejections().size(), 2);
        QVERIFY(run.acceptedBatches().isEmpty());
        QVERIFY(run.rejections().first().message.text().contains(QStringLiteral("no operation")));
    }

    void nothingToSendFinishesAtOnce()
    {
        FakeNetwork network;
        Run run(&network);
        QVERIFY(run.run({}));
        QVERIFY(network.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Submitter)
#include "tst_submitter.moc"
