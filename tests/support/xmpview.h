// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QRegularExpression>
#include <QStringList>

#include <exiv2/exiv2.hpp>

namespace Wesog::Test {

/// What the metadata reader can see of XMP data, as sorted "key (type): value" lines: the
/// top-level properties of the five schemas and the text fields of their structures. Two
/// decoders agree for Wesog when these lines do.
inline QStringList visibleXmp(const Exiv2::XmpData &data)
{
    static const QRegularExpression scope(QStringLiteral("^Xmp\\.(dc|photoshop|iptc|iptcExt|plus)\\.\\w+(\\[\\d+\\])?(/"
                                                         "(dc|photoshop|Iptc4xmpCore|Iptc4xmpExt|plus):\\w+)?$"));
    QStringList lines;
    for (const Exiv2::Xmpdatum &datum : data) {
        const QString key = QString::fromStdString(datum.key());
        if (!scope.match(key).hasMatch())
            continue;
        const auto *text = dynamic_cast<const Exiv2::XmpTextValue *>(&datum.value());
        const bool marker
            = text && (text->xmpStruct() != Exiv2::XmpValue::xsNone || text->xmpArrayType() != Exiv2::XmpValue::xaNone);
        if (key.contains(QLatin1Char('/')) && (!text || marker))
            continue; // a field's value deeper than text: nothing the reader uses
        lines << QStringLiteral("%1 (%2%3): %4")
                     .arg(key, QString::fromUtf8(datum.typeName()), marker ? QStringLiteral(", marker") : QString(),
                         QString::fromStdString(datum.toString()));
    }
    lines.sort();
    return lines;
}

/// The toolkit's reading of a packet (Exiv2::XmpParser), nothing when it refuses it.
inline std::optional<QStringList> toolkitXmp(const QByteArray &packet)
{
    Exiv2::XmpData data;
    if (Exiv2::XmpParser::decode(data, packet.toStdString()) != 0)
        return std::nullopt;
    return visibleXmp(data);
}

} // namespace Wesog::Test
