// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcodec.h"

#include <cmath>

#include <QJsonArray>

namespace Wesog {

namespace {

QJsonValue encodeValue(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag;
    if (const auto *list = std::get_if<QStringList>(&value))
        return QJsonArray::fromStringList(*list);
    return QJsonValue::Null;
}

JsonFieldError wrongType(const QString &key, JsonType expected)
{
    return JsonFieldError{key, JsonFieldError::Kind::WrongType, expected};
}

// Decodes one field's JSON value; null and undefined mean absent.
std::optional<JsonFieldError> decodeValue(Field field, const QString &key, const QJsonValue &json, FieldValue *out)
{
    if (json.isNull() || json.isUndefined()) {
        *out = std::monostate{};
        return std::nullopt;
    }
    switch (FieldRegistry::info(field).type) {
    case FieldType::Bool:
        if (!json.isBool())
            return wrongType(key, JsonType::Boolean);
        *out = json.toBool();
        return std::nullopt;
    case FieldType::TextList: {
        if (!json.isArray())
            return wrongType(key, JsonType::StringList);
        const QJsonArray array = json.toArray();
        QStringList items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return wrongType(QStringLiteral("%1[%2]").arg(key).arg(i), JsonType::String);
            items.append(array.at(i).toString());
        }
        *out = items;
        return std::nullopt;
    }
    case FieldType::Text:
    case FieldType::Url:
    case FieldType::Date:
    case FieldType::Status:
        if (!json.isString())
            return wrongType(key, JsonType::String);
        *out = json.toString();
        return std::nullopt;
    }
    return wrongType(key, JsonType::String);
}

// Reads all registry fields; `idKey` is "id" in requests and "image_id" in replies.
std::optional<JsonFieldError> decodeFields(const QJsonObject &json, const QString &idKey, ImageRecord *record)
{
    ImageRecord result;
    for (const FieldInfo &row : FieldRegistry::all()) {
        const QString key = row.field == Field::Id ? idKey : QLatin1String(row.jsonKey);
        FieldValue value;
        if (auto error = decodeValue(row.field, key, json.value(key), &value))
            return error;
        result.setValue(row.field, std::move(value));
    }
    *record = std::move(result);
    return std::nullopt;
}

std::optional<JsonFieldError> decodeCount(const QJsonObject &json, const QString &key, std::optional<qint64> *out)
{
    const QJsonValue value = json.value(key);
    if (value.isNull() || value.isUndefined()) {
        out->reset();
        return std::nullopt;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 1e15 || std::floor(number) != number)
        return wrongType(key, JsonType::Integer);
    *out = static_cast<qint64>(number);
    return std::nullopt;
}

QJsonValue encodeCount(const std::optional<qint64> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject RecordCodec::encodeItem(const ImageRecord &record)
{
    QJsonObject json;
    for (const FieldInfo &row : FieldRegistry::all()) {
        if (record.has(row.field))
            json.insert(QLatin1String(row.jsonKey), encodeValue(record.value(row.field)));
    }
    return json;
}

QJsonObject RecordCodec::encodeImageOut(const StoredImage &image)
{
    QJsonObject json;
    for (const FieldInfo &row : FieldRegistry::all()) {
        const QString key = row.field == Field::Id ? QStringLiteral("image_id") : QLatin1String(row.jsonKey);
        json.insert(key, encodeValue(image.record.value(row.field)));
    }
    json.insert(QStringLiteral("width"), encodeCount(image.width));
    json.insert(QStringLiteral("height"), encodeCount(image.height));
    json.insert(QStringLiteral("n_faces"), encodeCount(image.nFaces));
    return json;
}

std::optional<JsonFieldError> RecordCodec::decodeItem(const QJsonObject &json, ImageRecord *record)
{
    return decodeFields(json, QStringLiteral("id"), record);
}

std::optional<JsonFieldError> RecordCodec::decodeImageOut(const QJsonObject &json, StoredImage *image)
{
    StoredImage result;
    if (auto error = decodeFields(json, QStringLiteral("image_id"), &result.record))
        return error;
    if (auto error = decodeCount(json, QStringLiteral("width"), &result.width))
        return error;
    if (auto error = decodeCount(json, QStringLiteral("height"), &result.height))
        return error;
    if (auto error = decodeCount(json, QStringLiteral("n_faces"), &result.nFaces))
        return error;
    *image = std::move(result);
    return std::nullopt;
}

} // namespace Wesog
