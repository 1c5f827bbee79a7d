// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include "sandbox/filterquery.h"
#include "sandbox/sandboxlogging.h"

namespace Wesog::Sandbox {

namespace {

// Image columns are the registry's JSON keys (safe SQL identifiers); `id` is `image_id`.
QString column(Field field)
{
    return field == Field::Id ? QStringLiteral("image_id") : FieldRegistry::jsonKey(field);
}

QString sqlType(FieldType type)
{
    return type == FieldType::Bool ? QStringLiteral("INTEGER") : QStringLiteral("TEXT");
}

QVariant toSql(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? 1 : 0;
    // An empty list is unset like an absent one: GET answers null for both (sandbox contract).
    if (const auto *list = std::get_if<QStringList>(&value); list && !list->isEmpty())
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*list)).toJson(QJsonDocument::Compact));
    return QVariant(QMetaType(QMetaType::QString)); // NULL
}

FieldValue fromSql(FieldType type, const QVariant &value)
{
    if (value.isNull())
        return std::monostate {};
    switch (type) {
    case FieldType::Bool:
        return value.toInt() != 0;
    case FieldType::TextList: {
        QStringList items;
        for (const QJsonValue &item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            items << item.toString();
        return items;
    }
    default:
        return value.toString();
    }
}

QString sortExpression(const SearchRequest &request, const SqlFilter &filter, QVariantList *params)
{
    const QString direction = request.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const bool bySimilarity = request.sortBy == QLatin1String("similarity") || request.sortBy == QLatin1String("sim");
    if ((request.sortBy.isEmpty() || bySimilarity) && !filter.relevanceTerm.isEmpty()) {
        // Relevance: an earlier match (title before caption before keywords) ranks higher.
        params->append(filter.relevanceTerm);
        return QStringLiteral("instr(search_text, ?) %1, seq")
            .arg(request.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    }
    // `+seq` keeps SQLite from ordering by the (tenant, seq) index for a list of ids: it would
    // walk every image of the key instead of looking the few ids up by the primary key
    // (EXPLAIN QUERY PLAN: SCAN of images_by_seq, against SEARCH by the key and a sort).
    if (request.sortBy.isEmpty())
        return (filter.idsOnly ? QStringLiteral("+seq ") : QStringLiteral("seq ")) + direction;
    QString expression = request.sortBy;
    if (expression == QLatin1String("aspect_ratio"))
        expression = QStringLiteral("(CAST(width AS REAL) / NULLIF(height, 0))");
    // Images without the value come last whichever the direction.
    return QStringLiteral("(%1 IS NULL), %1 %2, seq").arg(expression, direction);
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(QStringLiteral("wesog-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    m_selectImage.reset();
    m_upsertImage.reset();
    m_deleteImage.reset();
    m_saveOperation.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxStore::open(const QString &file, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(file, m_db.lastError().text());
        return false;
    }
    QSqlQuery pragma(m_db);
    // WAL + NORMAL: each committed slice survives a crash of this process, and commits are cheap.
    for (const char *statement : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON" }) {
        if (!pragma.exec(QString::fromLatin1(statement)) && !file.isEmpty()) {
            *error = pragma.lastError().text();
            return false;
        }
    }
    if (!createSchema()) {
        *error = QStringLiteral("cannot prepare database %1: %2").arg(file, m_lastError);
        return false;
    }
    return true;
}

bool SandboxStore::createSchema()
{
    QStringList columns;
    for (const FieldInfo &row : FieldRegistry::all())
        columns << column(row.field) + QLatin1Char(' ')
                + (row.field == Field::Id ? QStringLiteral("TEXT NOT NULL") : sqlType(row.type));
    QSqlQuery query(m_db);
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS images (tenant TEXT NOT NULL, seq INTEGER NOT NULL, %1, "
                       "width INTEGER, height INTEGER, n_faces INTEGER, search_text TEXT, keywords_key TEXT, "
                       "PRIMARY KEY (tenant, image_id))")
            .arg(columns.join(QStringLiteral(", "))),
        QStringLiteral("CREATE INDEX IF NOT EXISTS images_by_seq ON images (tenant, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS operations (op_id INTEGER PRIMARY KEY, tenant TEXT NOT NULL, "
                       "state TEXT NOT NULL, items TEXT)"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM images")) && query.next())
        m_nextSeq = query.value(0).toLongLong();

    QStringList names, placeholders, updates;
    for (const FieldInfo &row : FieldRegistry::all()) {
        names << column(row.field);
        placeholders << QStringLiteral("?");
        if (row.field != Field::Id)
            updates << QStringLiteral("%1 = excluded.%1").arg(column(row.field));
    }
    for (const char *extra : { "width", "height", "n_faces", "search_text", "keywords_key" }) {
        names << QString::fromLatin1(extra);
        placeholders << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(QString::fromLatin1(extra));
    }
    m_upsertImage.emplace(m_db);
    m_selectImage.emplace(m_db);
    // One row at a time: a scrollable query keeps a cache of every value it reads.
    m_selectImage->setForwardOnly(true);
    m_deleteImage.emplace(m_db);
    m_saveOperation.emplace(m_db);
    const bool prepared
        = m_upsertImage->prepare(QStringLiteral("INSERT INTO images (tenant, seq, %1) VALUES (?, ?, %2) "
                                                "ON CONFLICT (tenant, image_id) DO UPDATE SET %3")
                                     .arg(names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                         updates.join(QStringLiteral(", "))))
        && m_selectImage->prepare(QStringLiteral("SELECT * FROM images WHERE tenant = ? AND image_id = ?"))
        && m_deleteImage->prepare(QStringLiteral("DELETE FROM images WHERE tenant = ? AND image_id = ?"))
        && m_saveOperation->prepare(QStringLiteral(
            "UPDATE operations SET state = ?, items = CASE WHEN ? THEN NULL ELSE items END WHERE op_id = ?"));
    if (!prepared)
        m_lastError = m_db.lastError().text();
    return prepared;
}

bool SandboxStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    qCWarning(lcSandbox) << "SQL error:" << m_lastError;
    return false;
}

bool SandboxStore::begin()
{
    return m_db.transaction();
}

bool SandboxStore::commit()
{
    if (m_db.commit())
        return true;
    m_lastError = m_db.lastError().text();
    return false;
}

void SandboxStore::rollback()
{
    m_db.rollback();
}

SandboxStore::ImageColumns SandboxStore::columnsOf(const QSqlRecord &record)
{
    ImageColumns columns;
    for (const FieldInfo &row : FieldRegistry::all())
        columns.fields[static_cast<size_t>(row.field)] = record.indexOf(column(row.field));
    columns.width = record.indexOf(QStringLiteral("width"));
    columns.height = record.indexOf(QStringLiteral("height"));
    columns.nFaces = record.indexOf(QStringLiteral("n_faces"));
    return columns;
}

StoredImage SandboxStore::readImage(const QSqlQuery &query, const ImageColumns &columns) const
{
    StoredImage image;
    for (const FieldInfo &row : FieldRegistry::all())
        image.record.setValue(
            row.field, fromSql(row.type, query.value(columns.fields[static_cast<size_t>(row.field)])));
    auto count = [&](int index) -> std::optional<qint64> {
        const QVariant value = query.value(index);
        return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
    };
    image.width = count(columns.width);
    image.height = count(columns.height);
    image.nFaces = count(columns.nFaces);
    return image;
}

std::optional<StoredImage> SandboxStore::image(const QString &tenant, const QString &id)
{
    QSqlQuery &query = *m_selectImage;
    query.addBindValue(tenant);
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    if (!m_selectColumns)
        m_selectColumns = columnsOf(query.record());
    StoredImage image = readImage(query, *m_selectColumns);
    query.finish();
    return image;
}

bool SandboxStore::putImage(const QString &tenant, const StoredImage &image)
{
    QSqlQuery &query = *m_upsertImage;
    query.addBindValue(tenant);
    query.addBindValue(m_nextSeq++);
    for (const FieldInfo &row : FieldRegistry::all())
        query.addBindValue(toSql(image.record.value(row.field)));
    auto count = [](const std::optional<qint64> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
    };
    query.addBindValue(count(image.width));
    query.addBindValue(count(image.height));
    query.addBindValue(count(image.nFaces));
    const ImageRecord &r = image.record;
    QStringList texts;
    for (Field field : { Field::Title, Field::Headline, Field::Caption, Field::AltText })
        texts << r.text(field).value_or(QString());
    const QStringList keywords = r.list(Field::Keywords).value_or(QStringList());
    query.addBindValue(FilterQuery::searchText(texts + keywords));
    query.addBindValue(FilterQuery::keywordsKey(keywords));
    return exec(query);
}

bool SandboxStore::deleteImage(const QString &tenant, const QString &id)
{
    QSqlQuery &query = *m_deleteImage;
    query.addBindValue(tenant);
    query.addBindValue(id);
    return exec(query);
}

SearchPage SandboxStore::search(const QString &tenant, const SearchRequest &request, const SqlFilter &filter)
{
    SearchPage page;
    const QString where = QStringLiteral("tenant = ? AND (%1)").arg(filter.where);
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM images WHERE ") + where);
    count.addBindValue(tenant);
    bindAll(count, filter.params);
    if (!exec(count) || !count.next()) {
        page.error = m_lastError;
        return page;
    }
    page.count = count.value(0).toLongLong();

    QVariantList orderParams;
    const QString order = sortExpression(request, filter, &orderParams);
    QSqlQuery select(m_db);
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT * FROM images WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?").arg(where, order));
    select.addBindValue(tenant);
    bindAll(select, filter.params);
    bindAll(select, orderParams);
    select.addBindValue(request.limit);
    select.addBindValue(static_cast<qint64>(request.page - 1) * request.limit);
    if (!exec(select)) {
        page.error = m_lastError;
        return page;
    }
    const ImageColumns columns = columnsOf(select.record());
    while (select.next())
        page.images << readImage(select, columns);
    return page;
}

namespace {

QJsonObject operationState(const Operation &op)
{
    QJsonObject state = op.toJson(false);
    state.insert(QStringLiteral("verb"), static_cast<int>(op.verb));
    state.insert(QStringLiteral("lang"), op.flags.lang);
    state.insert(QStringLiteral("next_index"), op.nextIndex);
    state.insert(QStringLiteral("created_ms"), op.createdMs);
    state.insert(QStringLiteral("started_ms"), op.startedMs);
    state.insert(QStringLiteral("finished_ms"), op.finishedMs);
    return state;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

bool SandboxStore::insertOperation(const Operation &op)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO operations (op_id, tenant, state, items) VALUES (?, ?, ?, ?)"));
    query.addBindValue(op.id);
    query.addBindValue(op.tenant);
    query.addBindValue(QString::fromUtf8(compact(operationState(op))));
    query.addBindValue(QString::fromUtf8(QJsonDocument(op.items).toJson(QJsonDocument::Compact)));
    return exec(query);
}

bool SandboxStore::saveOperation(const Operation &op)
{
    QSqlQuery &query = *m_saveOperation;
    query.addBindValue(QString::fromUtf8(compact(operationState(op))));
    // Items never change once stored; a finished operation drops them to keep the file small.
    query.addBindValue(op.finished ? 1 : 0);
    query.addBindValue(op.id);
    return exec(query);
}

QList<Operation> SandboxStore::loadOperations()
{
    QList<Operation> operations;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT op_id, tenant, state, items FROM operations ORDER BY op_id"))) {
        m_lastError = query.lastError().text();
        return operations;
    }
    while (query.next()) {
        const QJsonObject s = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        Operation op;
        op.id = query.value(0).toLongLong();
        op.tenant = query.value(1).toString();
        op.verb = static_cast<Verb>(s.value(QStringLiteral("verb")).toInt());
        op.flags = { s.value(QStringLiteral("do_wait")).toBool(), s.value(QStringLiteral("do_urgent")).toBool(),
            s.value(QStringLiteral("do_strict")).toBool(), s.value(QStringLiteral("lang")).toString() };
        op.nextIndex = s.value(QStringLiteral("next_index")).toInteger();
        op.numTotal = s.value(QStringLiteral("num_total")).toInteger();
        op.numGood = s.value(QStringLiteral("num_good")).toInteger();
        op.numBad = s.value(QStringLiteral("num_bad")).toInteger();
        op.started = s.value(QStringLiteral("is_started")).toBool();
        op.finished = s.value(QStringLiteral("is_finished")).toBool();
        if (s.value(QStringLiteral("all_good")).isBool())
            op.allGood = s.value(QStringLiteral("all_good")).toBool();
        op.createdMs = s.value(QStringLiteral("created_ms")).toInteger();
        op.startedMs = s.value(QStringLiteral("started_ms")).toInteger();
        op.finishedMs = s.value(QStringLiteral("finished_ms")).toInteger();
        op.errors = s.value(QStringLiteral("errors")).toArray();
        if (!op.finished)
            op.items = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
        operations << op;
    }
    return operations;
}

} // namespace Wesog::Sandbox
