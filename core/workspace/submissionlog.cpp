// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/submissionlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "core/logging.h"

namespace Wesog {

namespace {

QString toText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QJsonObject optionsJson(const SubmitOptions &options)
{
    return { { QStringLiteral("wait"), options.wait }, { QStringLiteral("urgent"), options.urgent },
        { QStringLiteral("strict"), options.strict }, { QStringLiteral("lang"), options.lang },
        { QStringLiteral("batch_size"), options.batchSize } };
}

SubmitOptions optionsFrom(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    SubmitOptions options;
    options.wait = json.value(QStringLiteral("wait")).toBool();
    options.urgent = json.value(QStringLiteral("urgent")).toBool();
    options.strict = json.value(QStringLiteral("strict")).toBool();
    options.lang = json.value(QStringLiteral("lang")).toString(options.lang);
    options.batchSize = json.value(QStringLiteral("batch_size")).toInt(options.batchSize);
    return options;
}

/// Runs `body` in one transaction; false (with the failing query's reason) if any step fails.
template <typename Body> bool inTransaction(QSqlDatabase &db, QString *error, Body body)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    QSqlQuery *failed = body(query);
    if (failed) {
        *error = failed->lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QString argsText(const StatusMessage &message)
{
    return message.args.isEmpty() ? QString() : toText(QJsonArray::fromStringList(message.args));
}

/// A message from the three columns a query selects from `first` on (code, args, server text).
StatusMessage messageFrom(const QSqlQuery &query, int first)
{
    return { query.value(first).toString(), listFrom(query.value(first + 1).toString()),
        query.value(first + 2).toString() };
}

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

/// Workspaces written before messages were codes have a `message` column of finished text (in
/// whatever language was on then). It is kept as server text, shown as it is, so nothing is lost;
/// the column goes, so no text is stored twice.
bool migrateMessages(QSqlDatabase &db, QString *error)
{
    const QStringList tables { QStringLiteral("record_submissions"), QStringLiteral("submission_history") };
    QStringList steps;
    for (const QString &table : tables) {
        if (hasColumn(db, table, QStringLiteral("message_code")) || !hasColumn(db, table, QStringLiteral("message")))
            continue;
        steps << QStringLiteral("ALTER TABLE %1 ADD COLUMN message_code TEXT").arg(table)
              << QStringLiteral("ALTER TABLE %1 ADD COLUMN message_args TEXT").arg(table)
              << QStringLiteral("ALTER TABLE %1 ADD COLUMN server_text TEXT").arg(table)
              << QStringLiteral("UPDATE %1 SET server_text = message").arg(table)
              << QStringLiteral("ALTER TABLE %1 DROP COLUMN message").arg(table);
    }
    if (steps.isEmpty())
        return true;
    return inTransaction(db, error, [&](QSqlQuery &query) -> QSqlQuery * {
        for (const QString &step : steps) {
            if (!query.exec(step))
                return &query;
        }
        return static_cast<QSqlQuery *>(nullptr);
    });
}

/// The submission side of a workspace: operations, each record's latest state, and the history
/// of terminal states. The Workspace keeps only the edits; these tables are this class's.
bool createSchema(QSqlDatabase &db, QString *error)
{
    const QStringList statements {
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS operations (server TEXT NOT NULL, op_id INTEGER NOT NULL, "
            "submitted_at TEXT NOT NULL, options TEXT NOT NULL, keys TEXT NOT NULL, image_ids TEXT NOT NULL, "
            "status TEXT NOT NULL, finished INTEGER NOT NULL, PRIMARY KEY (server, op_id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS record_submissions (path TEXT PRIMARY KEY, state TEXT NOT NULL, "
                       "image_id TEXT, message_code TEXT, message_args TEXT, server_text TEXT, field TEXT, "
                       "op_id INTEGER, item_index INTEGER NOT NULL, at TEXT NOT NULL, sent BLOB)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS submission_history (path TEXT NOT NULL, at TEXT NOT NULL, op_id INTEGER, "
            "state TEXT NOT NULL, message_code TEXT, message_args TEXT, server_text TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS submission_history_path ON submission_history (path)"),
    };
    return inTransaction(db, error, [&](QSqlQuery &query) -> QSqlQuery * {
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                return &query;
        }
        return static_cast<QSqlQuery *>(nullptr);
    });
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

/// Writes the operation's row; the failing query, or null.
QSqlQuery *insertOperation(QSqlQuery &query, const LoggedOperation &operation)
{
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO operations (server, op_id, submitted_at, options, keys, image_ids, "
                       "status, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(operation.server);
    query.addBindValue(operation.opId);
    query.addBindValue(operation.submittedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(toText(optionsJson(operation.options)));
    query.addBindValue(toText(QJsonArray::fromStringList(operation.keys)));
    query.addBindValue(toText(QJsonArray::fromStringList(operation.imageIds)));
    query.addBindValue(toText(operation.status.toJson()));
    query.addBindValue(operation.finished ? 1 : 0);
    return query.exec() ? nullptr : &query;
}

/// Writes the states, and the terminal ones into the history; the failing query, or null.
QSqlQuery *writeStates(QSqlQuery &query, QSqlQuery &history, const QHash<QString, RecordSubmission> &states)
{
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO record_submissions (path, state, image_id, message_code, message_args, "
                       "server_text, field, op_id, item_index, at, sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    history.prepare(
        QStringLiteral("INSERT INTO submission_history (path, at, op_id, state, message_code, message_args, "
                       "server_text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const RecordSubmission &state = it.value();
        const QString at = state.at.toUTC().toString(Qt::ISODateWithMs);
        query.addBindValue(it.key());
        query.addBindValue(submitStateName(state.state));
        query.addBindValue(state.imageId);
        query.addBindValue(state.message.code);
        query.addBindValue(argsText(state.message));
        query.addBindValue(state.message.serverText);
        query.addBindValue(state.field);
        query.addBindValue(nullable(state.opId));
        query.addBindValue(state.index);
        query.addBindValue(at);
        query.addBindValue(state.sent);
        if (!query.exec())
            return &query;
        if (isPending(state.state) || state.state == SubmitState::None)
            continue;
        history.addBindValue(it.key());
        history.addBindValue(at);
        history.addBindValue(nullable(state.opId));
        history.addBindValue(submitStateName(state.state));
        history.addBindValue(state.message.code);
        history.addBindValue(argsText(state.message));
        history.addBindValue(state.message.serverText);
        if (!history.exec())
            return &history;
    }
    return nullptr;
}

} // namespace

SubmissionLog::SubmissionLog(QSqlDatabase database)
    : m_db(std::move(database))
{
    // A failure shows again, with its reason, on the first read or write.
    QString error;
    if (!createSchema(m_db, &error))
        qCWarning(lcWorkspace) << "submission tables not created:" << error;
    else if (!migrateMessages(m_db, &error))
        qCWarning(lcWorkspace) << "submission messages not migrated:" << error;
}

bool SubmissionLog::addOperation(const LoggedOperation &operation, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &query) { return insertOperation(query, operation); });
}

bool SubmissionLog::addOperation(
    const LoggedOperation &operation, const QHash<QString, RecordSubmission> &states, QString *error)
{
    QSqlQuery history(m_db);
    return inTransaction(m_db, error, [&](QSqlQuery &query) {
        QSqlQuery *failed = insertOperation(query, operation);
        return failed ? failed : writeStates(query, history, states);
    });
}

bool SubmissionLog::updateOperation(const QString &server, qint64 opId, const OperationStatus &status, QString *error)
{
    return updateOperation(server, opId, status, {}, error);
}

bool SubmissionLog::updateOperation(const QString &server, qint64 opId, const OperationStatus &status,
    const QHash<QString, RecordSubmission> &states, QString *error)
{
    QSqlQuery history(m_db);
    return inTransaction(m_db, error, [&](QSqlQuery &query) -> QSqlQuery * {
        query.prepare(QStringLiteral("UPDATE operations SET status = ?, finished = ? WHERE server = ? AND op_id = ?"));
        query.addBindValue(toText(status.toJson()));
        query.addBindValue(status.isFinished ? 1 : 0);
        query.addBindValue(server);
        query.addBindValue(opId);
        if (!query.exec())
            return &query;
        return states.isEmpty() ? nullptr : writeStates(query, history, states);
    });
}

QList<LoggedOperation> SubmissionLog::operations(QString *error) const
{
    QList<LoggedOperation> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT server, op_id, submitted_at, options, keys, image_ids, status, finished "
                                   "FROM operations ORDER BY submitted_at, op_id"))) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        LoggedOperation operation;
        operation.server = query.value(0).toString();
        operation.opId = query.value(1).toLongLong();
        operation.submittedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        operation.options = optionsFrom(query.value(3).toString());
        operation.keys = listFrom(query.value(4).toString());
        operation.imageIds = listFrom(query.value(5).toString());
        OperationStatus::fromBody(query.value(6).toString().toUtf8(), &operation.status);
        operation.status.opId = operation.opId;
        operation.finished = query.value(7).toInt() != 0;
        result.append(operation);
    }
    return result;
}

