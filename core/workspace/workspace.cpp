// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/logging.h"
#include "core/record/recordcodec.h"

namespace Wesog {

namespace {

constexpr int s_schemaVersion = 1;

// A value is stored as a one-element JSON array, so null (an edit to "empty") survives.
QString encode(const FieldValue &value)
{
    QJsonValue json = QJsonValue::Null;
    if (const auto *text = std::get_if<QString>(&value))
        json = *text;
    else if (const auto *flag = std::get_if<bool>(&value))
        json = *flag;
    else if (const auto *list = std::get_if<QStringList>(&value))
        json = QJsonArray::fromStringList(*list);
    return QString::fromUtf8(QJsonDocument(QJsonArray { json }).toJson(QJsonDocument::Compact));
}

FieldValue decode(const QString &text)
{
    const QJsonValue json = QJsonDocument::fromJson(text.toUtf8()).array().first();
    if (json.isString())
        return json.toString();
    if (json.isBool())
        return json.toBool();
    if (json.isArray()) {
        QStringList items;
        for (const QJsonValue &item : json.toArray())
            items << item.toString();
        return items;
    }
    return std::monostate {};
}

/// Reads an image of a stored base. Damaged JSON must not pass for an image with every field
/// unset: it would be sent as one.
bool decodeStoredImage(const QString &text, StoredImage *image)
{
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    return json.isObject() && !RecordCodec::decodeImageOut(json.object(), image) && !image->record.id().isEmpty();
}

/// A connection of its own to a workspace file, for one piece of work on any thread (Qt Sql
/// connections belong to the thread that made them). Queries on it must end before it does.
class OwnConnection
{
public:
    explicit OwnConnection(const QString &fileName)
        : m_name(QStringLiteral("wesog-own-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(fileName);
        db.open();
    }
    ~OwnConnection()
    {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

Workspace::Workspace()
    : m_connectionName(QStringLiteral("wesog-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Workspace::~Workspace()
{
    close();
    m_db = QSqlDatabase(); // drop our handle first, or removeDatabase() warns it is in use
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Workspace::fileFor(const QString &folder, const QString &directory)
{
    const QByteArray hash
        = QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(directory).filePath(QString::fromLatin1(hash.left(20)) + QStringLiteral(".sqlite"));
}

QString Workspace::accountHash(const QByteArray &apiKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(apiKey, QCryptographicHash::Sha256).toHex());
}

QString Workspace::fileForServer(
    const QUrl &server, const QByteArray &apiKey, const QString &query, const QString &directory)
{
    // "https://host" and "https://host/" are one server.
    QString url = server.toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    // Lines cannot occur in a URL or a hash, so no two (server, account, query) give one key.
    const QString key = QStringLiteral("server\n%1\n%2\n%3").arg(url, accountHash(apiKey), query);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(directory).filePath(
        QStringLiteral("server-") + QString::fromLatin1(hash.left(20)) + QStringLiteral(".sqlite"));
}

bool Workspace::open(const QString &folder, const QString &directory, QString *error)
{
    return openAt(fileFor(folder, directory), QDir(folder).absolutePath(), directory, error);
}

bool Workspace::openServer(
    const QUrl &server, const QByteArray &apiKey, const QString &query, const QString &directory, QString *error)
{
    // The label says what the file belongs to, for someone looking at it; never the key.
    const QString label = QStringLiteral("%1 ? %2").arg(server.toString(), query);
    return openAt(fileForServer(server, apiKey, query, directory), label, directory, error);
}

bool Workspace::openAt(const QString &file, const QString &folder, const QString &directory, QString *error)
{
    close();
    m_recoveryNote.clear();
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return false;
    }
    QString problem;
    if (openFile(file, folder, &problem))
        return true;
    if (!QFileInfo::exists(file)) {
        *error = problem;
        return false;
    }
    // Damaged, or written by a newer version: keep it untouched beside, and start afresh, so
    // editing goes on and nothing is written into a file this version cannot trust.
    close();
    const QString kept
        = file + QStringLiteral(".kept-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFileInfo::exists(file + suffix) && !QFile::rename(file + suffix, kept + suffix)) {
            *error = QStringLiteral("%1 (and it cannot be moved aside)").arg(problem);
            return false;
        }
    }
    qCWarning(lcWorkspace) << "workspace kept aside:" << problem << "->" << kept;
    if (!openFile(file, folder, error))
        return false;
    m_recoveryNote = QCoreApplication::translate("Wesog::Workspace",
        "The saved edits of this folder could not be read (%1). The file is kept as %2; "
        "editing goes on in a new one, and the images' own metadata is untouched.")
                         .arg(problem, QDir::toNativeSeparators(kept));
    return true;
}

bool Workspace::openFile(const QString &file, const QString &folder, QString *error)
{
    m_db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(file);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    // A damaged or foreign file fails here, before anything is written into it.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        *error = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        if (error->isEmpty())
            *error = QStringLiteral("the database is damaged");
        return false;
    }
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version > s_schemaVersion) {
        *error = QStringLiteral("the workspace was written by a newer Wesog Desk (version %1)").arg(version);
        return false;
    }
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"), // a commit is on disk when it returns
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS edits (path TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, "
            "PRIMARY KEY (path, field))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_base (position INTEGER PRIMARY KEY, image TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS edited_base (image_id TEXT PRIMARY KEY, image TEXT NOT NULL)"),
    };
    for (const QString &statement : setup) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    query.exec(QStringLiteral("PRAGMA user_version=%1").arg(s_schemaVersion));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('folder', ?)"));
    query.addBindValue(folder);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    qCDebug(lcWorkspace) << "opened" << m_db.databaseName();
    return true;
}

void Workspace::close()
{
    if (m_db.isOpen())
        m_db.close();
}

bool Workspace::write(const QList<CellEdit> &edits, QString *error)
{
    if (!m_db.isOpen()) {
        *error = QStringLiteral("no workspace is open");
        return false;
    }
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery upsert(m_db);
    QSqlQuery remove(m_db);
    upsert.prepare(QStringLiteral("INSERT OR REPLACE INTO edits (path, field, value) VALUES (?, ?, ?)"));
    remove.prepare(QStringLiteral("DELETE FROM edits WHERE path = ? AND field = ?"));
    for (const CellEdit &edit : edits) {
        QSqlQuery &query = edit.value ? upsert : remove;
        query.addBindValue(edit.relativePath);
        query.addBindValue(FieldRegistry::jsonKey(edit.field));
        if (edit.value)
            query.addBindValue(encode(*edit.value));
        if (!query.exec()) {
            *error = query.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QHash<QString, QList<CellEdit>> Workspace::edits(QString *error) const
{
    QHash<QString, QList<CellEdit>> byPath;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT path, field, value FROM edits"))) {
        if (error)
            *error = query.lastError().text();
        return byPath;
    }
    while (query.next()) {
        const std::optional<Field> field = FieldRegistry::fromJsonKey(query.value(1).toString());
        if (!field)
            continue; // a field a later version added; this one cannot show it
        const QString path = query.value(0).toString();
        FieldValue value = decode(query.value(2).toString());
        if (!ImageRecord::fitsType(*field, value))
            continue;
        byPath[path].append({ path, *field, std::move(value) });
    }
    return byPath;
}

bool Workspace::appendServerBase(
    const QString &fileName, const QString &loadId, int position, const QVector<StoredImage> &images, QString *error)
{
    const OwnConnection connection(fileName);
    QSqlDatabase db = connection.database();
    QSqlQuery query(db);
    const auto run = [&](const QString &statement) { return query.exec(statement); };
    // The file exists: the workspace made it and set WAL (kept in the file); FULL is per
    // connection. IMMEDIATE takes the write lock before the load id is read, so a clear for a
    // newer load comes wholly before or wholly after this page.
    bool stored = db.isOpen() && run(QStringLiteral("PRAGMA synchronous=FULL"))
        && run(QStringLiteral("BEGIN IMMEDIATE"))
        && run(QStringLiteral("SELECT value FROM meta WHERE key = 'server_base_load'"));
    const bool current = stored && query.next() && query.value(0).toString() == loadId;
    if (current)
        stored = query.prepare(QStringLiteral("INSERT OR REPLACE INTO server_base (position, image) VALUES (?, ?)"));
    for (qsizetype i = 0; current && stored && i < images.size(); ++i) {
        // The ImageOut form keeps every field, nulls and computed ones included: exactly what was read.
        QByteArray json;
        RecordCodec::appendImageOutJson(images.at(i), &json);
        query.addBindValue(position + int(i));
        query.addBindValue(QString::fromUtf8(json));
        stored = query.exec();
    }
    if (!stored)
        *error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
    if (stored && !run(QStringLiteral("COMMIT"))) {
        *error = query.lastError().text();
        stored = false;
    }
    if (!stored && db.isOpen())
        run(QStringLiteral("ROLLBACK"));
    return stored;
}

bool Workspace::clearServerBase(const QString &loadId, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('server_base_load', ?)"));
    query.addBindValue(loadId);
    // The images with saved edits keep the base they were edited against: their row in the
    // base if this load reached them (it holds the base their row showed), else the one kept by
    // an earlier restart. Kept bases of images whose edits are gone go. CASE because SQLite may
    // evaluate both sides of an AND: a damaged row is skipped, not an error. EXISTS first:
    // without edits no row's JSON is parsed (100,000 rows: 36 instead of 115 ms).
    const QString keepEditedBases
        = QStringLiteral("INSERT OR REPLACE INTO edited_base (image_id, image) SELECT id, image FROM ("
                         "SELECT CASE WHEN json_valid(image) THEN json_extract(image, '$.image_id') END AS id, image "
                         "FROM server_base WHERE EXISTS (SELECT 1 FROM edits)) WHERE id IN (SELECT path FROM edits)");
    const QString dropUnedited
        = QStringLiteral("DELETE FROM edited_base WHERE image_id NOT IN (SELECT path FROM edits)");
    if (!query.exec() || !query.exec(keepEditedBases) || !query.exec(dropUnedited)
        || !query.exec(QStringLiteral("DELETE FROM server_base"))
        || !query.exec(QStringLiteral("DELETE FROM meta WHERE key = 'server_base_complete'")) || !m_db.commit()) {
        *error = query.lastError().isValid() ? query.lastError().text() : m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

QHash<QString, StoredImage> Workspace::editedBases(QString *error) const
{
    QHash<QString, StoredImage> byId;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT image_id, image FROM edited_base"))) {
        *error = query.lastError().text();
        return byId;
    }
    QStringList unreadable;
    while (query.next()) {
        StoredImage image;
        if (!decodeStoredImage(query.value(1).toString(), &image) || image.record.id() != query.value(0).toString()) {
            unreadable.append(query.value(0).toString()); // its row takes the server's copy as base
            continue;
        }
        byId.insert(image.record.id(), std::move(image));
    }
    if (!unreadable.isEmpty())
        *error = QStringLiteral("the stored base of %1 cannot be read").arg(unreadable.join(QStringLiteral(", ")));
    return byId;
}

bool Workspace::markServerBaseComplete(QString *error)
{
    // The complete base holds the kept bases of edited images now: they are no longer needed.
    QSqlQuery query(m_db);
    const bool marked = m_db.transaction()
        && query.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('server_base_complete', '1')"))
        && query.exec(QStringLiteral("DELETE FROM edited_base")) && m_db.commit();
    if (!marked) {
        *error = query.lastError().isValid() ? query.lastError().text() : m_db.lastError().text();
        m_db.rollback();
    }
    return marked;
}

bool Workspace::isServerBaseComplete() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'server_base_complete'")) && query.next()
        && query.value(0).toString() == QLatin1String("1");
}

QList<StoredImage> Workspace::serverBase(const QString &fileName, int first, int count, QString *error)
{
    const OwnConnection connection(fileName);
    QList<StoredImage> images;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    // Positions run from 0 without gaps: a range on the key, not an OFFSET that rereads the start.
    query.prepare(QStringLiteral("SELECT image FROM server_base WHERE position >= ? ORDER BY position LIMIT ?"));
    query.addBindValue(first);
    query.addBindValue(count);
    if (!query.exec()) {
        *error = query.lastError().text();
        return images;
    }
    while (query.next()) {
        StoredImage image;
        if (!decodeStoredImage(query.value(0).toString(), &image)) {
            *error = QStringLiteral("the stored image at position %1 cannot be read").arg(first + images.size());
            return {};
        }
        images.append(std::move(image));
    }
    return images;
}

} // namespace Wesog
