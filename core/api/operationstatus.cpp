// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/operationstatus.h"

#include <cmath>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Wesog {

namespace {

using Error = std::optional<JsonFieldError>;

JsonFieldError wrongType(const QString &key, JsonType expected)
{
    return JsonFieldError { key, JsonFieldError::Kind::WrongType, expected };
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

Error readString(const QJsonObject &json, const QString &key, QString *out)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isString())
        return wrongType(key, JsonType::String);
    *out = value.toString();
    return std::nullopt;
}

Error readBool(const QJsonObject &json, const QString &key, bool *out)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isBool())
        return wrongType(key, JsonType::Boolean);
    *out = value.toBool();
    return std::nullopt;
}

Error readNumber(const QJsonObject &json, const QString &key, double *out)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return wrongType(key, JsonType::Number);
    *out = value.toDouble();
    return std::nullopt;
}

// Counts and ids: an integer, possibly written as a float (`3.0`); never negative.
Error readCount(const QJsonValue &value, const QString &key, qint64 *out)
{
    if (!value.isDouble())
        return wrongType(key, JsonType::Integer);
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number)
        return wrongType(key, JsonType::Integer);
    if (number < 0 || number > 9.0e15)
        return JsonFieldError { key, JsonFieldError::Kind::OutOfRange, JsonType::Integer };
    *out = static_cast<qint64>(number);
    return std::nullopt;
}

Error readCount(const QJsonObject &json, const QString &key, qint64 *out)
{
    const QJsonValue value = json.value(key);
    return isAbsent(value) ? std::nullopt : readCount(value, key, out);
}

Error readTimestamp(const QJsonObject &json, const QString &key, QDateTime *out)
{
    const QJsonValue value = json.value(key);
    if (isAbsent(value)) {
        *out = QDateTime();
        return std::nullopt;
    }
    if (!value.isString())
        return wrongType(key, JsonType::String);
    const QDateTime parsed = OperationStatus::parseTimestamp(value.toString());
    if (!parsed.isValid())
        return JsonFieldError { key, JsonFieldError::Kind::OutOfRange, JsonType::String };
    *out = parsed;
    return std::nullopt;
}

Error readErrors(const QJsonObject &json, QList<OperationItemError> *out)
{
    const QString key = QStringLiteral("errors");
    const QJsonValue value = json.value(key);
    if (isAbsent(value))
        return std::nullopt;
    if (!value.isArray())
        return wrongType(key, JsonType::Array);
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = QStringLiteral("errors[%1]").arg(i);
        if (!array.at(i).isObject())
            return wrongType(itemKey, JsonType::Object);
        const QJsonObject item = array.at(i).toObject();
        OperationItemError error;
        const QJsonValue id = item.value(QStringLiteral("id"));
        if (id.isDouble()) {
            qint64 index = 0;
            if (!readCount(id, itemKey + QStringLiteral(".id"), &index))
                error.index = index;
            error.rawId = error.index ? QString::number(*error.index) : QString::number(id.toDouble());
        } else if (id.isString()) {
            error.rawId = id.toString(); // an id we cannot map; kept as the server sent it
        }
        if (auto e = readString(item, QStringLiteral("msg"), &error.message)) {
            e->key = itemKey + QStringLiteral(".msg");
            return e;
        }
        out->append(error);
    }
    return std::nullopt;
}

} // namespace

