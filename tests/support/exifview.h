// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <exiv2/exiv2.hpp>

namespace Wesog::Test {

/// What the metadata reader can see of EXIF data (docs/metadata-fields.md §2), as sorted
/// "key (type × count, bytes): text" lines, plus the thumbnail's bytes. Two readers agree for
/// Wesog when these do.
struct ExifView
{
    QStringList lines;
    QByteArray thumbnail;
    bool operator==(const ExifView &other) const { return lines == other.lines && thumbnail == other.thumbnail; }
};

inline QStringList visibleExif(const Exiv2::ExifData &data)
{
    static const char *const keys[] = { "Exif.Image.ImageDescription", "Exif.Image.Make", "Exif.Image.Model",
        "Exif.Image.Orientation", "Exif.Image.Artist", "Exif.Image.XPTitle", "Exif.Image.XPComment",
        "Exif.Image.XPAuthor", "Exif.Image.XPKeywords", "Exif.Photo.DateTimeOriginal", "Exif.Photo.UserComment" };
    QStringList lines;
    for (const Exiv2::Exifdatum &datum : data) {
        if (std::find_if(std::begin(keys), std::end(keys), [&](const char *key) { return datum.key() == key; })
            == std::end(keys))
            continue;
        QString text = QString::fromStdString(datum.toString());
        if (const auto *comment = dynamic_cast<const Exiv2::CommentValue *>(&datum.value()))
            text += QStringLiteral(" | comment: ") + QString::fromStdString(comment->comment());
        lines << QStringLiteral("%1 (%2 × %3, %4 bytes): %5")
                     .arg(QString::fromStdString(datum.key()), QString::fromLatin1(datum.typeName()))
                     .arg(datum.count())
                     .arg(datum.size())
                     .arg(text);
    }
    lines.sort();
    return lines;
}

/// Exiv2's own reading of an Exif segment's TIFF structure: every tag decoded, the thumbnail as
/// ExifThumbC gives it.
inline ExifView exiv2Exif(QByteArrayView tiff)
{
    Exiv2::ExifData data;
    Exiv2::ExifParser::decode(data, reinterpret_cast<const Exiv2::byte *>(tiff.data()), uint32_t(tiff.size()));
    const Exiv2::DataBuf thumbnail = Exiv2::ExifThumbC(data).copy();
    return { visibleExif(data), QByteArray(reinterpret_cast<const char *>(thumbnail.pData_), int(thumbnail.size_)) };
}

} // namespace Wesog::Test
