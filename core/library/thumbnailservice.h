// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

namespace Wesog {

/// Serves thumbnails to views without ever blocking them.
///
/// Algorithm: thumbnail() answers from a memory cache bounded in bytes, else queues the path
/// and returns a null image; thumbnailReady() follows. Views ask only for what they paint, so
/// the newest requests are the visible ones: the queue is served newest first, and when it
/// grows past `maxQueued` the oldest requests (rows scrolled away) are dropped; they are asked
/// for again if they come back into view. Workers look in the freedesktop disk cache first,
/// then make the thumbnail (Thumbnailer) and store it there. clear() starts a new generation:
/// results of older requests are ignored. Its own thread pool keeps a large scan from starving
/// thumbnails.
/// Thread: GUI (owner's) thread; workers only produce QImages.
/// Lifetime: destruction drops the queue and waits for running workers.
class ThumbnailService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailService)

public:
    explicit ThumbnailService(int size = 160, QObject *parent = nullptr);
    ~ThumbnailService() override;

    /// The cached thumbnail, or a null image after queueing a request.
    QImage thumbnail(const QString &path);
    /// True if making this file's thumbnail failed (the view shows a placeholder).
    bool hasFailed(const QString &path) const { return m_failed.contains(path); }
    int size() const { return m_size; }
    /// Forgets the queue and in-memory results (a new folder); results still running are ignored.
    void clear();

    void setMemoryLimitBytes(qint64 bytes) { m_memory.setMaxCost(qMax<qint64>(1, bytes / 1024)); }
    void setMaxQueued(int count) { m_maxQueued = count; }
    void setThreadCount(int count) { m_pool.setMaxThreadCount(count); }
    int queuedCount() const { return int(m_queue.size()); }

signals:
    void thumbnailReady(const QString &path);

private:
    void pump();
    void handleResult(quint64 generation, const QString &path, const QImage &image);

    int m_size;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory; ///< cost in KiB
    QStringList m_queue; ///< oldest first; served from the back
    QSet<QString> m_running;
    QSet<QString> m_failed;
    int m_maxQueued = 400;
    quint64 m_generation = 0;
};

} // namespace Wesog
