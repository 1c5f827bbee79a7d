// SPDX-License-Identifier: GPL-3.0-or-later
// XmlScanner against QXmlStreamReader: whatever the scanner reads, Qt's reader reads the same way.
#include <cstdio>
#include <cstdlib>

#include "tests/support/xmlevents.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QStringList> ours = Wesog::Test::scannerXmlEvents(xml);
    if (!ours)
        return 0; // refused: the toolkit decides
    const std::optional<QStringList> qt = Wesog::Test::qtXmlEvents(xml);
    if (qt != ours) {
        std::fprintf(stderr, "scanner:\n%s\nQXmlStreamReader:\n%s\n", qPrintable(ours->join(QLatin1Char('\n'))),
            qt ? qPrintable(qt->join(QLatin1Char('\n'))) : "(an error)");
        std::abort();
    }
    return 0;
}
