// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/jpegheader.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <QFile>

namespace Wesog {

namespace {

constexpr uchar kEndOfImage = 0xD9;
constexpr uchar kStartOfScan = 0xDA;
constexpr uchar kApp1 = 0xE1;
constexpr qsizetype kMaxHeader = 64 * 1024 * 1024; // a larger "header" is hostile: Exiv2 may judge it
const QByteArrayView kXmpSignature("http://ns.adobe.com/xap/1.0/\0", 29);
const QByteArrayView kExifSignature("Exif\0\0", 6);
const QByteArrayView kPhotoshopSignature("Photoshop 3.0\0", 14);
constexpr uchar kApp13 = 0xED;

enum class Scan { Complete, NeedMore, Invalid };

/// Exiv2's JPEG reader stops after six finds (the Exif segment, the first ICC chunk, the first
/// XMP segment, each comment up to the first with text, complete Photoshop data, the first frame
/// header with a height), whatever follows. A header it would stop in before a segment it reads
/// is left to Exiv2 whole: taking segments out would make it read further than the file let it.
/// This counts as it does, or more where it is simpler (every XMP and Photoshop segment), which
/// only leaves more headers to Exiv2.
class Exiv2Reach
{
public:
    /// False when Exiv2 would stop before this segment and read it in a header with fewer finds
    /// before it, or stop at it with an error.
    bool take(uchar marker, QByteArrayView payload)
    {
        const bool exif = marker == 0xE1 && payload.startsWith(kExifSignature) && payload.size() >= 6;
        const bool xmp = marker == 0xE1 && payload.startsWith(kXmpSignature);
        const bool icc = marker == 0xE2 && payload.startsWith("ICC_PROFILE");
        const bool photoshop = marker == kApp13 && payload.startsWith(kPhotoshopSignature);
        const bool comment = marker == 0xFE;
        const bool frame = (marker >= 0xC0 && marker <= 0xC3) || (marker >= 0xC5 && marker <= 0xCF); // as Exiv2 has it
        if (!(exif || xmp || icc || photoshop || comment || frame))
            return true; // Exiv2 reads nothing from it
        if (m_finds <= 0)
            return false;
        if ((icc && payload.size() < 18) || (frame && payload.size() < 6))
            return false; // Exiv2 stops with an error
        if (exif) {
            m_finds -= m_sawExif ? 0 : 1;
            m_sawExif = true;
        } else if (xmp || photoshop) {
            --m_finds;
        } else if (icc) {
            m_finds -= m_sawIcc ? 0 : 1;
            m_sawIcc = true;
        } else if (comment) {
            m_finds -= m_commentEmpty ? 1 : 0;
            m_commentEmpty = m_commentEmpty && payload.toByteArray().replace('\0', "").isEmpty();
        } else if (frame && !m_sawHeight) {
            m_sawHeight = ((uchar(payload[1]) << 8) | uchar(payload[2])) != 0;
            m_finds -= m_sawHeight ? 1 : 0;
        }
        return true;
    }

private:
    int m_finds = 6;
    bool m_sawExif = false;
    bool m_sawIcc = false;
    bool m_commentEmpty = true;
    bool m_sawHeight = false;
};

uchar byteAt(QByteArrayView bytes, qsizetype i)
{
    return uchar(bytes[i]);
}

Scan scan(QByteArrayView bytes, JpegHeader *out)
{
    if (bytes.size() < 2)
        return Scan::NeedMore;
    if (byteAt(bytes, 0) != 0xFF || byteAt(bytes, 1) != 0xD8)
        return Scan::Invalid;
    out->segments = QByteArray("\xFF\xD8", 2);
    out->xmpPacket.clear();
    out->exif = {};
    out->photoshop = {};
    bool sawXmp = false;
    bool sawExif = false;
    bool sawPhotoshop = false;
    Exiv2Reach reach;
    // The first segment of a kind is set apart; a second one unsets it.
    const auto note = [out](JpegHeader::Span *span, bool *seen, qsizetype length) {
        *span = *seen ? JpegHeader::Span {} : JpegHeader::Span { out->segments.size(), 2 + length };
        *seen = true;
    };
    qsizetype i = 2;
    while (true) {
        if (i >= bytes.size())
            return Scan::NeedMore;
        if (byteAt(bytes, i) != 0xFF)
            return Scan::Invalid;
        while (i < bytes.size() && byteAt(bytes, i) == 0xFF)
            ++i; // fill bytes
        if (i >= bytes.size())
            return Scan::NeedMore;
        const uchar marker = byteAt(bytes, i++);
        if (marker == kEndOfImage) {
            out->segments.append("\xFF\xD9", 2);
            return Scan::Complete;
        }
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            return Scan::Invalid; // no stand-alone marker belongs before the scan
        // Exiv2 reads a length for these only; after any other it looks for the next 0xFF, which
        // may lie inside what this reader skips as the segment (JPG extensions, DNL…).
        const bool exiv2ReadsLength = (marker >= 0xC0 && marker <= 0xCF) || (marker >= 0xE0 && marker <= 0xEF)
            || marker == kStartOfScan || marker == 0xDB || marker == 0xDD || marker == 0xFE;
        if (!exiv2ReadsLength)
            return Scan::Invalid;
        if (i + 2 > bytes.size())
            return Scan::NeedMore;
        const qsizetype length = (byteAt(bytes, i) << 8) | byteAt(bytes, i + 1);
        if (length < 2)
            return Scan::Invalid;
        if (i + length > bytes.size())
            return Scan::NeedMore;
        const QByteArrayView payload = bytes.sliced(i + 2, length - 2);
        if (!reach.take(marker, payload))
            return Scan::Invalid;
        if (marker == kApp1 && payload.startsWith(kXmpSignature)) {
            if (sawXmp)
                return Scan::Invalid; // which one counts is Exiv2's call
            sawXmp = true;
            out->xmpPacket = payload.sliced(kXmpSignature.size()).toByteArray();
        } else {
            if (marker == kApp1 && payload.startsWith(kExifSignature))
                note(&out->exif, &sawExif, length);
            else if (marker == kApp13 && payload.startsWith(kPhotoshopSignature))
                note(&out->photoshop, &sawPhotoshop, length);
            out->segments.append(char(0xFF)).append(char(marker)).append(bytes.sliced(i, length));
        }
        i += length;
        if (marker == kStartOfScan) {
            out->segments.append("\xFF\xD9", 2);
            return Scan::Complete;
        }
    }
}

} // namespace

std::optional<JpegHeader> JpegHeader::split(QByteArrayView jpeg)
{
    JpegHeader header;
    if (scan(jpeg, &header) != Scan::Complete)
        return std::nullopt;
    return header;
}

std::optional<JpegHeader> JpegHeader::read(int fd)
{
    QByteArray buffer;
    // Most headers with their thumbnail fit in 16 KiB; larger ones take reads of twice as much,
    // and so on. A larger first read copies image data that small headers never use.
    qsizetype chunk = 16 * 1024;
    JpegHeader header;
    while (buffer.size() < kMaxHeader) {
        const qsizetype start = buffer.size();
        buffer.resize(start + chunk);
        ssize_t got = 0;
        do {
            got = ::read(fd, buffer.data() + start, size_t(chunk));
        } while (got < 0 && errno == EINTR);
        if (got <= 0)
            return std::nullopt; // an error, or the file ends inside its header
        buffer.truncate(start + got);
        const Scan result = scan(buffer, &header);
        if (result == Scan::Complete)
            return header;
        if (result == Scan::Invalid)
            return std::nullopt;
        chunk *= 2;
    }
    return std::nullopt;
}

std::optional<JpegHeader> JpegHeader::read(const QString &path, int *openError)
{
    // O_NONBLOCK: a pipe named like an image must not stall the reader.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (openError)
            *openError = errno;
        return std::nullopt;
    }
    std::optional<JpegHeader> header = read(fd);
    ::close(fd);
    return header;
}