std::optional<JsonFieldError> OperationStatus::fromJson(const QJsonObject &json, OperationStatus *status)
{
    OperationStatus s;
    qint64 opId = -1;
    if (auto e = readCount(json, QStringLiteral("op_id"), &opId))
        return e;
    if (opId >= 0)
        s.opId = opId;
    const QJsonValue allGood = json.value(QStringLiteral("all_good"));
    if (!isAbsent(allGood)) {
        if (!allGood.isBool())
            return wrongType(QStringLiteral("all_good"), JsonType::Boolean);
        s.allGood = allGood.toBool();
    }
    const bool finishedKnown = !isAbsent(json.value(QStringLiteral("is_finished")));
    const std::initializer_list<std::function<Error()>> readers = {
        [&] { return readString(json, QStringLiteral("method"), &s.method); },
        [&] { return readString(json, QStringLiteral("resource"), &s.resource); },
        [&] { return readCount(json, QStringLiteral("num_total"), &s.numTotal); },
        [&] { return readCount(json, QStringLiteral("num_good"), &s.numGood); },
        [&] { return readCount(json, QStringLiteral("num_bad"), &s.numBad); },
        [&] { return readBool(json, QStringLiteral("is_started"), &s.isStarted); },
        [&] { return readBool(json, QStringLiteral("is_finished"), &s.isFinished); },
        [&] { return readBool(json, QStringLiteral("do_wait"), &s.doWait); },
        [&] { return readBool(json, QStringLiteral("do_urgent"), &s.doUrgent); },
        [&] { return readBool(json, QStringLiteral("do_strict"), &s.doStrict); },
        [&] { return readNumber(json, QStringLiteral("idle_ms"), &s.idleMs); },
        [&] { return readNumber(json, QStringLiteral("exec_ms"), &s.execMs); },
        [&] { return readTimestamp(json, QStringLiteral("created_at"), &s.createdAt); },
        [&] { return readTimestamp(json, QStringLiteral("started_at"), &s.startedAt); },
        [&] { return readTimestamp(json, QStringLiteral("finished_at"), &s.finishedAt); },
        [&] { return readErrors(json, &s.errors); },
    };
    for (const auto &read : readers) {
        if (Error e = read())
            return e;
    }
    // The guide omits is_finished; a finish time then says it. Likewise a start time.
    if (!finishedKnown)
        s.isFinished = s.finishedAt.isValid();
    if (!json.contains(QStringLiteral("is_started")))
        s.isStarted = s.startedAt.isValid() || s.isFinished;
    *status = std::move(s);
    return std::nullopt;
}

QJsonObject OperationStatus::toJson() const
{
    const auto timestamp = [](const QDateTime &time) {
        return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray errorArray;
    for (const OperationItemError &error : errors) {
        const QJsonValue id = error.index ? QJsonValue(double(*error.index)) : QJsonValue(error.rawId);
        errorArray.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("msg"), error.message } });
    }
    QJsonObject json {
        { QStringLiteral("method"), method },
        { QStringLiteral("resource"), resource },
        { QStringLiteral("num_total"), double(numTotal) },
        { QStringLiteral("num_good"), double(numGood) },
        { QStringLiteral("num_bad"), double(numBad) },
        { QStringLiteral("is_started"), isStarted },
        { QStringLiteral("is_finished"), isFinished },
        { QStringLiteral("all_good"), allGood ? QJsonValue(*allGood) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("do_wait"), doWait },
        { QStringLiteral("do_urgent"), doUrgent },
        { QStringLiteral("do_strict"), doStrict },
        { QStringLiteral("idle_ms"), idleMs },
        { QStringLiteral("exec_ms"), execMs },
        { QStringLiteral("created_at"), timestamp(createdAt) },
        { QStringLiteral("started_at"), timestamp(startedAt) },
        { QStringLiteral("finished_at"), timestamp(finishedAt) },
        { QStringLiteral("errors"), errorArray },
    };
    if (opId)
        json.insert(QStringLiteral("op_id"), double(*opId));
    return json;
}

std::optional<JsonFieldError> OperationStatus::fromBody(const QByteArray &body, OperationStatus *status)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return JsonFieldError { QStringLiteral("(body)"), JsonFieldError::Kind::WrongType, JsonType::Object };
    return fromJson(document.object(), status);
}

QDateTime OperationStatus::parseTimestamp(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                       "\\s*(?:([Zz])|([+-])(\\d{2}):?(\\d{2})?)?$"));
    const QRegularExpressionMatch m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return QDateTime();
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Fractions of any length: keep milliseconds, drop the rest.
    const int msecs = m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msecs);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    int offsetSeconds = 0;
    if (!m.captured(9).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return QDateTime();
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    // No zone means UTC, as the sandbox contract writes its timestamps.
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

} // namespace Wesog
