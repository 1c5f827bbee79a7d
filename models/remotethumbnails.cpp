// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/remotethumbnails.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace Wesog {

namespace {

QImage scaled(const QImage &image, int size)
{
    if (image.isNull() || (image.width() <= size && image.height() <= size))
        return image;
    return image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// Worker: decodes fetched bytes, scales them and keeps the result in the disk cache.
QImage decodeAndStore(const QByteArray &bytes, const QString &file, int size)
{
    const QImage image = scaled(QImage::fromData(bytes), size);
    if (image.isNull())
        return image;
    QSaveFile out(file); // written whole or not at all: a crash leaves no half thumbnail
    if (QDir().mkpath(QFileInfo(file).path()) && out.open(QIODevice::WriteOnly) && image.save(&out, "PNG"))
        out.commit();
    return image;
}

} // namespace

RemoteThumbnailLoader::RemoteThumbnailLoader(
    QNetworkAccessManager *network, const QString &cacheDirectory, int size, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cacheDirectory(cacheDirectory)
    , m_size(size)
{
    m_pool.setMaxThreadCount(2);
}

RemoteThumbnailLoader::~RemoteThumbnailLoader()
{
    ++m_generation;
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_pool.clear();
    m_pool.waitForDone();
}

QString RemoteThumbnailLoader::defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("remote-thumbnails"));
}

QString RemoteThumbnailLoader::cacheFile(const QString &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_cacheDirectory).filePath(QStringLiteral("%1-%2.png").arg(QString::fromLatin1(hash)).arg(m_size));
}

QImage RemoteThumbnailLoader::thumbnail(const QString &url)
{
    if (const QImage *image = m_memory.object(url))
        return *image;
    if (m_failed.contains(url) || m_running.contains(url))
        return {};
    m_queue.removeOne(url); // asked again: it moves to the front of the line
    m_queue.append(url);
    while (m_queue.size() > m_maxQueued)
        m_queue.removeFirst();
    pump();
    return {};
}

void RemoteThumbnailLoader::clear()
{
    ++m_generation;
    m_queue.clear();
    m_memory.clear();
    m_failed.clear();
    m_running.clear();
    m_pool.clear();
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_replies.clear();
    m_downloads = 0;
}

void RemoteThumbnailLoader::pump()
{
    while (!m_queue.isEmpty() && m_downloads < m_maxRequests) {
        const QString url = m_queue.takeLast();
        m_running.insert(url);
        const QString file = cacheFile(url);
        if (QFileInfo::exists(file)) {
            QtConcurrent::run(&m_pool, [file] {
                return QImage(file);
            }).then(this, [this, generation = m_generation, url](const QImage &image) {
                handleResult(generation, url, image, tr("not an image"));
            });
            continue;
        }
        fetch(url);
    }
}

void RemoteThumbnailLoader::fetch(const QString &url)
{
    const QUrl target(url);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || target.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        handleResult(m_generation, url, {}, tr("not a web address (http or https)"));
        return;
    }
    // A plain request: no API-Key, no Authorization. Image hosts never see the key.
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    ++m_downloads;
    m_replies.insert(reply, url);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > m_maxReplyBytes || total > m_maxReplyBytes)
            reply->abort(); // a hostile host cannot fill the memory
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { handleReply(reply, url); });
}

void RemoteThumbnailLoader::handleReply(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    m_replies.remove(reply);
    --m_downloads;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        // The refused downgrade, the status when the host answered (404 Not Found), else what
        // went wrong on the way.
        QString reason = reply->errorString();
        if (reply->error() == QNetworkReply::InsecureRedirectError)
            reason = tr("redirected from https to http, which is refused");
        else if (status != 0 && (status < 200 || status >= 300))
            reason = tr("the server answered %1 %2")
                         .arg(status)
                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                         .trimmed();
        handleResult(m_generation, url, {}, reason);
        pump();
        return;
    }
    QtConcurrent::run(&m_pool, decodeAndStore, reply->readAll(), cacheFile(url), m_size)
        .then(this, [this, generation = m_generation, url](const QImage &image) {
            handleResult(generation, url, image, tr("not an image"));
        });
    pump();
}

void RemoteThumbnailLoader::handleResult(
    quint64 generation, const QString &url, const QImage &image, const QString &failure)
{
    if (generation != m_generation)
        return;
    m_running.remove(url);
    if (image.isNull()) {
        m_failed.insert(url, failure);
        emit thumbnailFailed(url);
        pump();
        return;
    }
    m_memory.insert(url, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    emit thumbnailReady(url);
    pump();
}

} // namespace Wesog
