// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/sendbases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "core/logging.h"
#include "core/record/recordcodec.h"

namespace Wesog {

namespace {

QString recordText(const ImageRecord &record)
{
    QByteArray json;
    RecordCodec::appendItemJson(record, &json);
    return QString::fromUtf8(json);
}

std::optional<ImageRecord> recordFrom(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    ImageRecord record;
    if (RecordCodec::decodeItem(json.toObject(), &record))
        return std::nullopt; // written by us, so only a damaged row lands here
    return record;
}

QJsonValue recordJson(const std::optional<ImageRecord> &record)
{
    return record ? QJsonValue(RecordCodec::encodeItem(*record)) : QJsonValue(QJsonValue::Null);
}

QString conflictText(const HeldConflict &conflict)
{
    QJsonArray fields;
    for (Field field : conflict.fields)
        fields.append(FieldRegistry::jsonKey(field));
    const QJsonObject json { { QStringLiteral("image_id"), conflict.imageId },
        { QStringLiteral("base"), recordJson(conflict.base) },
        { QStringLiteral("server"), recordJson(conflict.server) }, { QStringLiteral("fields"), fields } };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

SendBaseStore::SendBaseStore(QSqlDatabase database)
    : m_db(std::move(database))
{
    QSqlQuery query(m_db);
    for (const QString &statement :
        { QStringLiteral("CREATE TABLE IF NOT EXISTS send_bases (image_id TEXT PRIMARY KEY, record TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS send_conflicts (key TEXT PRIMARY KEY, conflict TEXT NOT NULL)") }) {
        if (!query.exec(statement)) // then every later call fails and says why
            qCWarning(lcWorkspace) << "send bases:" << query.lastError().text();
    }
}

bool SendBaseStore::setBases(const QHash<QString, std::optional<ImageRecord>> &byImageId, QString *error)
{
    if (!m_db.transaction())
        return failed(QSqlQuery(m_db), error);
    QSqlQuery upsert(m_db);
    QSqlQuery remove(m_db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO send_bases (image_id, record) VALUES (?, ?)"));
    remove.prepare(QStringLiteral("DELETE FROM send_bases WHERE image_id = ?"));
    for (auto it = byImageId.cbegin(); it != byImageId.cend(); ++it) {
        QSqlQuery &query = it.value() ? upsert : remove;
        query.addBindValue(it.key());
        if (it.value())
            query.addBindValue(recordText(*it.value()));
        if (!query.exec()) {
            m_db.rollback();
            return failed(query, error);
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return failed(QSqlQuery(m_db), error);
    }
    return true;
}

QHash<QString, ImageRecord> SendBaseStore::bases(QString *error) const
{
    QHash<QString, ImageRecord> byId;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT image_id, record FROM send_bases"))) {
        failed(query, error);
        return byId;
    }
    while (query.next()) {
        if (const std::optional<ImageRecord> record
            = recordFrom(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()))
            byId.insert(query.value(0).toString(), *record);
    }
    return byId;
}

bool SendBaseStore::setConflicts(const QHash<QString, HeldConflict> &byKey, QString *error)
{
    if (!m_db.transaction())
        return failed(QSqlQuery(m_db), error);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO send_conflicts (key, conflict) VALUES (?, ?)"));
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(conflictText(it.value()));
        if (!query.exec()) {
            m_db.rollback();
            return failed(query, error);
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return failed(QSqlQuery(m_db), error);
    }
    return true;
}

QHash<QString, HeldConflict> SendBaseStore::conflicts(QString *error) const
{
    QHash<QString, HeldConflict> byKey;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT key, conflict FROM send_conflicts"))) {
        failed(query, error);
        return byKey;
    }
    while (query.next()) {
        const QJsonObject json = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        HeldConflict conflict;
        conflict.imageId = json.value(QStringLiteral("image_id")).toString();
        conflict.base = recordFrom(json.value(QStringLiteral("base")));
        conflict.server = recordFrom(json.value(QStringLiteral("server")));
        for (const QJsonValue &key : json.value(QStringLiteral("fields")).toArray()) {
            if (const std::optional<Field> field = FieldRegistry::fromJsonKey(key.toString()))
                conflict.fields.append(*field);
        }
        byKey.insert(query.value(0).toString(), conflict);
    }
    return byKey;
}

bool SendBaseStore::settle(
    const QString &key, const QString &imageId, const std::optional<ImageRecord> &base, QString *error)
{
    if (!m_db.transaction())
        return failed(QSqlQuery(m_db), error);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM send_conflicts WHERE key = ?"));
    query.addBindValue(key);
    bool ok = query.exec();
    if (ok && base) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO send_bases (image_id, record) VALUES (?, ?)"));
        query.addBindValue(imageId);
        query.addBindValue(recordText(*base));
        ok = query.exec();
    } else if (ok) {
        query.prepare(QStringLiteral("DELETE FROM send_bases WHERE image_id = ?"));
        query.addBindValue(imageId);
        ok = query.exec();
    }
    if (!ok) {
        m_db.rollback();
        return failed(query, error);
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return failed(QSqlQuery(m_db), error);
    }
    return true;
}

} // namespace Wesog
