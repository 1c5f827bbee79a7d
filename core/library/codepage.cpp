// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/codepage.h"

#include <QStringDecoder>

namespace Wesog {

namespace {

// 0x80–0xBF of windows-1251 (0xC0–0xFF are А–я, U+0410–U+044F). 0x98 is unassigned.
constexpr char16_t s_cp1251High[64] = {
    0x0402,
    0x0403,
    0x201A,
    0x0453,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x20AC,
    0x2030,
    0x0409,
    0x2039,
    0x040A,
    0x040C,
    0x040B,
    0x040F,
    0x0452,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0xFFFD,
    0x2122,
    0x0459,
    0x203A,
    0x045A,
    0x045C,
    0x045B,
    0x045F,
    0x00A0,
    0x040E,
    0x045E,
    0x0408,
    0x00A4,
    0x0490,
    0x00A6,
    0x00A7,
    0x0401,
    0x00A9,
    0x0404,
    0x00AB,
    0x00AC,
    0x00AD,
    0x00AE,
    0x0407,
    0x00B0,
    0x00B1,
    0x0406,
    0x0456,
    0x0491,
    0x00B5,
    0x00B6,
    0x00B7,
    0x0451,
    0x2116,
    0x0454,
    0x00BB,
    0x0458,
    0x0405,
    0x0455,
    0x0457,
};

// 0x80–0x9F of windows-1252 (0xA0–0xFF equal Latin-1). Unassigned bytes map to U+FFFD.
constexpr char16_t s_cp1252High[32] = {
    0x20AC,
    0xFFFD,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0xFFFD,
    0x017D,
    0xFFFD,
    0xFFFD,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0xFFFD,
    0x017E,
    0x0178,
};

char16_t cp1251(uchar byte)
{
    if (byte < 0x80)
        return byte;
    if (byte >= 0xC0)
        return char16_t(0x0410 + (byte - 0xC0));
    return s_cp1251High[byte - 0x80];
}

char16_t cp1252(uchar byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return s_cp1252High[byte - 0x80];
    return byte;
}

enum class Script { Other, Latin, Cyrillic };

Script scriptOf(QChar c)
{
    if (!c.isLetter())
        return Script::Other;
    const ushort u = c.unicode();
    if (u >= 0x0400 && u <= 0x04FF)
        return Script::Cyrillic;
    if (u < 0x0250)
        return Script::Latin;
    return Script::Other;
}

} // namespace

bool Codepage::isValidUtf8(QByteArrayView bytes)
{
    return bytes.isValidUtf8(); // the rules of QStringDecoder's UTF-8, without making the text
}

bool Codepage::isKnown(const QString &name)
{
    return name == windows1251() || name == windows1252() || QStringDecoder(name.toLatin1().constData()).isValid();
}

QString Codepage::decode(QByteArrayView bytes, const QString &name)
{
    if (name == windows1251() || name == windows1252() || !isKnown(name)) {
        const bool cyrillic = name == windows1251();
        QString text;
        text.reserve(bytes.size());
        for (const char byte : bytes)
            text.append(QChar(cyrillic ? cp1251(uchar(byte)) : cp1252(uchar(byte))));
        return text;
    }
    QStringDecoder decoder(name.toLatin1().constData());
    return decoder.decode(bytes);
}

bool Codepage::looksMisdecoded(const QString &text)
{
    return looksMisdecoded(QStringList { text });
}

bool Codepage::looksMisdecoded(const QStringList &texts)
{
    int letters = 0;
    int highLatin = 0;
    for (const QString &text : texts) {
        // UTF-8 read as Latin-1/1252 and encoded again: Ã, Â, Ð or Ñ followed by a continuation char.
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            const ushort lead = text.at(i).unicode();
            const ushort next = text.at(i + 1).unicode();
            if ((lead == 0xC3 || lead == 0xC2 || lead == 0xD0 || lead == 0xD1)
                && ((next >= 0x80 && next <= 0xBF) || next == 0x2018 || next == 0x201C || next == 0x2019
                    || next == 0x20AC))
                return true;
        }
        Script wordScript = Script::Other; // a text ends a word
        for (const QChar c : text) {
            const Script script = scriptOf(c);
            if (script == Script::Other) {
                if (!c.isLetter())
                    wordScript = Script::Other; // a word ends
                continue;
            }
            ++letters;
            if (c.unicode() >= 0xC0 && c.unicode() <= 0xFF)
                ++highLatin;
            if (wordScript != Script::Other && wordScript != script)
                return true; // "Josй": one word, two alphabets
            wordScript = script;
        }
    }
    return letters > 0 && highLatin * 2 > letters;
}

} // namespace Wesog
