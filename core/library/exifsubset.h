// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

#include <exiv2/exiv2.hpp>

namespace Wesog {

/// The EXIF tags the metadata reader uses (docs/metadata-fields.md §2: the texts, the date, the
/// camera's make and model, the orientation) and the JPEG thumbnail, read from the TIFF
/// structure of a JPEG's Exif segment without Exiv2's parser, which builds every tag of every
/// directory and took a tenth of a scan.
///
/// The values are Exiv2's own types, made from the same bytes as its parser makes them, so the
/// reader sees what Exiv2 would give it. Anything out of the ordinary (a value outside the
/// segment, a tag twice, a directory of more than 256 entries, a type Exiv2 does not know, a
/// thumbnail in pieces…) gives nothing, and Exiv2 then reads the segment itself.
/// tst_exifsubset and fuzz_exifsubset hold the two readers to the same values.
struct ExifSubset
{
    Exiv2::ExifData data; ///< only the tags above, under Exiv2's keys
    QByteArray thumbnail; ///< the IFD1 JPEG thumbnail as ExifThumbC::copy() gives it; empty if none

    /// `tiff`: the segment after "Exif\0\0".
    static std::optional<ExifSubset> read(QByteArrayView tiff);
};

} // namespace Wesog
