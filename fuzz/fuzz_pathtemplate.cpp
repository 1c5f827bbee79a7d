// SPDX-License-Identifier: GPL-3.0-or-later
// The id/src template expander on arbitrary templates and file names: never a crash.
#include "core/library/pathtemplate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // The input is split: the first line is the template, the rest a relative path.
    const QString templ = text.section(QLatin1Char('\n'), 0, 0);
    const QString path = text.section(QLatin1Char('\n'), 1);
    Wesog::PathTemplate::unknownVariables(templ);
    const QString expanded
        = Wesog::PathTemplate::expand(templ, { QStringLiteral("/photos/") + path, path, QStringLiteral("ab12") });
    Wesog::PathTemplate::resolveSandbox(expanded, QStringLiteral("http://127.0.0.1:8765"));
    return 0;
}
