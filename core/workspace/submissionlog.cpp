// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/submissionlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
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
        QStringLiteral("INSERT OR REPLACE INTO record_submissions (path, state, image_id, message, field, op_id, "
                       "item_index, at, sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    history.prepare(
        QStringLiteral("INSERT INTO submission_history (path, at, op_id, state, message) VALUES (?, ?, ?, ?, ?)"));
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const RecordSubmission &state = it.value();
        const QString at = state.at.toUTC().toString(Qt::ISODateWithMs);
        query.addBindValue(it.key());
        query.addBindValue(submitStateName(state.state));
        query.addBindValue(state.imageId);
        query.addBindValue(state.message);
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
        history.addBindValue(state.message);
        if (!history.exec())
            return &history;
    }
    return nullptr;
}

} // namespace

SubmissionLog::SubmissionLog(QSqlDatabase database)
    : m_db(std::move(database))
{
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
    return inTransaction(m_db, error, [&](QSqlQuery &query) -> QSqlQuery * {
        query.prepare(QStringLiteral("UPDATE operations SET status = ?, finished = ? WHERE server = ? AND op_id = ?"));
        query.addBindValue(toText(status.toJson()));
        query.addBindValue(status.isFinished ? 1 : 0);
        query.addBindValue(server);
        query.addBindValue(opId);
        return query.exec() ? nullptr : &query;
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
            "SELECT path, state, image_id, message, field, op_id, item_index, at, sent FROM record_submissions"))) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        RecordSubmission state;
        state.state = submitStateFromName(query.value(1).toString());
        state.imageId = query.value(2).toString();
        state.message = query.value(3).toString();
        state.field = query.value(4).toString();
        if (!query.value(5).isNull())
            state.opId = query.value(5).toLongLong();
        state.index = query.value(6).toInt();
        state.at = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        state.sent = query.value(8).toByteArray();
        result.insert(query.value(0).toString(), state);
    }
    return result;
}

QList<SubmissionEvent> SubmissionLog::history(const QString &key, QString *error) const
{
    QList<SubmissionEvent> events;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT at, op_id, state, message FROM submission_history WHERE path = ? ORDER BY rowid"));
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
        event.message = query.value(3).toString();
        events.append(event);
    }
    return events;
}

} // namespace Wesog
