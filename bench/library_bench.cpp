// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of folder reading against ExifTool and vipsthumbnail, both sides on the same files
// in the same run. Prints `metric<TAB>value<TAB>unit<TAB>target` lines.
// Usage: library_bench scan PHOTOS_DIR WESOGCTL JOBS     warm and cold scan vs ExifTool
//        library_bench thumbs PHOTOS_DIR JOBS [COUNT]    160 px and 256 px thumbnails (COUNT files, default 100)
//        library_bench memory PHOTOS_DIR WESOGCTL [FILES] peak memory of a scan of FILES (10,000) files
//        library_bench tree TREE_DIR WESOGCTL            time and peak memory of scanning a tree
// PHOTOS_DIR comes from bench/make-photos, TREE_DIR from bench/make-tree.

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>

#include "core/library/allocatortuning.h"
#include "core/library/exiv2session.h"
#include "core/library/thumbnailer.h"

using namespace Wesog;

namespace {

void report(const QString &metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.1f\t%s\t%s\n", qPrintable(metric), value, unit, target);
    std::fflush(stdout);
}

int usage()
{
    std::fprintf(stderr,
        "usage: library_bench scan PHOTOS_DIR WESOGCTL JOBS | thumbs PHOTOS_DIR JOBS [COUNT]"
        " | memory PHOTOS_DIR WESOGCTL [FILES] | tree TREE_DIR WESOGCTL\n");
    return 2;
}

/// Seconds until every process has finished; each gets its own arguments. Exits the
/// benchmark if one fails, so a broken side never shows as a fast one.
double runAll(const QString &program, const QList<QStringList> &argumentLists)
{
    QElapsedTimer timer;
    timer.start();
    QList<QProcess *> processes;
    for (const QStringList &arguments : argumentLists) {
        auto *process = new QProcess;
        process->setStandardOutputFile(QProcess::nullDevice());
        process->start(program, arguments);
        processes << process;
    }
    bool failed = false;
    for (QProcess *process : processes) {
        process->waitForFinished(-1);
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            std::fprintf(stderr, "library_bench: %s failed: %s\n", qPrintable(program),
                process->readAllStandardError().left(500).constData());
            failed = true;
        }
        delete process;
    }
    if (failed)
        std::exit(1);
    return timer.nsecsElapsed() / 1e9;
}

/// The files split into `jobs` shares, each after `prefix`: one share per process.
QList<QStringList> shares(const QStringList &prefix, const QStringList &files, int jobs)
{
    QList<QStringList> result(jobs, prefix);
    for (qsizetype i = 0; i < files.size(); ++i)
        result[i % jobs] << files.at(i);
    return result;
}

/// Drops the files from the page cache, so the next reader waits for the disk as after a
/// reboot or on a card just inserted (dirty pages are written first: only clean ones go).
void evict(const QStringList &files)
{
    for (const QString &file : files) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

QStringList photosIn(const QString &folder)
{
    QStringList files;
    for (const QString &name : QDir(folder).entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name))
        files << QDir(folder).absoluteFilePath(name);
    return files;
}

/// ExifTool asked for what the scan reads (docs/metadata-fields.md §2), nothing more: -fast
/// stops at the image data, XMP and IPTC whole, and the EXIF tags with a field or the picture's
/// orientation and size.
QStringList exiftoolArguments()
{
    QStringList arguments { QStringLiteral("-fast"), QStringLiteral("-json"), QStringLiteral("-XMP:all"),
        QStringLiteral("-IPTC:all") };
    for (const char *tag : { "XPTitle", "ImageDescription", "UserComment", "XPComment", "Artist", "XPAuthor",
             "DateTimeOriginal", "XPKeywords", "Orientation", "ThumbnailLength" })
        arguments << QStringLiteral("-EXIF:") + QLatin1String(tag);
    arguments << QStringLiteral("-File:ImageWidth") << QStringLiteral("-File:ImageHeight");
    return arguments;
}

