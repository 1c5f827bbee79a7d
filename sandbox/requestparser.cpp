// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/requestparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/record/recordcodec.h"

namespace Wesog::Sandbox {

namespace {

const QStringList s_mutationLangs
    = { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("fr"), QStringLiteral("ru") };
const QStringList s_searchLangs = { QStringLiteral("ml"), QStringLiteral("en"), QStringLiteral("es") };

const QStringList s_sortKeys = { QStringLiteral("image_id"), QStringLiteral("src"), QStringLiteral("url_img_watermark"),
    QStringLiteral("url_img_thumbnail"), QStringLiteral("height"), QStringLiteral("width"),
    QStringLiteral("aspect_ratio"), QStringLiteral("n_faces"), QStringLiteral("date"), QStringLiteral("title"),
    QStringLiteral("headline"), QStringLiteral("caption"), QStringLiteral("location"), QStringLiteral("city"),
    QStringLiteral("country"), QStringLiteral("event"), QStringLiteral("author"), QStringLiteral("provider"),
    QStringLiteral("shot"), QStringLiteral("scene"), QStringLiteral("medium"), QStringLiteral("technique"),
    QStringLiteral("similarity"), QStringLiteral("sim") };

const QStringList s_facets = { QStringLiteral("ai_generated"), QStringLiteral("model_release"),
    QStringLiteral("property_release"), QStringLiteral("nsfw"), QStringLiteral("orientation"), QStringLiteral("status"),
    QStringLiteral("location"), QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("event"),
    QStringLiteral("author"), QStringLiteral("provider"), QStringLiteral("shot"), QStringLiteral("scene"),
    QStringLiteral("medium"), QStringLiteral("technique"), QStringLiteral("keywords"), QStringLiteral("categories"),
    QStringLiteral("collections") };

QJsonArray queryLoc(const QString &name)
{
    return QJsonArray { QStringLiteral("query"), name };
}

QString enumMessage(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('\'') + v + QLatin1Char('\'');
    const QString last = quoted.takeLast();
    return QStringLiteral("Input should be %1 or %2").arg(quoted.join(QStringLiteral(", ")), last);
}

// A single query value: the last one given, as FastAPI takes it.
std::optional<QString> queryValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.isEmpty())
        return std::nullopt;
    return values.last();
}

std::optional<ValidationIssue> readBool(const QUrlQuery &query, const QString &name, bool *out)
{
    const auto value = queryValue(query, name);
    if (!value)
        return std::nullopt;
    const auto parsed = RequestParser::parseBool(*value);
    if (!parsed)
        return ValidationIssue { queryLoc(name),
            QStringLiteral("Input should be a valid boolean, unable to interpret input"),
            QStringLiteral("bool_parsing") };
    *out = *parsed;
    return std::nullopt;
}

std::optional<ValidationIssue> readEnum(
    const QUrlQuery &query, const QString &name, const QStringList &allowed, QString *out)
{
    const auto value = queryValue(query, name);
    if (!value)
        return std::nullopt;
    if (!allowed.contains(*value))
        return ValidationIssue { queryLoc(name), enumMessage(allowed), QStringLiteral("enum") };
    *out = *value;
    return std::nullopt;
}

std::optional<ValidationIssue> readInt(const QUrlQuery &query, const QString &name, int min, int max, int *out)
{
    const auto value = queryValue(query, name);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->trimmed().toLongLong(&ok);
    if (!ok)
        return ValidationIssue { queryLoc(name),
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
            QStringLiteral("int_parsing") };
    if (number < min)
        return ValidationIssue { queryLoc(name), QStringLiteral("Input should be greater than or equal to %1").arg(min),
            QStringLiteral("greater_than_equal") };
    if (number > max)
        return ValidationIssue { queryLoc(name), QStringLiteral("Input should be less than or equal to %1").arg(max),
            QStringLiteral("less_than_equal") };
    *out = static_cast<int>(number);
    return std::nullopt;
}

QString pydanticMessage(const JsonFieldError &error)
{
    switch (error.expected) {
    case JsonType::Boolean:
        return QStringLiteral("Input should be a valid boolean");
    case JsonType::StringList:
    case JsonType::Array:
        return QStringLiteral("Input should be a valid list");
    case JsonType::Object:
        return QStringLiteral("Input should be a valid dictionary or object to extract fields from");
    case JsonType::Integer:
    case JsonType::Number:
        return QStringLiteral("Input should be a valid number");
    case JsonType::String:
        break;
    }
    return QStringLiteral("Input should be a valid string");
}

