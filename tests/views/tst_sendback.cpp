// SPDX-License-Identifier: GPL-3.0-or-later
// Sending back without overwriting anyone (issue 15), offscreen against a sandbox process: a
// folder sent once has a base; another editor changes and deletes images on the server; the
// next send takes the server's changes to fields we left alone, sends images changed the same
// way on both sides, holds back the images changed both ways or deleted, and the error review
// shows base, theirs and mine with Keep Mine / Take Theirs; after settling, a resubmission
// sends exactly the chosen values. The bases survive reopening the folder.
#include <QDockWidget>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "core/server/threewaymerge.h"
#include "models/errorreviewmodel.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testenvironment.h"
#include "tests/views/desktopsession.h"
#include "views/errorreviewpanel.h"

using namespace Wesog;

namespace {

const QString s_put = QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en");

/// The server's copy of `id` as a PUT item (computed fields and nulls left out).
QJsonObject serverItem(Test::HttpTestClient &client, const QString &id)
{
    const QJsonObject image = client.get(QStringLiteral("/imgs/") + id).object();
    QJsonObject item;
    for (auto it = image.begin(); it != image.end(); ++it) {
        const QString key = it.key();
        if (!it.value().isNull() && key != QLatin1String("image_id") && key != QLatin1String("width")
            && key != QLatin1String("height") && key != QLatin1String("n_faces"))
            item.insert(key, it.value());
    }
    item.insert(QStringLiteral("id"), id);
    return item;
}

QString serverValue(Test::HttpTestClient &client, const QString &id, const char *field)
{
    return client.get(QStringLiteral("/imgs/") + id).object().value(QLatin1String(field)).toString();
}

} // namespace