int scan(const QString &photos, const QString &wesogctl, int jobs)
{
    const QStringList files = photosIn(photos);
    const QList<QStringList> ours { { QStringLiteral("scan"), photos, QStringLiteral("--jobs"),
        QString::number(jobs) } };
    const QList<QStringList> theirs = shares(exiftoolArguments(), files, jobs);
    // Warm: a first run of each side fills the page cache, then the best of three.
    runAll(wesogctl, ours);
    runAll(QStringLiteral("exiftool"), theirs);
    double oursWarm = 1e9;
    double theirsWarm = 1e9;
    for (int i = 0; i < 3; ++i) {
        oursWarm = std::min(oursWarm, runAll(wesogctl, ours));
        theirsWarm = std::min(theirsWarm, runAll(QStringLiteral("exiftool"), theirs));
    }
    const QString n = QString::number(files.size());
    report(QStringLiteral("scan %1 distinct files, warm: `wesogctl scan` (%2 threads)").arg(n).arg(jobs),
        files.size() / oursWarm, "files/s", "-");
    report(QStringLiteral("scan %1 distinct files, warm: ExifTool (%2 processes)").arg(n).arg(jobs),
        files.size() / theirsWarm, "files/s", "-");
    report(QStringLiteral("scan warm: `wesogctl scan` / ExifTool"), theirsWarm / oursWarm, "×", ">= 50×");
    // Start-up, which both times above include: an empty folder, best of five.
    QTemporaryDir empty;
    double startup = 1e9;
    for (int i = 0; i < 5; ++i)
        startup = std::min(startup, runAll(wesogctl, { { QStringLiteral("scan"), empty.path() } }));
    report(QStringLiteral("`wesogctl scan` of an empty folder (start-up and exit)"), startup * 1000, "ms", "-");
    // Cold: both read every byte from the disk.
    evict(files);
    const double oursCold = runAll(wesogctl, ours);
    evict(files);
    const double theirsCold = runAll(QStringLiteral("exiftool"), theirs);
    report(QStringLiteral("scan %1 distinct files, cold: `wesogctl scan`").arg(n), files.size() / oursCold, "files/s",
        "-");
    report(QStringLiteral("scan %1 distinct files, cold: ExifTool").arg(n), files.size() / theirsCold, "files/s", "-");
    report(QStringLiteral("scan cold: `wesogctl scan` / ExifTool"), theirsCold / oursCold, "×", ">= 3×");
    return 0;
}

double ourThumbnails(const QStringList &files, int size, int jobs, const QString &outDir)
{
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    std::atomic<int> made { 0 };
    QElapsedTimer timer;
    timer.start();
    for (const QString &file : files) {
        pool.start([&made, file, size, outDir] {
            const QImage image = Thumbnailer::make(file, size);
            // Written like the peer's output, so both pay for writing a file.
            if (!image.isNull()
                && QImageWriter(outDir + QLatin1Char('/') + QFileInfo(file).fileName(), "jpeg").write(image))
                ++made;
        });
    }
    pool.waitForDone();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (made != files.size()) {
        std::fprintf(stderr, "library_bench: %d of %lld thumbnails made\n", int(made), qlonglong(files.size()));
        std::exit(1);
    }
    return seconds;
}

int thumbs(const QString &photos, int jobs, int count)
{
    // Thumbnails of the first COUNT: 12-megapixel decodes are slow for both tools.
    const QStringList files = photosIn(photos).mid(0, count);
    const QString n = QString::number(files.size());
    // Every run writes into a folder of its own, empty: rewriting files that a run before left
    // costs more than creating them (ext4 writes a truncated file's blocks out when it closes),
    // and -w of ExifTool does not overwrite at all. The folders are in RAM (/dev/shm) where
    // there is one: creating files on a disk that other benchmarks just filled and emptied
    // waits on ext4's search for a free inode (a third of our samples), which measures neither
    // tool.
    const bool inRam = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    QTemporaryDir outputs(
        (inRam ? QStringLiteral("/dev/shm") : QDir::tempPath()) + QStringLiteral("/wesog-thumbs-XXXXXX"));
    int runs = 0;
    auto emptyFolder = [&] {
        const QString folder = outputs.filePath(QString::number(++runs));
        QDir().mkpath(folder);
        return folder;
    };
    auto ours = [&](int size) { return ourThumbnails(files, size, jobs, emptyFolder()); };
    auto theirs = [&](const QString &program, QStringList prefix, const QString &outputPattern) {
        prefix.replaceInStrings(QStringLiteral("OUT"), emptyFolder() + outputPattern);
        return runAll(program, shares(prefix, files, jobs));
    };
    // 256 px: both decode the picture (at 1/8 scale), after a warm-up run of each.
    const QStringList vips { QStringLiteral("-s"), QStringLiteral("256"), QStringLiteral("-o"), QStringLiteral("OUT") };
    ours(256);
    theirs(QStringLiteral("vipsthumbnail"), vips, QStringLiteral("/%s.jpg"));
    const double ours256 = ours(256);
    const double vips256 = theirs(QStringLiteral("vipsthumbnail"), vips, QStringLiteral("/%s.jpg"));
    report(QStringLiteral("256 px thumbnails of %1 files: ours (%2 threads)").arg(n).arg(jobs), files.size() / ours256,
        "images/s", "-");
    report(QStringLiteral("256 px thumbnails of %1 files: `vipsthumbnail` (%2 processes)").arg(n).arg(jobs),
        files.size() / vips256, "images/s", "-");
    report(QStringLiteral("256 px thumbnails: ours / `vipsthumbnail`"), vips256 / ours256, "×", ">= 2×");
    // 160 px: both take the embedded EXIF thumbnail and write it to a file.
    const QStringList exiftool { QStringLiteral("-b"), QStringLiteral("-ThumbnailImage"), QStringLiteral("-w"),
        QStringLiteral("OUT"), QStringLiteral("-q") };
    ours(160);
    theirs(QStringLiteral("exiftool"), exiftool, QStringLiteral("/%f.jpg"));
    const double ours160 = ours(160);
    const double exif160 = theirs(QStringLiteral("exiftool"), exiftool, QStringLiteral("/%f.jpg"));
    report(QStringLiteral("160 px thumbnails of %1 files: ours (%2 threads)").arg(n).arg(jobs), files.size() / ours160,
        "images/s", "-");
    report(
        QStringLiteral("160 px thumbnails of %1 files: `exiftool -b -ThumbnailImage` (%2 processes)").arg(n).arg(jobs),
        files.size() / exif160, "images/s", "-");
    report(QStringLiteral("160 px thumbnails: ours / ExifTool"), exif160 / ours160, "×", ">= 20×");
    return 0;
}

