// SPDX-License-Identifier: GPL-3.0-or-later
// JpegDecoder on arbitrary bytes, the full decode and the 1/8 one (DcScan, our own entropy
// decoding): an image within the limit or none, never a crash. Every libjpeg error leaves
// through longjmp, which the sanitizers watch here.
#include "core/library/jpegdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 limit = 1'000'000;
    const QImage image = Wesog::JpegDecoder::decode(QByteArrayView(data, qsizetype(size)), limit);
    if (!image.isNull() && qint64(image.width()) * image.height() > limit)
        __builtin_trap();
    const QImage eighth = Wesog::JpegDecoder::decodeEighth(QByteArrayView(data, qsizetype(size)), limit);
    // ceil(W/8) * ceil(H/8) <= W*H/64 + (W + H)/8 + 1, and W, H <= 65535.
    if (!eighth.isNull() && qint64(eighth.width()) * eighth.height() > limit / 64 + 2 * 65535 / 8 + 1)
        __builtin_trap();
    return 0;
}
