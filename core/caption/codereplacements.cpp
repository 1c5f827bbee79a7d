// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/caption/codereplacements.h"

#include <QFile>
#include <QStringDecoder>

#include "core/caption/captionfields.h"

namespace Wesog {

bool CodeReplacements::addFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the code replacements %1: %2").arg(path, file.errorString());
        return false;
    }
    return addData(file.readAll(), path, error);
}

bool CodeReplacements::addData(const QByteArray &bytes, const QString &name, QString *error)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QHash<QString, QStringList> loaded;
    int lineNumber = 0;
    for (QByteArrayView rest = data; !rest.isEmpty() || lineNumber == 0;) {
        ++lineNumber;
        const qsizetype newline = rest.indexOf('\n');
        QByteArrayView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        // Checked line by line so the message can say where: a windows-1252 or Latin-1 file
        // usually fails on its first accented letter.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(line);
        if (decoder.hasError()) {
            if (error)
                *error = tr("%1, line %2: not UTF-8 text; save the file as UTF-8 and load it again")
                             .arg(name)
                             .arg(lineNumber);
            return false;
        }
        if (text.startsWith(QLatin1Char('#')))
            continue;
        QStringList columns = text.split(QLatin1Char('\t'));
        if (columns.size() < 2)
            continue;
        const QString code = columns.takeFirst().trimmed();
        if (code.isEmpty())
            continue;
        loaded.insert(code, columns); // a later line of the same file wins too
    }
    for (auto it = loaded.cbegin(); it != loaded.cend(); ++it)
        m_codes.insert(it.key(), it.value());
    return true;
}

std::optional<QString> CodeReplacements::lookup(QStringView code) const
{
    const auto exact = m_codes.constFind(code.toString());
    if (exact != m_codes.cend())
        return exact->value(0);
    // Several replacement columns, as Photo Mechanic documents them (docs.camerabits.com,
    // "Advanced Code Replacements": a line `serial<TAB>Jimmy Bits<TAB>Montana Stage<TAB>Davide
    // Crowie` and the caption `={serialnum}#3= performs on the ={serialnum}#2= … Photo by
    // ={serialnum}#1=`): `=code#N=` is the Nth replacement, counted from 1 after the code
    // column, so `=code#1=` is the same as `=code=`. A code that itself contains `#N` is
    // matched exactly first, above.
    const qsizetype hash = code.lastIndexOf(QLatin1Char('#'));
    if (hash <= 0 || hash == code.size() - 1)
        return std::nullopt;
    bool ok = false;
    const int column = code.sliced(hash + 1).toInt(&ok);
    if (!ok || column < 1)
        return std::nullopt;
    const auto base = m_codes.constFind(code.first(hash).toString());
    if (base == m_codes.cend() || column > base->size())
        return std::nullopt;
    return base->at(column - 1);
}

qsizetype CodeReplacements::closingDelimiter(QStringView text, qsizetype open) const
{
    qsizetype j = open + 1;
    while (j < text.size() && j - open - 1 <= maxCodeLength && text.at(j) != m_delimiter && !text.at(j).isSpace())
        ++j;
    const qsizetype length = j - open - 1;
    if (j >= text.size() || text.at(j) != m_delimiter || length < 1 || length > maxCodeLength)
        return -1;
    return j;
}

CodeReplacements::Expansion CodeReplacements::expand(QStringView text) const
{
    Expansion out;
    out.text.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype j = c == m_delimiter ? closingDelimiter(text, i) : -1;
        if (j < 0) {
            out.text.append(c);
            ++i;
            continue;
        }
        const qsizetype length = j - i - 1;
        const QStringView code = text.sliced(i + 1, length);
        if (const std::optional<QString> replacement = lookup(code)) {
            out.text.append(*replacement); // not scanned again: expansion is not recursive
            out.changed = true;
            i = j + 1;
            continue;
        }
        // Left as typed, closing delimiter included, so the position and length stay those of
        // `=code=` in the result.
        out.unknown.append({ int(out.text.size()), int(length + 2), code.toString() });
        out.text.append(text.sliced(i, length + 2));
        i = j + 1;
    }
    return out;
}

