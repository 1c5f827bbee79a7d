// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "core/record/imagerecord.h"

namespace Wesog {

/// The file a template is expanded for.
struct TemplateFile
{
    QString absolutePath;
    QString relativePath; ///< below the opened root, with '/'
    QString sha1; ///< hex; filled by the caller only when the template uses {sha1}
};

/// Expands id/src templates such as `{basename}` or `https://cdn.example.com/{relpath}`.
/// Variables: {filename} {basename} {ext} {folder} {relpath} {sha1} {sandbox}. {sandbox} (the
/// Local sandbox's base URL) is kept as written, to be resolved when sending, so a port change
/// edits nothing. In http(s) templates each value is percent-encoded per path segment.
/// Pure functions, any thread.
class PathTemplate
{
public:
    static QStringList variables();
    /// The unknown variables in `text` (empty if it is valid).
    static QStringList unknownVariables(const QString &text);
    static bool usesSha1(const QString &text) { return text.contains(QLatin1String("{sha1}")); }
    /// Expands every variable but {sandbox}. Unknown variables stay as written; check first.
    static QString expand(const QString &text, const TemplateFile &file);
    /// Replaces {sandbox} with `baseUrl` (no trailing slash), when sending.
    static QString resolveSandbox(const QString &text, const QString &baseUrl);
    /// The record with {sandbox} resolved in its URL fields.
    static ImageRecord resolveSandbox(const ImageRecord &record, const QString &baseUrl);
    /// SHA-1 of a file's bytes in hex, or empty if it cannot be read.
    static QString sha1Of(const QString &path);
};

} // namespace Wesog
