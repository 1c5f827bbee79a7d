// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/folderscanner.h"

#include <dirent.h>
#include <sys/stat.h>

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QScopeGuard>

#include "core/library/codepage.h"
#include "core/library/exiv2session.h"
#include "core/library/metadatareader.h"
#include "core/library/pathtemplate.h"
#include "core/logging.h"

namespace Wesog {

namespace {

bool hasImageSuffix(const QByteArray &name)
{
    const int dot = name.lastIndexOf('.');
    return dot > 0 && MetadataReader::imageSuffixes().contains(QString::fromLatin1(name.mid(dot + 1)).toLower());
}

/// Lists a tree with POSIX calls on raw bytes: QDirIterator silently skips names that are not
/// valid UTF-8, and a scan must never lose a file. Symlinked folders are not followed.
template <typename Visit>
void walk(const QByteArray &dir, const QString &relative, bool recursive, const Visit &visit,
    const std::atomic<bool> &cancelled)
{
    DIR *handle = ::opendir(dir.constData());
    if (!handle)
        return;
    QList<QByteArray> subfolders;
    struct Image
    {
        QString path;
        QString relativeName;
        bool utf8Name;
    };
    QList<Image> images;
    auto sidecars = std::make_shared<MetadataReader::SidecarNames>(); // the whole folder is listed before any read
    while (const dirent *entry = ::readdir(handle)) {
        if (cancelled)
            break;
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray path = dir + '/' + name;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat info = {};
            type = ::lstat(path.constData(), &info) == 0 && S_ISDIR(info.st_mode) ? DT_DIR : DT_REG;
        }
        const bool utf8 = Codepage::isValidUtf8(name);
        const QString relativeName
            = relative + (utf8 ? QString::fromUtf8(name) : QString::fromLatin1(name.toPercentEncoding("/ ")));
        if (type == DT_DIR) {
            if (recursive && utf8)
                subfolders << name;
            continue;
        }
        if (hasImageSuffix(name))
            images.append({ QFile::decodeName(path), relativeName, utf8 });
        else if (utf8 && (name.endsWith(".xmp") || name.endsWith(".XMP")))
            sidecars->insert(QString::fromUtf8(name));
    }
    ::closedir(handle);
    for (const Image &image : images)
        visit(image.path, image.relativeName, image.utf8Name,
            std::shared_ptr<const MetadataReader::SidecarNames>(sidecars));
    std::sort(subfolders.begin(), subfolders.end());
    for (const QByteArray &name : subfolders)
        walk(dir + '/' + name, relative + QString::fromUtf8(name) + QLatin1Char('/'), recursive, visit, cancelled);
}

} // namespace

FolderScanner::FolderScanner(QObject *parent)
    : QObject(parent)
{
    Exiv2Session::prepare();
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
    m_elapsed.start();
    qCDebug(lcLibrary) << "scanning" << root << (options.recursive ? "with subfolders" : "without subfolders");

    const QString base = rootInfo.absoluteFilePath();
    const ReadOptions readOptions = options.read;
    QThreadPool *readers = &m_readers;
    const bool sha1 = options.computeSha1;
    m_walker.start([this, shared, base, readOptions, readers, sha1, recursive = options.recursive] {
        walk(
            QFile::encodeName(base), QString(), recursive,
            [&](const QString &path, const QString &relative, bool utf8Name,
                const std::shared_ptr<const MetadataReader::SidecarNames> &sidecars) {
                ++shared->found;
                if (!utf8Name) { // Qt cannot open it by name; report it instead of losing it
                    QMutexLocker locker(&shared->mutex);
                    shared->ready.append({ path, relative,
                        ScanError {
                            QStringLiteral("name-not-utf8"), QStringLiteral("the file name is not valid UTF-8") },
                        {}, -1, -1 });
                    ++shared->done;
                    return; // the walk goes on, so the scan cannot be complete yet
                }
                while (!shared->queueRoom.tryAcquire(1, 100)) {
                    if (shared->cancelled) // cancel() dropped the queued reads: no room comes back
                        return;
                }
                readers->start([this, shared, path, relative, readOptions, sha1, sidecars] {
                    const auto freeRoom = qScopeGuard([&shared] { shared->queueRoom.release(); });
                    if (shared->cancelled)
                        return;
                    // Stamped before reading, so a change during the read shows at the next rescan. (A
                    // plain stat: QFileInfo::lastModified() converts to local time on every call.)
                    struct stat stamp = {};
                    const bool stamped = ::stat(QFile::encodeName(path).constData(), &stamp) == 0;
                    ScannedFile file { path, relative, MetadataReader::readFile(path, readOptions, sidecars.get()),
                        sha1 ? PathTemplate::sha1Of(path) : QString(), stamped ? qint64(stamp.st_size) : -1,
                        stamped ? qint64(stamp.st_mtim.tv_sec) * 1000 + stamp.st_mtim.tv_nsec / 1000000 : -1 };
                    {
                        QMutexLocker locker(&shared->mutex);
                        shared->ready.append(std::move(file));
                        ++shared->done;
                    }
                    postDrainIfComplete(*shared);
                });
            },
            shared->cancelled);
        shared->walking = false;
        postDrainIfComplete(*shared);
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

void FolderScanner::postDrainIfComplete(Shared &shared)
{
    // `found` is final once `walking` is false. The walker clears `walking` before it looks at
    // `done`, and a reader counts `done` before it looks at `walking`, so whichever acts last
    // sees both; the flag keeps a second one from posting too. The destructor waits for every
    // worker, so `this` outlives the post, and Qt drops the event if it dies before delivery.
    if (shared.walking || shared.done != shared.found || shared.completionPosted.exchange(true))
        return;
    QMetaObject::invokeMethod(this, &FolderScanner::drain, Qt::QueuedConnection);
}

void FolderScanner::drain()
{
    if (!m_shared || !m_running) // a drain posted on completion may follow the timer's last one
        return;
    const std::shared_ptr<Shared> shared = m_shared; // a slot may start another scan
    QList<ScannedFile> batch;
    bool walking = true;
    int done = 0;
    int found = 0;
    {
        // Counters and results are read together: a read that finishes after this point is
        // counted next time, so "done == found" can never leave a result behind.
        QMutexLocker locker(&shared->mutex);
        walking = shared->walking;
        found = shared->found;
        done = shared->done;
        batch.swap(shared->ready);
    }
    if (!batch.isEmpty() && !shared->cancelled)
        emit filesScanned(batch);
    emit progressChanged(done, found, walking);
    const bool complete = !walking && done == found;
    const bool stopped = shared->cancelled && !walking && m_readers.activeThreadCount() == 0;
    if ((complete || stopped) && m_shared == shared) {
        m_drainTimer.stop();
        m_running = false;
        qCDebug(lcLibrary, "scan %s: %d files in %lld ms", shared->cancelled ? "cancelled" : "finished", done,
            m_elapsed.elapsed());
        emit finished(shared->cancelled);
    }
}

} // namespace Wesog

#include "moc_folderscanner.cpp"
