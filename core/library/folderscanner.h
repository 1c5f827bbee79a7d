// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <variant>

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSemaphore>
#include <QThreadPool>
#include <QTimer>

#include "core/library/imagemetadata.h"

namespace Wesog {

/// One file of a scan: where it is and what reading it gave.
struct ScannedFile
{
    QString absolutePath;
    QString relativePath; ///< below the scanned root, with '/'
    std::variant<ImageMetadata, ScanError> result;
    QString sha1; ///< hex, only when the scan was asked for it
    qint64 size = -1; ///< bytes when read, to notice later changes on disk
    qint64 modifiedMs = -1;
};

/// Walks a folder and reads every image's metadata on a private thread pool, handing results
/// to its own thread in batches.
///
/// Algorithm: one walker task lists the tree with POSIX calls on raw names (symlinked folders
/// are not followed, so loops cannot trap it; names that are not UTF-8 become error rows) and
/// queues a read per image file as it goes, so reading starts before the walk ends. A timer on
/// the owner's thread drains finished reads every `batchIntervalMs` into one filesScanned()
/// signal, so a view gets one insert per batch, never one per file. The worker that completes
/// the scan (the last read, or the walk's end) posts one drain at once, so finished() never
/// waits for the timer.
/// Thread: create and use on one thread (the GUI thread in Wesog Desk); workers only post that
/// one drain to it.
/// Lifetime: destruction cancels and waits for the workers.
class FolderScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderScanner)

public:
    struct Options
    {
        bool recursive = true;
        int jobs = 0; ///< reader threads; 0: one per core
        ReadOptions read;
        int batchIntervalMs = 50;
        bool computeSha1 = false; ///< for {sha1} templates: hashed on the worker, never the GUI thread
    };

    explicit FolderScanner(QObject *parent = nullptr);
    ~FolderScanner() override;

    /// Starts scanning `root`; false if it is not a readable folder (nothing is emitted then).
    bool start(const QString &root, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void filesScanned(const QList<Wesog::ScannedFile> &batch);
    /// `found` grows while the walk goes on; `walking` turns false when the tree is listed.
    void progressChanged(int done, int found, bool walking);
    void finished(bool cancelled);

private:
    struct Shared
    {
        /// Files waiting for a reader, at most: a walk far ahead of the reads would hold a task
        /// per file (hundreds of MB for a 1,000,000-file tree) for nothing. Folders up to this
        /// size are still listed at once, so their progress knows the total from the start.
        static constexpr int maxQueued = 65536;
        QSemaphore queueRoom { maxQueued };
        QMutex mutex;
        QList<ScannedFile> ready;
        std::atomic<int> found { 0 };
        std::atomic<int> done { 0 };
        std::atomic<bool> walking { true };
        std::atomic<bool> cancelled { false };
        std::atomic<bool> completionPosted { false };
    };

    /// Called by a worker after it counted a read or ended the walk.
    void postDrainIfComplete(Shared &shared);
    void drain();

    QThreadPool m_readers;
    QThreadPool m_walker;
    QTimer m_drainTimer;
    QElapsedTimer m_elapsed; ///< since start(), for the scan log
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace Wesog

Q_DECLARE_METATYPE(Wesog::ScannedFile)
