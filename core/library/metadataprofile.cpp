// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/metadataprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Wesog {

namespace {

QHash<QString, QString> table(std::initializer_list<std::pair<const char *, const char *>> rows)
{
    QHash<QString, QString> result;
    for (const auto &[code, value] : rows)
        result.insert(QString::fromLatin1(code), QString::fromUtf8(value));
    return result;
}

} // namespace

MetadataProfile MetadataProfile::standard()
{
    MetadataProfile profile;
    // IPTC Scene NewsCodes: the framing of the subject is the shot, the rest the scene.
    profile.shotBySceneCode = table({ { "010100", "Headshot" }, { "010200", "Half-length" },
        { "010300", "Full-length" }, { "010400", "Profile" }, { "010500", "Rear view" }, { "011000", "General view" },
        { "011100", "Panoramic view" }, { "011800", "Close-up" } });
    profile.sceneBySceneCode = table({ { "010600", "Single" }, { "010700", "Couple" }, { "010800", "Two" },
        { "010900", "Group" }, { "011200", "Aerial view" }, { "011300", "Underwater" }, { "011400", "Night scene" },
        { "011500", "Satellite" }, { "011600", "Exterior view" }, { "011700", "Interior view" }, { "011900", "Action" },
        { "012000", "Performing" }, { "012100", "Posing" }, { "012200", "Symbolic" }, { "012300", "Off-beat" },
        { "012400", "Movie scene" } });
    profile.mediumBySourceType = table({ { "digitalCapture", "Photograph" }, { "computationalCapture", "Photograph" },
        { "minorHumanEdits", "Photograph" }, { "negativeFilm", "Scan of a film negative" },
        { "positiveFilm", "Scan of a slide" }, { "print", "Scan" }, { "digitalArt", "Digital art" },
        { "screenCapture", "Screenshot" }, { "compositeCapture", "Composite photograph" } });
    // The IPTC subject reference codes of IIM Category (2:15).
    profile.categoryByCode = table({ { "ACE", "Arts, culture and entertainment" }, { "CLJ", "Crime, law and justice" },
        { "DIS", "Disaster and accident" }, { "FIN", "Economy, business and finance" }, { "EDU", "Education" },
        { "EVN", "Environment" }, { "HTH", "Health" }, { "HUM", "Human interest" }, { "LAB", "Labour" },
        { "LIF", "Lifestyle and leisure" }, { "POL", "Politics" }, { "REL", "Religion and belief" },
        { "SCI", "Science and technology" }, { "SOI", "Social issue" }, { "SPO", "Sport" },
        { "WAR", "Unrest, conflicts and war" }, { "WEA", "Weather" } });
    return profile;
}

std::optional<MetadataProfile> MetadataProfile::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? tr("not valid JSON: %1").arg(parseError.errorString())
                                                              : tr("the profile must be a JSON object");
        return std::nullopt;
    }
    MetadataProfile profile = standard();
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("title_from_headline")) {
            if (!it.value().isBool()) {
                *error = tr("\"%1\" must be true or false").arg(it.key());
                return std::nullopt;
            }
            profile.titleFromHeadline = it.value().toBool();
            continue;
        }
        QHash<QString, QString> *target = it.key() == QLatin1String("shot") ? &profile.shotBySceneCode
            : it.key() == QLatin1String("scene")                            ? &profile.sceneBySceneCode
            : it.key() == QLatin1String("medium")                           ? &profile.mediumBySourceType
            : it.key() == QLatin1String("categories")                       ? &profile.categoryByCode
                                                                            : nullptr;
        if (!target) {
            *error
                = tr("unknown key \"%1\" (known: title_from_headline, shot, scene, medium, categories)").arg(it.key());
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            *error = tr("\"%1\" must map codes to text").arg(it.key());
            return std::nullopt;
        }
        target->clear();
        const QJsonObject rows = it.value().toObject();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            if (!row.value().isString()) {
                *error = tr("\"%1\" must map codes to text").arg(it.key());
                return std::nullopt;
            }
            target->insert(row.key(), row.value().toString());
        }
    }
    return profile;
}

std::optional<MetadataProfile> MetadataProfile::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        *error = file.error() != QFileDevice::NoError ? file.errorString() : tr("the profile is larger than 1 MB");
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

bool MetadataProfile::looksLikeFileName(const QString &title)
{
    static const QRegularExpression fileName(
        QStringLiteral("^(\\S+\\.(jpe?g|png|tiff?|webp|heic|dng|cr[23w]|nef|arw|raf|orf|rw2)|(img|dsc[fn]?|_mg|_dsc|"
                       "dji|gopr|pxl|p)_?\\d{3,}\\S*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return fileName.match(title.trimmed()).hasMatch();
}

} // namespace Wesog
