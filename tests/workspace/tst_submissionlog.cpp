// SPDX-License-Identifier: GPL-3.0-or-later
// Submission messages in the workspace: stored as codes with their arguments and the server's
// own words, read back after a reopen and translated in whatever language is on when shown;
// workspaces from before keep their old text.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apierror.h"
#include "core/i18n/languagemanager.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/workspace.h"
#include "tests/support/catalog.h"
#include "tests/support/testenvironment.h"

using namespace Wesog;

namespace {

QString ru(const char *context, const char *source)
{
    return Test::catalogTranslation(QStringLiteral("ru"), QLatin1String(context), QLatin1String(source));
}

RecordSubmission settled(SubmitState state, const StatusMessage &message, std::optional<qint64> opId = {})
{
    RecordSubmission submission;
    submission.state = state;
    submission.imageId = QStringLiteral("img");
    submission.message = message;
    submission.opId = opId;
    submission.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return submission;
}

QStringList columns(QSqlDatabase db, const QString &table)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next())
        names << query.value(1).toString();
    return names;
}

} // namespace

class tst_SubmissionLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;

private slots:
    void initTestCase() { m_env = std::make_unique<Test::TestEnvironment>(); }

    void messagesAreReadBackAsCodesAndShownInTheCurrentLanguage()
    {
        QTemporaryDir folder;
        const QString directory = folder.filePath(QStringLiteral("ws"));
        ApiError auth;
        auth.kind = ApiError::Kind::Auth;
        auth.httpStatus = 401;
        ApiError refused;
        refused.kind = ApiError::Kind::Validation;
        refused.httpStatus = 422;
        refused.detail = QStringLiteral("field required");
        const QString serverWords = QStringLiteral("image 'c': src could not be fetched");
        const QHash<QString, RecordSubmission> stored {
            { QStringLiteral("a.jpg"), settled(SubmitState::NotSent, StatusMessage::fromApiError(auth)) },
            { QStringLiteral("b.jpg"), settled(SubmitState::Failed, StatusMessage::notConfirmed(12, 3), 12) },
            { QStringLiteral("c.jpg"), settled(SubmitState::Failed, StatusMessage::fromServer(serverWords), 12) },
            { QStringLiteral("d.jpg"), settled(SubmitState::Failed, StatusMessage::refusedAgain(refused)) },
        };
        {
            Workspace workspace;
            QString error;
            QVERIFY2(workspace.open(folder.path(), directory, &error), qPrintable(error));
            SubmissionLog log(workspace.database());
            QVERIFY2(log.setStates(stored, &error), qPrintable(error));
        }

        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), directory, &error), qPrintable(error));
        SubmissionLog log(workspace.database());
        const QHash<QString, RecordSubmission> states = log.states(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(states, stored); // codes, arguments and server words, not text
        const QList<SubmissionEvent> history = log.history(QStringLiteral("b.jpg"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().message, StatusMessage::notConfirmed(12, 3));

        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        const QString englishAuth = states.value(QStringLiteral("a.jpg")).message.text();
        QCOMPARE(englishAuth, QStringLiteral("API key rejected. Check the key in the connection settings."));

        QVERIFY(languages.setLanguage(QStringLiteral("ru")));
        const QString russianAuth = ru("ApiError", "API key rejected. Check the key in the connection settings.");
        QVERIFY(!russianAuth.isEmpty() && russianAuth != englishAuth);
        QCOMPARE(states.value(QStringLiteral("a.jpg")).message.text(), russianAuth);
        QCOMPARE(log.history(QStringLiteral("a.jpg")).first().message.text(), russianAuth);
        QCOMPARE(history.first().message.text(),
            ru("Wesog::SubmissionJob",
                "Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably "
                "not applied.")
                .arg(QStringLiteral("12"), QStringLiteral("3")));
        QCOMPARE(states.value(QStringLiteral("d.jpg")).message.text(),
            ru("Wesog::Submitter", "Refused with its batch a second time: %1")
                .arg(ru("ApiError", "The server refused the data: %1").arg(QStringLiteral("field required"))));
        // The server's words are not ours to translate.
        QCOMPARE(states.value(QStringLiteral("c.jpg")).message.text(), serverWords);
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
    }

    void theSubmissionTablesBelongToTheLog()
    {
        QTemporaryDir folder;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        QSqlDatabase db = workspace.database();
        // The workspace keeps the edits only; the log makes its own tables when it attaches.
        QVERIFY(columns(db, QStringLiteral("record_submissions")).isEmpty());
        QVERIFY(columns(db, QStringLiteral("operations")).isEmpty());
        SubmissionLog log(db);
        QVERIFY(columns(db, QStringLiteral("operations")).contains(QStringLiteral("image_ids")));
        for (const QString &table : { QStringLiteral("record_submissions"), QStringLiteral("submission_history") }) {
            const QStringList names = columns(db, table);
            QVERIFY2(names.contains(QStringLiteral("message_code")) && !names.contains(QStringLiteral("message")),
                qPrintable(names.join(QLatin1Char(','))));
        }
        QVERIFY(log.states(&error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void anOldWorkspaceKeepsItsMessagesAsServerText()
    {
        QTemporaryDir folder;
        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder.path(), folder.filePath(QStringLiteral("ws")), &error), qPrintable(error));
        QSqlDatabase db = workspace.database();
        QSqlQuery query(db);
        // The tables as workspaces before message codes had them (no-ops where they exist already).
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS record_submissions (path TEXT PRIMARY KEY, state TEXT NOT NULL, "
            "image_id TEXT, message TEXT, field TEXT, op_id INTEGER, item_index INTEGER NOT NULL, at TEXT NOT NULL, "
            "sent BLOB)")));
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS submission_history (path TEXT NOT NULL, at TEXT NOT NULL, "
                           "op_id INTEGER, state TEXT NOT NULL, message TEXT)")));
        QVERIFY(columns(db, QStringLiteral("record_submissions")).contains(QStringLiteral("message")));
        const QString old = QStringLiteral("Не отправлено: сервер недоступен");
        QVERIFY(query.exec(QStringLiteral("INSERT INTO record_submissions (path, state, image_id, message, field, "
                                          "item_index, at) VALUES ('a.jpg', 'not_sent', 'img', '%1', '', -1, "
                                          "'2026-01-02T03:04:05.000Z')")
                               .arg(old)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO submission_history (path, at, state, message) VALUES "
                                          "('a.jpg', '2026-01-02T03:04:05.000Z', 'not_sent', '%1')")
                               .arg(old)));

        {
            SubmissionLog log(db);
            QCOMPARE(log.states(&error).value(QStringLiteral("a.jpg")).message, StatusMessage::fromServer(old));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(log.history(QStringLiteral("a.jpg")).first().message, StatusMessage::fromServer(old));
        }
        for (const QString &table : { QStringLiteral("record_submissions"), QStringLiteral("submission_history") }) {
            const QStringList names = columns(db, table);
            QVERIFY2(!names.contains(QStringLiteral("message")) && names.contains(QStringLiteral("message_code"))
                    && names.contains(QStringLiteral("server_text")),
                qPrintable(names.join(QLatin1Char(','))));
        }

        // Attaching again changes nothing, and new states are stored beside the old ones.
        SubmissionLog again(db);
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QVERIFY2(again.setStates({ { QStringLiteral("b.jpg"),
                                     settled(SubmitState::NotSent, StatusMessage::fromApiError(timeout)) } },
                     &error),
            qPrintable(error));
        const QHash<QString, RecordSubmission> states = again.states();
        QCOMPARE(states.value(QStringLiteral("a.jpg")).message.text(), old);
        QCOMPARE(states.value(QStringLiteral("b.jpg")).message, StatusMessage::fromApiError(timeout));
    }
};

QTEST_GUILESS_MAIN(tst_SubmissionLog)
#include "tst_submissionlog.moc"
