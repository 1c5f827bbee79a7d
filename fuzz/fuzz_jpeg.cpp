// SPDX-License-Identifier: GPL-3.0-or-later
// JpegDecoder on arbitrary bytes: an image within the limit or none, never a crash. Every
// libjpeg error leaves through longjmp, which the sanitizers watch here.
#include "core/library/jpegdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 limit = 1'000'000;
    const QImage image = Wesog::JpegDecoder::decode(QByteArrayView(data, qsizetype(size)), limit);
    if (!image.isNull() && qint64(image.width()) * image.height() > limit)
        __builtin_trap();
    return 0;
}
