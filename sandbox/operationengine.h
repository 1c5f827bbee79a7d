// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "sandbox/httpreply.h"
#include "sandbox/operation.h"
#include "sandbox/operationboard.h"
#include "sandbox/operationqueue.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/srcprobe.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Wesog::Sandbox {

/// Owns the sandbox's state (store, operations, queue) and runs operations one at a time, item
/// by item.
///
/// Thread: lives on its own thread, so the HTTP side stays responsive; every public method is
/// called there (the server queues calls) and answers through the given callback, which must be
/// safe to call from this thread. Algorithm: processing runs in slices of at most a few
/// milliseconds, each one SQLite transaction that also saves the operation's progress; between
/// slices the event loop serves queued requests, and a crash loses at most one slice, which the
/// next start redoes (PUT is idempotent). Operation states are published to an OperationBoard
/// after each slice, so GET /ops never waits for the engine.
/// An `src` on this server's own /files/ route is read from disk; any other http(s) `src` is
/// fetched asynchronously and the operation waits for it.
/// Lifetime: created by SandboxServer, moved to the engine thread, destroyed there.
class OperationEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationEngine)

public:
    using Reply = std::function<void(const HttpReply &)>;

    /// `board` receives every committed change of an operation; the server reads it.
    OperationEngine(const SandboxOptions &options, std::shared_ptr<OperationBoard> board);
    ~OperationEngine() override;

    /// Opens the store and resumes unfinished operations. Call on the engine thread.
    bool open(QString *error);
    /// Where this server listens, so `src` URLs on its own /files/ route are read from disk.
    void setOwnOrigin(const QUrl &origin) { m_ownOrigin = origin; }

    void submit(const QString &tenant, const Mutation &mutation, const Reply &reply);
    void cancel(const QString &tenant, qint64 id, const Reply &reply);
    void image(const QString &tenant, const QString &id, const QStringList &fields, const Reply &reply);
    void search(const QString &tenant, const SearchRequest &request, const Reply &reply);
    /// Stops processing after the current slice and closes the store.
    void shutdown();

private:
    /// An item that could not be applied: the message for errors[], quoting the image id.
    using ItemFailure = std::optional<QString>;
    struct FetchResult
    {
        qint64 opId = 0;
        qint64 index = 0;
        ImageProbe probe;
    };

    void scheduleSlice(int delayMs);
    void runSlice();
    bool startNextOperation();
    /// Processes the current item of `op`; false if it waits for a fetch.
    bool processItem(Operation &op);
    /// Checks `src`: from disk for our own /files/, else starts a fetch and returns nullopt.
    std::optional<ImageProbe> probeSrc(const Operation &op, const QString &src);
    void handleFetchFinished(QNetworkReply *reply, qint64 opId, qint64 index);
    void finishOperation(Operation &op);
    void answerWaiters(const Operation &op);

    std::optional<StoredImage> lookup(const QString &tenant, const QString &id);
    void storeImage(const QString &tenant, const StoredImage &image);
    void removeImage(const QString &tenant, const QString &id);

    SandboxOptions m_options;
    QUrl m_ownOrigin;
    std::shared_ptr<OperationBoard> m_board;
    std::unique_ptr<SandboxStore> m_store;
    QHash<qint64, Operation> m_operations;
    OperationQueue m_queue;
    std::optional<qint64> m_current;
    qint64 m_nextOpId = 1;
    QHash<qint64, QList<Reply>> m_waiters;
    struct LocalProbe
    {
        qint64 size = 0;
        QDateTime modified;
        ImageProbe probe;
    };
    /// Our own /files/ probed before, by canonical path: a batch naming the same few files
    /// thousands of times reads each header once. A file changed since is read again.
    QHash<QString, LocalProbe> m_localProbes;

    QTimer *m_sliceTimer = nullptr;
    bool m_itemDelayPaid = false;
    bool m_stopped = false;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_pendingFetch;
    std::optional<FetchResult> m_fetched;

    /// All-or-nothing mode: the operation's changes, applied only if every item succeeds.
    /// A value of nullopt is a deletion.
    QHash<QString, std::optional<StoredImage>> m_staged;
};

} // namespace Wesog::Sandbox
