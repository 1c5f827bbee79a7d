// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Wesog {

/// Decoding of legacy 8-bit text (IIM written without a character-set marker, EXIF ASCII).
/// windows-1251 and windows-1252 are built in, so they work on any Qt build; other names go
/// through QStringDecoder. Pure functions, any thread.
class Codepage
{
public:
    static QString windows1251() { return QStringLiteral("windows-1251"); }
    static QString windows1252() { return QStringLiteral("windows-1252"); }

    static bool isValidUtf8(QByteArrayView bytes);
    static bool isKnown(const QString &name);
    /// Decodes with `name`; an unknown page falls back to windows-1252.
    static QString decode(QByteArrayView bytes, const QString &name);
    /// The other page of the Latin/Cyrillic pair, offered when a decoding looks wrong.
    static QString alternative(const QString &name) { return name == windows1251() ? windows1252() : windows1251(); }
    /// True if the text looks mis-decoded: a word mixing Latin and Cyrillic letters, over half
    /// of the letters in U+00C0–U+00FF, or UTF-8 decoded twice (`Ã©`).
    static bool looksMisdecoded(const QString &text);
    /// The same of texts read as one, each ending a word (as if joined with spaces).
    static bool looksMisdecoded(const QStringList &texts);
};

} // namespace Wesog
