// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/thumbnailservice.h"

#include <QPointer>

#include "core/library/exiv2session.h"
#include "core/library/thumbnailer.h"

namespace Wesog {

ThumbnailService::ThumbnailService(int size, QObject *parent)
    : QObject(parent)
    , m_size(size)
{
    Exiv2Session::prepare();
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    setMemoryLimitBytes(256LL * 1024 * 1024);
}

ThumbnailService::~ThumbnailService()
{
    m_queue.clear();
    ++m_generation;
    m_pool.waitForDone();
}

QImage ThumbnailService::thumbnail(const QString &path)
{
    if (const QImage *cached = m_memory.object(path))
        return *cached;
    if (m_failed.contains(path) || m_running.contains(path))
        return QImage();
    m_queue.removeOne(path);
    m_queue.append(path); // asked again: it is visible now, so it goes to the front
    while (m_queue.size() > m_maxQueued)
        m_queue.removeFirst(); // scrolled away long ago
    pump();
    return QImage();
}

void ThumbnailService::clear()
{
    ++m_generation;
    m_queue.clear();
    m_running.clear();
    m_failed.clear();
    m_memory.clear();
}

void ThumbnailService::pump()
{
    while (!m_queue.isEmpty() && m_running.size() < m_pool.maxThreadCount()) {
        const QString path = m_queue.takeLast();
        m_running.insert(path);
        const quint64 generation = m_generation;
        const int size = m_size;
        QPointer<ThumbnailService> self(this);
        m_pool.start([self, generation, path, size] {
            QImage image = ThumbnailDiskCache::load(path, size);
            if (image.isNull()) {
                image = Thumbnailer::make(path, ThumbnailDiskCache::bucketSize(size));
                if (!image.isNull())
                    ThumbnailDiskCache::store(path, size, image);
            }
            if (!image.isNull() && (image.width() > size || image.height() > size))
                image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            // The service waits for its workers before it dies, so `self` is alive here; the
            // queued call is dropped if it is destroyed before delivery.
            if (self)
                QMetaObject::invokeMethod(
                    self,
                    [self, generation, path, image] {
                        if (self)
                            self->handleResult(generation, path, image);
                    },
                    Qt::QueuedConnection);
        });
    }
}

void ThumbnailService::handleResult(quint64 generation, const QString &path, const QImage &image)
{
    if (generation != m_generation)
        return; // from before clear()
    m_running.remove(path);
    if (image.isNull())
        m_failed.insert(path);
    else
        m_memory.insert(path, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    emit thumbnailReady(path);
    pump();
}

} // namespace Wesog

#include "moc_thumbnailservice.cpp"
