// SPDX-License-Identifier: GPL-3.0-or-later
// JpegDecoder::decodeEighth (DcScan) against libjpeg, the independent decoder, for every
// baseline layout libjpeg writes (sampling factors, restart intervals, optimized tables, grey):
// - every block's average from libjpeg's own reading of the coefficients, in the JFIF colour
//   formula (within 1 of 255 for the rounding of libjpeg's fixed point);
// - libjpeg's own picture at scale 1/8 without fancy upsampling, exactly, where libjpeg too
//   repeats each chroma block's average. For 4:2:0 it decodes the chroma at 2×2 from the
//   block's first coefficients instead, which a DC-only decode does not do;
// no image for the kinds it leaves to the full decoder, and on damaged bytes either no image
// or the picture libjpeg reads without a warning.
#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstdlib>

#include <QBuffer>
#include <QColorSpace>
#include <QRandomGenerator>
#include <QTest>

#include <jpeglib.h>

#include "core/library/dcscan.h"
#include "core/library/jpegdecoder.h"
#include "tests/support/imagedifference.h"

using namespace Wesog;
using Wesog::Test::largestDifference;

namespace {

constexpr qint64 s_anySize = 100'000'000;

/// How the test writes a JPEG with libjpeg's compressor.
struct Layout
{
    int across = 2; ///< the luma's sampling factors; chroma is 1×1
    int down = 2;
    int quality = 90;
    unsigned int restartMcus = 0;
    bool optimized = false;
    bool progressive = false;
    bool separateScans = false; ///< baseline, one scan per component
    bool grey = false;
    bool cmyk = false;
};

struct Failure
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
};

[[noreturn]] void jumpOut(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<Failure *>(info->err)->jump, 1);
}

void quiet(j_common_ptr)
{
}

/// Behind setjmp with only C data in the frame: a longjmp skips no destructor.
bool compress(jpeg_compress_struct *c, const Layout *layout, const unsigned char *pixels, int stride)
{
    if (setjmp(reinterpret_cast<Failure *>(c->err)->jump))
        return false;
    jpeg_set_defaults(c);
    jpeg_set_quality(c, layout->quality, TRUE);
    if (!layout->grey && !layout->cmyk) {
        c->comp_info[0].h_samp_factor = layout->across;
        c->comp_info[0].v_samp_factor = layout->down;
    }
    c->restart_interval = layout->restartMcus;
    c->optimize_coding = layout->optimized ? TRUE : FALSE;
    static jpeg_scan_info scans[3];
    if (layout->separateScans) {
        for (int i = 0; i < 3; ++i)
            scans[i] = { 1, { i, 0, 0, 0 }, 0, 63, 0, 0 };
        c->scan_info = scans;
        c->num_scans = 3;
    }
    if (layout->progressive)
        jpeg_simple_progression(c);
    jpeg_start_compress(c, TRUE);
    while (c->next_scanline < c->image_height) {
        JSAMPROW row = const_cast<unsigned char *>(pixels) + c->next_scanline * stride;
        jpeg_write_scanlines(c, &row, 1);
    }
    jpeg_finish_compress(c);
    return true;
}

QByteArray jpegOf(const QImage &picture, const Layout &layout)
{
    const int components = layout.grey ? 1 : layout.cmyk ? 4 : 3;
    const QImage source = picture.convertToFormat(layout.grey ? QImage::Format_Grayscale8
            : layout.cmyk                                     ? QImage::Format_RGBA8888
                                                              : QImage::Format_RGB888);
    Failure failure {};
    jpeg_compress_struct c {};
    c.err = jpeg_std_error(&failure.base);
    failure.base.error_exit = jumpOut;
    failure.base.output_message = quiet;
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_create_compress(&c);
    jpeg_mem_dest(&c, &buffer, &size);
    c.image_width = JDIMENSION(source.width());
    c.image_height = JDIMENSION(source.height());
    c.input_components = components;
    c.in_color_space = layout.grey ? JCS_GRAYSCALE : layout.cmyk ? JCS_CMYK : JCS_RGB;
    const bool written = compress(&c, &layout, source.constBits(), int(source.bytesPerLine()));
    jpeg_destroy_compress(&c);
    const QByteArray bytes = written ? QByteArray(reinterpret_cast<const char *>(buffer), int(size)) : QByteArray();
    std::free(buffer);
    if (!written)
        qWarning("libjpeg could not write the test JPEG");
    return bytes;
}

