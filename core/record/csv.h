// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Wesog {

/// RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel reads accents and Cyrillic right:
/// CRLF line ends; a cell with a comma, quote or line break is quoted, quotes doubled. Reading
/// accepts a missing BOM and LF line ends. Pure functions; any thread.
class Csv
{
public:
    static QByteArray serialize(const QList<QStringList> &rows);
    static QList<QStringList> parse(const QByteArray &bytes);
};

} // namespace Wesog
