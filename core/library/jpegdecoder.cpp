// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/jpegdecoder.h"

#include <algorithm>
#include <array>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>
#include <optional>
#include <vector>

#include <QColorSpace>

#include "core/library/dcscan.h"

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

/// One decompression, quiet, its errors leaving through longjmp; released when it goes. The
/// functions below call libjpeg behind setjmp, with plain C data only in their frames: a
/// longjmp out of libjpeg then skips no destructor.
struct Decompression
{
    jpeg_decompress_struct info {};
    ErrorManager error {};
    JOCTET *icc = nullptr; ///< malloc'ed by libjpeg
    unsigned int iccLength = 0;

    Decompression()
    {
        info.err = jpeg_std_error(&error.base);
        error.base.error_exit = jumpOut;
        error.base.output_message = stayQuiet;
    }
    ~Decompression()
    {
        jpeg_destroy_decompress(&info); // nothing to do when it was never created
        std::free(icc);
    }
    Q_DISABLE_COPY_MOVE(Decompression)
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

/// An ICC profile as the image's color space, as Qt's reader does.
void keepIccProfile(const Decompression &d, QImage &image)
{
    if (d.icc)
        image.setColorSpace(
            QColorSpace::fromIccProfile(QByteArray(reinterpret_cast<const char *>(d.icc), int(d.iccLength))));
}

/// libjpeg's YCbCr to RGB (jdcolor.c, jdmerge.c): the same fixed-point tables, so the same
/// pixels as its own 1/8 decode.
struct YccToRgb
{
    static constexpr int Bits = 16;
    static constexpr qint32 Half = qint32(1) << (Bits - 1);
    static constexpr qint32 fix(double x) { return qint32(x * (1 << Bits) + 0.5); }

    std::array<int, 256> crToRed {};
    std::array<int, 256> cbToBlue {};
    std::array<qint32, 256> crToGreen {};
    std::array<qint32, 256> cbToGreen {};

    YccToRgb()
    {
        for (int i = 0; i < 256; ++i) {
            const qint32 x = i - 128;
            crToRed[i] = int((fix(1.40200) * x + Half) >> Bits);
            cbToBlue[i] = int((fix(1.77200) * x + Half) >> Bits);
            crToGreen[i] = -fix(0.71414) * x;
            cbToGreen[i] = -fix(0.34414) * x + Half;
        }
    }

