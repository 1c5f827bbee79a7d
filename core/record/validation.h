// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/record/imagerecord.h"

namespace Wesog {

enum class Severity { Info, Warning, Error };

/// What a validation finding is about. The stable names (codeName) are used in logs and tests.
enum class IssueCode {
    Missing, ///< a field the API needs (id, src) has no value
    RequiredByRule, ///< the agency's rules require a value
    TooFewItems, ///< the agency's rules require at least `detail` list items
    NotHttpUrl, ///< not an absolute http(s) URL
    InvalidDate, ///< not YYYY-MM-DD (nor a partial YYYY / YYYY-MM)
    IncompleteDate, ///< YYYY or YYYY-MM: sent as it is, but worth a look
    EmptyListItem, ///< a list item that is empty or only spaces
    UntrimmedListItem, ///< a list item with leading or trailing spaces
    OverIimLimit, ///< longer than the IIM dataset allows (`detail` bytes); matters when written back
    UnknownCountry, ///< not an ISO 3166 country name (free text is allowed: a warning; Vocabularies::countryIssue)
    UnknownReplacementCode, ///< a code replacement code (`text`, as typed) that no loaded file defines
};

/// One validation finding: a value, translated only when shown.
struct FieldIssue
{
    Q_DECLARE_TR_FUNCTIONS(FieldIssue)

public:
    Field field = Field::Id;
    Severity severity = Severity::Error;
    IssueCode code = IssueCode::Missing;
    int detail = 0; ///< the rule's minimum, the byte limit or the list index, by code
    QString text; ///< what the finding quotes from the value (the unknown code as typed), by code

    QString message() const;
    static QString codeName(IssueCode code);

    friend bool operator==(const FieldIssue &a, const FieldIssue &b)
    {
        return a.field == b.field && a.severity == b.severity && a.code == b.code && a.detail == b.detail
            && a.text == b.text;
    }
};

/// "This field must have a value" (at least `minItems` items for lists).
struct RequiredRule
{
    Field field = Field::Caption;
    int minItems = 1;

    friend bool operator==(const RequiredRule &a, const RequiredRule &b)
    {
        return a.field == b.field && a.minItems == b.minItems;
    }
};

/// An agency's extra required-field rules, run by the same validation as the API's own rules.
/// Text form, as kept in settings: `caption author keywords:3`.
struct ValidationRules
{
    QList<RequiredRule> required;

    QString toString() const;
    /// Parses the text form. Unknown field names are listed in `unknown` and skipped.
    static ValidationRules fromString(const QString &text, QStringList *unknown = nullptr);
};

/// Checks a record against the API's rules and the agency's. Pure; safe on any thread.
/// With a `sandboxBase`, a URL field's `{sandbox}` (PathTemplate's placeholder for the built-in
/// sandbox's address, known only when sending) is checked as that base; without, as written.
QList<FieldIssue> validateRecord(
    const ImageRecord &record, const ValidationRules &rules = {}, const QString &sandboxBase = {});

/// True if any finding is an error (such a record cannot be submitted).
bool hasErrors(const QList<FieldIssue> &issues);

/// The status values the service documents; `status` stays free text.
QStringList knownStatusValues();

} // namespace Wesog