class tst_SendBack : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SandboxProcess> m_sandbox;
    std::unique_ptr<Test::HttpTestClient> m_other; ///< the other editor

    /// The other editor's change: the server's copy of `id` with `changes`, sent whole.
    void changeOnServer(const QString &id, const QJsonObject &changes)
    {
        QJsonObject item = serverItem(*m_other, id);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            item.insert(it.key(), it.value());
        const Test::HttpResult put = m_other->put(s_put, QJsonArray { item });
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("num_good")).toInt(), 1);
    }

    /// Makes the grid's item of `row` current (the review shows its conflict).
    static bool chooseInGrid(QListWidget *grid, int row)
    {
        for (int i = 0; i < grid->count(); ++i) {
            if (grid->item(i)->data(Qt::UserRole + 1).toInt() == row) {
                grid->setCurrentRow(i);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        QVERIFY(Test::copySamples(m_folder.path()));
        m_sandbox = std::make_unique<Test::SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_folder.path() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_other = std::make_unique<Test::HttpTestClient>(m_sandbox->baseUrl(), "k1");
    }

    void mergeHoldBackSettleAndResubmit()
    {
        const QString festival = QStringLiteral("festival-night");
        const QString parade = QStringLiteral("parade-moscow");
        const QString lake = QStringLiteral("mountain-lake");
        {
            Test::DesktopSession session(m_workspaces.path(), m_env->path(), m_sandbox->baseUrl());
            QVERIFY(session.open(m_folder.path()));
            RecordTableModel &model = session.model;
            SubmissionController &controller = session.controller;
            QSignalSpy finished(&controller, &SubmissionController::submissionFinished);

            // Sent once: what the server accepted is each row's base.
            QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(0).toInt(), 5);
            for (int row = 0; row < model.rowCount(); ++row) {
                const std::optional<ImageRecord> base = controller.baseForSending(row);
                QVERIFY(base && ThreeWayMerge::sameRecord(*base, model.recordToSend(row)));
            }
            const int a = session.row("festival-night");
            const int b = session.row("mountain-lake");
            const int c = session.row("parade-moscow");
            const int d = session.row("harbour-dawn");
            const QString baseTitle = model.row(a).record().text(Field::Title).value_or(QString());

            // The other editor: on A, title and headline (we change them too), city (we do not)
            // and caption (we make the same change); on C, city and a headline we also write; B
            // is deleted.
            changeOnServer(festival,
                { { QStringLiteral("title"), QStringLiteral("Their title") },
                    { QStringLiteral("headline"), QStringLiteral("Their headline") },
                    { QStringLiteral("city"), QStringLiteral("Porto") },
                    { QStringLiteral("caption"), QStringLiteral("Both sides") } });
            changeOnServer(parade,
                { { QStringLiteral("city"), QStringLiteral("Kazan") },
                    { QStringLiteral("headline"), QStringLiteral("Same on both") } });
            QCOMPARE(
                m_other->del(QStringLiteral("/imgs/%1?wait=true&urgent=false&strict=false").arg(lake)).status, 200);
            QCOMPARE(m_other->get(QStringLiteral("/imgs/") + lake).status, 404);

            QVERIFY(model.editCells({ a }, Field::Title, QStringLiteral("My title"), QStringLiteral("t")));
            QVERIFY(model.editCells({ a }, Field::Headline, QStringLiteral("My headline"), QStringLiteral("h")));
            QVERIFY(model.editCells({ a }, Field::Caption, QStringLiteral("Both sides"), QStringLiteral("c")));
            QVERIFY(model.editCells({ c }, Field::Headline, QStringLiteral("Same on both"), QStringLiteral("h")));
            QVERIFY(model.editCells({ b }, Field::Title, QStringLiteral("Edited after deletion"), QStringLiteral("t")));
            QVERIFY(model.editCells({ d }, Field::Keywords,
                QStringList { QStringLiteral("harbour"), QStringLiteral("boats") }, QStringLiteral("k")));

            // Everything is offered; market-lisbon, equal to its base, does not go.
            const int operationsBefore = int(m_other->get(QStringLiteral("/ops")).array().size());
            QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(0).toInt(), 2); // C (merged) and D
            QCOMPARE(finished.last().at(2).toInt(), 2); // A and B held back
            QCOMPARE(controller.lastCheck().unchanged, 1);
            QCOMPARE(controller.lastCheck().merged, 1);
            QCOMPARE(controller.lastCheck().conflicts, 2);
            const QJsonArray operations = m_other->get(QStringLiteral("/ops")).array();
            QCOMPARE(operations.size(), operationsBefore + 1);
            QCOMPARE(operations.first().toObject().value(QStringLiteral("num_total")).toInt(), 2);

            // C: the server's city kept (in the row too, and it says so), our headline sent.
            QCOMPARE(serverValue(*m_other, parade, "city"), QStringLiteral("Kazan"));
            QCOMPARE(serverValue(*m_other, parade, "headline"), QStringLiteral("Same on both"));
            QCOMPARE(model.row(c).record().text(Field::City), QStringLiteral("Kazan"));
            const QString cState = model.index(c, RecordTableModel::StateColumn).data().toString();
            QVERIFY2(cState.contains(QStringLiteral("Merged from the server: City")), qPrintable(cState));
            QCOMPARE(m_other->get(QStringLiteral("/imgs/harbour-dawn"))
                         .object()
                         .value(QStringLiteral("keywords"))
                         .toArray()
                         .size(),
                2);
            // A and B: nothing overwritten, nothing re-created.
            QCOMPARE(serverValue(*m_other, festival, "title"), QStringLiteral("Their title"));
            QCOMPARE(m_other->get(QStringLiteral("/imgs/") + lake).status, 404);
            QCOMPARE(model.row(a).submission->state, SubmitState::NotSent);
            QVERIFY(model.row(a).submission->message.isSendConflict());
            // A rescan hands the rows their states again: the held-back ones stay held back.
            controller.workspaceReady();
            QCOMPARE(model.row(a).submission->state, SubmitState::NotSent);
            QVERIFY(model.row(a).submission->message.isSendConflict());

            // The review: one cause, the two held-back images.
            auto *review = session.window.findChild<ErrorReviewModel *>();
            review->refreshNow();
            QCOMPARE(review->groups().first().kind, ErrorGroup::Kind::SendConflict);
            QCOMPARE(review->groups().first().rows.size(), 2);
            QVERIFY(session.window.findChild<QDockWidget *>(QStringLiteral("errorReviewDock"))->isVisible());
            session.window.findChild<QListView *>(QStringLiteral("errorGroups"))->setCurrentIndex(review->index(0));
            auto *grid = session.window.findChild<QListWidget *>(QStringLiteral("errorGrid"));
            QVERIFY(chooseInGrid(grid, a));
            auto *box = session.window.findChild<QGroupBox *>(QStringLiteral("sendConflict"));
            QVERIFY(box->isVisible());
            auto value = [box](const char *field, int column) {
                auto *label
                    = box->findChild<QLabel *>(QStringLiteral("conflict-%1-%2").arg(QLatin1String(field)).arg(column));
                return label ? label->text() : QStringLiteral("<none>");
            };
            QCOMPARE(value("title", 1), baseTitle.isEmpty() ? QStringLiteral("(empty)") : baseTitle);
            QCOMPARE(value("title", 2), QStringLiteral("Their title"));
            QCOMPARE(value("title", 3), QStringLiteral("My title"));
            QCOMPARE(value("headline", 2), QStringLiteral("Their headline"));
            QCOMPARE(value("headline", 3), QStringLiteral("My headline"));
            QCOMPARE(value("caption", 2), QStringLiteral("<none>")); // the same change: no conflict
            QCOMPARE(value("city", 2), QStringLiteral("<none>")); // changed on one side only

            box->findChild<QPushButton *>(QStringLiteral("takeTheirs-title"))->click();
            QTRY_COMPARE(model.row(a).record().text(Field::Title), QStringLiteral("Their title"));
            QVERIFY(controller.conflictOf(a)); // the headline is still to settle
            box->findChild<QPushButton *>(QStringLiteral("keepMine-headline"))->click();
            QTRY_VERIFY(!controller.conflictOf(a));
            // Settled: the server's city comes into the row, which waits to be sent again.
            QCOMPARE(model.row(a).record().text(Field::City), QStringLiteral("Porto"));
            QCOMPARE(model.row(a).record().text(Field::Headline), QStringLiteral("My headline"));
            QCOMPARE(model.row(a).submission->state, SubmitState::NotSent);
            QVERIFY(!model.row(a).submission->message.isSendConflict());

            // B, deleted on the server: Keep Mine creates it again.
            review->refreshNow();
            session.window.findChild<QListView *>(QStringLiteral("errorGroups"))->setCurrentIndex(review->index(0));
            QCOMPARE(review->groups().first().kind, ErrorGroup::Kind::SendConflict);
            QVERIFY(chooseInGrid(grid, b));
            QVERIFY(box->isVisible());
            box->findChild<QPushButton *>(QStringLiteral("keepMine-image"))->click();
            QTRY_VERIFY(!controller.conflictOf(b));

            // Resubmitting the images not sent: exactly A and B go, with the chosen values.
            const SubmitPlan again = controller.plan(SubmitScope::Failed, {});
            QCOMPARE(again.rows.size(), 2);
            QVERIFY(controller.submit(again, {}));
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(0).toInt(), 2);
            QCOMPARE(controller.lastCheck().conflicts, 0);
            const QJsonObject festivalNow = m_other->get(QStringLiteral("/imgs/") + festival).object();
            QCOMPARE(festivalNow.value(QStringLiteral("title")).toString(), QStringLiteral("Their title"));
            QCOMPARE(festivalNow.value(QStringLiteral("headline")).toString(), QStringLiteral("My headline"));
            QCOMPARE(festivalNow.value(QStringLiteral("city")).toString(), QStringLiteral("Porto"));
            QCOMPARE(festivalNow.value(QStringLiteral("caption")).toString(), QStringLiteral("Both sides"));
            QCOMPARE(serverValue(*m_other, lake, "title"), QStringLiteral("Edited after deletion"));
            review->refreshNow();
            for (const ErrorGroup &group : review->groups())
                QVERIFY(group.kind != ErrorGroup::Kind::SendConflict);
        }

        // Reopened, the folder's bases are what the server accepted last.
        Test::SessionFixture reopened(m_workspaces.path());
        reopened.connectTo(m_sandbox->baseUrl());
        QVERIFY(reopened.open(m_folder.path()));
        const std::optional<ImageRecord> base = reopened.controller.baseForSending(reopened.row("festival-night"));
        QVERIFY(base);
        QCOMPARE(base->text(Field::Headline), QStringLiteral("My headline"));
        QCOMPARE(base->text(Field::City), QStringLiteral("Porto"));
    }

    void anIdAlreadyOnTheServerWithoutABaseIsAConflict()
    {
        // A new workspace knows nothing of what the first test sent: every image is new to it.
        QTemporaryDir workspaces;
        Test::DesktopSession session(workspaces.path(), m_env->path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        RecordTableModel &model = session.model;
        SubmissionController &controller = session.controller;
        const int row = session.row("harbour-dawn");
        QVERIFY(!controller.baseForSending(row));
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::Selection, { row }), {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(2).toInt(), 1);
        const std::optional<HeldConflict> conflict = controller.conflictOf(row);
        QVERIFY(conflict && conflict->isWholeImage() && conflict->server);
        // The server kept the keywords the first test sent.
        QCOMPARE(m_other->get(QStringLiteral("/imgs/harbour-dawn"))
                     .object()
                     .value(QStringLiteral("keywords"))
                     .toArray()
                     .size(),
            2);

        // Take Theirs: the row takes the server's values; sending again sends nothing.
        QVERIFY(controller.resolve(row, std::nullopt, Resolution::TakeTheirs));
        QCOMPARE(model.row(row).record().list(Field::Keywords)->size(), 2);
        QVERIFY(controller.baseForSending(row));
        QVERIFY(controller.submit(controller.plan(SubmitScope::Selection, { row }), {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(controller.lastCheck().unchanged, 1);
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QCOMPARE(model.row(row).submission->state, SubmitState::None);
    }
    void aServerCollectionIsSentBackThroughTheCheck()
    {
        // Its own sandbox: three images another editor also works on.
        Test::SandboxProcess sandbox(
            { QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_folder.path() });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        Test::HttpTestClient other(sandbox.baseUrl(), "k1");
        QJsonArray items;
        for (const char *id : { "srv-a", "srv-b", "srv-c" }) {
            items.append(QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                { QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                { QStringLiteral("title"), QStringLiteral("Cais %1").arg(QLatin1String(id)) },
                { QStringLiteral("city"), QStringLiteral("Lisboa") } });
        }
        QCOMPARE(other.put(s_put, items).status, 200);

        QTemporaryDir workspaces;
        Test::DesktopSession session(workspaces.path(), m_env->path(), sandbox.baseUrl());
        QSignalSpy loaded(&session.session, &CollectionSession::loaded);
        QVERIFY(session.session.openServer(ApiEndpoint { QUrl(sandbox.baseUrl()), "k1" }, QString()));
        QVERIFY(loaded.wait(20000));
        RecordTableModel &model = session.model;
        SubmissionController &controller = session.controller;
        QCOMPARE(model.rowCount(), 3);
        const int a = model.rowOfId(QStringLiteral("srv-a"));
        const int b = model.rowOfId(QStringLiteral("srv-b"));
        QVERIFY(controller.baseForSending(a)); // the loaded snapshot

        // The other editor moves A to Porto and retitles B; we retitle both.
        auto change = [&other](const QString &id, const char *field, const QString &value) {
            QJsonObject item = serverItem(other, id);
            item.insert(QLatin1String(field), value);
            QCOMPARE(other.put(s_put, QJsonArray { item }).status, 200);
        };
        change(QStringLiteral("srv-a"), "city", QStringLiteral("Porto"));
        change(QStringLiteral("srv-b"), "title", QStringLiteral("Their title"));
        QVERIFY(model.editCells({ a }, Field::Title, QStringLiteral("Mine A"), QStringLiteral("t")));
        QVERIFY(model.editCells({ b }, Field::Title, QStringLiteral("Mine B"), QStringLiteral("t")));

        // Only the changed images go: A merged, B held back, C (untouched) not sent.
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(finished.last().at(2).toInt(), 1);
        QCOMPARE(controller.lastCheck().unchanged, 1);
        QCOMPARE(controller.lastCheck().merged, 1);
        QCOMPARE(controller.lastCheck().conflicts, 1);
        QCOMPARE(serverValue(other, QStringLiteral("srv-a"), "title"), QStringLiteral("Mine A"));
        QCOMPARE(serverValue(other, QStringLiteral("srv-a"), "city"), QStringLiteral("Porto"));
        QCOMPARE(serverValue(other, QStringLiteral("srv-b"), "title"), QStringLiteral("Their title"));

        // Settled in the error review: Keep Mine, then B goes with our title.
        auto *review = session.window.findChild<ErrorReviewModel *>();
        review->refreshNow();
        QCOMPARE(review->groups().first().kind, ErrorGroup::Kind::SendConflict);
        session.window.findChild<QListView *>(QStringLiteral("errorGroups"))->setCurrentIndex(review->index(0));
        QVERIFY(chooseInGrid(session.window.findChild<QListWidget *>(QStringLiteral("errorGrid")), b));
        auto *box = session.window.findChild<QGroupBox *>(QStringLiteral("sendConflict"));
        QVERIFY(box->isVisible());
        box->findChild<QPushButton *>(QStringLiteral("keepMine-title"))->click();
        QTRY_VERIFY(!controller.conflictOf(b));
        QVERIFY(controller.submit(controller.plan(SubmitScope::Failed, {}), {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(serverValue(other, QStringLiteral("srv-b"), "title"), QStringLiteral("Mine B"));
        QCOMPARE(serverValue(other, QStringLiteral("srv-b"), "city"), QStringLiteral("Lisboa"));
    }

    void cancellingTheCheckSendsNothingAndKeepsTheEdits_data()
    {
        QTest::addColumn<bool>("closeInstead");
        QTest::newRow("Cancel") << false;
        // Opening another folder closes the collection, which stops its submission; no summary
        // follows, and the check's bar must still go.
        QTest::newRow("closing the collection") << true;
    }

    void cancellingTheCheckSendsNothingAndKeepsTheEdits()
    {
        QFETCH(bool, closeInstead);
        // Every API request of this sandbox waits 200 ms: the check of 40 images (a few at a
        // time) is still reading when its first copies are in. Their ids hold a '+', which a
        // batch's `q` cannot name, so each image is read alone.
        Test::SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            m_folder.path(), QStringLiteral("--latency-ms"), QStringLiteral("200") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        Test::HttpTestClient other(sandbox.baseUrl(), "k1");
        constexpr int images = 40;
        QJsonArray items;
        for (int i = 0; i < images; ++i) {
            items.append(
                QJsonObject { { QStringLiteral("id"), QStringLiteral("chk+%1").arg(i, 2, 10, QLatin1Char('0')) },
                    { QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                    { QStringLiteral("title"), QStringLiteral("Cais %1").arg(i) } });
        }
        QCOMPARE(other.put(s_put, items).status, 200);
        QTemporaryDir workspaces;
        Test::DesktopSession session(workspaces.path(), m_env->path(), sandbox.baseUrl());
        QSignalSpy loaded(&session.session, &CollectionSession::loaded);
        QVERIFY(session.session.openServer(ApiEndpoint { QUrl(sandbox.baseUrl()), "k1" }, QString()));
        QVERIFY(loaded.wait(20000));
        RecordTableModel &model = session.model;
        SubmissionController &controller = session.controller;
        QCOMPARE(model.rowCount(), images);
        QList<int> rows;
        for (int row = 0; row < images; ++row)
            rows.append(row);
        QVERIFY(model.editCells(rows, Field::Title, QStringLiteral("Mine"), QStringLiteral("t")));

        // The status bar shows the check's progress with Cancel; Cancel is pressed once some
        // copies are read (from the event loop, as a click comes).
        auto *bar = session.window.findChild<QProgressBar *>(QStringLiteral("checkProgress"));
        auto *cancel = session.window.findChild<QToolButton *>(QStringLiteral("cancelCheckButton"));
        QVERIFY(bar && cancel);
        QVERIFY(!bar->isVisible());
        int seenChecked = -1;
        int seenMaximum = -1;
        bool seenVisible = false;
        connect(&controller, &SubmissionController::checkProgress, this, [&](int checked, int) {
            if (checked < 1 || seenChecked >= 0)
                return;
            seenChecked = checked;
            seenMaximum = bar->maximum();
            seenVisible = bar->isVisible() && cancel->isVisible() && cancel->isEnabled();
            if (closeInstead)
                QTimer::singleShot(0, this, [&] { session.session.openFolder(m_folder.path(), true); });
            else
                QTimer::singleShot(0, cancel, &QToolButton::click);
        });
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
        if (closeInstead) {
            QTRY_VERIFY_WITH_TIMEOUT(!controller.isSending() && seenChecked >= 0, 20000);
        } else {
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(0).toInt(), 0); // nothing accepted
            QCOMPARE(finished.last().at(2).toInt(), images); // every image not sent
        }
        QVERIFY(seenVisible);
        QCOMPARE(seenMaximum, images);
        QVERIFY2(seenChecked < images, "the check had ended before it was stopped");
        QVERIFY(!bar->isVisible());
        QVERIFY(!controller.isSending());

        // Nothing reached the server; every edit is still in the table (or its workspace).
        const QJsonArray stored
            = other.get(QStringLiteral("/imgs?limit=100")).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(stored.size(), images);
        for (const QJsonValue &image : stored)
            QVERIFY(image.toObject().value(QStringLiteral("title")).toString().startsWith(QLatin1String("Cais ")));
        if (closeInstead) {
            QVERIFY(session.session.openServer(ApiEndpoint { QUrl(sandbox.baseUrl()), "k1" }, QString()));
            QVERIFY(loaded.wait(20000));
            QCOMPARE(model.rowCount(), images);
        }
        for (int row = 0; row < images; ++row)
            QCOMPARE(model.row(row).record().text(Field::Title), std::optional<QString>(QStringLiteral("Mine")));
        QCOMPARE(model.editedCount(), images);
    }
};

QTEST_MAIN(tst_SendBack)
#include "tst_sendback.moc"
