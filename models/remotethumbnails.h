// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

class QNetworkAccessManager;
class QNetworkReply;

namespace Wesog {

/// Thumbnails of rows without a file (a server collection), fetched from the image's URL.
///
/// Algorithm: as ThumbnailService for files. thumbnail() answers from a memory cache, else
/// queues the URL and returns a null image; thumbnailReady() follows. The queue is served
/// newest first (the rows the views just asked for are the visible ones) and loses its oldest
/// requests past `maxQueued`; a few downloads run at a time. A thumbnail fetched once is kept,
/// scaled, in a disk cache (a file per URL hash), so reopening a collection does not fetch again.
/// Decoding, scaling and the cache files are done on the loader's own pool, never on the GUI
/// thread; clear() starts a new generation whose results are the only ones kept.
///
/// Security: requests go through the app's network access manager (its TLS and proxy setup)
/// and carry no API key or other credential: image hosts are not the API. Only http and https
/// URLs are fetched (never file: or others a record could name). Redirects are followed but
/// never from https to http (NoLessSafeRedirectPolicy); a reply is bounded in size and time.
/// Thread: GUI; workers only produce QImages. Lifetime: destruction aborts downloads and waits
/// for workers.
class RemoteThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteThumbnailLoader)

public:
    RemoteThumbnailLoader(
        QNetworkAccessManager *network, const QString &cacheDirectory, int size = 160, QObject *parent = nullptr);
    ~RemoteThumbnailLoader() override;

    /// Where the app keeps fetched thumbnails: a folder in its cache directory.
    static QString defaultCacheDirectory();

    /// The thumbnail of `url`, or a null image after queueing it.
    QImage thumbnail(const QString &url);
    bool hasFailed(const QString &url) const { return m_failed.contains(url); }
    /// Why `url` could not be shown (translated, e.g. "the server answered 404 Not Found"), or empty.
    QString failureReason(const QString &url) const { return m_failed.value(url); }
    /// Forgets the queue and in-memory results (another collection); running work is ignored.
    void clear();

    void setMaxRequests(int requests) { m_maxRequests = requests; }
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void thumbnailReady(const QString &url);
    /// `url` will not be shown (failureReason() says why): views stop showing it as loading.
    void thumbnailFailed(const QString &url);

private:
    void pump();
    void fetch(const QString &url);
    void handleReply(QNetworkReply *reply, const QString &url);
    void handleResult(quint64 generation, const QString &url, const QImage &image, const QString &failure);
    QString cacheFile(const QString &url) const;

    QNetworkAccessManager *m_network;
    QString m_cacheDirectory;
    int m_size;
    QThreadPool m_pool;
    QCache<QString, QImage> m_memory { 32 * 1024 }; ///< cost in KiB
    QStringList m_queue; ///< oldest first; served from the back
    QSet<QString> m_running;
    QHash<QString, QString> m_failed; ///< url → why it is not shown
    QHash<QNetworkReply *, QString> m_replies;
    int m_maxQueued = 400;
    int m_maxRequests = 4;
    int m_downloads = 0;
    qint64 m_maxReplyBytes = 32 * 1024 * 1024;
    int m_timeoutMs = 30000;
    quint64 m_generation = 0;
};

} // namespace Wesog
