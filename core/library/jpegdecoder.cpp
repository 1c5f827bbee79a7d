// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/jpegdecoder.h"

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>

#include <QColorSpace>
#include <QScopeGuard>

#include <jpeglib.h>

#if !defined(JCS_EXTENSIONS)
#error "JpegDecoder needs libjpeg-turbo (JCS_EXT_BGRX)"
#endif

namespace Wesog {

namespace {

static_assert(QSysInfo::ByteOrder == QSysInfo::LittleEndian, "Format_RGB32 is BGRX in memory only on little-endian");

struct ErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
};

[[noreturn]] void jumpOut(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<ErrorManager *>(info->err)->jump, 1);
}

void stayQuiet(j_common_ptr)
{
}

/// One decompression. The functions below call libjpeg behind setjmp, with plain C data only
/// in their frames: a longjmp out of libjpeg then skips no destructor.
struct Decompression
{
    jpeg_decompress_struct info;
    ErrorManager error;
    JOCTET *icc; ///< malloc'ed by libjpeg
    unsigned int iccLength;
};

bool readHeader(Decompression &d, QByteArrayView jpeg)
{
    if (setjmp(d.error.jump))
        return false;
    jpeg_create_decompress(&d.info);
    jpeg_mem_src(
        &d.info, reinterpret_cast<const unsigned char *>(jpeg.data()), static_cast<unsigned long>(jpeg.size()));
    jpeg_save_markers(&d.info, JPEG_APP0 + 2, 0xFFFF); // ICC profile chunks
    if (jpeg_read_header(&d.info, TRUE) != JPEG_HEADER_OK)
        return false;
    jpeg_read_icc_profile(&d.info, &d.icc, &d.iccLength);
    d.info.out_color_space = JCS_EXT_BGRX; // CMYK cannot be converted: start fails, and we say so
    jpeg_calc_output_dimensions(&d.info);
    return true;
}

bool readPixels(Decompression &d, uchar *bits, qsizetype bytesPerLine)
{
    if (setjmp(d.error.jump))
        return false;
    jpeg_start_decompress(&d.info);
    while (d.info.output_scanline < d.info.output_height) {
        JSAMPROW row = bits + qsizetype(d.info.output_scanline) * bytesPerLine;
        jpeg_read_scanlines(&d.info, &row, 1);
    }
    jpeg_finish_decompress(&d.info);
    // A warning is damage libjpeg papered over (a truncated stream comes out grey): not an image.
    return d.error.base.num_warnings == 0;
}

} // namespace

QImage JpegDecoder::decode(QByteArrayView jpeg, qint64 maxPixels)
{
    if (jpeg.size() < 4)
        return {};
    Decompression d {};
    d.info.err = jpeg_std_error(&d.error.base);
    d.error.base.error_exit = jumpOut;
    d.error.base.output_message = stayQuiet;
    const auto release = qScopeGuard([&d] {
        jpeg_destroy_decompress(&d.info); // nothing to do when it was never created
        std::free(d.icc);
    });
    if (!readHeader(d, jpeg) || qint64(d.info.output_width) * d.info.output_height > maxPixels)
        return {};
    QImage image(int(d.info.output_width), int(d.info.output_height), QImage::Format_RGB32);
    if (image.isNull() || !readPixels(d, image.bits(), image.bytesPerLine()))
        return {};
    if (d.icc)
        image.setColorSpace(
            QColorSpace::fromIccProfile(QByteArray(reinterpret_cast<const char *>(d.icc), int(d.iccLength))));
    return image;
}

} // namespace Wesog
