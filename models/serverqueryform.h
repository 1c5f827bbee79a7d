// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Wesog {

/// What the Open from Server form asks for, turned into the `q` filter formula of `GET /imgs`
/// (docs/wesog-api.md §7): free text (`t~`), keywords all of (`k=`) or any of (`k∩`), a date
/// range (`d>=`, `d<=`), the AI flag (`ai=`) and an expert line holding a raw formula, all
/// joined with `&&`. The formula has no quoting, so a value holding an operator (`&&`, `||`, a
/// parenthesis, or a comma in a keyword) is refused with a reason rather than sent with another
/// meaning. A value type; pure.
struct ServerQueryForm
{
    Q_DECLARE_TR_FUNCTIONS(ServerQueryForm)

public:
    QString text;
    QStringList keywords;
    bool anyKeyword = false; ///< any of the keywords rather than all of them
    QDate from; ///< invalid: no lower bound
    QDate to; ///< invalid: no upper bound
    std::optional<bool> aiGenerated;
    QString expert; ///< a raw formula, joined to the rest as one term

    /// The formula; empty matches every image. Empty, with `error` set, if a value cannot be said.
    QString query(QString *error) const;
};

} // namespace Wesog
