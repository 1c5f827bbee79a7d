// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordcodec.h"

#include <algorithm>
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

// Appends `text` as a JSON string literal: UTF-8, with the escapes RFC 8259 requires. Writes
// UTF-16 to UTF-8 straight into `out`; a toUtf8() per string doubled the cost of a submission.
void appendJsonString(const QString &text, QByteArray *out)
{
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out->size();
    const qsizetype needed = start + text.size() * 6 + 2; // worst case: every char a \u00XX
    if (out->capacity() < needed)
        out->reserve(std::max(needed, out->capacity() * 2));
    out->resize(needed);
    char *dst = out->data() + start;
    *dst++ = '"';
    const char16_t *src = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *end = src + text.size();
    while (src < end) {
        char32_t code = *src++;
        if (code < 0x80) {
            if (code >= 0x20 && code != '"' && code != '\\') {
                *dst++ = char(code);
            } else if (code >= 0x20) {
                *dst++ = '\\';
                *dst++ = char(code);
            } else {
                dst = std::copy_n("\\u00", 4, dst);
                *dst++ = hex[code >> 4];
                *dst++ = hex[code & 0xf];
            }
            continue;
        }
        if (QChar::isHighSurrogate(code) && src < end && QChar::isLowSurrogate(*src))
            code = QChar::surrogateToUcs4(char16_t(code), *src++);
        else if (QChar::isSurrogate(code))
            code = QChar::ReplacementCharacter; // a lone half cannot be encoded
        if (code < 0x800) {
            *dst++ = char(0xc0 | (code >> 6));
        } else if (code < 0x10000) {
            *dst++ = char(0xe0 | (code >> 12));
            *dst++ = char(0x80 | ((code >> 6) & 0x3f));
        } else {
            *dst++ = char(0xf0 | (code >> 18));
            *dst++ = char(0x80 | ((code >> 12) & 0x3f));
            *dst++ = char(0x80 | ((code >> 6) & 0x3f));
        }
        *dst++ = char(0x80 | (code & 0x3f));
    }
    *dst++ = '"';
    out->resize(dst - out->constData());
}

void appendJsonValue(const FieldValue &value, QByteArray *out)
{
    if (const auto *text = std::get_if<QString>(&value)) {
        appendJsonString(*text, out);
    } else if (const auto *flag = std::get_if<bool>(&value)) {
        out->append(*flag ? "true" : "false");
    } else if (const auto *list = std::get_if<QStringList>(&value)) {
        out->append('[');
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (i > 0)
                out->append(',');
            appendJsonString(list->at(i), out);
        }
        out->append(']');
    } else {
        out->append("null");
    }
}

JsonFieldError wrongType(const QString &key, JsonType expected)
{
    return JsonFieldError { key, JsonFieldError::Kind::WrongType, expected };
}

// Decodes one field's JSON value; null and undefined mean absent.
std::optional<JsonFieldError> decodeValue(Field field, const QString &key, const QJsonValue &json, FieldValue *out)
{
    if (json.isNull() || json.isUndefined()) {
        *out = std::monostate {};
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

void RecordCodec::appendItemJson(const ImageRecord &record, QByteArray *out)
{
    out->append('{');
    bool first = true;
    for (const FieldInfo &row : FieldRegistry::all()) {
        const FieldValue &value = record.value(row.field);
        if (std::holds_alternative<std::monostate>(value))
            continue;
        if (!first)
            out->append(',');
        first = false;
        out->append('"').append(row.jsonKey).append("\":", 2);
        appendJsonValue(value, out);
    }
    out->append('}');
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

void RecordCodec::appendImageOutJson(const StoredImage &image, QByteArray *out)
{
    out->append("{\"image_id\":");
    appendJsonValue(image.record.value(Field::Id), out);
    for (const FieldInfo &row : FieldRegistry::all()) {
        if (row.field == Field::Id)
            continue;
        out->append(",\"").append(row.jsonKey).append("\":", 2);
        appendJsonValue(image.record.value(row.field), out);
    }
    for (const auto &[key, count] : { std::pair { "width", image.width }, std::pair { "height", image.height },
             std::pair { "n_faces", image.nFaces } }) {
        out->append(",\"").append(key).append("\":", 2);
        if (count)
            out->append(QByteArray::number(*count));
        else
            out->append("null");
    }
    out->append('}');
}

std::optional<JsonFieldError> RecordCodec::decodeItem(const QJsonObject &json, ImageRecord *record)
{
    return decodeFields(json, QStringLiteral("id"), record);
}

QList<Field> RecordCodec::presentFields(const QJsonObject &json)
{
    QList<Field> fields;
    for (const FieldInfo &row : FieldRegistry::all()) {
        if (json.contains(QLatin1String(row.jsonKey)))
            fields.append(row.field);
    }
    return fields;
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
