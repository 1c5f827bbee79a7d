// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace Wesog::Test {

/// A real wesog-sandbox process on 127.0.0.1 and a free port (`--port 0`, read back from its
/// first stdout line). Stopped with SIGTERM when destroyed.
class SandboxProcess final
{
public:
    explicit SandboxProcess(QStringList arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts it and waits for the "listening" line; false (with the reason) if it never comes.
    bool start(QString *error = nullptr);
    /// SIGTERM and wait; returns the exit code.
    int stop();
    /// SIGKILL, as a crash would.
    void kill();

    QString baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    QProcess &process() { return m_process; }
    /// Everything the process printed so far (stdout and stderr).
    QByteArray output();

    static QString executable();

private:
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_output;
    QString m_baseUrl;
    quint16 m_port = 0;
};

} // namespace Wesog::Test
