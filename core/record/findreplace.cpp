// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/findreplace.h"

namespace Wesog {

FindReplace::FindReplace(Options options)
    : m_options(std::move(options))
{
    if (m_options.find.isEmpty()) {
        m_error = QStringLiteral("empty search");
        return;
    }
    QString pattern = m_options.regularExpression ? m_options.find : QRegularExpression::escape(m_options.find);
    if (m_options.wholeWord)
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    m_pattern.setPattern(pattern);
    m_pattern.setPatternOptions(QRegularExpression::UseUnicodePropertiesOption
        | (m_options.matchCase ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption));
    m_valid = m_pattern.isValid();
    if (!m_valid)
        m_error = m_pattern.errorString();
}

std::optional<QString> FindReplace::applyText(const QString &text) const
{
    if (!m_pattern.match(text).hasMatch())
        return std::nullopt;
    QString result = text;
    if (m_options.regularExpression)
        return result.replace(m_pattern, m_options.replace); // \1 … \9 refer to groups
    // Plain text: the replacement is literal, backslashes included.
    QString out;
    qsizetype last = 0;
    for (auto it = m_pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last) + m_options.replace;
        last = match.capturedEnd();
    }
    return out + text.mid(last);
}

std::optional<FieldValue> FindReplace::apply(const FieldValue &value) const
{
    if (!m_valid)
        return std::nullopt;
    if (const auto *text = std::get_if<QString>(&value)) {
        if (const auto replaced = applyText(*text))
            return replaced->isEmpty() ? FieldValue {} : FieldValue { *replaced };
        return std::nullopt;
    }
    if (const auto *list = std::get_if<QStringList>(&value)) {
        QStringList items;
        bool changed = false;
        for (const QString &item : *list) {
            const auto replaced = applyText(item);
            changed = changed || replaced.has_value();
            const QString next = replaced.value_or(item).trimmed();
            if (!next.isEmpty())
                items << next; // an item replaced by nothing is dropped
        }
        if (!changed)
            return std::nullopt;
        return items.isEmpty() ? FieldValue {} : FieldValue { items };
    }
    return std::nullopt; // flags and absent values have no text
}

} // namespace Wesog
