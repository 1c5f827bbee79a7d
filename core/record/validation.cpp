// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/validation.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace Wesog {

namespace {

// Text and list checks read values through views, not copies: a copy of a string shared
// between rows touches its reference count, and a folder is checked on every core at once.
// (The URL and date checks still copy the few values they parse.)
bool isBlankText(QStringView text)
{
    return text.trimmed().isEmpty();
}

bool isTrimmed(QStringView text)
{
    return text.trimmed().size() == text.size();
}

/// The size of toUtf8(), without making it.
qsizetype utf8Size(QStringView text)
{
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            size += 1;
        else if (c < 0x800)
            size += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
            size += 4, ++i;
        else if (QChar::isSurrogate(c))
            size += 1; // toUtf8() writes a lone surrogate as '?'
        else
            size += 3;
    }
    return size;
}

bool overLimit(QStringView text, int limit)
{
    return limit > 0 && text.size() * 3 > limit && utf8Size(text) > limit;
}

bool isBlank(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return isBlankText(*text);
    return std::holds_alternative<std::monostate>(value);
}

bool isAbsoluteHttpUrl(const QString &text, const QString &sandboxBase)
{
    const QLatin1String placeholder("{sandbox}");
    if (!sandboxBase.isEmpty() && text.contains(placeholder))
        return isAbsoluteHttpUrl(QString(text).replace(placeholder, sandboxBase), {});
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty() && isTrimmed(text);
}

void checkDate(const QString &text, QList<FieldIssue> *issues)
{
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression partial(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?$"));
    if (const auto m = full.match(text); m.hasMatch()) {
        if (QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid())
            return;
    } else if (const auto p = partial.match(text); p.hasMatch()) {
        const int month = p.captured(2).isEmpty() ? 1 : p.captured(2).toInt();
        if (month >= 1 && month <= 12) {
            issues->append({ Field::Date, Severity::Warning, IssueCode::IncompleteDate, 0, {} });
            return;
        }
    }
    issues->append({ Field::Date, Severity::Error, IssueCode::InvalidDate, 0, {} });
}

void checkList(Field field, const QStringList &items, QList<FieldIssue> *issues)
{
    const int limit = FieldRegistry::info(field).iimByteLimit;
    for (int i = 0; i < items.size(); ++i) {
        const QString &item = items.at(i);
        if (isBlankText(item))
            issues->append({ field, Severity::Error, IssueCode::EmptyListItem, i, {} });
        else if (!isTrimmed(item))
            issues->append({ field, Severity::Error, IssueCode::UntrimmedListItem, i, {} });
        else if (overLimit(item, limit))
            issues->append({ field, Severity::Info, IssueCode::OverIimLimit, limit, {} });
    }
}

void checkValue(const FieldInfo &row, const ImageRecord &record, const QString &sandboxBase, QList<FieldIssue> *issues)
{
    const FieldValue &value = record.value(row.field);
    if (isBlank(value)) {
        if (!row.nullable)
            issues->append({ row.field, Severity::Error, IssueCode::Missing, 0, {} });
        return;
    }
    if (const auto *list = std::get_if<QStringList>(&value)) {
        checkList(row.field, *list, issues);
        return;
    }
    const auto *text = std::get_if<QString>(&value);
    if (!text)
        return; // booleans need no check
    if (row.type == FieldType::Url && !isAbsoluteHttpUrl(*text, sandboxBase))
        issues->append({ row.field, Severity::Error, IssueCode::NotHttpUrl, 0, {} });
    else if (row.type == FieldType::Date)
        checkDate(*text, issues);
    else if (overLimit(*text, row.iimByteLimit))
        issues->append({ row.field, Severity::Info, IssueCode::OverIimLimit, row.iimByteLimit, {} });
}

void checkRule(const RequiredRule &rule, const ImageRecord &record, QList<FieldIssue> *issues)
{
    const FieldValue &value = record.value(rule.field);
    if (const auto *list = std::get_if<QStringList>(&value)) {
        qsizetype filled = 0;
        for (const QString &item : *list)
            filled += isBlankText(item) ? 0 : 1;
        if (filled < rule.minItems)
            issues->append({ rule.field, Severity::Error, IssueCode::TooFewItems, rule.minItems, {} });
        return;
    }
    if (isBlank(value) && FieldRegistry::info(rule.field).nullable)
        issues->append({ rule.field, Severity::Error, IssueCode::RequiredByRule, rule.minItems, {} });
}

} // namespace

