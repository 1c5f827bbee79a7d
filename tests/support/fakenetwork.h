// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Wesog::Test {

/// What the fake server does with one request.
struct Script
{
    Script(int status = 200, QByteArray body = {}, QByteArray retryAfter = {})
        : status(status)
        , body(std::move(body))
        , retryAfter(std::move(retryAfter))
    {
    }

    int status; ///< 0: a network error instead of an answer
    QByteArray body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError networkError = QNetworkReply::ConnectionRefusedError;
    bool silent = false; ///< never answers (the deadline must end it)
    int delayMs = 0; ///< answers after this long
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const Script &script,
        QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setOperation(operation);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        m_data.setData(script.body);
        m_data.open(QIODevice::ReadOnly);
        if (script.silent)
            return;
        QTimer::singleShot(script.delayMs, this, [this, script] {
            if (script.status == 0) {
                setError(script.networkError, QStringLiteral("fake network error"));
                emit errorOccurred(script.networkError);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, script.status);
                if (!script.retryAfter.isEmpty())
                    setRawHeader("Retry-After", script.retryAfter);
                emit metaDataChanged();
                if (!script.body.isEmpty())
                    emit readyRead();
            }
            finishOnce();
        });
    }

    void abort() override
    {
        setError(OperationCanceledError, QStringLiteral("aborted"));
        finishOnce();
    }
    qint64 bytesAvailable() const override { return m_data.bytesAvailable() + QNetworkReply::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override { return m_data.read(data, maxSize); }

private:
    void finishOnce()
    {
        if (isFinished())
            return;
        setFinished(true);
        emit finished();
    }

    QBuffer m_data;
};

/// Answers each request with the next script, and records what was asked.
/// A responder, when set, decides instead of the scripts (for requests sent concurrently).
class FakeNetwork : public QNetworkAccessManager
{
public:
    QList<Script> scripts;
    std::function<Script(const QNetworkRequest &request, const QByteArray &body)> responder;
    QList<QNetworkRequest> requests;
    QList<QByteArray> bodies;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        requests.append(request);
        bodies.append(data ? data->readAll() : QByteArray());
        Script script;
        if (responder)
            script = responder(request, bodies.last());
        else if (!scripts.isEmpty())
            script = scripts.takeFirst();
        return new FakeReply(request, operation, script, this);
    }
};

} // namespace Wesog::Test
