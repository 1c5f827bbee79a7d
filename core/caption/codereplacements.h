// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/record/imagerecord.h"
#include "core/record/preset.h"
#include "core/record/validation.h"

namespace Wesog {

/// Photo Mechanic's code replacements: `=cc17=` in text becomes `Rick Perkins`.
///
/// File format (what Photo Mechanic users already have): UTF-8 text, a byte-order mark
/// allowed, anything not valid UTF-8 refused with the line named; one code per line, the code
/// and its replacements separated by tabs; lines starting with `#` are comments, lines
/// without a tab are skipped. Several files can be loaded; a later file's code wins.
///
/// In text, a code is the delimiter (default `=`), 1–32 characters that are neither white space
/// nor the delimiter, and the delimiter again. Codes are case-sensitive. A replacement is not
/// expanded again. With more than one replacement column, `=code=` gives the first and
/// `=code#N=` the Nth (see lookup()).
///
/// Thread: a value type; const methods may run on any number of threads at once.
class CodeReplacements
{
    Q_DECLARE_TR_FUNCTIONS(CodeReplacements)

public:
    static constexpr QChar defaultDelimiter() { return QLatin1Char('='); }
    static constexpr int maxCodeLength = 32;

    /// A code in the text that no file defines; left as typed. Position and length are those of
    /// `=code=` in the expanded text.
    struct UnknownCode
    {
        int position = 0;
        int length = 0;
        QString code;
    };

    struct Expansion
    {
        QString text;
        QList<UnknownCode> unknown;
        bool changed = false; ///< a code was replaced
    };

    /// Loads a file on top of what is loaded. False with `error` (naming the file and, for
    /// text that is not UTF-8, the line) when it cannot be read; nothing of it is kept then.
    bool addFile(const QString &path, QString *error);
    /// The same for bytes in memory; `name` is used in messages.
    bool addData(const QByteArray &bytes, const QString &name, QString *error);

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    QChar delimiter() const { return m_delimiter; }
    bool isEmpty() const { return m_codes.isEmpty(); }
    int size() const { return int(m_codes.size()); }

    /// The replacements of `code` (first column first); empty when unknown.
    QStringList replacements(const QString &code) const { return m_codes.value(code); }
    /// What `=code=` (the text between the delimiters) expands to, if anything.
    std::optional<QString> lookup(QStringView code) const;

    /// Expands every code in `text` once.
    Expansion expand(QStringView text) const;

    /// A code as expand() reads it: where its opening delimiter is, and the text between the
    /// delimiters.
    struct CodeAt
    {
        int position = 0;
        QString code;
    };
    /// The code, known or not, that expand() reads as ending at `end` (its closing delimiter at
    /// `end` − 1), if any: what typing that delimiter completes. A code's closing delimiter never
    /// opens the next one, so in `=x=cc17=` nothing ends at the last `=`. Only the text after the
    /// last white space before `end` is read (no code spans white space), so a long caption
    /// costs nothing more.
    std::optional<CodeAt> codeEndingAt(QStringView text, int end) const;

    /// `value` with its codes expanded when `field` takes them (takesCodeExpansion(); lists item
    /// by item); any other field's value as it is.
    FieldValue expandValue(Field field, const FieldValue &value) const;

    /// Expands the codes in the record's text fields. Returns the unknown codes met, as
    /// unknownCodes() reports them.
    QList<FieldIssue> expandRecord(ImageRecord *record) const;

    /// The unknown codes in the record's text fields: one warning (IssueCode::UnknownReplacementCode,
    /// the code with its delimiters as `text`) per code. The one check behind the table's row
    /// warnings and `wesogctl check` / `scan`.
    QList<FieldIssue> unknownCodes(const ImageRecord &record) const;

    /// The preset with the codes in its values expanded, for the fields that take them; the
    /// variables ({filename}…) are filled in after, so a file name is never read as a code.
    Preset expandedPreset(const Preset &preset) const;

private:
    /// Where the code opened by the delimiter at `open` closes: the closing delimiter's position,
    /// or -1 when none is within reach with no white space on the way. The one rule of what a
    /// code is, for expand() and codeEndingAt().
    qsizetype closingDelimiter(QStringView text, qsizetype open) const;
    /// The value with its codes expanded when `field` takes them; nothing when that changes nothing.
    std::optional<FieldValue> expansionOf(Field field, const FieldValue &value) const;

    QHash<QString, QStringList> m_codes;
    QChar m_delimiter = defaultDelimiter();
};

} // namespace Wesog