QString FieldIssue::message() const
{
    const QString label = FieldRegistry::label(field);
    switch (code) {
    case IssueCode::Missing:
        return tr("%1 is required by the Wesog API.").arg(label);
    case IssueCode::RequiredByRule:
        return tr("%1 is required by your agency's rules.").arg(label);
    case IssueCode::TooFewItems:
        return tr("%1 needs at least %n item(s).", nullptr, detail).arg(label);
    case IssueCode::NotHttpUrl:
        return tr("%1 must be an absolute http:// or https:// address.").arg(label);
    case IssueCode::InvalidDate:
        return tr("%1 must be a date written as YYYY-MM-DD.").arg(label);
    case IssueCode::IncompleteDate:
        return tr("%1 is incomplete (year or month only); it will be sent as it is.").arg(label);
    case IssueCode::EmptyListItem:
        return tr("%1 has an empty item at position %2.").arg(label).arg(detail + 1);
    case IssueCode::UntrimmedListItem:
        return tr("%1 has an item with spaces at its start or end (position %2).").arg(label).arg(detail + 1);
    case IssueCode::OverIimLimit:
        return tr("%1 is longer than the %n bytes that IPTC IIM allows.", nullptr, detail).arg(label);
    case IssueCode::UnknownCountry:
        return tr("%1: not an ISO 3166 country name (free text is allowed).").arg(label);
    case IssueCode::UnknownReplacementCode:
        return tr("%1 has the code %2, which no code replacement file defines; it is left as typed.").arg(label, text);
    }
    return label;
}

QString FieldIssue::codeName(IssueCode code)
{
    switch (code) {
    case IssueCode::Missing:
        return QStringLiteral("missing");
    case IssueCode::RequiredByRule:
        return QStringLiteral("required-by-rule");
    case IssueCode::TooFewItems:
        return QStringLiteral("too-few-items");
    case IssueCode::NotHttpUrl:
        return QStringLiteral("not-http-url");
    case IssueCode::InvalidDate:
        return QStringLiteral("invalid-date");
    case IssueCode::IncompleteDate:
        return QStringLiteral("incomplete-date");
    case IssueCode::EmptyListItem:
        return QStringLiteral("empty-list-item");
    case IssueCode::UntrimmedListItem:
        return QStringLiteral("untrimmed-list-item");
    case IssueCode::OverIimLimit:
        return QStringLiteral("over-iim-limit");
    case IssueCode::UnknownCountry:
        return QStringLiteral("unknown-country");
    case IssueCode::UnknownReplacementCode:
        return QStringLiteral("unknown-replacement-code");
    }
    return QString();
}

QString ValidationRules::toString() const
{
    QStringList parts;
    for (const RequiredRule &rule : required) {
        QString part = FieldRegistry::jsonKey(rule.field);
        if (FieldRegistry::isList(rule.field) && rule.minItems != 1)
            part += QLatin1Char(':') + QString::number(rule.minItems);
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

ValidationRules ValidationRules::fromString(const QString &text, QStringList *unknown)
{
    ValidationRules rules;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.section(QLatin1Char(':'), 0, 0);
        const std::optional<Field> field = FieldRegistry::fromJsonKey(name);
        bool numberOk = true;
        const int minItems = part.contains(QLatin1Char(':')) ? part.section(QLatin1Char(':'), 1).toInt(&numberOk) : 1;
        if (!field || !numberOk || minItems < 1) {
            if (unknown)
                unknown->append(part);
            continue;
        }
        rules.required.append({ *field, minItems });
    }
    return rules;
}

QList<FieldIssue> validateRecord(const ImageRecord &record, const ValidationRules &rules, const QString &sandboxBase)
{
    QList<FieldIssue> issues;
    for (const FieldInfo &row : FieldRegistry::all())
        checkValue(row, record, sandboxBase, &issues);
    for (const RequiredRule &rule : rules.required)
        checkRule(rule, record, &issues);
    return issues;
}

bool hasErrors(const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues) {
        if (issue.severity == Severity::Error)
            return true;
    }
    return false;
}

QStringList knownStatusValues()
{
    // Values named by the service's guide; they are data, sent verbatim, so not translated.
    return { QStringLiteral("Active"), QStringLiteral("Withdrawn"), QStringLiteral("Reserved"),
        QStringLiteral("RDA Only") };
}

} // namespace Wesog
