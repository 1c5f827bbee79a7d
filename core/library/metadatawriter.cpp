// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/metadatawriter.h"

namespace Wesog {

// Placeholder so the callers can be built while the writer is written: every write fails.
WriteResult MetadataWriter::write(const WriteRequest &, const WriteOptions &)
{
    WriteResult result;
    result.error = { QStringLiteral("write-failed"), QStringLiteral("not implemented yet") };
    return result;
}

int MetadataWriter::removeStaleTemporaries(const QString &)
{
    return 0;
}

bool MetadataWriter::isTemporaryName(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(QLatin1String(".wesogdesk-"));
}

QString WriteWarning::message() const
{
    return code;
}

QString WriteWarning::userMessage() const
{
    return code;
}

QString WriteError::userMessage() const
{
    return message;
}

} // namespace Wesog
