// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/exifsubset.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

namespace Wesog {

namespace {

struct WantedTag
{
    quint16 tag;
    const char *group; ///< Exiv2's group: Image (IFD0), Photo (the Exif IFD)
};

/// Exiv2's key for a wanted tag. Making one searches Exiv2's tag tables, so each reading thread
/// keeps the few it made.
const Exiv2::ExifKey &exifKey(const WantedTag &tag)
{
    thread_local std::map<std::pair<quint16, std::string>, Exiv2::ExifKey> made;
    const std::pair<quint16, std::string> id { tag.tag, tag.group };
    if (const auto found = made.find(id); found != made.end())
        return found->second;
    return made.emplace(id, Exiv2::ExifKey(tag.tag, tag.group)).first->second;
}

constexpr std::array<WantedTag, 9> kImageTags { {
    { 0x010E, "Image" }, // ImageDescription
    { 0x010F, "Image" }, // Make
    { 0x0110, "Image" }, // Model
    { 0x0112, "Image" }, // Orientation
    { 0x013B, "Image" }, // Artist
    { 0x9C9B, "Image" }, // XPTitle
    { 0x9C9C, "Image" }, // XPComment
    { 0x9C9D, "Image" }, // XPAuthor
    { 0x9C9E, "Image" }, // XPKeywords
} };
constexpr std::array<WantedTag, 2> kPhotoTags { {
    { 0x9003, "Photo" }, // DateTimeOriginal
    { 0x9286, "Photo" }, // UserComment
} };
constexpr quint16 kExifIfdPointer = 0x8769;
/// Directories Exiv2 also follows: one of them pointing at a directory read here would make Exiv2
/// read that directory under another name (it reads each only once).
constexpr std::array<quint16, 3> kOtherPointers { 0x014A /* SubIFDs */, 0x8825 /* GPS */, 0xA005 /* Interop */ };
constexpr std::array<quint16, 2> kMakerNotes { 0x927C /* MakerNote */, 0xC634 /* DNGPrivateData */ };
constexpr quint16 kUserComment = 0x9286;
constexpr quint16 kCompression = 0x0103;
constexpr quint16 kThumbnailOffset = 0x0201;
constexpr quint16 kThumbnailLength = 0x0202;
constexpr int kMaxEntries = 256; // Exiv2 reads no directory with more

/// Bytes per component of TIFF types 1–13, as Exiv2's TypeInfo has them; 0 for the others, which
/// Exiv2 reads as bytes of an unknown type.
int typeSize(quint16 type)
{
    static constexpr std::array<int, 14> sizes { 0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4 };
    return type < sizes.size() ? sizes[type] : 0;
}

/// One directory entry, its value located in the segment.
struct Entry
{
    quint16 tag = 0;
    quint16 type = 0;
    quint32 count = 0;
    QByteArrayView value;
};

class TiffReader
{
public:
    explicit TiffReader(QByteArrayView tiff)
        : m_tiff(tiff)
    {
    }

