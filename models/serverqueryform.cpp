// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/serverqueryform.h"

namespace Wesog {

namespace {

// A value runs to the next operator or closing parenthesis (§7): these would end it early.
bool breaksTerm(const QString &value)
{
    return value.contains(QLatin1String("&&")) || value.contains(QLatin1String("||"))
        || value.contains(QLatin1Char('(')) || value.contains(QLatin1Char(')'));
}

} // namespace

QString ServerQueryForm::query(QString *error) const
{
    error->clear();
    QStringList terms;
    const QString words = text.simplified();
    if (!words.isEmpty()) {
        if (breaksTerm(words)) {
            *error = tr("The text cannot hold &&, || or parentheses; use the Formula line for a formula.");
            return {};
        }
        terms << QStringLiteral("t~") + words;
    }
    QStringList cleaned;
    for (const QString &keyword : keywords) {
        const QString trimmed = keyword.simplified();
        if (trimmed.isEmpty())
            continue;
        if (breaksTerm(trimmed) || trimmed.contains(QLatin1Char(','))) {
            *error = tr("The keyword “%1” cannot be searched for: it holds a comma, &&, || or a parenthesis.")
                         .arg(trimmed);
            return {};
        }
        cleaned << trimmed;
    }
    if (!cleaned.isEmpty())
        terms << (anyKeyword ? QStringLiteral("k∩") : QStringLiteral("k=")) + cleaned.join(QLatin1Char(','));
    if (from.isValid() && to.isValid() && from > to) {
        *error = tr("The date range ends before it starts.");
        return {};
    }
    if (from.isValid())
        terms << QStringLiteral("d>=") + from.toString(Qt::ISODate);
    if (to.isValid())
        terms << QStringLiteral("d<=") + to.toString(Qt::ISODate);
    if (aiGenerated)
        terms << (*aiGenerated ? QStringLiteral("ai=true") : QStringLiteral("ai=false"));
    const QString raw = expert.trimmed();
    if (!raw.isEmpty()) {
        // Parenthesised, so an `||` inside cannot escape the other conditions.
        terms << (terms.isEmpty() ? raw : QStringLiteral("(%1)").arg(raw));
    }
    return terms.join(QStringLiteral(" && "));
}

} // namespace Wesog
