// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/preset.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Wesog {

namespace {

QString expand(QString text, const ImageRecord &record, const Preset::Context &context)
{
    text.replace(QLatin1String("{filename}"), context.filename);
    text.replace(QLatin1String("{basename}"), QFileInfo(context.filename).completeBaseName());
    text.replace(QLatin1String("{folder}"), context.folder);
    text.replace(QLatin1String("{id}"), record.id());
    text.replace(QLatin1String("{date}"), record.text(Field::Date).value_or(QString()));
    text.replace(QLatin1String("{today}"), context.today);
    return text;
}

} // namespace

Preset::Context Preset::Context::forFile(const QString &absolutePath, const QString &today)
{
    const QFileInfo file(absolutePath);
    return { file.fileName(), file.dir().dirName(), today };
}

Preset::Context Preset::Context::forUrl(const QString &url, const QString &today)
{
    // Split while still encoded: an encoded slash (%2F) belongs to its segment's name.
    const QStringList segments = QUrl(url).path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    const auto decoded = [&segments](qsizetype fromEnd) {
        return segments.size() > fromEnd
            ? QUrl::fromPercentEncoding(segments.at(segments.size() - 1 - fromEnd).toLatin1())
            : QString();
    };
    return { decoded(0), decoded(1), today };
}

ImageRecord Preset::applied(const ImageRecord &record, const Context &context) const
{
    ImageRecord result = record;
    for (const Entry &entry : entries) {
        const QString value = expand(entry.value, record, context).trimmed();
        switch (FieldRegistry::info(entry.field).type) {
        case FieldType::Bool: {
            const QString lower = value.toLower();
            if (lower == QLatin1String("yes") || lower == QLatin1String("true"))
                result.setValue(entry.field, true);
            else if (lower == QLatin1String("no") || lower == QLatin1String("false"))
                result.setValue(entry.field, false);
            else if (!entry.append)
                result.clear(entry.field);
            break;
        }
        case FieldType::TextList: {
            QStringList items = entry.append ? result.list(entry.field).value_or(QStringList()) : QStringList();
            for (const QString &item : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const QString trimmed = item.trimmed();
                const bool present = std::any_of(items.cbegin(), items.cend(), [&trimmed](const QString &existing) {
                    return existing.compare(trimmed, Qt::CaseInsensitive) == 0;
                });
                if (!trimmed.isEmpty() && !present)
                    items << trimmed;
            }
            if (items.isEmpty())
                result.clear(entry.field);
            else
                result.setValue(entry.field, items);
            break;
        }
        default: {
            const QString current = result.text(entry.field).value_or(QString());
            const QString next = entry.append && !current.isEmpty()
                ? (value.isEmpty() ? current : current + QLatin1Char(' ') + value)
                : value;
            if (next.isEmpty())
                result.clear(entry.field);
            else
                result.setValue(entry.field, next);
        }
        }
    }
    return result;
}

QJsonObject Preset::toJson() const
{
    QJsonArray list;
    for (const Entry &entry : entries) {
        list.append(QJsonObject { { QStringLiteral("field"), FieldRegistry::jsonKey(entry.field) },
            { QStringLiteral("value"), entry.value }, { QStringLiteral("append"), entry.append } });
    }
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("fields"), list } };
}

Preset Preset::fromJson(const QJsonObject &json)
{
    Preset preset;
    preset.name = json.value(QStringLiteral("name")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject entry = value.toObject();
        const std::optional<Field> field = FieldRegistry::fromJsonKey(entry.value(QStringLiteral("field")).toString());
        if (field) // a field this version does not know is dropped, not guessed
            preset.entries.append({ *field, entry.value(QStringLiteral("value")).toString(),
                entry.value(QStringLiteral("append")).toBool() });
    }
    return preset;
}

QList<Preset> Preset::listFromJson(const QByteArray &json)
{
    QList<Preset> presets;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        Preset preset = fromJson(value.toObject());
        if (!preset.name.isEmpty())
            presets.append(preset);
    }
    return presets;
}

QByteArray Preset::listToJson(const QList<Preset> &presets)
{
    QJsonArray list;
    for (const Preset &preset : presets)
        list.append(preset.toJson());
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace Wesog