/// One of libjpeg's own decompressions, the reference: quiet, its errors leaving through
/// longjmp to the functions below (plain C data in their frames), released when it goes.
struct Reference
{
    Failure failure {};
    jpeg_decompress_struct info {};

    Reference()
    {
        info.err = jpeg_std_error(&failure.base);
        failure.base.error_exit = jumpOut;
        failure.base.output_message = quiet;
    }
    ~Reference() { jpeg_destroy_decompress(&info); }
    Q_DISABLE_COPY_MOVE(Reference)
    bool warned() const { return failure.base.num_warnings > 0; }
};

bool readHeader(Reference *r, const QByteArray *jpeg)
{
    if (setjmp(r->failure.jump))
        return false;
    jpeg_create_decompress(&r->info);
    jpeg_mem_src(
        &r->info, reinterpret_cast<const unsigned char *>(jpeg->constData()), static_cast<unsigned long>(jpeg->size()));
    return jpeg_read_header(&r->info, TRUE) == JPEG_HEADER_OK;
}

bool readEighth(Reference *r, unsigned char *bits, int stride)
{
    if (setjmp(r->failure.jump))
        return false;
    r->info.scale_num = 1;
    r->info.scale_denom = 8;
    r->info.do_fancy_upsampling = FALSE;
    r->info.out_color_space = JCS_EXT_BGRX;
    jpeg_start_decompress(&r->info);
    while (r->info.output_scanline < r->info.output_height) {
        JSAMPROW row = bits + r->info.output_scanline * stride;
        jpeg_read_scanlines(&r->info, &row, 1);
    }
    jpeg_finish_decompress(&r->info);
    return true;
}

bool readCoefficients(Reference *r, jvirt_barray_ptr **coefficients)
{
    if (setjmp(r->failure.jump))
        return false;
    *coefficients = jpeg_read_coefficients(&r->info);
    return *coefficients != nullptr;
}

bool dcOf(Reference *r, jvirt_barray_ptr coefficients, int row, int column, int *dc)
{
    if (setjmp(r->failure.jump))
        return false;
    const JBLOCKARRAY blocks = r->info.mem->access_virt_barray(
        reinterpret_cast<j_common_ptr>(&r->info), coefficients, JDIMENSION(row), 1, FALSE);
    *dc = blocks[0][column][0];
    return true;
}

QImage eighthOf(const jpeg_decompress_struct &info)
{
    return QImage(int((info.image_width + 7) / 8), int((info.image_height + 7) / 8), QImage::Format_RGB32);
}

/// libjpeg's picture at scale 1/8, plain (replicating) upsampling; null when it fails or warns.
QImage libjpegEighth(const QByteArray &jpeg)
{
    Reference r;
    if (!readHeader(&r, &jpeg))
        return {};
    QImage image = eighthOf(r.info);
    const bool read = !image.isNull() && readEighth(&r, image.bits(), int(image.bytesPerLine()));
    return read && !r.warned() ? image : QImage();
}