namespace {

/// A segment's payload after its marker, length and signature; empty when there is none.
QByteArrayView payloadOf(const QByteArray &segments, JpegHeader::Span span, qsizetype signatureSize)
{
    const qsizetype headerSize = 4 + signatureSize; // marker, length, signature
    if (span.at < 0 || span.size <= headerSize)
        return {};
    return QByteArrayView(segments).sliced(span.at + headerSize, span.size - headerSize);
}

} // namespace

QByteArrayView JpegHeader::exifTiff() const
{
    return payloadOf(segments, exif, kExifSignature.size());
}

QByteArrayView JpegHeader::photoshopResources() const
{
    return payloadOf(segments, photoshop, kPhotoshopSignature.size());
}

void JpegHeader::drop(Span JpegHeader::*segment)
{
    const Span gone = this->*segment;
    if (gone.at < 0)
        return;
    segments.remove(gone.at, gone.size);
    this->*segment = {};
    for (Span *other : { &exif, &photoshop }) {
        if (other->at > gone.at)
            other->at -= gone.size;
    }
}

Exiv2::Image::AutoPtr JpegHeader::open() const
{
    return Exiv2::ImageFactory::open(
        reinterpret_cast<const Exiv2::byte *>(segments.constData()), long(segments.size()));
}

} // namespace Wesog
