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
    /// A segment in `segments` that may be read apart from Exiv2, marker included; `at` is -1
    /// when the file has none, or two (Exiv2 reads the first only, or joins them: which one it
    /// reads must not change when one is taken out).
    struct Span
    {
        qsizetype at = -1;
        qsizetype size = 0;
    };
    Span exif; ///< the Exif APP1 segment
    Span photoshop; ///< the Photoshop APP13 segment, which holds the IPTC IIM

    /// The Exif segment's TIFF structure (after "Exif\0\0"), for ExifSubset; empty when none.
    QByteArrayView exifTiff() const;
    /// The Photoshop segment's resource blocks (after "Photoshop 3.0\0"); empty when none.
    QByteArrayView photoshopResources() const;
    /// Takes a segment out of `segments`, once it has been read apart.
    void drop(Span JpegHeader::*segment);

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
