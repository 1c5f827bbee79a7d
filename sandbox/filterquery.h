// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QVariantList>

namespace Wesog::Sandbox {

/// A `q` formula of GET /imgs compiled to an SQL condition over the images table.
struct SqlFilter
{
    QString where = QStringLiteral("1"); ///< SQL with `?` placeholders
    QVariantList params;
    QString relevanceTerm; ///< the first `t~` text, case-folded; empty without one
    bool idsOnly = false; ///< the whole filter is `id=` terms joined by `||`: a primary-key lookup
};

/// Compiles the subset of the filter language that the sandbox contract lists: `id=`, `t~`,
/// `k=` (all of), `k∩` (any of), `d` with `= < > <= >=`, `ai=true|false`, joined by `&&`
/// (binding tighter) and `||`, with parentheses; `:` reads as `=`. Anything else is refused
/// with "unsupported filter: …" naming it, and malformed formulas with "invalid filter: …".
/// Pure; values only ever reach SQL as bound parameters.
class FilterQuery
{
public:
    static std::optional<SqlFilter> compile(const QString &q, QString *error);

    /// The case-folded text `t~` searches: title, headline, caption, alt text and keywords.
    static QString searchText(const QStringList &texts);
    /// Keywords case-folded between separators, so `k=` matches whole keywords only.
    static QString keywordsKey(const QStringList &keywords);
};

} // namespace Wesog::Sandbox
