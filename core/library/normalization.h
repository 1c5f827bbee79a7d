// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

/// How metadata values are normalised when read (docs/metadata-fields.md §2.1); the writer
/// uses the same rules to know what a value it writes will read back as. Pure functions.
namespace Wesog::Normalize {

/// Removes NULs, trims, turns CR/CRLF into LF, and composes (NFC); empty means absent.
QString text(QString text);
/// A single item holding `;` or `,` is split on both; items are trimmed, empties dropped and
/// duplicates (compared case-folded) removed, keeping the first spelling and the order.
QStringList list(QStringList items);
/// XMP `2024-06-23T06:15:00+01:00`, IIM `2024-05-09`, EXIF `2023:12:31 23:59:58` → `YYYY-MM-DD`
/// (as written, never shifted to UTC); `YYYY-MM` and `YYYY` stay partial. Nothing for an empty or
/// zero date; nothing and `*invalid` for one that is not a date.
std::optional<QString> date(const QString &raw, bool *invalid);

} // namespace Wesog::Normalize
