// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/api/apierror.h"
#include "core/api/retrypolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Wesog {

/// What one API request says, before it is sent.
struct ApiRequest
{
    QByteArray verb; ///< "GET", "PUT", ...
    QUrl url;
    QByteArray apiKey; ///< sent as the `API-Key` header only; never logged
    QByteArray body; ///< JSON, empty for GET
};

/// The bounds every attempt of a request must keep.
struct ApiLimits
{
    int deadlineMs = 60000; ///< absolute, per attempt: a trickling reply still ends
    qint64 maxReplyBytes = 64 * 1024 * 1024; ///< a hostile server cannot fill the memory
};

/// The outcome of a request after all its attempts.
struct ApiReply
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error;
    int attempts = 0;
};

/// One logical API request: sends it through the shared manager, retries what RetryPolicy allows
/// on single-shot timers, and emits finished() exactly once. Redirects are never followed, so the
/// key cannot reach another host.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkAccessManager *manager, ApiRequest request, RetryPolicy policy, ApiLimits limits,
        QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    /// Stops the attempt in flight or the wait before the next; finished() reports Canceled.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void finished(const Wesog::ApiReply &reply);
    /// Another attempt follows after `delayMs`; lets a progress line say why it waits.
    void retrying(int attempt, int delayMs, const Wesog::ApiError &error);

private:
    enum class Abort { None, Deadline, TooLarge, Cancel };

    void sendAttempt();
    void readAvailable();
    void attemptFinished();
    ApiError classify(QNetworkReply *reply) const;
    void finish(const ApiError &error, int httpStatus);
    QString logLine(int httpStatus) const;
    qint64 elapsedMs() const;

    QNetworkAccessManager *m_manager;
    ApiRequest m_request;
    RetryPolicy m_policy;
    ApiLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_elapsed; ///< since start(), over all attempts, for the request log
    QByteArray m_body;
    Abort m_abort = Abort::None;
    int m_attempt = 0;
    bool m_finished = false;
};

} // namespace Wesog