// "keywords[2]" → ["keywords", 2], appended to `base`.
QJsonArray locFor(QJsonArray base, const QString &key)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const auto match = indexed.match(key);
    if (match.hasMatch()) {
        base.append(match.captured(1));
        base.append(match.captured(2).toInt());
    } else {
        base.append(key);
    }
    return base;
}

// Checks one image object of a POST/PUT/PATCH body against the schema.
void checkImageObject(
    Verb verb, const QJsonValue &value, const QJsonArray &loc, bool needsId, QList<ValidationIssue> *issues)
{
    if (!value.isObject()) {
        issues->append({ loc, QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
            QStringLiteral("model_attributes_type") });
        return;
    }
    const QJsonObject object = value.toObject();
    ImageRecord record;
    if (const auto error = RecordCodec::decodeItem(object, &record)) {
        issues->append({ locFor(loc, error->key), pydanticMessage(*error), error->pydanticType() });
        return;
    }
    if (needsId) {
        if (!object.contains(QStringLiteral("id")) || object.value(QStringLiteral("id")).isNull())
            issues->append(
                { locFor(loc, QStringLiteral("id")), QStringLiteral("Field required"), QStringLiteral("missing") });
        else if (record.id().isEmpty())
            issues->append({ locFor(loc, QStringLiteral("id")),
                QStringLiteral("String should have at least 1 character"), QStringLiteral("string_too_short") });
    }
    const bool needsSrc = verb == Verb::Post || verb == Verb::Put;
    if (needsSrc && !object.contains(QStringLiteral("src")))
        issues->append(
            { locFor(loc, QStringLiteral("src")), QStringLiteral("Field required"), QStringLiteral("missing") });
    else if (needsSrc && object.value(QStringLiteral("src")).isNull())
        issues->append({ locFor(loc, QStringLiteral("src")), QStringLiteral("Input should be a valid string"),
            QStringLiteral("string_type") });
}

// DELETE /imgs takes ["id1","id2"] or [{"id":"id1"},…]; both become [{"id":…}].
QJsonArray deleteItems(const QJsonArray &body, QList<ValidationIssue> *issues)
{
    QJsonArray items;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QJsonValue value = body.at(i);
        const QJsonValue id = value.isObject() ? value.toObject().value(QStringLiteral("id")) : value;
        const QJsonArray loc = value.isObject() ? QJsonArray { QStringLiteral("body"), int(i), QStringLiteral("id") }
                                                : QJsonArray { QStringLiteral("body"), int(i) };
        if (!id.isString())
            issues->append({ loc, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type") });
        else if (id.toString().isEmpty())
            issues->append(
                { loc, QStringLiteral("String should have at least 1 character"), QStringLiteral("string_too_short") });
        else
            items.append(QJsonObject { { QStringLiteral("id"), id } });
    }
    return items;
}

} // namespace

std::optional<bool> RequestParser::parseBool(const QString &text)
{
    const QString value = text.trimmed().toLower();
    static const QStringList yes = { QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("yes"),
        QStringLiteral("on"), QStringLiteral("t"), QStringLiteral("y") };
    static const QStringList no = { QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("no"),
        QStringLiteral("off"), QStringLiteral("f"), QStringLiteral("n") };
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

QStringList RequestParser::imageOutKeys()
{
    QStringList keys;
    for (const FieldInfo &row : FieldRegistry::all())
        keys << (row.field == Field::Id ? QStringLiteral("image_id") : QLatin1String(row.jsonKey));
    keys << QStringLiteral("height") << QStringLiteral("width") << QStringLiteral("n_faces");
    return keys;
}

std::variant<Mutation, HttpReply> RequestParser::mutation(
    Verb verb, const std::optional<QString> &pathId, const QUrlQuery &query, const QByteArray &body, int maxBatch)
{
    Mutation mutation;
    mutation.verb = verb;
    mutation.single = pathId.has_value();
    QList<ValidationIssue> issues;
    for (const auto &[name, target] : { std::pair { QStringLiteral("wait"), &mutation.flags.wait },
             std::pair { QStringLiteral("urgent"), &mutation.flags.urgent },
             std::pair { QStringLiteral("strict"), &mutation.flags.strict } }) {
        if (auto issue = readBool(query, name, target))
            issues << *issue;
    }
    if (verb != Verb::Delete) { // DELETE has no lang (§10: ignored)
        if (auto issue = readEnum(query, QStringLiteral("lang"), s_mutationLangs, &mutation.flags.lang))
            issues << *issue;
    }

    if (mutation.single && verb == Verb::Delete) {
        mutation.items.append(QJsonObject { { QStringLiteral("id"), *pathId } });
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || document.isNull()) {
            issues << ValidationIssue { QJsonArray { QStringLiteral("body"), parseError.offset },
                QStringLiteral("JSON decode error: ") + parseError.errorString(), QStringLiteral("json_invalid") };
        } else if (mutation.single) {
            const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            checkImageObject(verb, value, QJsonArray { QStringLiteral("body") }, false, &issues);
            QJsonObject item = document.object();
            item.insert(QStringLiteral("id"), *pathId);
            mutation.items.append(item);
        } else if (!document.isArray()) {
            issues << ValidationIssue { QJsonArray { QStringLiteral("body") },
                QStringLiteral("Input should be a valid list"), QStringLiteral("list_type") };
        } else {
            const QJsonArray array = document.array();
            if (maxBatch > 0 && array.size() > maxBatch) {
                issues << ValidationIssue { QJsonArray { QStringLiteral("body") },
                    QStringLiteral("List should have at most %1 items after validation, not %2")
                        .arg(maxBatch)
                        .arg(array.size()),
                    QStringLiteral("too_long") };
            } else if (verb == Verb::Delete) {
                mutation.items = deleteItems(array, &issues);
            } else {
                for (qsizetype i = 0; i < array.size() && issues.size() < 100; ++i)
                    checkImageObject(verb, array.at(i), QJsonArray { QStringLiteral("body"), int(i) }, true, &issues);
                mutation.items = array;
            }
        }
    }
    if (!issues.isEmpty())
        return HttpReply::validation(issues);
    return mutation;
}

