// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/submissionlogwriter.h"

#include <memory>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include "core/workspace/sendbases.h"
#include "core/workspace/submissionlog.h"

namespace Wesog {

SubmissionLogWriter::SubmissionLogWriter(const QString &databaseFile, QObject *parent)
    : QObject(parent)
{
    m_thread = QThread::create([this, databaseFile] { work(databaseFile); });
    m_thread->setObjectName(QStringLiteral("wesog-log-writer"));
    m_thread->start();
}

SubmissionLogWriter::~SubmissionLogWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true; // the worker empties the queue first
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

void SubmissionLogWriter::post(Write write, QObject *context, Done done)
{
    m_waiting.push_back({ context, std::move(done) });
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(write));
        ++m_posted;
    }
    m_wake.notify_one();
}

void SubmissionLogWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_written.wait(lock, [this] { return m_over == m_posted; });
}

void SubmissionLogWriter::work(const QString &databaseFile)
{
    // A Qt Sql connection is made, used and removed on one thread: this one.
    const QString name = QStringLiteral("wesog-log-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            // Per connection: the workspace's own connection sets the same (journal_mode=WAL
            // is the file's and already set).
            QSqlQuery query(db);
            for (const QString &pragma :
                { QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON") }) {
                if (!query.exec(pragma))
                    openError = query.lastError().text();
            }
        } else {
            openError = db.lastError().text();
        }
        std::unique_ptr<SubmissionLog> log;
        std::unique_ptr<SendBaseStore> bases;
        if (openError.isEmpty()) {
            log = std::make_unique<SubmissionLog>(db);
            bases = std::make_unique<SendBaseStore>(db);
        }
        for (;;) {
            Write write;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty())
                    break;
                write = std::move(m_queue.front());
                m_queue.pop_front();
            }
            QString error = openError;
            if (write && error.isEmpty() && !write(*log, *bases, &error) && error.isEmpty())
                error = QStringLiteral("unknown error");
            {
                std::lock_guard lock(m_mutex);
                ++m_over;
                m_results.push_back(error);
            }
            m_written.notify_all();
            // Queued to this object's (the posting) thread; dropped if it is being destroyed.
            QMetaObject::invokeMethod(this, &SubmissionLogWriter::deliver, Qt::QueuedConnection);
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void SubmissionLogWriter::deliver()
{
    // One at a time: a `done` may post, flush or deliver again.
    for (;;) {
        QString error;
        {
            std::lock_guard lock(m_mutex);
            if (m_results.empty())
                return;
            error = std::move(m_results.front());
            m_results.pop_front();
        }
        const Task task = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (task.done && task.context)
            task.done(error);
    }
}

} // namespace Wesog

#include "moc_submissionlogwriter.cpp"
