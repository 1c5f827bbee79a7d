// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <exiv2/exiv2.hpp>

#include "core/library/iimdatasets.h"

namespace Wesog::Test {

/// A JPEG holding nothing but a Photoshop segment with these resource blocks.
inline QByteArray jpegWithPhotoshopSegment(const QByteArray &resources)
{
    const QByteArray payload = QByteArray("Photoshop 3.0\0", 14) + resources;
    const int length = int(payload.size()) + 2;
    return QByteArray("\xFF\xD8\xFF\xED", 4) + char(length >> 8) + char(length & 0xFF) + payload
        + QByteArray("\xFF\xDA\x00\x02\xFF\xD9", 6);
}

/// Exiv2's own reading of a Photoshop segment's IPTC: the whole JPEG read by Exiv2, its IptcData
/// taken as the metadata reader takes it.
inline IimDatasets exiv2Iim(const QByteArray &resources)
{
    const QByteArray jpeg = jpegWithPhotoshopSegment(resources);
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), long(jpeg.size()));
    image->readMetadata();
    return IimDatasets::fromExiv2(image->iptcData());
}

} // namespace Wesog::Test
