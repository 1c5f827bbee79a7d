// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/normalization.h"

#include <QDate>
#include <QRegularExpression>

namespace Wesog::Normalize {

QString text(QString raw)
{
    raw.remove(QChar(0));
    raw.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    raw.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return raw.trimmed().normalized(QString::NormalizationForm_C);
}

QStringList list(QStringList items)
{
    static const QRegularExpression separator(QStringLiteral("[;,]")); // compiled once, not per field
    if (items.size() == 1 && items.first().contains(separator))
        items = items.first().split(separator);
    QStringList result;
    QStringList folded;
    for (const QString &item : items) {
        const QString clean = text(item);
        if (clean.isEmpty() || folded.contains(clean.toCaseFolded()))
            continue;
        folded << clean.toCaseFolded();
        result << clean;
    }
    return result;
}

std::optional<QString> date(const QString &raw, bool *invalid)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:[-:](\\d{2})(?:[-:](\\d{2}))?)?(?:[T ].*)?$"));
    const QString trimmed = raw.trimmed();
    *invalid = false;
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("0000")))
        return std::nullopt; // EXIF writes zeros for "unknown"
    const auto m = re.match(trimmed);
    if (!m.hasMatch()) {
        *invalid = true;
        return std::nullopt;
    }
    if (m.captured(2).isEmpty())
        return m.captured(1);
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12) {
        *invalid = true;
        return std::nullopt;
    }
    if (m.captured(3).isEmpty())
        return m.captured(1) + QLatin1Char('-') + m.captured(2);
    if (!QDate(m.captured(1).toInt(), month, m.captured(3).toInt()).isValid()) {
        *invalid = true;
        return std::nullopt;
    }
    return QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
}

} // namespace Wesog::Normalize
