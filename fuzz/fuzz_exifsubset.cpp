// SPDX-License-Identifier: GPL-3.0-or-later
// ExifSubset against Exiv2's TIFF parser: whenever ExifSubset reads a segment, Wesog sees the same
// tags and thumbnail as from Exiv2.
#include <cstdio>
#include <cstdlib>

#include "core/library/exifsubset.h"
#include "tests/support/exifview.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView tiff(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Wesog::ExifSubset> ours = Wesog::ExifSubset::read(tiff);
    if (!ours)
        return 0; // Exiv2 reads it
    Wesog::Test::ExifView theirs;
    try {
        theirs = Wesog::Test::exiv2Exif(tiff);
    } catch (const std::exception &) {
        return 0; // Exiv2 throws on some damage (in a makernote, say) that ExifSubset does not read
    }
    const Wesog::Test::ExifView mine { Wesog::Test::visibleExif(ours->data), ours->thumbnail };
    if (!(mine == theirs)) {
        std::fprintf(stderr, "ExifSubset:\n%s\nthumbnail %lld bytes\nExiv2:\n%s\nthumbnail %lld bytes\n",
            qPrintable(mine.lines.join(QLatin1Char('\n'))), qlonglong(mine.thumbnail.size()),
            qPrintable(theirs.lines.join(QLatin1Char('\n'))), qlonglong(theirs.thumbnail.size()));
        std::abort();
    }
    return 0;
}