    std::optional<ExifSubset> read()
    {
        if (m_tiff.size() < 8)
            return std::nullopt;
        if (m_tiff.startsWith("II*\0"))
            m_byteOrder = Exiv2::littleEndian;
        else if (m_tiff.startsWith(QByteArrayView("MM\0*", 4)))
            m_byteOrder = Exiv2::bigEndian;
        else
            return std::nullopt;
        ExifSubset subset;
        const quint32 ifd0 = u32(4);
        std::vector<Entry> image;
        quint32 ifd1 = 0;
        if (!readDirectory(ifd0, &image, &ifd1))
            return std::nullopt;
        std::optional<quint32> exifIfd;
        for (const Entry &entry : image) {
            if (entry.tag == kExifIfdPointer) {
                // A LONG or IFD pointer, as Exiv2 follows one.
                if (exifIfd || entry.count != 1 || (entry.type != 4 && entry.type != 9 && entry.type != 13))
                    return std::nullopt;
                exifIfd = u32(entry.value);
            }
        }
        if (!keep(image, kImageTags, &subset.data))
            return std::nullopt;
        if (exifIfd) {
            quint32 ignoredNext = 0;
            if (*exifIfd == ifd0 || *exifIfd == ifd1 || !readDirectory(*exifIfd, &m_photo, &ignoredNext)
                || !keep(m_photo, kPhotoTags, &subset.data))
                return std::nullopt;
        }
        const std::initializer_list<quint32> directories { ifd0, exifIfd.value_or(0), ifd1 };
        if (pointsAtOneOf(image, directories) || pointsAtOneOf(m_photo, directories) || holdsOneOf(image, directories)
            || holdsOneOf(m_photo, directories))
            return std::nullopt;
        if (ifd1 != 0) {
            std::vector<Entry> thumbnail;
            quint32 ignoredNext = 0;
            if (ifd1 == ifd0 || (exifIfd && ifd1 == *exifIfd) || !readDirectory(ifd1, &thumbnail, &ignoredNext)
                || !readThumbnail(thumbnail, &subset.thumbnail))
                return std::nullopt;
        }
        return subset;
    }

private:
    quint16 u16(qsizetype at) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_tiff.data() + at);
        return m_byteOrder == Exiv2::littleEndian ? quint16(p[0] | (p[1] << 8)) : quint16((p[0] << 8) | p[1]);
    }
    quint32 u32(qsizetype at) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_tiff.data() + at);
        return m_byteOrder == Exiv2::littleEndian
            ? quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24)
            : (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }
    quint32 u32(QByteArrayView value) const { return u32(value.data() - m_tiff.data()); }
    /// A SHORT or LONG value's only component (the thumbnail's offset, length and compression).
    std::optional<quint32> number(const Entry &entry) const
    {
        if (entry.count != 1)
            return std::nullopt;
        if (entry.type == 3)
            return u16(entry.value.data() - m_tiff.data());
        if (entry.type == 4)
            return u32(entry.value);
        return std::nullopt;
    }

    bool pointsAtOneOf(const std::vector<Entry> &entries, std::initializer_list<quint32> directories) const
    {
        for (const Entry &entry : entries) {
            if (std::find(kOtherPointers.begin(), kOtherPointers.end(), entry.tag) == kOtherPointers.end())
                continue;
            if (entry.type != 4 && entry.type != 9 && entry.type != 13)
                continue; // Exiv2 does not follow it
            for (quint32 i = 0; i < entry.count; ++i) {
                const quint32 target = u32(entry.value.sliced(4 * i));
                if (std::find(directories.begin(), directories.end(), target) != directories.end())
                    return true;
            }
        }
        return false;
    }

    /// Whether a makernote (or DNG private data, which Exiv2 reads as one) holds one of these
    /// directories: Exiv2 reads a makernote's directory before IFD1, and would read the
    /// directory under the maker's name.
    bool holdsOneOf(const std::vector<Entry> &entries, std::initializer_list<quint32> directories) const
    {
        for (const Entry &entry : entries) {
            if (std::find(kMakerNotes.begin(), kMakerNotes.end(), entry.tag) == kMakerNotes.end())
                continue;
            const qint64 start = entry.value.data() - m_tiff.data();
            for (const quint32 directory : directories) {
                if (directory != 0 && directory >= start && directory < start + entry.value.size())
                    return true;
            }
        }
        return false;
    }

    /// The directory at `offset`, whole, with every entry's value in the segment. Directories
    /// already read are refused, so a loop of pointers ends.
    bool readDirectory(quint32 offset, std::vector<Entry> *entries, quint32 *next)
    {
        if (offset < 8 || qint64(offset) + 2 > m_tiff.size())
            return false;
        for (const quint32 seen : m_directoriesRead) {
            if (seen == offset)
                return false;
        }
        m_directoriesRead.push_back(offset);
        const int count = u16(offset);
        if (count > kMaxEntries || qint64(offset) + 2 + 12 * qint64(count) + 4 > m_tiff.size())
            return false;
        entries->reserve(size_t(count));
        for (int i = 0; i < count; ++i) {
            const qsizetype at = offset + 2 + 12 * i;
            Entry entry;
            entry.tag = u16(at);
            entry.type = u16(at + 2);
            entry.count = u32(at + 4);
            const int unit = typeSize(entry.type);
            if (unit == 0 || entry.count >= 0x10000000)
                return false; // Exiv2 would take it as bytes, or skip it
            const qint64 size = qint64(unit) * entry.count;
            qint64 valueAt = at + 8;
            if (size > 4) {
                valueAt = u32(at + 8);
                if (valueAt == 0 || valueAt + size > m_tiff.size())
                    return false; // Exiv2 would keep an empty value
            }
            entry.value = m_tiff.sliced(valueAt, size);
            entries->push_back(entry);
        }
        *next = u32(offset + 2 + 12 * count);
        return true;
    }

    /// The wanted tags of a directory as Exiv2's values, made from the same bytes as its parser
    /// makes them (UserComment as Exiv2's comment type when it is stored as UNDEFINED, as Exiv2
    /// converts it).
    template <size_t N>
    bool keep(const std::vector<Entry> &entries, const std::array<WantedTag, N> &wanted, Exiv2::ExifData *out) const
    {
        for (const WantedTag &tag : wanted) {
            const Entry *found = nullptr;
            for (const Entry &entry : entries) {
                if (entry.tag != tag.tag)
                    continue;
                if (found)
                    return false; // a tag twice: which one counts is Exiv2's call
                found = &entry;
            }
            if (!found)
                continue;
            const auto type = found->tag == kUserComment && found->type == Exiv2::undefined
                ? Exiv2::comment
                : Exiv2::TypeId(found->type);
            const Exiv2::Value::AutoPtr value = Exiv2::Value::create(type);
            value->read(
                reinterpret_cast<const Exiv2::byte *>(found->value.data()), long(found->value.size()), m_byteOrder);
            out->add(exifKey(tag), value.get());
        }
        return true;
    }

    /// What ExifThumbC::copy() gives: the JPEG at JPEGInterchangeFormat, when IFD1 says the
    /// thumbnail is a JPEG (compression 6, or no compression tag at all).
    bool readThumbnail(const std::vector<Entry> &entries, QByteArray *thumbnail) const
    {
        const Entry *compression = nullptr;
        const Entry *offset = nullptr;
        const Entry *length = nullptr;
        for (const Entry &entry : entries) {
            const Entry **slot = entry.tag == kCompression ? &compression
                : entry.tag == kThumbnailOffset            ? &offset
                : entry.tag == kThumbnailLength            ? &length
                                                           : nullptr;
            if (!slot)
                continue;
            if (*slot)
                return false;
            *slot = &entry;
        }
        if (compression && number(*compression) != 6u)
            return false; // a TIFF thumbnail in strips, or a damaged tag: Exiv2's to read
        if (!offset && !length)
            return !compression; // no thumbnail
        if (!offset || !length)
            return false;
        const std::optional<quint32> start = number(*offset);
        const std::optional<quint32> size = number(*length);
        if (!start || !size || *start == 0 || qint64(*start) + *size > m_tiff.size())
            return false;
        *thumbnail = m_tiff.sliced(*start, *size).toByteArray();
        return true;
    }

    QByteArrayView m_tiff;
    Exiv2::ByteOrder m_byteOrder = Exiv2::littleEndian;
    std::vector<quint32> m_directoriesRead;
    std::vector<Entry> m_photo; ///< the Exif IFD's entries
};

} // namespace

std::optional<ExifSubset> ExifSubset::read(QByteArrayView tiff)
{
    try {
        return TiffReader(tiff).read();
    } catch (const std::exception &) {
        return std::nullopt; // a value Exiv2 refuses: its parser decides
    }
}

} // namespace Wesog