std::variant<QStringList, HttpReply> RequestParser::fields(const QUrlQuery &query)
{
    const QStringList allowed = imageOutKeys();
    const QStringList fields = query.allQueryItemValues(QStringLiteral("fields"), QUrl::FullyDecoded);
    QList<ValidationIssue> issues;
    for (int i = 0; i < fields.size(); ++i) {
        if (!allowed.contains(fields.at(i)))
            issues << ValidationIssue { QJsonArray { QStringLiteral("query"), QStringLiteral("fields"), i },
                enumMessage(allowed), QStringLiteral("enum") };
    }
    if (!issues.isEmpty())
        return HttpReply::validation(issues);
    return fields;
}

std::variant<SearchRequest, HttpReply> RequestParser::search(const QUrlQuery &query)
{
    SearchRequest request;
    QList<ValidationIssue> issues;
    request.q = queryValue(query, QStringLiteral("q")).value_or(QString());
    if (auto issue = readInt(query, QStringLiteral("page"), 1, 1000000000, &request.page))
        issues << *issue;
    if (auto issue = readInt(query, QStringLiteral("limit"), 1, 10000, &request.limit))
        issues << *issue;
    bool count = true;
    if (auto issue = readBool(query, QStringLiteral("count"), &count))
        issues << *issue;
    QString lang;
    if (auto issue = readEnum(query, QStringLiteral("lang"), s_searchLangs, &lang))
        issues << *issue;
    QString sortBy;
    if (const auto value = queryValue(query, QStringLiteral("sort_by")); value && !value->isEmpty()) {
        if (auto issue = readEnum(query, QStringLiteral("sort_by"), s_sortKeys, &sortBy))
            issues << *issue;
    }
    request.sortBy = sortBy;
    for (const QString &name : { QStringLiteral("order"), QStringLiteral("sort_order") }) {
        QString order;
        if (auto issue = readEnum(query, name, { QStringLiteral("asc"), QStringLiteral("desc") }, &order))
            issues << *issue;
        if (!order.isEmpty())
            request.descending = order == QLatin1String("desc");
    }
    const QStringList facets = query.allQueryItemValues(QStringLiteral("facets"), QUrl::FullyDecoded);
    for (int i = 0; i < facets.size(); ++i) {
        if (!s_facets.contains(facets.at(i)))
            issues << ValidationIssue { QJsonArray { QStringLiteral("query"), QStringLiteral("facets"), i },
                enumMessage(s_facets), QStringLiteral("enum") };
    }
    const auto fieldsResult = fields(query);
    if (const auto *reply = std::get_if<HttpReply>(&fieldsResult))
        return *reply;
    request.fields = std::get<QStringList>(fieldsResult);
    if (!issues.isEmpty())
        return HttpReply::validation(issues);
    return request;
}

std::variant<qint64, HttpReply> RequestParser::opId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || text.trimmed() != text)
        return HttpReply::validation(QJsonArray { QStringLiteral("path"), QStringLiteral("op_id") },
            QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
            QStringLiteral("int_parsing"));
    return id;
}

} // namespace Wesog::Sandbox