std::optional<CodeReplacements::CodeAt> CodeReplacements::codeEndingAt(QStringView text, int end) const
{
    if (end < 3 || end > text.size() || text.at(end - 1) != m_delimiter)
        return std::nullopt;
    const QStringView before = text.first(end);
    // expand() reads the text from its start, but white space is never inside a code, so it
    // reads on from the last one exactly as from there.
    qsizetype i = end - 1;
    while (i > 0 && !before.at(i - 1).isSpace())
        --i;
    while (i < end) {
        const qsizetype j = before.at(i) == m_delimiter ? closingDelimiter(before, i) : -1;
        if (j < 0) {
            ++i;
        } else if (j == end - 1) {
            return CodeAt { int(i), before.sliced(i + 1, j - i - 1).toString() };
        } else {
            i = j + 1;
        }
    }
    return std::nullopt;
}

std::optional<FieldValue> CodeReplacements::expansionOf(Field field, const FieldValue &value) const
{
    if (!takesCodeExpansion(field))
        return std::nullopt;
    // Most values hold no delimiter at all: they are neither rebuilt nor copied.
    const auto expanded = [this](const QString &text) -> std::optional<QString> {
        if (!text.contains(m_delimiter))
            return std::nullopt;
        Expansion expansion = expand(text);
        return expansion.changed ? std::optional<QString>(std::move(expansion.text)) : std::nullopt;
    };
    if (const auto *text = std::get_if<QString>(&value)) {
        if (std::optional<QString> result = expanded(*text))
            return FieldValue { std::move(*result) };
        return std::nullopt;
    }
    if (const auto *items = std::get_if<QStringList>(&value)) {
        QStringList result;
        bool changed = false;
        for (qsizetype i = 0; i < items->size(); ++i) {
            std::optional<QString> item = expanded(items->at(i));
            if (item && !changed) {
                result = items->first(i); // the items before the first change, as they are
                result.reserve(items->size());
                changed = true;
            }
            if (changed)
                result << (item ? std::move(*item) : items->at(i));
        }
        return changed ? std::optional<FieldValue>(FieldValue { std::move(result) }) : std::nullopt;
    }
    return std::nullopt;
}

FieldValue CodeReplacements::expandValue(Field field, const FieldValue &value) const
{
    return expansionOf(field, value).value_or(value);
}

QList<FieldIssue> CodeReplacements::expandRecord(ImageRecord *record) const
{
    QList<FieldIssue> unknown = unknownCodes(*record);
    for (const FieldInfo &info : FieldRegistry::all()) {
        // Only a changed value is set: setting one copies the record's shared values.
        if (std::optional<FieldValue> expanded = expansionOf(info.field, record->value(info.field)))
            record->setValue(info.field, std::move(*expanded));
    }
    return unknown;
}

QList<FieldIssue> CodeReplacements::unknownCodes(const ImageRecord &record) const
{
    QList<FieldIssue> issues;
    auto scan = [&](Field field, const QString &text) {
        if (!text.contains(m_delimiter))
            return; // the common case, and a cheap one: most values have no delimiter at all
        for (const UnknownCode &code : expand(text).unknown)
            issues.append({ field, Severity::Warning, IssueCode::UnknownReplacementCode, 0,
                m_delimiter + code.code + m_delimiter });
    };
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (!takesCodeExpansion(info.field))
            continue;
        const FieldValue &value = record.value(info.field);
        if (const auto *text = std::get_if<QString>(&value)) {
            scan(info.field, *text);
        } else if (const auto *items = std::get_if<QStringList>(&value)) {
            for (const QString &item : *items)
                scan(info.field, item);
        }
    }
    return issues;
}

Preset CodeReplacements::expandedPreset(const Preset &preset) const
{
    Preset result = preset;
    for (Preset::Entry &entry : result.entries) {
        if (takesCodeExpansion(entry.field))
            entry.value = expand(entry.value).text;
    }
    return result;
}

} // namespace Wesog
