// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutexLocker>

#include "metadatareader.h"

namespace Wesog {

FolderScanner::FolderScanner(QObject *parent)
    : QObject(parent)
{
    m_walker.setMaxThreadCount(1);
    m_drainTimer.setSingleShot(false);
    connect(&m_drainTimer, &QTimer::timeout, this, &FolderScanner::drain);
}

FolderScanner::~FolderScanner()
{
    cancel();
    m_walker.waitForDone();
    m_readers.waitForDone();
}

bool FolderScanner::start(const QString &root, const Options &options)
{
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir() || !rootInfo.isReadable() || !QDir(root).isReadable())
        return false;
    cancel();
    m_walker.waitForDone();
    m_readers.waitForDone();
    m_readers.setMaxThreadCount(options.jobs > 0 ? options.jobs : QThread::idealThreadCount());
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    m_running = true;

    const QString base = rootInfo.absoluteFilePath();
    const ReadOptions readOptions = options.read;
    QThreadPool *readers = &m_readers;
    m_walker.start([shared, base, readOptions, readers, recursive = options.recursive] {
        const QStringList suffixes = MetadataReader::imageSuffixes();
        QDirIterator it(base, QDir::Files | QDir::System | QDir::NoDotAndDotDot,
                        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
        const QDir root(base);
        while (it.hasNext() && !shared->cancelled) {
            const QString path = it.next();
            if (!suffixes.contains(it.fileInfo().suffix().toLower()))
                continue;
            ++shared->found;
            readers->start([shared, path, relative = root.relativeFilePath(path), readOptions] {
                if (shared->cancelled)
                    return;
                ScannedFile file{path, relative, MetadataReader::readFile(path, readOptions)};
                QMutexLocker locker(&shared->mutex);
                shared->ready.append(std::move(file));
                ++shared->done;
            });
        }
        shared->walking = false;
    });
    m_drainTimer.start(options.batchIntervalMs);
    return true;
}

void FolderScanner::cancel()
{
    if (!m_shared || !m_running)
        return;
    m_shared->cancelled = true;
    m_readers.clear();
}

void FolderScanner::drain()
{
    if (!m_shared)
        return;
    const std::shared_ptr<Shared> shared = m_shared; // a slot may start another scan
    QList<ScannedFile> batch;
    {
        QMutexLocker locker(&shared->mutex);
        batch.swap(shared->ready);
    }
    if (!batch.isEmpty() && !shared->cancelled)
        emit filesScanned(batch);
    const bool walking = shared->walking;
    const int done = shared->done;
    const int found = shared->found;
    emit progressChanged(done, found, walking);
    const bool complete = !walking && done == found;
    const bool stopped = shared->cancelled && !walking && m_readers.activeThreadCount() == 0;
    if ((complete || stopped) && m_shared == shared) {
        m_drainTimer.stop();
        m_running = false;
        emit finished(shared->cancelled);
    }
}

} // namespace Wesog
