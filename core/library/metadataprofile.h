// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Wesog {

/// An agency's reading profile (metadata-fields.md §2 notes 1 and 4, §3): whether an empty or
/// file-name-like title takes the headline, and the tables that derive `shot` and `scene` from
/// IPTC Scene codes, `medium` from the DigitalSourceType, and name IPTC Category codes. The
/// standard profile holds the IPTC NewsCodes; a JSON file replaces any of its tables:
///
///     {"title_from_headline": true, "shot": {"010100": "Headshot"}, "scene": {…},
///      "medium": {"digitalCapture": "Photograph"}, "categories": {"SPO": "Sport"}}
///
/// The values are data sent to the Wesog service, so they are not translated.
struct MetadataProfile
{
    Q_DECLARE_TR_FUNCTIONS(MetadataProfile)

public:
    bool titleFromHeadline = false;
    QHash<QString, QString> shotBySceneCode;
    QHash<QString, QString> sceneBySceneCode;
    QHash<QString, QString> mediumBySourceType;
    QHash<QString, QString> categoryByCode;

    static MetadataProfile standard();
    /// The standard profile with what the file sets; nothing, and a translated `error`, when the
    /// file is not such a JSON object.
    static std::optional<MetadataProfile> fromJson(const QByteArray &json, QString *error);
    static std::optional<MetadataProfile> fromFile(const QString &path, QString *error);

    /// "IMG_0042.JPG", "DSC01234", "_MG_1234": what a camera or a copy names a file, not a title.
    static bool looksLikeFileName(const QString &title);
};

} // namespace Wesog
