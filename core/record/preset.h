// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/record/imagerecord.h"

namespace Wesog {

/// A named set of field values to apply to many images at once. Each value replaces the field
/// or is appended to it (lists gain the items they lack; text gets a space and the value).
/// Values may use {filename}, {basename}, {folder}, {id}, {date} (the image's own date) and
/// {today}. A plain value; any thread.
struct Preset
{
    struct Entry
    {
        Field field = Field::Provider;
        QString value;
        bool append = false;

        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.field == b.field && a.value == b.value && a.append == b.append;
        }
    };

    /// What the variables stand for, for one image.
    struct Context
    {
        QString filename;
        QString folder;
        QString today; ///< YYYY-MM-DD

        /// For an image with a file: its name and the name of the folder it is in.
        static Context forFile(const QString &absolutePath, const QString &today);
        /// For an image without a file (a server collection's row), from its src URL: the last
        /// segment of the URL's path as the file name and the segment before it as the folder,
        /// each percent-decoded (`https://cdn.example/2024/Saint%20Malo/IMG_1.jpg` gives
        /// `IMG_1.jpg` and `Saint Malo`); empty where the path has none.
        static Context forUrl(const QString &url, const QString &today);
    };

    QString name;
    QList<Entry> entries;

    /// The record after applying the preset (only the preset's fields change).
    ImageRecord applied(const ImageRecord &record, const Context &context) const;

    QJsonObject toJson() const;
    static Preset fromJson(const QJsonObject &json);
    /// Every preset from / to the JSON text kept in settings.
    static QList<Preset> listFromJson(const QByteArray &json);
    static QByteArray listToJson(const QList<Preset> &presets);

    friend bool operator==(const Preset &a, const Preset &b) { return a.name == b.name && a.entries == b.entries; }
};

} // namespace Wesog
