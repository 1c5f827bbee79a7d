// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/api/apiendpoint.h"
#include "core/api/retrypolicy.h"

namespace Wesog::Cli {

/// `--url`, `--key-file`, `--ca-file`, `--allow-insecure-http` and `--attempts`, shared by submit and status.
class ConnectionFlags
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionFlags)

public:
    ConnectionFlags();
    void addTo(QCommandLineParser &parser) const;
    /// Reads the URL (flag, else WESOG_URL, else the public service) and the retry limit, and
    /// applies the CA file; false with the message printed on a usage error.
    bool read(const QCommandLineParser &parser, QUrl *baseUrl, RetryPolicy *policy) const;
    /// Finds the key: `--key-file`, else WESOG_API_KEY, else the stored key of the URL's
    /// account. Calls `done` with the key, or with an empty key after printing why; may run the
    /// event loop while the keychain answers.
    void findKey(
        const QCommandLineParser &parser, const QUrl &baseUrl, const std::function<void(QByteArray)> &done) const;

private:
    QCommandLineOption m_url;
    QCommandLineOption m_keyFile;
    QCommandLineOption m_caFile;
    QCommandLineOption m_allowInsecure;
    QCommandLineOption m_attempts;
};

} // namespace Wesog::Cli
