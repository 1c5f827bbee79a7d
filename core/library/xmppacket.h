// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>

#include <exiv2/exiv2.hpp>

namespace Wesog {

/// Turns an XMP packet into Exiv2's XmpData without the Adobe XMP toolkit. The toolkit holds one
/// global lock for every call, so with it a scan runs its XMP on one core however many threads it
/// has; this reader runs on any number at once.
///
/// It emits, with the same keys and value types as Exiv2, what the metadata reader looks at:
/// top-level properties of the namespaces in metadata-fields.md (dc, photoshop, Iptc4xmpCore,
/// Iptc4xmpExt, plus) holding text, a Bag/Seq of text or a lang-alt, and the text fields of a
/// structure or of the structures in an array (`Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:City`).
/// Deeper values and other namespaces are skipped. RDF it does not fully understand (a
/// qualifier, parseType Literal, a duplicate property, an alt mixing languages and plain items…)
/// or XML that is not well formed makes parse() give up, and decode() then hands the packet to
/// the toolkit, so the fast path never loses a value the toolkit would have read.
class XmpPacket
{
public:
    /// Nothing when the packet needs the toolkit (see above).
    static std::optional<Exiv2::XmpData> parse(QByteArrayView packet);
    /// parse(), else Exiv2's toolkit decoder; nothing when neither can read the packet.
    static std::optional<Exiv2::XmpData> decode(QByteArrayView packet);
};

} // namespace Wesog
