// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/caption/codeawarespelling.h"

#include <algorithm>

#include "core/caption/codereplacements.h"

namespace Wesog {

QList<TextWord> misspelledOutsideCodes(const SpellChecker &checker, QChar delimiter, QStringView text)
{
    QList<TextWord> words = checker.check(text);
    if (words.isEmpty() || !text.contains(delimiter))
        return words; // the common case: no code to look for
    // With no codes defined, every code in the text is left as it is and reported where it
    // stands: the places of the codes by CodeReplacements' own reading of a code, not a copy of it.
    CodeReplacements noCodes;
    noCodes.setDelimiter(delimiter);
    const QList<CodeReplacements::UnknownCode> codes = noCodes.expand(text).unknown;
    words.removeIf([&codes](const TextWord &word) {
        return std::any_of(codes.cbegin(), codes.cend(), [&word](const CodeReplacements::UnknownCode &code) {
            return word.position >= code.position && word.position < code.position + code.length;
        });
    });
    return words;
}

} // namespace Wesog