/// Seconds and peak resident MB of one child process, its output discarded. Started and reaped
/// here (not by QProcess), so wait4 gives this child's own peak memory.
std::pair<double, double> timedChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage { QFile::encodeName(program) };
    for (const QString &argument : arguments)
        storage << QFile::encodeName(argument);
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        ::execvp(argv.front(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "library_bench: %s failed\n", qPrintable(program));
        std::exit(1);
    }
    return { seconds, usage.ru_maxrss / 1024.0 };
}

int memory(const QString &photos, const QString &wesogctl, int count)
{
    // COUNT names (hard links) of one photo: this row measures the records kept, not the disk.
    const QStringList files = photosIn(photos);
    if (files.isEmpty())
        return usage();
    QTemporaryDir tenThousand;
    for (int i = 0; i < count; ++i)
        ::link(QFile::encodeName(files.first()).constData(),
            QFile::encodeName(tenThousand.filePath(QStringLiteral("p%1.jpg").arg(i, 5, 10, QLatin1Char('0'))))
                .constData());
    const auto [seconds, rssMb] = timedChild(wesogctl, { QStringLiteral("scan"), tenThousand.path() });
    report(QStringLiteral("`wesogctl scan` of %1 files: peak resident memory")
               .arg(QLocale(QLocale::English).toString(count)),
        rssMb, "MB", "< 300 MB");
    return 0;
}

int tree(const QString &folder, const QString &wesogctl)
{
    const auto [seconds, rssMb]
        = timedChild(wesogctl, { QStringLiteral("scan"), QStringLiteral("--recursive"), folder });
    qint64 files = 0;
    QFile count(folder + QStringLiteral("/.count"));
    if (count.open(QIODevice::ReadOnly))
        files = count.readAll().trimmed().toLongLong();
    report(QStringLiteral("`wesogctl scan --recursive` of a %1-file tree: time").arg(files), seconds, "s", "< 180 s");
    report(QStringLiteral("`wesogctl scan --recursive` of a %1-file tree: peak resident memory").arg(files), rssMb,
        "MB", "< 2048 MB");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocatorForReading(); // as the apps do
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    Exiv2Session exiv2;
    if (mode == QLatin1String("scan") && args.size() == 5)
        return scan(args.at(2), args.at(3), std::max(1, args.at(4).toInt()));
    if (mode == QLatin1String("thumbs") && args.size() >= 4)
        return thumbs(args.at(2), std::max(1, args.at(3).toInt()), args.size() > 4 ? args.at(4).toInt() : 100);
    if (mode == QLatin1String("memory") && args.size() >= 4)
        return memory(args.at(2), args.at(3), args.size() > 4 ? std::max(1, args.at(4).toInt()) : 10000);
    if (mode == QLatin1String("tree") && args.size() == 4)
        return tree(args.at(2), args.at(3));
    return usage();
}
