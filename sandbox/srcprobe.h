// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Wesog::Sandbox {

/// What the header of a `src` says: an image format and its size, or why it is not an image.
struct ImageProbe
{
    bool ok = false;
    qint64 width = 0;
    qint64 height = 0;
    QString error; ///< English, quoted into an operation's errors[]
};

/// Checks `src` contents and resolves `/files/` paths. Pure functions, any thread.
class SrcProbe
{
public:
    /// Reads only the header (format and size), never decodes the pixels.
    static ImageProbe probe(QIODevice *device);
    static ImageProbe probe(const QByteArray &bytes);
    /// The file under `root` that `/files/<relative>` names, or nullopt with a reason. Refuses
    /// `..`, absolute paths, and symlinks that lead out of the root.
    static std::optional<QString> resolveFilesPath(const QString &root, const QString &relative, QString *reason);
};

} // namespace Wesog::Sandbox
