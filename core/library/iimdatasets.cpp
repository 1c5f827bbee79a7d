// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/iimdatasets.h"

#include <map>
#include <set>

namespace Wesog {

namespace {

constexpr quint16 kEnvelope = Exiv2::IptcDataSets::envelope;
constexpr quint16 kApplication2 = Exiv2::IptcDataSets::application2;
constexpr quint16 kCharacterSet = 90;
constexpr quint16 kIptcResource = 0x0404;

quint16 bigEndian16(QByteArrayView bytes, qsizetype at)
{
    return quint16((uchar(bytes[at]) << 8) | uchar(bytes[at + 1]));
}

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    return (quint32(bigEndian16(bytes, at)) << 16) | bigEndian16(bytes, at + 2);
}

/// A text dataset's bytes as read; toString() would copy them through a stream. Dates and
/// numbers keep Exiv2's text form (a date reads "2024-05-01", not the stored "20240501").
QByteArray bytesOf(const Exiv2::Value &value)
{
    if (value.typeId() == Exiv2::string) {
        if (const auto *text = dynamic_cast<const Exiv2::StringValueBase *>(&value))
            return QByteArray(text->value_.data(), qsizetype(text->value_.size()));
    }
    return QByteArray::fromStdString(value.toString());
}

/// What Exiv2's table says of a dataset, asked once per reading thread: each question searches
/// the table. At most 256 datasets in each of the two records read.
struct DatasetInfo
{
    bool repeatable = false;
    Exiv2::TypeId type = Exiv2::string;
};

const DatasetInfo &datasetInfo(quint16 dataset, quint16 record)
{
    thread_local std::map<std::pair<quint16, quint16>, DatasetInfo> known;
    const std::pair<quint16, quint16> id { record, dataset };
    if (const auto found = known.find(id); found != known.end())
        return found->second;
    const DatasetInfo info { Exiv2::IptcDataSets::dataSetRepeatable(dataset, record),
        Exiv2::IptcDataSets::dataSetType(dataset, record) };
    return known.emplace(id, info).first->second;
}

/// The data of the one IPTC resource block, as Photoshop::locateIptcIrb walks the blocks; an
/// empty view when there is none; nothing when the blocks are not all well formed or there are
/// two IPTC blocks (Exiv2 would join them).
std::optional<QByteArrayView> iptcBlock(QByteArrayView resources)
{
    std::optional<QByteArrayView> found;
    qsizetype at = 0;
    while (at < resources.size()) {
        if (resources.size() - at < 12)
            return std::nullopt;
        const QByteArrayView signature = resources.sliced(at, 4);
        if (signature != "8BIM" && signature != "AgHg" && signature != "DCSR" && signature != "PHUT")
            return std::nullopt;
        const quint16 type = bigEndian16(resources, at + 4);
        int nameSize = uchar(resources[at + 6]) + 1; // a Pascal string, padded to an even size
        nameSize += nameSize & 1;
        const qsizetype sizeAt = at + 6 + nameSize;
        if (sizeAt + 4 > resources.size())
            return std::nullopt;
        const quint32 size = bigEndian32(resources, sizeAt);
        const qsizetype dataAt = sizeAt + 4;
        if (size > quint32(resources.size() - dataAt))
            return std::nullopt;
        if (type == kIptcResource) {
            if (found)
                return std::nullopt;
            found = resources.sliced(dataAt, size);
        }
        at = dataAt + size + (size & 1);
    }
    if (at != resources.size())
        return std::nullopt; // the padding of the last block runs past the segment
    return found.value_or(QByteArrayView());
}

} // namespace

IimDatasets IimDatasets::fromExiv2(const Exiv2::IptcData &iptc)
{
    IimDatasets result;
    for (const auto &datum : iptc) {
        if (datum.record() == kEnvelope && datum.tag() == kCharacterSet)
            result.characterSet = bytesOf(datum.value());
        else if (datum.record() == kApplication2)
            result.datasets.append({ datum.tag(), bytesOf(datum.value()) });
    }
    return result;
}

std::optional<IimDatasets> IimDatasets::fromPhotoshopSegment(QByteArrayView resources)
{
    const std::optional<QByteArrayView> block = iptcBlock(resources);
    if (!block)
        return std::nullopt;
    IimDatasets result;
    std::set<std::pair<quint16, quint16>> seen; // (record, dataset) of those that may not repeat
    qsizetype at = 0;
    try {
        // As IptcParser::decode reads them: a marker, record, dataset and 16-bit size each, and a
        // dataset only where 6 bytes or more are left.
        while (at < block->size()) {
            if (block->size() - at < 6 || uchar((*block)[at]) != 0x1C)
                return std::nullopt; // Exiv2 skips such bytes, or stops
            const quint16 record = uchar((*block)[at + 1]);
            const quint16 dataset = uchar((*block)[at + 2]);
            if (uchar((*block)[at + 3]) & 0x80)
                return std::nullopt; // an extended size
            const quint16 size = bigEndian16(*block, at + 3);
            at += 5;
            if (size > block->size() - at)
                return std::nullopt;
            const QByteArrayView data = block->sliced(at, size);
            at += size;
            if (record != kApplication2 && !(record == kEnvelope && dataset == kCharacterSet))
                continue; // the reader takes no other; Exiv2 keeps them apart
            const DatasetInfo &info = datasetInfo(dataset, record);
            const bool once = !info.repeatable;
            if (once && seen.count({ record, dataset }))
                continue; // Exiv2's IptcData::add refuses a second copy
            QByteArray bytes;
            if (info.type == Exiv2::string) {
                bytes = data.toByteArray(); // what StringValueBase::read keeps: the bytes as they are
            } else {
                // The value as IptcParser::readData makes it: the dataset's type, else a string.
                const auto *raw = reinterpret_cast<const Exiv2::byte *>(data.data());
                Exiv2::Value::AutoPtr value = Exiv2::Value::create(info.type);
                int rc = value->read(raw, long(size), Exiv2::bigEndian);
                if (rc == 1) {
                    value = Exiv2::Value::create(Exiv2::string);
                    rc = value->read(raw, long(size), Exiv2::bigEndian);
                }
                if (rc != 0)
                    continue; // Exiv2 skips a dataset it cannot read
                bytes = bytesOf(*value);
            }
            if (once)
                seen.insert({ record, dataset });
            if (record == kEnvelope)
                result.characterSet = std::move(bytes);
            else
                result.datasets.append({ dataset, std::move(bytes) });
        }
    } catch (const std::exception &) {
        return std::nullopt;
    }
    return result;
}

} // namespace Wesog