/// Each block's average as libjpeg reads its DC coefficient, the chroma block's repeated over
/// the pixels it covers, in the JFIF formula: the picture a DC-only decode must give. Null
/// when libjpeg fails or warns.
QImage fromLibjpegsCoefficients(const QByteArray &jpeg)
{
    Reference r;
    jvirt_barray_ptr *coefficients = nullptr;
    if (!readHeader(&r, &jpeg) || !readCoefficients(&r, &coefficients) || r.warned())
        return {};
    const jpeg_decompress_struct &info = r.info;
    QImage image = eighthOf(info);
    const auto channel = [](double value) { return int(std::clamp(std::round(value), 0.0, 255.0)); };
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            double sample[3] = { 0, 128, 128 };
            for (int c = 0; c < info.num_components; ++c) {
                const jpeg_component_info &component = info.comp_info[c];
                int dc = 0;
                if (!dcOf(&r, coefficients[c], y * component.v_samp_factor / info.max_v_samp_factor,
                        x * component.h_samp_factor / info.max_h_samp_factor, &dc))
                    return {};
                const double average = std::floor(dc * component.quant_table->quantval[0] / 8.0 + 0.5) + 128;
                sample[c] = std::clamp(average, 0.0, 255.0);
            }
            const double luma = sample[0], cb = sample[1] - 128, cr = sample[2] - 128;
            image.setPixel(x, y,
                qRgb(channel(luma + 1.402 * cr), channel(luma - 0.344136 * cb - 0.714136 * cr),
                    channel(luma + 1.772 * cb)));
        }
    }
    return r.warned() ? QImage() : image;
}

/// Detail in every channel and at every frequency, so that blocks hold many AC coefficients,
/// short and long codes alike.
QImage detailed(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int noise = random.bounded(64);
            image.setPixel(
                x, y, qRgb((x * 7 + noise) % 256, (y * 5 + noise * 2) % 256, ((x + y) * 3 + (x * y) % 50) % 256));
        }
    }
    return image;
}

} // namespace

