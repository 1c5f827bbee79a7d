// SPDX-License-Identifier: GPL-3.0-or-later
// The fast XMP reader against the toolkit: whenever both read a packet, Wesog sees the same values.
#include <cstdio>
#include <cstdlib>

#include <QHash>
#include <QRegularExpression>

#include "core/library/exiv2session.h"
#include "core/library/xmppacket.h"
#include "tests/support/xmpview.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static Wesog::Exiv2Session session;
    return 0;
}

/// The toolkit files a schema under its prefix whatever URI the packet binds it to (and makes that
/// binding global); the fast reader goes by URI, as XML namespaces mean. Such packets differ on
/// purpose.
bool rebindsAKnownPrefix(const QByteArray &packet)
{
    static const QRegularExpression binding(QStringLiteral("xmlns:(\\w+)\\s*=\\s*['\"]([^'\"]*)"));
    static const QHash<QString, QString> uris
        = { { QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/") },
              { QStringLiteral("photoshop"), QStringLiteral("http://ns.adobe.com/photoshop/1.0/") },
              { QStringLiteral("Iptc4xmpCore"), QStringLiteral("http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/") },
              { QStringLiteral("Iptc4xmpExt"), QStringLiteral("http://iptc.org/std/Iptc4xmpExt/2008-02-29/") },
              { QStringLiteral("plus"), QStringLiteral("http://ns.useplus.org/ldf/xmp/1.0/") },
              // The toolkit takes an rdf:RDF bound elsewhere for RDF too, and may read another block.
              { QStringLiteral("rdf"), QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#") } };
    auto it = binding.globalMatch(QString::fromUtf8(packet));
    while (it.hasNext()) {
        const auto match = it.next();
        if (uris.contains(match.captured(1)) && uris.value(match.captured(1)) != match.captured(2))
            return true;
    }
    return false;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray packet(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Exiv2::XmpData> ours = Wesog::XmpPacket::parse(packet);
    if (!ours || rebindsAKnownPrefix(packet))
        return 0; // nothing to compare
    const std::optional<QStringList> toolkit = Wesog::Test::toolkitXmp(packet);
    if (toolkit && *toolkit != Wesog::Test::visibleXmp(*ours)) {
        std::fprintf(stderr, "fast reader:\n%s\ntoolkit:\n%s\n",
            qPrintable(Wesog::Test::visibleXmp(*ours).join(QLatin1Char('\n'))),
            qPrintable(toolkit->join(QLatin1Char('\n'))));
        std::abort();
    }
    return 0;
}
