// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QRegularExpression>
#include <QString>

#include "core/record/imagerecord.h"

namespace Wesog {

/// Find & replace over field values: plain text or a regular expression (with \1 … \9 in the
/// replacement), case-sensitive or not, whole words or anywhere. Lists are replaced item by
/// item; flags are never touched. A plain value; safe on any thread.
class FindReplace
{
public:
    struct Options
    {
        QString find;
        QString replace;
        bool regularExpression = false;
        bool matchCase = false;
        bool wholeWord = false;
    };

    explicit FindReplace(Options options);

    /// False for an empty search or a broken regular expression (see error()).
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    /// The value after replacing, or nullopt if nothing in it matches.
    std::optional<FieldValue> apply(const FieldValue &value) const;

private:
    std::optional<QString> applyText(const QString &text) const;

    Options m_options;
    QRegularExpression m_pattern;
    bool m_valid = false;
    QString m_error;
};

} // namespace Wesog
