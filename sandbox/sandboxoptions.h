// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Wesog::Sandbox {

/// How the sandbox treats a batch in which some items fail (docs/wesog-api.md §10).
enum class BatchMode { PerItem, AllOrNothing };

/// Every startup option of wesog-sandbox. The GUI fills it in code; the executable parses it
/// from the command line with parse(). A plain value.
struct SandboxOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8765;
    QStringList keys; ///< never logged
    QString dataFile; ///< empty: an in-memory database
    QString filesRoot; ///< served at /files/; empty: /files/ answers 404
    int itemDelayMs = 0;
    BatchMode mode = BatchMode::PerItem;
    quint32 seed = 0;
    bool seedSet = false; ///< false: a random seed per run
    double failRate = 0; ///< 0..1, answers 500/503
    double dropRate = 0; ///< 0..1, closes the connection without an answer
    int latencyMs = 0;
    int rateLimit = 0; ///< requests per second and key; 0: unlimited
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    int maxBatch = 0; ///< 0: unlimited
    int fetchTimeoutMs = 10000; ///< for http(s) src fetches
    qint64 maxFetchBytes = 64LL * 1024 * 1024;

    /// Parses `arguments` (argv without the program name). On error returns nullopt and sets
    /// `error`; `--help` sets `helpText` and returns nullopt with an empty error.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error, QString *helpText);
    /// Reads a keys file: one key per line, blank lines and `#` comments skipped.
    static std::optional<QStringList> readKeysFile(const QString &path, QString *error);
};

} // namespace Wesog::Sandbox
