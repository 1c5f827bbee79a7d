// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QImage>

namespace Wesog {

/// Decodes a JPEG held in memory with libjpeg-turbo straight into QImage::Format_RGB32, whose
/// bytes are libjpeg-turbo's BGRX. Qt's JPEG plugin decodes to RGB888 and converts each line,
/// which for a small EXIF thumbnail costs more than decoding it, and it first looks for the
/// plugin. An embedded ICC profile becomes the image's color space, as with Qt's reader.
/// Pure function; any thread.
class JpegDecoder
{
public:
    /// The image, or a null one when the bytes are not a JPEG libjpeg reads whole and turns into
    /// RGB (corrupt, truncated, any warning, CMYK) or it declares more than `maxPixels`.
    static QImage decode(QByteArrayView jpeg, qint64 maxPixels);

    /// The picture at 1/8 of its width and height (rounded up), each pixel the average of its
    /// 8×8 block: what libjpeg gives at scale 1/8 without fancy upsampling, at about half the
    /// cost (DcScan). For a thumbnail of a big photo. A null image when the bytes are not a
    /// baseline (sequential, Huffman-coded, 8-bit) JPEG with one scan of grey or YCbCr, when
    /// they are damaged, or when the picture declares more than `maxPixels`: the caller then
    /// decodes it another way.
    static QImage decodeEighth(QByteArrayView jpeg, qint64 maxPixels);
};

} // namespace Wesog
