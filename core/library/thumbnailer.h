// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace Wesog {

/// How a thumbnail was made, for tests and benchmarks.
enum class ThumbnailSource {
    Failed,
    Embedded,
    BlockAverages, ///< a JPEG at 1/8, from each 8×8 block's average (JpegDecoder::decodeEighth)
    Decoded,
    DiskCache,
};

/// Makes one thumbnail: the embedded EXIF thumbnail when it is at least `size` pixels on its
/// longer edge and decodes whole (JpegDecoder); else, for a baseline JPEG at least 8 times
/// `size`, its block averages (JpegDecoder::decodeEighth); else a reduced-size decode
/// (QImageReader::setScaledSize, so libjpeg decodes at 1/2, 1/4 or 1/8). EXIF orientation is applied and embedded ICC
/// profiles are converted to sRGB. Images declaring more than `maxPixels` are refused as decompression bombs. Pure
/// function; safe on any worker thread once an Exiv2Session exists. Returns a QImage, never a QPixmap.
class Thumbnailer
{
public:
    static QImage make(
        const QString &path, int size, ThumbnailSource *source = nullptr, qint64 maxPixels = 500'000'000);
    /// Rotates/mirrors an image stored unrotated, as EXIF orientation 1–8 says.
    static QImage oriented(const QImage &image, int orientation);
};

/// The freedesktop.org Thumbnail Managing Standard cache (~/.cache/thumbnails/normal|large|x-large|xx-large):
/// PNGs named by the MD5 of the file's URI, holding Thumb::URI and Thumb::MTime, shared with
/// file managers. Pure functions; any thread.
class ThumbnailDiskCache
{
public:
    /// The standard's sizes: normal 128, large 256, x-large 512, xx-large 1024. A preview larger
    /// than the thumbnails must come from its own bucket, not from a 256 px one scaled up.
    static int bucketSize(int size) { return size <= 128 ? 128 : size <= 256 ? 256 : size <= 512 ? 512 : 1024; }
    static QString pathFor(const QString &file, int size);
    /// The cached thumbnail if it is there and still matches the file's modification time.
    static QImage load(const QString &file, int size);
    /// Stores a thumbnail of at most the bucket size; written to a temporary file and renamed,
    /// so a reader never sees half a PNG. Returns false if the cache cannot be written.
    static bool store(const QString &file, int size, const QImage &thumbnail);
    static QString uriFor(const QString &file);
};

} // namespace Wesog
