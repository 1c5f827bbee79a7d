// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of folder loading against exiftool and vipsthumbnail on the same folder, in one
// run. Prints `metric<TAB>value<TAB>unit<TAB>target` lines.
// Usage: library_bench PHOTOS_DIR WESOGCTL [JOBS]   (PHOTOS_DIR from bench/make-photos)

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

#include "core/library/exiv2session.h"
#include "core/library/folderscanner.h"
#include "core/library/thumbnailer.h"

using namespace Wesog;

namespace {

void report(const char *metric, double value, const char *unit, const QString &target)
{
    std::printf("%s\t%.1f\t%s\t%s\n", metric, value, unit, qPrintable(target));
    std::fflush(stdout);
}

/// Wall time of a command, best of `runs` (the first run warms the page cache).
double bestSeconds(const QString &program, const QStringList &arguments, int runs)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        process.waitForFinished(-1);
        best = std::min(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
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
            // Written like vipsthumbnail's output, so both pay for an encode.
            if (!image.isNull()
                && QImageWriter(outDir + QLatin1Char('/') + QFileInfo(file).fileName(), "jpeg").write(image))
                ++made;
        });
    }
    pool.waitForDone();
    const double seconds = timer.nsecsElapsed() / 1e9;
    return made == files.size() ? files.size() / seconds : 0;
}

double vipsThumbnails(const QStringList &files, int size, int jobs, const QString &outDir)
{
    // `jobs` vipsthumbnail processes in parallel, each given a share of the files.
    QElapsedTimer timer;
    timer.start();
    QList<QProcess *> processes;
    for (int j = 0; j < jobs; ++j) {
        QStringList arguments { QStringLiteral("-s"), QString::number(size), QStringLiteral("-o"),
            outDir + QStringLiteral("/%s.jpg") };
        for (qsizetype i = j; i < files.size(); i += jobs)
            arguments << files.at(i);
        auto *process = new QProcess;
        process->start(QStringLiteral("vipsthumbnail"), arguments);
        processes << process;
    }
    for (QProcess *process : processes) {
        process->waitForFinished(-1);
        delete process;
    }
    return files.size() / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: library_bench PHOTOS_DIR WESOGCTL [JOBS]\n");
        return 2;
    }
    const QString photos = QDir(args.at(1)).absolutePath();
    const QString wesogctl = args.at(2);
    const int jobs = args.size() > 3 ? args.at(3).toInt() : QThread::idealThreadCount();
    Exiv2Session exiv2;
    QStringList files;
    for (const QString &name : QDir(photos).entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name))
        files << photos + QLatin1Char('/') + name;

    // Peak memory and first rows for a 10,000-file folder (hard links: no disk needed).
    QTemporaryDir tenThousand;
    for (int i = 0; i < 10000; ++i)
        ::link(QFile::encodeName(files.first()).constData(),
            QFile::encodeName(tenThousand.filePath(QStringLiteral("p%1.jpg").arg(i, 5, 10, QLatin1Char('0'))))
                .constData());
    bestSeconds(wesogctl, { QStringLiteral("scan"), tenThousand.path() }, 1); // first child: ru_maxrss is its own
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    report("scan_10k_peak_rss_mb", usage.ru_maxrss / 1024.0, "MB", QStringLiteral("< 300"));
    {
        FolderScanner scanner;
        QSignalSpy first(&scanner, &FolderScanner::filesScanned);
        QSignalSpy finished(&scanner, &FolderScanner::finished);
        QElapsedTimer timer;
        timer.start();
        scanner.start(tenThousand.path(), {});
        first.wait(10000);
        report("scan_10k_first_rows_ms", timer.nsecsElapsed() / 1e6, "ms", QStringLiteral("< 200"));
        finished.wait(120000);
    }

    const double ours = files.size()
        / bestSeconds(wesogctl, { QStringLiteral("scan"), photos, QStringLiteral("--jobs"), QString::number(jobs) }, 3);
    const double exiftool = files.size()
        / bestSeconds(QStringLiteral("exiftool"), { QStringLiteral("-json"), QStringLiteral("-r"), photos }, 3);
    report("scan_wesogctl_files_per_s", ours, "files/s", QStringLiteral("-"));
    report("scan_exiftool_files_per_s", exiftool, "files/s", QStringLiteral("-"));
    report("scan_speedup_vs_exiftool", ours / exiftool, "x", QStringLiteral(">= 20"));

    // Thumbnails of 100 of them: 12-megapixel decodes are slow for both tools.
    const QStringList sample = files.mid(0, 100);
    QTemporaryDir out;
    for (const int size : { 256, 160 }) {
        ourThumbnails(sample, size, jobs, out.path()); // warm-up
        const double mine = ourThumbnails(sample, size, jobs, out.path());
        const double vips = vipsThumbnails(sample, size, jobs, out.path());
        const QByteArray prefix = "thumbs_" + QByteArray::number(size);
        report(prefix + "_ours_per_s", mine, "images/s", QStringLiteral("-"));
        report(prefix + "_vipsthumbnail_per_s", vips, "images/s", QStringLiteral("-"));
        report(prefix + "_speedup", mine / vips, "x", size == 256 ? QStringLiteral(">= 1.5") : QStringLiteral(">= 20"));
    }
    report("threads", jobs, "", QStringLiteral("-"));
    return 0;
}
