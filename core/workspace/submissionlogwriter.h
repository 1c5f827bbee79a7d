// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

#include <QObject>
#include <QPointer>

class QThread;

namespace Wesog {

class SendBaseStore;
class SubmissionLog;

/// Writes a workspace's submission log and send bases on a thread of its own, through its own
/// connection to the workspace file, so the GUI thread never waits for SQLite or for the disk
/// (synchronous=FULL: a commit is on disk when it returns). Writes run one at a time in the
/// order posted, each as the transaction(s) its function makes (SubmissionLog and SendBaseStore
/// calls are one transaction each). Once a write is committed, or has failed, its `done` runs on
/// the posting thread, in the same order: what depends on the write being kept (showing a state
/// as sent) waits for it there. Readers on another connection flush() first.
/// Thread: created, posted to and destroyed on one thread (the GUI's); writes run on its worker.
class SubmissionLogWriter final : public QObject
{
    Q_OBJECT

public:
    /// One write, run on the worker against its connection; false (with the reason) if it failed.
    using Write = std::function<bool(SubmissionLog &log, SendBaseStore &bases, QString *error)>;
    /// Runs on the posting thread once the write is over; `error` is empty if it was committed.
    using Done = std::function<void(const QString &error)>;

    /// Opens `databaseFile` (a workspace Workspace::open() has set up) on the worker.
    explicit SubmissionLogWriter(const QString &databaseFile, QObject *parent = nullptr);
    /// Waits for the writes posted (nothing posted is lost); their `done` no longer runs.
    ~SubmissionLogWriter() override;

    /// Queues `write` (an empty one writes nothing: its `done` only keeps its place in the
    /// order). `done` runs only while `context` exists.
    void post(Write write, QObject *context = nullptr, Done done = {});
    /// Blocks until every write posted so far is over, so another connection reads them. Their
    /// `done` still runs from the event loop (or deliver()).
    void flush();
    /// Runs now, in order, the `done` of the writes already over (after flush(): all of them),
    /// for a caller that must see their effects before it goes on.
    void deliver();

private:
    struct Task
    {
        QPointer<QObject> context;
        Done done;
    };

    void work(const QString &databaseFile);

    QThread *m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake; ///< the worker: a write was posted, or stop
    std::condition_variable m_written; ///< flush(): a write is over
    std::deque<Write> m_queue; ///< guarded by m_mutex
    std::deque<QString> m_results; ///< guarded by m_mutex: errors of the writes over, `done` not run
    quint64 m_posted = 0; ///< guarded by m_mutex
    quint64 m_over = 0; ///< guarded by m_mutex
    bool m_stopping = false; ///< guarded by m_mutex
    std::deque<Task> m_waiting; ///< the posting thread's: writes whose `done` has not run yet
};

} // namespace Wesog
