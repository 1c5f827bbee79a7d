// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/localsandbox.h"

#include <QDir>

#include "core/connection/apppaths.h"
#include "sandbox/sandboxserver.h"

namespace Wesog {

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("local-sandbox"));
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

QString LocalSandbox::baseUrl() const
{
    return m_port ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}

bool LocalSandbox::start(const QByteArray &key, quint16 preferredPort, const QString &filesRoot, QString *error)
{
    stop();
    m_filesRoot = filesRoot;
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    if (preferredPort != 0 && startOn(key, preferredPort, error))
        return true;
    return startOn(key, 0, error); // the remembered port is taken: another one
}

bool LocalSandbox::startOn(const QByteArray &key, quint16 port, QString *error)
{
    Sandbox::SandboxOptions options;
    options.port = port;
    options.keys = { QString::fromUtf8(key) };
    options.filesRoot = m_filesRoot;
    QDir().mkpath(AppPaths::sandboxDirectory());
    options.dataFile = AppPaths::sandboxDirectory() + QStringLiteral("/sandbox.sqlite");
    bool started = false;
    QString reason;
    // The server must be created on its thread; this waits for one store open, not an event loop.
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto *server = new Sandbox::SandboxServer(options);
            started = server->start(&reason);
            if (started) {
                m_server = server;
                m_port = server->port();
            } else {
                delete server;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        *error = reason;
    return started;
}

void LocalSandbox::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server; // stops the engine after its current slice; operations resume next time
            m_server = nullptr;
            m_context->deleteLater(); // deleted as the thread ends
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_context = nullptr;
    m_port = 0;
}

} // namespace Wesog
