// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/srcprobe.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace Wesog::Sandbox {

ImageProbe SrcProbe::probe(QIODevice *device)
{
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    const QSize size = reader.size(); // header only
    if (reader.format().isEmpty() || !size.isValid() || size.isEmpty())
        return { false, 0, 0, QStringLiteral("src is not a supported image") };
    return { true, size.width(), size.height(), QString() };
}

ImageProbe SrcProbe::probe(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return probe(&buffer);
}

std::optional<QString> SrcProbe::resolveFilesPath(const QString &root, const QString &relative, QString *reason)
{
    if (root.isEmpty()) {
        *reason = QStringLiteral("no files root is configured");
        return std::nullopt;
    }
    const QStringList parts = relative.split(QLatin1Char('/'));
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')) || relative.contains(QLatin1Char('\\'))
        || relative.contains(QChar(0)) || parts.contains(QStringLiteral("..")) || parts.contains(QStringLiteral("."))) {
        *reason = QStringLiteral("path is not inside the files root");
        return std::nullopt;
    }
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QFileInfo target(QDir(canonicalRoot).filePath(relative));
    const QString canonicalTarget = target.canonicalFilePath(); // empty if missing or a broken link
    if (canonicalTarget.isEmpty() || !target.isFile()) {
        *reason = QStringLiteral("file not found");
        return std::nullopt;
    }
    if (!canonicalTarget.startsWith(canonicalRoot + QLatin1Char('/'))) {
        *reason = QStringLiteral("path is not inside the files root");
        return std::nullopt;
    }
    return canonicalTarget;
}

} // namespace Wesog::Sandbox
