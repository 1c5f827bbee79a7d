// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

namespace Wesog::Sandbox {
class SandboxServer;
}

namespace Wesog {

/// The sandbox library run in-process on its own thread, on 127.0.0.1, serving the open folder
/// at /files/ and keeping its data in the app data folder, so a new user can try everything
/// without an account. Thread: created and driven from the GUI thread.
class LocalSandbox final : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    /// (Re)starts with `key` on `preferredPort`, or on a free port if that one is taken (or 0).
    /// False with the reason if it cannot listen at all.
    bool start(const QByteArray &key, quint16 preferredPort, const QString &filesRoot, QString *error);
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString filesRoot() const { return m_filesRoot; }

private:
    bool startOn(const QByteArray &key, quint16 port, QString *error);

    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; runs the server's setup there
    Sandbox::SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_filesRoot;
};

} // namespace Wesog
