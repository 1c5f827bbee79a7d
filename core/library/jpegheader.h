// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <exiv2/exiv2.hpp>

namespace Wesog {

/// The metadata part of a JPEG, from SOI to the start of scan, with the XMP packet set apart.
/// Exiv2 reads `segments` from memory, so a file costs one open and a read or two, and it never
/// sees the packet, which XmpPacket decodes without the toolkit's global lock.
struct JpegHeader
{
    QByteArray segments; ///< a JPEG stream for Exiv2: SOI, each segment but the XMP one, SOS, EOI
    QByteArray xmpPacket; ///< empty when the file has none
    qsizetype exifAt = -1; ///< where the Exif segment starts in `segments`; -1 when none, or two
    qsizetype exifSize = 0; ///< its size, marker included

    /// The Exif segment's TIFF structure (after "Exif\0\0"), for ExifSubset; empty when none.
    QByteArrayView exifTiff() const;
    /// Takes the Exif segment out of `segments`, once ExifSubset has read it.
    void dropExif();

    /// The header of a whole file in memory. Nothing when the bytes do not hold a well-formed
    /// header (not a JPEG, truncated, two XMP segments…): Exiv2 then reads the file itself and
    /// reports what is wrong.
    static std::optional<JpegHeader> split(QByteArrayView jpeg);
    /// The same, reading only as much of the open file as the header needs.
    static std::optional<JpegHeader> read(int fd);
    /// The same by path; when the file cannot be opened, `openError` (if given) gets the errno.
    static std::optional<JpegHeader> read(const QString &path, int *openError = nullptr);

    /// Exiv2 reading `segments` from memory; the header must outlive the image.
    Exiv2::Image::AutoPtr open() const;
};

} // namespace Wesog
