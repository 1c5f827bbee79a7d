// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/normalization.h"

#include <algorithm>

#include <QDate>
#include <QRegularExpression>

namespace Wesog::Normalize {

QString text(QString raw)
{
    raw.remove(QChar(0));
    if (raw.contains(QLatin1Char('\r'))) { // rare, and replace() costs even when it finds nothing
        raw.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        raw.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return raw.trimmed().normalized(QString::NormalizationForm_C);
}

namespace {

bool isListSeparator(QChar c)
{
    return c == QLatin1Char(';') || c == QLatin1Char(',');
}

/// The text cut at each separator, empty parts kept.
QStringList splitAtSeparators(const QString &text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || isListSeparator(text[i])) {
            parts << text.sliced(start, i - start);
            start = i + 1;
        }
    }
    return parts;
}

} // namespace

QStringList list(QStringList items)
{
    if (items.size() == 1 && std::any_of(items.first().cbegin(), items.first().cend(), isListSeparator))
        items = splitAtSeparators(items.first());
    QStringList result;
    QStringList folded;
    result.reserve(items.size());
    folded.reserve(items.size());
    for (const QString &item : items) {
        QString clean = text(item);
        if (clean.isEmpty())
            continue;
        QString key = clean.toCaseFolded();
        if (folded.contains(key))
            continue;
        folded << std::move(key);
        result << std::move(clean);
    }
    return result;
}

namespace {

/// A date's parts as written; `month` and `day` empty when absent.
struct DateParts
{
    QString year, month, day;
};

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isPrintableAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

/// YYYY[-MM[-DD]][(T| )…], the separators `-` or `:`. Nothing when `text` is not such a date.
std::optional<DateParts> splitDate(const QString &text)
{
    if (!isPrintableAscii(text)) {
        // Other digits (\d is any decimal digit here) and control characters: the expression decides.
        static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:[-:](\\d{2})(?:[-:](\\d{2}))?)?(?:[T ].*)?$"));
        const auto m = re.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        return DateParts { m.captured(1), m.captured(2), m.captured(3) };
    }
    // The same expression read by hand for printable ASCII, most dates: no backtracking changes
    // its match, since a part that does not follow leaves a separator no other branch accepts.
    if (text.size() < 4 || !std::all_of(text.begin(), text.begin() + 4, isAsciiDigit))
        return std::nullopt;
    DateParts parts { text.first(4), {}, {} };
    qsizetype at = 4;
    for (QString *part : { &parts.month, &parts.day }) {
        const bool follows = text.size() >= at + 3 && (text[at] == QLatin1Char('-') || text[at] == QLatin1Char(':'))
            && isAsciiDigit(text[at + 1]) && isAsciiDigit(text[at + 2]);
        if (!follows)
            break;
        *part = text.sliced(at + 1, 2);
        at += 3;
    }
    if (at < text.size() && text[at] != QLatin1Char('T') && text[at] != QLatin1Char(' '))
        return std::nullopt;
    return parts;
}

} // namespace

std::optional<QString> date(const QString &raw, bool *invalid)
{
    const QString trimmed = raw.trimmed();
    *invalid = false;
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("0000")))
        return std::nullopt; // EXIF writes zeros for "unknown"
    const std::optional<DateParts> parts = splitDate(trimmed);
    if (!parts) {
        *invalid = true;
        return std::nullopt;
    }
    if (parts->month.isEmpty())
        return parts->year;
    const int month = parts->month.toInt();
    if (month < 1 || month > 12) {
        *invalid = true;
        return std::nullopt;
    }
    if (parts->day.isEmpty())
        return parts->year + QLatin1Char('-') + parts->month;
    if (!QDate(parts->year.toInt(), month, parts->day.toInt()).isValid()) {
        *invalid = true;
        return std::nullopt;
    }
    return QStringLiteral("%1-%2-%3").arg(parts->year, parts->month, parts->day);
}

} // namespace Wesog::Normalize
