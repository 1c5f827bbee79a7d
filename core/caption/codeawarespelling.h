// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QList>
#include <QStringView>

#include "core/caption/spellchecker.h"

namespace Wesog {

/// The misspelled words of `text`, leaving out the words inside a replacement code (`=zz=` with
/// `delimiter` `=`): a code left in text is reported once, as a code (`unknown-replacement-code`),
/// never a second time as a misspelled word. The one rule of `wesogctl check` (which passes the
/// expanded text, where the codes left are the unknown ones), the table's marks and the editors'
/// underline (which pass the text as it is: its codes were expanded as they were typed).
/// Pure; any thread, as SpellChecker::check().
QList<TextWord> misspelledOutsideCodes(const SpellChecker &checker, QChar delimiter, QStringView text);

} // namespace Wesog
