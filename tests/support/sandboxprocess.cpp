// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/sandboxprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include "tests/support/testpaths.h"

namespace Wesog::Test {

SandboxProcess::SandboxProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    return QStringLiteral(WESOG_SANDBOX_EXECUTABLE);
}

bool SandboxProcess::start(QString *error)
{
    QStringList arguments = m_arguments;
    if (!arguments.contains(QStringLiteral("--port")))
        arguments << QStringLiteral("--port") << QStringLiteral("0");
    m_process.start(executable(), arguments);
    if (!m_process.waitForStarted(10000)) {
        if (error)
            *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression line(
        QStringLiteral("^wesog-sandbox listening on (http://127\\.0\\.0\\.1:(\\d+))\\n"));
    QByteArray stdoutText;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        stdoutText += m_process.readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(stdoutText));
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            m_port = match.captured(2).toUShort();
            m_output += stdoutText;
            return true;
        }
    }
    m_output += stdoutText + m_process.readAllStandardError();
    if (error)
        *error = QStringLiteral("no listening line; output: ") + QString::fromUtf8(m_output);
    return false;
}

int SandboxProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    output();
    return m_process.exitCode();
}

void SandboxProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QByteArray SandboxProcess::output()
{
    m_output += m_process.readAllStandardOutput();
    m_output += m_process.readAllStandardError();
    return m_output;
}

} // namespace Wesog::Test