class tst_JpegEighth : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryBlocksAverage_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        QTest::addColumn<bool>("libjpegRepeatsChroma");
        const QImage picture = detailed(203, 157, 1); // not a whole number of MCUs either way
        QTest::newRow("4:2:0") << jpegOf(picture, {}) << false;
        QTest::newRow("4:2:2") << jpegOf(picture, { 2, 1 }) << true;
        QTest::newRow("4:4:0") << jpegOf(picture, { 1, 2 }) << true;
        QTest::newRow("4:4:4") << jpegOf(picture, { 1, 1 }) << true;
        QTest::newRow("4:1:1") << jpegOf(picture, { 4, 1 }) << true;
        QTest::newRow("luma 3 across") << jpegOf(picture, { 3, 1 }) << true;
        QTest::newRow("top quality: long codes, big coefficients") << jpegOf(picture, { 2, 2, 100 }) << false;
        QTest::newRow("top quality, 4:2:2") << jpegOf(picture, { 2, 1, 100 }) << true;
        QTest::newRow("low quality: long runs of zeros") << jpegOf(picture, { 2, 1, 10 }) << true;
        QTest::newRow("optimized tables") << jpegOf(picture, { 2, 1, 90, 0, true }) << true;
        QTest::newRow("a restart every MCU") << jpegOf(picture, { 2, 2, 90, 1 }) << false;
        QTest::newRow("a restart every 7 MCUs") << jpegOf(picture, { 2, 1, 90, 7 }) << true;
        QTest::newRow("a restart every 7 MCUs, 4:4:4") << jpegOf(picture, { 1, 1, 90, 7 }) << true;
        Layout grey;
        grey.grey = true;
        QTest::newRow("grey") << jpegOf(picture, grey) << true;
        grey.restartMcus = 5;
        QTest::newRow("grey, restarts") << jpegOf(picture, grey) << true;
        QTest::newRow("one pixel") << jpegOf(detailed(1, 1, 2), {}) << false;
        QImage flat(64, 48, QImage::Format_RGB32);
        flat.fill(qRgb(40, 90, 200));
        QTest::newRow("a flat picture: every block ends at once") << jpegOf(flat, { 2, 1 }) << true;
        QTest::newRow("camera-like size") << jpegOf(detailed(1024, 768, 3), { 2, 2, 92 }) << false;
    }

    void decodesEveryBlocksAverage()
    {
        QFETCH(QByteArray, jpeg);
        QFETCH(bool, libjpegRepeatsChroma);
        const QImage ours = JpegDecoder::decodeEighth(jpeg, s_anySize);
        QCOMPARE(ours.format(), QImage::Format_RGB32);
        const QImage averages = fromLibjpegsCoefficients(jpeg);
        QVERIFY(!averages.isNull());
        const int difference = largestDifference(ours, averages);
        QVERIFY2(difference >= 0 && difference <= 1, qPrintable(QString::number(difference)));
        if (libjpegRepeatsChroma)
            QCOMPARE(ours, libjpegEighth(jpeg));
    }

    void otherKindsAreLeftToTheFullDecoder_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        const QImage picture = detailed(64, 48, 4);
        Layout progressive;
        progressive.progressive = true;
        QTest::newRow("progressive") << jpegOf(picture, progressive);
        Layout separate;
        separate.separateScans = true;
        QTest::newRow("baseline, a scan per component") << jpegOf(picture, separate);
        Layout cmyk;
        cmyk.cmyk = true;
        QTest::newRow("CMYK") << jpegOf(picture, cmyk);
    }

    void otherKindsAreLeftToTheFullDecoder()
    {
        QFETCH(QByteArray, jpeg);
        QVERIFY(!jpeg.isEmpty());
        QVERIFY(JpegDecoder::decodeEighth(jpeg, s_anySize).isNull());
    }

    void anEmbeddedIccProfileIsTheColorSpace()
    {
        QImage wide = detailed(64, 64, 5);
        wide.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(wide.save(&buffer, "JPEG")); // Qt writes the profile; libjpeg's writer above does not
        const QImage ours = JpegDecoder::decodeEighth(jpeg, s_anySize);
        QCOMPARE(ours.size(), QSize(8, 8));
        QCOMPARE(ours.colorSpace(), QColorSpace(QColorSpace::AdobeRgb));
    }

    void aDeclaredSizeOverTheLimitIsNotDecoded()
    {
        const QByteArray jpeg = jpegOf(detailed(100, 50, 6), {});
        QVERIFY(JpegDecoder::decodeEighth(jpeg, 4999).isNull());
        QCOMPARE(JpegDecoder::decodeEighth(jpeg, 5000).size(), QSize(13, 7));
    }

    void anImpossibleHuffmanTableGivesNoImage()
    {
        // libjpeg reads a table's counts when it reads the header and checks the codes only when
        // it decodes. All 162 codes of the AC table made 1 bit long: the lookup that takes them
        // must not be written past.
        QByteArray jpeg = jpegOf(detailed(64, 48, 10), {});
        qsizetype table = -1;
        for (qsizetype at = jpeg.indexOf("\xFF\xC4"); at >= 0 && table < 0; at = jpeg.indexOf("\xFF\xC4", at + 2)) {
            if (jpeg.at(at + 4) == 0x10) // class 1 (AC), table 0
                table = at;
        }
        QVERIFY(table > 0);
        char *counts = jpeg.data() + table + 5; // after the marker, the length and the class/id byte
        int total = 0;
        for (int length = 0; length < 16; ++length) {
            total += quint8(counts[length]);
            counts[length] = 0;
        }
        QCOMPARE(total, 162);
        counts[0] = char(total);
        QVERIFY(JpegDecoder::decodeEighth(jpeg, s_anySize).isNull());
    }

    void moreThanTenBlocksPerMcuAreRefused()
    {
        // One-bit tables: "0" is a DC difference of 0, and "0" an end of block; 2 bits a block.
        HuffmanSpec dc, ac;
        dc.counts[1] = ac.counts[1] = 1;
        dc.symbols[0] = 0; // category 0
        ac.symbols[0] = 0; // end of block
        const QByteArray twelveBlocks = QByteArray(3, '\0') + QByteArray("\xFF\xD9", 2);
        std::vector<DcScanComponent> sixBlocks { { 2, 2, &dc, &ac }, { 1, 1, &dc, &ac }, { 1, 1, &dc, &ac } };
        const auto six = DcScan::decode(twelveBlocks, sixBlocks, 2, 1, 0); // two MCUs of 6: read
        QVERIFY(six);
        QCOMPARE(six->at(0), std::vector<qint16>(8, 0));
        std::vector<DcScanComponent> twelve { { 2, 2, &dc, &ac }, { 2, 2, &dc, &ac }, { 2, 2, &dc, &ac } };
        QVERIFY(!DcScan::decode(twelveBlocks, twelve, 1, 1, 0)); // one MCU of 12: JPEG allows 10
    }

    void dataMustEndWithTheImage()
    {
        const QByteArray whole = jpegOf(detailed(160, 120, 7), { 2, 2, 90, 4 });
        QVERIFY(!JpegDecoder::decodeEighth(whole, s_anySize).isNull());
        QVERIFY(whole.endsWith("\xFF\xD9"));
        const QByteArray scan = whole.left(whole.size() - 2);
        QVERIFY(JpegDecoder::decodeEighth(scan, s_anySize).isNull()); // no end marker
        QVERIFY(JpegDecoder::decodeEighth(scan + '\xFF', s_anySize).isNull()); // half of one
        QVERIFY(JpegDecoder::decodeEighth(scan + "\xFF\xDA", s_anySize).isNull()); // another scan
        QVERIFY(JpegDecoder::decodeEighth(scan + "\x12\x34\xFF\xD9", s_anySize).isNull()); // bytes before it
        QVERIFY(!JpegDecoder::decodeEighth(scan + "\xFF\xFF\xFF\xD9", s_anySize).isNull()); // fill bytes may
    }

    void truncatedDataGivesNoImage()
    {
        const QByteArray whole = jpegOf(detailed(160, 120, 7), { 2, 2, 90, 4 });
        QVERIFY(!JpegDecoder::decodeEighth(whole, s_anySize).isNull());
        // Cut anywhere in the scan, with and without an end marker after the cut: the blocks
        // would read past the data.
        for (qsizetype cut = whole.size() - 3; cut > whole.size() / 2; cut -= 37) {
            const QByteArray left = whole.left(cut);
            QVERIFY2(JpegDecoder::decodeEighth(left, s_anySize).isNull(), qPrintable(QString::number(cut)));
            QVERIFY2(
                JpegDecoder::decodeEighth(left + "\xFF\xD9", s_anySize).isNull(), qPrintable(QString::number(cut)));
        }
    }

    void damagedBytesGiveNoImageOrLibjpegsOwn()
    {
        // Bytes changed anywhere: no image, or the averages libjpeg reads without a warning; never
        // a crash (the sanitizer run watches the memory meanwhile).
        const QList<QByteArray> wholes { jpegOf(detailed(96, 64, 8), {}),
            jpegOf(detailed(96, 64, 9), { 1, 1, 95, 3 }) };
        QRandomGenerator random(19);
        int images = 0;
        for (int round = 0; round < 600; ++round) {
            QByteArray damaged = wholes.at(round % 2);
            for (int flip = 0; flip < 1 + round % 3; ++flip)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            const QImage ours = JpegDecoder::decodeEighth(damaged, 1'000'000);
            if (!ours.isNull()) {
                ++images;
                const int difference = largestDifference(ours, fromLibjpegsCoefficients(damaged));
                QVERIFY2(difference >= 0 && difference <= 1, qPrintable(QString::number(difference)));
            }
        }
        QVERIFY(images > 0); // some damage leaves a readable picture: the comparison ran
    }
};

QTEST_GUILESS_MAIN(tst_JpegEighth)
#include "tst_jpegeighth.moc"
