// SPDX-License-Identifier: GPL-3.0-or-later
// PreSendCheck against a wesog-sandbox process: every outcome of the three-way check, read
// one image at a time and in batches of ids.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include "core/record/recordcodec.h"
#include "core/server/presendcheck.h"
#include "tests/support/hostileserver.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

RetryPolicy once()
{
    RetryPolicy policy(1);
    policy.maxAttempts = 1;
    return policy;
}

struct Run
{
    std::optional<PreSendResult> result;
    std::optional<PagerError> error;
    QList<std::pair<int, int>> progress;
};

Run check(PreSendCheck &check, const QList<PreSendItem> &items)
{
    Run run;
    QObject::connect(&check, &PreSendCheck::finished, &check, [&](const PreSendResult &r) { run.result = r; });
    QObject::connect(&check, &PreSendCheck::failed, &check, [&](const PagerError &e) { run.error = e; });
    QObject::connect(&check, &PreSendCheck::progress, &check, [&](int done, int total) {
        run.progress.append({ done, total });
    });
    check.start(items);
    if (!QTest::qWaitFor([&] { return run.result || run.error; }, 60000))
        qWarning("the check did not end");
    return run;
}

/// A real network access manager that notes what each request asks for.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QStringList singles; ///< ids read alone, `GET /imgs/{id}`
    QStringList batches; ///< the `q` of each batch
    int healthRequests = 0; ///< `GET /health`

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QUrl url = request.url();
        if (url.path() == QLatin1String("/health"))
            ++healthRequests;
        else if (url.path() == QLatin1String("/imgs"))
            batches << QUrlQuery(url.query()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        else
            singles << url.path(QUrl::FullyDecoded).mid(6); // after "/imgs/"
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

/// Requests a HostileServer was sent, by what they ask for.
struct Asked
{
    QStringList singles; ///< request lines of `GET /imgs/{id}`
    QStringList batches; ///< the `q` of each batch
    int health = 0;

    explicit Asked(const QList<QByteArray> &requests)
    {
        for (const QByteArray &request : requests) {
            const QUrl url(QString::fromLatin1(request.split(' ').value(1)));
            if (url.path() == QLatin1String("/health"))
                ++health;
            else if (url.path() == QLatin1String("/imgs"))
                batches << QUrlQuery(url.query()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            else
                singles << url.path(QUrl::FullyDecoded).mid(6);
        }
    }
};

/// An edited image with a base for each id starting with 'b', a new image for the others.
QList<PreSendItem> itemsNamed(const QStringList &ids)
{
    QList<PreSendItem> items;
    for (const QString &id : ids) {
        ImageRecord record;
        record.setId(id);
        record.setSrc(QStringLiteral("https://x/ours.jpg"));
        std::optional<ImageRecord> base;
        if (id.startsWith(QLatin1Char('b'))) {
            base = record;
            record.setValue(Field::City, QStringLiteral("Paris"));
        }
        items.append({ record, base });
    }
    return items;
}

QList<int> itemsOf(const QList<PreSendOutcome> &outcomes)
{
    QList<int> items;
    for (const PreSendOutcome &outcome : outcomes)
        items << outcome.item;
    return items;
}

} // namespace

class tst_PreSendCheck : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QList<ImageRecord> m_base; ///< what "we" loaded; the server then changed some of it

    ImageRecord base(const QString &id) const
    {
        for (const ImageRecord &record : m_base) {
            if (record.id() == id)
                return record;
        }
        return {};
    }

    QList<PreSendItem> scenario() const
    {
        QList<PreSendItem> items;
        auto edited = [&](const QString &id, Field field, const QString &value) {
            ImageRecord ours = base(id);
            ours.setValue(field, value);
            return PreSendItem { ours, base(id) };
        };
        items << PreSendItem { base(QStringLiteral("same")), base(QStringLiteral("same")) }; // 0 unchanged
        items << edited(QStringLiteral("mine"), Field::City, QStringLiteral("Paris")); // 1 to send
        items << edited(QStringLiteral("merged"), Field::City, QStringLiteral("Paris")); // 2 merged author
        items << edited(QStringLiteral("clash"), Field::City, QStringLiteral("Paris")); // 3 conflict
        items << edited(QStringLiteral("gone"), Field::City, QStringLiteral("Paris")); // 4 deleted
        ImageRecord fresh;
        fresh.setId(QStringLiteral("new"));
        fresh.setSrc(QStringLiteral("https://cdn.example.com/new.jpg"));
        items << PreSendItem { fresh, std::nullopt }; // 5 new: sent
        ImageRecord taken = fresh;
        taken.setId(QStringLiteral("taken"));
        items << PreSendItem { taken, std::nullopt }; // 6 no base but exists: conflict
        items << edited(QStringLiteral("a b/c ü"), Field::City, QStringLiteral("Paris")); // 7 an id q cannot name
        return items;
    }

    void verifyScenario(const Run &run) const
    {
        QVERIFY(!run.error);
        QVERIFY(run.result);
        const PreSendResult &result = *run.result;
        QCOMPARE(itemsOf(result.unchanged), QList<int> { 0 });
        QCOMPARE(itemsOf(result.toSend), (QList<int> { 1, 2, 5, 7 }));
        QCOMPARE(itemsOf(result.conflicts), (QList<int> { 3, 4, 6 }));
        QCOMPARE(run.progress.last(), (std::pair<int, int>(7, 7)));

        const PreSendOutcome &merged = result.toSend.at(1);
        QCOMPARE(merged.result.mergedFields, QList<Field> { Field::Author });
        QCOMPARE(merged.result.toSend.text(Field::Author), std::optional<QString>(QStringLiteral("Ann Lee")));
        QCOMPARE(merged.result.toSend.text(Field::City), std::optional<QString>(QStringLiteral("Paris")));
        QCOMPARE(merged.result.toSend.list(Field::Keywords),
            std::optional<QStringList>(QStringList { QStringLiteral("boat") }));
        QVERIFY(merged.server);
        QCOMPARE(merged.server->width, std::optional<qint64>(64)); // the server's copy, computed fields too

        const FieldConflict &clash = result.conflicts.at(0).result.conflicts.first();
        QCOMPARE(clash.field, std::optional<Field>(Field::City));
        QCOMPARE(clash.base, FieldValue(QStringLiteral("Pari")));
        QCOMPARE(clash.server, FieldValue(QStringLiteral("Lyon")));
        QCOMPARE(clash.ours, FieldValue(QStringLiteral("Paris")));
        QVERIFY(!result.conflicts.at(1).server); // gone
        QVERIFY(!result.conflicts.at(1).result.conflicts.first().field);
        QVERIFY(result.conflicts.at(2).server); // taken
        QVERIFY(!result.conflicts.at(2).result.conflicts.first().field);
        QCOMPARE(result.toSend.at(3).result.toSend.text(Field::City), std::optional<QString>(QStringLiteral("Paris")));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PagerError>();
        qRegisterMetaType<PreSendResult>();
        QVERIFY(m_files.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_files.root() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        QJsonArray items;
        for (const QString &id :
            { QStringLiteral("same"), QStringLiteral("mine"), QStringLiteral("merged"), QStringLiteral("clash"),
                QStringLiteral("gone"), QStringLiteral("taken"), QStringLiteral("a b/c ü") }) {
            ImageRecord record;
            record.setId(id);
            record.setSrc(m_sandbox->baseUrl() + QStringLiteral("/files/small.jpg"));
            record.setValue(Field::City, QStringLiteral("Pari"));
            record.setValue(Field::Author, QStringLiteral("Ann"));
            record.setValue(Field::Keywords, QStringList { QStringLiteral("boat") });
            m_base << record;
            items.append(RecordCodec::encodeItem(record));
        }
        const QString put = QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en");
        QCOMPARE(client.put(put, items).object().value(QStringLiteral("num_good")).toInt(), items.size());
        // Another editor's changes since "we" loaded.
        QJsonObject merged = RecordCodec::encodeItem(base(QStringLiteral("merged")));
        merged.insert(QStringLiteral("author"), QStringLiteral("Ann Lee"));
        QJsonObject clash = RecordCodec::encodeItem(base(QStringLiteral("clash")));
        clash.insert(QStringLiteral("city"), QStringLiteral("Lyon"));
        QCOMPARE(client.put(put, QJsonArray { merged, clash }).status, 200);
        QCOMPARE(client.del(QStringLiteral("/imgs/gone?wait=true&urgent=false&strict=false")).status, 200);
    }

    void singleReadsFindEveryOutcome()
    {
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        checker.setMaxInFlight(3);
        verifyScenario(check(checker, scenario()));
    }

    void batchedReadsFindTheSameAndReadAloneOnlyWhatABatchCannotProve()
    {
        RecordingNetwork network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        checker.setBatchIds(true);
        verifyScenario(check(checker, scenario()));
        QCOMPARE(network.healthRequests, 1);
        QCOMPARE(network.batches.size(), 1);
        // "new" has no base: the batch proves it absent, as the sandbox vouches for its search. "gone"
        // has a base and would count as gone; "a b/c ü" cannot be named in a `q`.
        network.singles.sort();
        QCOMPARE(network.singles, (QStringList { QStringLiteral("a b/c ü"), QStringLiteral("gone") }));
    }

    // A `q` names only ids of letters, digits, '_', '.' and '-'; any other id is read alone
    // (the API documents no quoting inside `q`), and an id the batch misses is read alone too.
    void onlyPlainIdsGoIntoABatch()
    {
        HostileServer server([](const QByteArray &request) {
            const bool batch = request.startsWith("GET /imgs?");
            return HostileServer::Answer { batch ? HostileServer::response(200, "{\"results\":[]}")
                                                 : HostileServer::response(404, "{\"detail\":\"not found\"}") };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(server.baseUrl()), "k1" });
        checker.setBatchIds(true);
        checker.setRetryPolicy(once());
        QList<PreSendItem> items;
        for (const QString &id : { QStringLiteral("Plain_id-1.a"), QStringLiteral("with space"), QStringLiteral("a/b"),
                 QStringLiteral("ação") }) {
            ImageRecord record;
            record.setId(id);
            record.setSrc(QStringLiteral("https://x/1.jpg"));
            items.append({ record, std::nullopt });
        }
        const Run run = check(checker, items);
        QVERIFY(run.result);
        QCOMPARE(run.result->toSend.size(), 4); // none is on the server: all go
        const Asked asked(server.requests());
        QCOMPARE(asked.health, 1); // answered 404: the server does not vouch for its search
        QCOMPARE(asked.batches, QStringList { QStringLiteral("id=Plain_id-1.a") });
        QCOMPARE(asked.singles.size(), 4); // the three odd ids, and the plain one the batch missed
    }

    void anIdABatchMissedIsReadBeforeTheNextBatch()
    {
        // Answers are kept in item order, so every answer after the missed id waits for it: its
        // own read goes next, not after every other batch.
        HostileServer server([](const QByteArray &request) {
            const QByteArray target = request.split(' ').value(1);
            if (!target.startsWith("/imgs?"))
                return HostileServer::Answer { HostileServer::response(404, "{\"detail\":\"not found\"}") };
            const QString q = QUrlQuery(QUrl(QString::fromLatin1(target)).query())
                                  .queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            QJsonArray found;
            for (const QString &term : q.split(QStringLiteral("||"))) {
                const QString id = term.mid(3); // after "id="
                if (id != QLatin1String("n-000")) // new: not on the server
                    found.append(QJsonObject { { QStringLiteral("image_id"), id },
                        { QStringLiteral("src"), QStringLiteral("https://x/") + id } });
            }
            return HostileServer::Answer { HostileServer::response(200,
                QJsonDocument(QJsonObject { { QStringLiteral("results"), found },
                                  { QStringLiteral("count"), int(found.size()) } })
                    .toJson(QJsonDocument::Compact)) };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(server.baseUrl()), "k1" });
        checker.setBatchIds(true);
        checker.setMaxInFlight(1);
        checker.setRetryPolicy(once());
        QList<PreSendItem> items;
        for (int i = 0; i < 2 * PreSendCheck::MaxIdsPerQuery; ++i) {
            ImageRecord record;
            record.setId(QStringLiteral("n-%1").arg(i, 3, 10, QLatin1Char('0')));
            record.setSrc(QStringLiteral("https://x/ours.jpg"));
            items.append({ record, std::nullopt });
        }
        const Run run = check(checker, items);
        QVERIFY(run.result);
        QCOMPARE(itemsOf(run.result->toSend), QList<int> { 0 }); // new
        QCOMPARE(run.result->conflicts.size(), items.size() - 1); // no base, yet on the server
        QStringList lines;
        for (const QByteArray &request : server.requests())
            lines << QString::fromLatin1(request.left(request.indexOf(' ', 4)));
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("GET /health")); // 404: no word on its search
        QVERIFY2(lines.at(1).startsWith(QLatin1String("GET /imgs?q=id")), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("GET /imgs/n-000"));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("GET /imgs?q=id")), qPrintable(lines.at(3)));
    }

    // The API documents `id` in `q` as numeric, and a search may lag the store: a batch that
    // misses an image proves it absent only when the server vouches for its search and the
    // batch holds every match.
    void aBatchProvesAbsenceOnlyWhenTheServerVouchesAndNothingIsLeftOver_data()
    {
        QTest::addColumn<int>("healthStatus");
        QTest::addColumn<QByteArray>("health");
        QTest::addColumn<bool>("batchMissesHeldImage"); ///< as a server reading `id=` as a number would
        QTest::addColumn<int>("countBeyondPage");
        QTest::addColumn<QStringList>("readAlone");
        const QByteArray vouches = "{\"status\":\"ok\",\"exact_id_search\":true}";
        const QStringList proven { QStringLiteral("b-000") }; // with a base: read alone before it is gone
        const QStringList unproven { QStringLiteral("b-000"), QStringLiteral("n-000") };
        const QStringList missed { QStringLiteral("b-000"), QStringLiteral("n-000"), QStringLiteral("n-001") };
        QTest::newRow("the server vouches") << 200 << vouches << false << 0 << proven;
        QTest::newRow("a count beyond the page") << 200 << vouches << false << 1 << unproven;
        QTest::newRow("no word") << 200 << QByteArray("{\"status\":\"ok\"}") << false << 0 << unproven;
        QTest::newRow("not a yes") << 200 << QByteArray("{\"exact_id_search\":\"true\"}") << false << 0 << unproven;
        QTest::newRow("no /health") << 404 << QByteArray("{\"detail\":\"Not Found\"}") << false << 0 << unproven;
        QTest::newRow("/health refused") << 403 << vouches << false << 0 << unproven;
        QTest::newRow("unreadable") << 200 << QByteArray("[true]") << false << 0 << unproven;
        QTest::newRow("no word, a held image missed") << 200 << QByteArray("{}") << true << 0 << missed;
    }

    void aBatchProvesAbsenceOnlyWhenTheServerVouchesAndNothingIsLeftOver()
    {
        QFETCH(int, healthStatus);
        QFETCH(QByteArray, health);
        QFETCH(bool, batchMissesHeldImage);
        QFETCH(int, countBeyondPage);
        QFETCH(QStringList, readAlone);
        const auto image = [](const QString &id) {
            return QJsonObject { { QStringLiteral("image_id"), id },
                { QStringLiteral("src"), QStringLiteral("https://x/") + id } };
        };
        HostileServer server([&](const QByteArray &request) {
            const QUrl url(QString::fromLatin1(request.split(' ').value(1)));
            if (url.path() == QLatin1String("/health"))
                return HostileServer::Answer { HostileServer::response(healthStatus, health) };
            if (url.path() == QLatin1String("/imgs/n-001")) // on the server
                return HostileServer::Answer { HostileServer::response(
                    200, QJsonDocument(image(QStringLiteral("n-001"))).toJson()) };
            if (url.path() != QLatin1String("/imgs"))
                return HostileServer::Answer { HostileServer::response(404, "{\"detail\":\"not found\"}") };
            const QString q = QUrlQuery(url.query()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
            QJsonArray found;
            if (!batchMissesHeldImage && q.split(QStringLiteral("||")).contains(QStringLiteral("id=n-001")))
                found.append(image(QStringLiteral("n-001")));
            const QJsonObject page { { QStringLiteral("results"), found },
                { QStringLiteral("count"), int(found.size()) + countBeyondPage } };
            return HostileServer::Answer { HostileServer::response(200, QJsonDocument(page).toJson()) };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(server.baseUrl()), "k1" });
        checker.setBatchIds(true);
        checker.setRetryPolicy(once());
        const Run run
            = check(checker, itemsNamed({ QStringLiteral("n-000"), QStringLiteral("n-001"), QStringLiteral("b-000") }));
        QVERIFY(run.result);
        // However it was found out, the outcome is the same: the held image is never sent as new.
        QCOMPARE(itemsOf(run.result->toSend), QList<int> { 0 }); // new
        QCOMPARE(itemsOf(run.result->conflicts), (QList<int> { 1, 2 })); // no base yet on the server; gone
        QCOMPARE(run.progress.last(), (std::pair<int, int>(3, 3)));
        const Asked asked(server.requests());
        QCOMPARE(asked.health, 1);
        QCOMPARE(asked.batches.size(), 1);
        QStringList singles = asked.singles;
        singles.sort();
        QCOMPARE(singles, readAlone);
    }

    void onlyImagesWithoutABaseAskTheServersWord()
    {
        // Every image has a base: a batch's miss could only make one "gone", which a read of its
        // own must confirm anyway, so /health is not asked.
        RecordingNetwork network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        checker.setBatchIds(true);
        QList<PreSendItem> items = scenario();
        items.removeIf([](const PreSendItem &item) { return !item.base; });
        const Run run = check(checker, items);
        QVERIFY(run.result);
        QCOMPARE(network.healthRequests, 0);
        network.singles.sort();
        QCOMPARE(network.singles, (QStringList { QStringLiteral("a b/c ü"), QStringLiteral("gone") }));
    }

    void cancelingWhileTheServersWordIsAskedSendsNothingMore()
    {
        HostileServer server([](const QByteArray &request) {
            if (request.startsWith("GET /health")) { // in one piece, half a second late
                const QByteArray vouches = HostileServer::response(200, "{\"exact_id_search\":true}");
                return HostileServer::Answer { vouches, int(vouches.size()), 500 };
            }
            return HostileServer::Answer { HostileServer::response(200, "{\"results\":[],\"count\":0}") };
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(server.baseUrl()), "k1" });
        checker.setBatchIds(true);
        checker.setRetryPolicy(once());
        std::optional<PagerError> error;
        bool finished = false;
        connect(&checker, &PreSendCheck::failed, this, [&](const PagerError &e) { error = e; });
        connect(&checker, &PreSendCheck::finished, this, [&] { finished = true; });
        checker.start(itemsNamed({ QStringLiteral("n-000") }));
        QTRY_COMPARE(server.requests().size(), 1);
        checker.cancel();
        QVERIFY(error);
        QCOMPARE(error->api.kind, ApiError::Kind::Canceled);
        QTest::qWait(800); // qWait-ok: the /health answer, were it still awaited, comes now
        QVERIFY(!finished);
        QCOMPARE(server.requests().size(), 1); // no batch after the cancel
        QVERIFY(!checker.isRunning());
    }

    void aFailedReadSendsNothing()
    {
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "wrong key" });
        checker.setRetryPolicy(once());
        const Run run = check(checker, scenario());
        QVERIFY(!run.result);
        QVERIFY(run.error);
        QCOMPARE(run.error->api.kind, ApiError::Kind::Auth);
    }

    void answersForTheImageAreCheckedBeforeUse_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("a null image_id is the image asked for")
            << QByteArray("{\"image_id\":null,\"src\":\"https://x/1.jpg\",\"city\":\"Pari\"}") << true << QString();
        QTest::newRow("another image") << QByteArray("{\"image_id\":\"other\",\"src\":\"https://x/1.jpg\"}") << false
                                       << QStringLiteral("another image");
        QTest::newRow("a field of the wrong type")
            << QByteArray("{\"image_id\":\"img\",\"city\":7}") << false << QStringLiteral("unreadable");
        QTest::newRow("not an object") << QByteArray("[1]") << false << QStringLiteral("not a JSON object");
    }

    void answersForTheImageAreCheckedBeforeUse()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, accepted);
        QFETCH(QString, messagePart);
        HostileServer server(
            [&](const QByteArray &) { return HostileServer::Answer { HostileServer::response(200, answer) }; });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(server.baseUrl()), "k1" });
        checker.setRetryPolicy(once());
        ImageRecord base;
        base.setId(QStringLiteral("img"));
        base.setSrc(QStringLiteral("https://x/1.jpg"));
        base.setValue(Field::City, QStringLiteral("Pari"));
        ImageRecord ours = base;
        ours.setValue(Field::City, QStringLiteral("Paris"));
        const Run run = check(checker, { PreSendItem { ours, base } });
        QCOMPARE(bool(run.result), accepted);
        if (accepted) {
            QCOMPARE(run.result->toSend.size(), 1);
            QCOMPARE(run.result->toSend.first().result.toSend, ours);
        } else {
            QVERIFY(run.error);
            QVERIFY2(run.error->userMessage().contains(messagePart), qPrintable(run.error->userMessage()));
        }
    }

    void onlyUnchangedImagesNeedNoRequest()
    {
        // A closed port: any request would fail, so finishing proves none was made.
        QNetworkAccessManager network;
        PreSendCheck checker(&network, ApiEndpoint { QUrl(QStringLiteral("http://127.0.0.1:9")), "k1" });
        checker.setRetryPolicy(once());
        const Run run = check(checker, { PreSendItem { base(QStringLiteral("same")), base(QStringLiteral("same")) } });
        QVERIFY(run.result);
        QCOMPARE(itemsOf(run.result->unchanged), QList<int> { 0 });
        QVERIFY(run.result->toSend.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PreSendCheck)
#include "tst_presendcheck.moc"
