// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/api/operationstatus.h"
#include "core/record/imagerecord.h"
#include "core/submit/statusmessage.h"
#include "core/submit/submitoptions.h"

class QNetworkAccessManager;

namespace Wesog {

/// A batch the server took: its operation, and the submitted records in the order they were
/// sent (the operation's `errors[].id` indexes this list).
struct AcceptedBatch
{
    qint64 opId = 0;
    QList<int> records; ///< indexes into the list given to Submitter::start()
    OperationStatus status; ///< as the mutation reply gave it (finished when `wait` was set)
};

/// A record the server refused before creating an operation (422), with the field it named.
struct RecordRejection
{
    int record = -1;
    QString field; ///< API key such as "src"; empty when the whole item was refused
    StatusMessage message;
};

/// Sends records as `PUT /imgs` batches: at most `maxInFlight` at once, each an ApiCall with its
/// retries. A 422 marks the items it names and sends the batch's other records once more in a
/// new batch; a 413, or a 422 refusing the batch's length, halves the batch; any other failure that retries could not
/// cure stops the submission, and what was not sent is reported as such. cancel() stops the batches not yet sent; the
/// ones in flight still get their answer. Records are referred to by their index in the list given to start().
class Submitter : public QObject
{
    Q_OBJECT

public:
    Submitter(QNetworkAccessManager *manager, ApiEndpoint endpoint, SubmitOptions options, QObject *parent = nullptr);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLimits(const ApiLimits &limits) { m_limits = limits; }

    void start(const QList<ImageRecord> &records);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void batchAccepted(const Wesog::AcceptedBatch &batch);
    void recordsRejected(const QList<Wesog::RecordRejection> &rejections);
    void recordsNotSent(const QList<int> &records, const Wesog::ApiError &reason);
    void retrying(int attempt, int delayMs, const Wesog::ApiError &error);
    /// Every batch is answered or given up. `stopReason` is None unless the submission stopped
    /// early (authentication, network, cancel).
    void finished(const Wesog::ApiError &stopReason);

private:
    struct Batch
    {
        QList<int> records;
        bool isResend = false; ///< the rest of a batch refused with 422: refused again means failed
    };

    void pump();
    void send(const Batch &batch);
    void batchAnswered(ApiCall *call, const ApiReply &reply);
    /// Sends the batch again as two halves (413, or 422 for the batch's length).
    void halve(const Batch &batch);
    void takeOperation(const Batch &batch, const ApiReply &reply);
    void handleRefusal(const Batch &batch, const ApiError &error);
    void rejectAll(const QList<int> &records, const StatusMessage &message);
    void stop(const ApiError &reason);

    QNetworkAccessManager *m_manager;
    ApiEndpoint m_endpoint;
    SubmitOptions m_options;
    RetryPolicy m_policy;
    ApiLimits m_limits;
    QList<ImageRecord> m_records;
    std::deque<Batch> m_queue;
    QHash<ApiCall *, Batch> m_inFlight;
    ApiError m_stopReason;
    bool m_running = false;
};

} // namespace Wesog
