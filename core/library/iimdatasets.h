// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <exiv2/exiv2.hpp>

namespace Wesog {

/// A file's IPTC IIM datasets as the metadata reader takes them: each Application2 dataset's
/// number and bytes in file order (text as stored, before any code page; dates and numbers in
/// Exiv2's text form, "2024-05-01"), and the Envelope's character set.
struct IimDatasets
{
    QList<QPair<quint16, QByteArray>> datasets;
    QByteArray characterSet; ///< Iptc.Envelope.CharacterSet

    /// From what Exiv2 read.
    static IimDatasets fromExiv2(const Exiv2::IptcData &iptc);

    /// From a JPEG's Photoshop segment (after "Photoshop 3.0\0") without Exiv2's parser, which
    /// made an Exiv2 key and value of every dataset. The same datasets as Exiv2 keeps (it skips a
    /// second copy of a dataset that may not repeat), dates and numbers turned into text by
    /// Exiv2's own value types. Anything out of the ordinary (a resource block cut short, two
    /// IPTC blocks, bytes between datasets, an extended length…) gives nothing, and Exiv2 then
    /// reads the segment. tst_iimdatasets and fuzz_iimdatasets hold the two to the same result.
    static std::optional<IimDatasets> fromPhotoshopSegment(QByteArrayView resources);

    bool operator==(const IimDatasets &other) const
    {
        return datasets == other.datasets && characterSet == other.characterSet;
    }
};

} // namespace Wesog