bool SubmissionLog::setStates(const QHash<QString, RecordSubmission> &states, QString *error)
{
    QSqlQuery history(m_db);
    return inTransaction(m_db, error, [&](QSqlQuery &query) { return writeStates(query, history, states); });
}

QHash<QString, RecordSubmission> SubmissionLog::states(QString *error) const
{
    QHash<QString, RecordSubmission> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT path, state, image_id, message_code, message_args, server_text, field, op_id, item_index, at, "
            "sent FROM record_submissions"))) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        RecordSubmission state;
        state.state = submitStateFromName(query.value(1).toString());
        state.imageId = query.value(2).toString();
        state.message = messageFrom(query, 3);
        state.field = query.value(6).toString();
        if (!query.value(7).isNull())
            state.opId = query.value(7).toLongLong();
        state.index = query.value(8).toInt();
        state.at = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
        state.sent = query.value(10).toByteArray();
        result.insert(query.value(0).toString(), state);
    }
    return result;
}

QList<SubmissionEvent> SubmissionLog::history(const QString &key, QString *error) const
{
    QList<SubmissionEvent> events;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT at, op_id, state, message_code, message_args, server_text FROM submission_history "
                       "WHERE path = ? ORDER BY rowid"));
    query.addBindValue(key);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return events;
    }
    while (query.next()) {
        SubmissionEvent event;
        event.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        if (!query.value(1).isNull())
            event.opId = query.value(1).toLongLong();
        event.state = submitStateFromName(query.value(2).toString());
        event.message = messageFrom(query, 3);
        events.append(event);
    }
    return events;
}

} // namespace Wesog