    QRgb operator()(int y, int cb, int cr) const
    {
        const int green = int((cbToGreen[cb] + crToGreen[cr]) >> Bits);
        return qRgb(
            std::clamp(y + crToRed[cr], 0, 255), std::clamp(y + green, 0, 255), std::clamp(y + cbToBlue[cb], 0, 255));
    }
};

/// A block's average sample from its quantized DC coefficient, as libjpeg's 1×1 inverse DCT;
/// clamped, where libjpeg's range table wraps the values far out of range that only damaged
/// data holds.
inline int averageOf(qint16 dc, int quantizer)
{
    return std::clamp(((int(dc) * quantizer + 4) >> 3) + 128, 0, 255);
}

int blocksFor(unsigned int pixels, int perBlock)
{
    return int((pixels + unsigned(perBlock) - 1) / unsigned(perBlock));
}

/// What DcScan needs from a header libjpeg has read, and how its planes make the picture.
struct ScanLayout
{
    std::vector<HuffmanSpec> tables; ///< each scan component's DC and AC table; `scan` points here
    std::vector<DcScanComponent> scan;
    std::array<int, 3> planeOf {}; ///< by component: its place in the scan
    std::array<int, 3> quantizer {}; ///< by component: its DC quantizer
    int width = 0; ///< of the picture at 1/8
    int height = 0;
    int mcusPerRow = 0;
    int mcuRows = 0;
    int maxAcross = 1; ///< the largest sampling factors; 1 for a scan of one component
    int maxDown = 1;
    bool grey = false;
};

/// The layout of a baseline, sequential, 8-bit scan of grey or YCbCr holding every component;
/// nullopt for any other kind of JPEG.
std::optional<ScanLayout> layoutOf(const jpeg_decompress_struct &info)
{
    const bool grey = info.num_components == 1 && info.jpeg_color_space == JCS_GRAYSCALE;
    const bool ycc = info.num_components == 3 && info.jpeg_color_space == JCS_YCbCr;
    // A sequential scan holds every coefficient (libjpeg only warns of other values here).
    const bool wholeScan = info.Ss == 0 && info.Se == 63 && info.Ah == 0 && info.Al == 0;
    if (info.progressive_mode || info.arith_code || info.data_precision != 8 || !(grey || ycc) || !wholeScan
        || info.comps_in_scan != info.num_components || info.image_width == 0 || info.image_height == 0)
        return std::nullopt;
    ScanLayout layout;
    layout.grey = grey;
    // A scan of one component has one block per MCU, whatever its sampling factors say.
    const bool alone = info.comps_in_scan == 1;
    layout.maxAcross = alone ? 1 : info.max_h_samp_factor;
    layout.maxDown = alone ? 1 : info.max_v_samp_factor;
    layout.tables.resize(2 * size_t(info.comps_in_scan)); // sized once: `scan` points into it
    for (int i = 0; i < info.comps_in_scan; ++i) {
        const jpeg_component_info &component = *info.cur_comp_info[i];
        // libjpeg checks the table numbers only when it starts decoding, after this.
        const auto valid = [](int table, int tables) { return table >= 0 && table < tables; };
        if (!valid(component.dc_tbl_no, NUM_HUFF_TBLS) || !valid(component.ac_tbl_no, NUM_HUFF_TBLS)
            || !valid(component.quant_tbl_no, NUM_QUANT_TBLS))
            return std::nullopt;
        const JHUFF_TBL *dc = info.dc_huff_tbl_ptrs[component.dc_tbl_no];
        const JHUFF_TBL *ac = info.ac_huff_tbl_ptrs[component.ac_tbl_no];
        const JQUANT_TBL *quantization = info.quant_tbl_ptrs[component.quant_tbl_no];
        const int across = alone ? 1 : component.h_samp_factor;
        const int down = alone ? 1 : component.v_samp_factor;
        if (!dc || !ac || !quantization || layout.maxAcross % across || layout.maxDown % down)
            return std::nullopt;
        HuffmanSpec *dcSpec = &layout.tables[2 * size_t(i)];
        HuffmanSpec *acSpec = &layout.tables[2 * size_t(i) + 1];
        for (const auto &[from, to] : { std::pair(dc, dcSpec), std::pair(ac, acSpec) }) {
            std::copy(std::begin(from->bits), std::end(from->bits), to->counts.begin());
            std::copy(std::begin(from->huffval), std::end(from->huffval), to->symbols.begin());
        }
        layout.scan.push_back({ across, down, dcSpec, acSpec });
        layout.planeOf[component.component_index] = i;
        layout.quantizer[component.component_index] = quantization->quantval[0];
    }
    layout.width = blocksFor(info.image_width, 8);
    layout.height = blocksFor(info.image_height, 8);
    layout.mcusPerRow = blocksFor(info.image_width, 8 * layout.maxAcross);
    layout.mcuRows = blocksFor(info.image_height, 8 * layout.maxDown);
    return layout;
}

/// The picture from DcScan's planes: an output pixel takes each component's block that covers
/// it (upsampling by repetition), in libjpeg's colour conversion.
QImage pictureFrom(const std::vector<std::vector<qint16>> &planes, const ScanLayout &layout)
{
    QImage image(layout.width, layout.height, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    struct Plane
    {
        const qint16 *blocks;
        size_t width;
        int rowRatio;
        std::vector<int> columnOf; ///< by output column
        int quantizer;
    };
    std::vector<Plane> byComponent;
    for (size_t component = 0; component < layout.scan.size(); ++component) {
        const int at = layout.planeOf[component];
        const DcScanComponent &in = layout.scan[size_t(at)];
        Plane plane { planes[size_t(at)].data(), size_t(layout.mcusPerRow) * size_t(in.across),
            layout.maxDown / in.down, std::vector<int>(size_t(layout.width)), layout.quantizer[component] };
        const int columnRatio = layout.maxAcross / in.across;
        for (int x = 0; x < layout.width; ++x)
            plane.columnOf[size_t(x)] = x / columnRatio;
        byComponent.push_back(std::move(plane));
    }
    static const YccToRgb toRgb;
    for (int y = 0; y < layout.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const auto sample = [y](const Plane &plane, int x) {
            return averageOf(plane.blocks[size_t(y / plane.rowRatio) * plane.width + size_t(plane.columnOf[size_t(x)])],
                plane.quantizer);
        };
        for (int x = 0; x < layout.width; ++x) {
            const int luma = sample(byComponent[0], x);
            line[x] = layout.grey ? qRgb(luma, luma, luma)
                                  : toRgb(luma, sample(byComponent[1], x), sample(byComponent[2], x));
        }
    }
    return image;
}

} // namespace

QImage JpegDecoder::decode(QByteArrayView jpeg, qint64 maxPixels)
{
    if (jpeg.size() < 4)
        return {};
    Decompression d;
    if (!readHeader(d, jpeg) || qint64(d.info.output_width) * d.info.output_height > maxPixels)
        return {};
    QImage image(int(d.info.output_width), int(d.info.output_height), QImage::Format_RGB32);
    if (image.isNull() || !readPixels(d, image.bits(), image.bytesPerLine()))
        return {};
    keepIccProfile(d, image);
    return image;
}

QImage JpegDecoder::decodeEighth(QByteArrayView jpeg, qint64 maxPixels)
{
    if (jpeg.size() < 4)
        return {};
    Decompression d;
    if (!readHeader(d, jpeg) || qint64(d.info.image_width) * d.info.image_height > maxPixels)
        return {};
    // libjpeg has read and checked everything up to the first scan's data; DcScan takes it
    // from there. Any other kind of JPEG is left to decode().
    const std::optional<ScanLayout> layout = layoutOf(d.info);
    if (!layout)
        return {};
    const auto planes = DcScan::decode(QByteArrayView(reinterpret_cast<const char *>(d.info.src->next_input_byte),
                                           qsizetype(d.info.src->bytes_in_buffer)),
        layout->scan, layout->mcusPerRow, layout->mcuRows, int(d.info.restart_interval));
    if (!planes)
        return {};
    QImage image = pictureFrom(*planes, *layout);
    if (!image.isNull())
        keepIccProfile(d, image);
    return image;
}

} // namespace Wesog
