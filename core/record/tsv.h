// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Wesog {

/// Tab-separated blocks as LibreOffice and Excel put them on the clipboard: rows end with a
/// newline, cells are separated by tabs, and a cell holding a tab, a newline or a quote is
/// quoted ("", doubled quotes inside). Pure functions; any thread.
class Tsv
{
public:
    /// `separator` other than tab reads CSV the same way (Csv uses ',').
    static QList<QStringList> parse(const QString &text, QChar separator = QLatin1Char('\t'));
    static QString serialize(const QList<QStringList> &rows);
};

} // namespace Wesog
