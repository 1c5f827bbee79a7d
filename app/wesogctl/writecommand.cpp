// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/writecommand.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "app/wesogctl/cli.h"
#include "core/library/codepage.h"
#include "core/library/folderscanner.h"
#include "core/library/metadatawriter.h"
#include "core/library/pathtemplate.h"
#include "core/record/recordcodec.h"
#include "core/record/validation.h"

namespace Wesog::Cli {

namespace {

/// One body item: its values and which fields it names (null included).
struct BodyItem
{
    ImageRecord record;
    QList<Field> fields;
};

/// A file of the folder, with the id its template gives.
struct FolderFile
{
    QString absolutePath;
    QString relativePath;
    QString id;
};

/// One image to write, and what became of it.
struct WriteJob
{
    QString relativePath;
    WriteRequest request;
    WriteResult result;
};

/// The fields of a body item the writer gets: never the ones templates and the server fill.
bool isWritable(Field field)
{
    return field != Field::Id && field != Field::Src && field != Field::UrlImgWatermark
        && field != Field::UrlImgThumbnail;
}

/// Reads the body: a JSON array of PUT /imgs items, each with an id. False (printed) on a usage error.
bool readBody(const QString &path, QList<BodyItem> *items)
{
    const std::optional<QJsonArray> read = readJsonArray(path);
    if (!read)
        return false;
    const QJsonArray &array = *read;
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        BodyItem item;
        if (const std::optional<JsonFieldError> error = RecordCodec::decodeItem(json, &item.record)) {
            printError(tr("%1, item %2: %3").arg(path).arg(i).arg(error->message()));
            return false;
        }
        if (item.record.id().isEmpty()) {
            printError(tr("%1, item %2: no id to find its file by").arg(path).arg(i));
            return false;
        }
        if (ids.contains(item.record.id())) {
            // Two corrections for one image: neither is more right than the other.
            printError(tr("%1, item %2: the id %3 appears twice").arg(path).arg(i).arg(item.record.id()));
            return false;
        }
        ids.insert(item.record.id());
        for (const Field field : RecordCodec::presentFields(json)) {
            if (!isWritable(field))
                continue;
            item.fields.append(field);
            // "" and [] clear, as null does (decodeItem keeps them as values).
            const FieldValue &value = item.record.value(field);
            const auto *text = std::get_if<QString>(&value);
            const auto *list = std::get_if<QStringList>(&value);
            if ((text && text->trimmed().isEmpty()) || (list && list->isEmpty()))
                item.record.clear(field);
        }
        items->append(item);
    }
    return true;
}

/// Lists the folder's images as `scan` does (same walker, same files, same order), with their
/// ids. False if the folder cannot be read.
bool listFolder(
    const QString &folder, bool recursive, const QString &idTemplate, const ReadOptions &read, QList<FolderFile> *out)
{
    FolderScanner scanner;
    FolderScanner::Options options;
    options.recursive = recursive;
    options.read = read;
    options.computeSha1 = PathTemplate::usesSha1(idTemplate);
    options.batchIntervalMs = 5; // nothing is shown meanwhile: finish as soon as the reads do
    QObject::connect(&scanner, &FolderScanner::filesScanned, &scanner, [&](const QList<ScannedFile> &batch) {
        for (const ScannedFile &file : batch) {
            // Damaged files get their id too: writing them must fail with the writer's reason,
            // not look like a missing id.
            out->append({ file.absolutePath, file.relativePath,
                PathTemplate::expand(idTemplate, { file.absolutePath, file.relativePath, file.sha1 }) });
        }
    });
    QObject::connect(&scanner, &FolderScanner::finished, &scanner, [] { QCoreApplication::exit(0); });
    if (!scanner.start(folder, options))
        return false;
    QCoreApplication::exec();
    return true;
}

/// Paths compared in UTF-8 byte order, as every wesogctl listing is sorted.
bool byteOrder(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

QJsonObject failure(const QString &file, const QString &code, const QString &message)
{
    return QJsonObject { { QStringLiteral("file"), file },
        { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } };
}

} // namespace

int runWrite(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCommand(parser,
        tr("Writes the fields of a PUT /imgs body into the images of a folder (XMP, IIM, EXIF and sidecars) and "
           "prints a JSON summary."),
        QStringLiteral("write"), QStringLiteral("folder"), tr("The image folder."));
    parser.addPositionalArgument(QStringLiteral("body"), tr("A JSON file holding a PUT /imgs body."));
    const QCommandLineOption recursive(QStringLiteral("recursive"), tr("Include subfolders."));
    const QCommandLineOption idTemplate(QStringLiteral("id-template"),
        tr("Template of each image's id (default {basename})."), QStringLiteral("template"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Metadata language: the alternative of multi-language fields that is written (default en)."),
        QStringLiteral("code"));
    const QCommandLineOption target(QStringLiteral("target"),
        tr("auto: into the file and every sidecar it has (default); sidecar: into XMP sidecars only."),
        QStringLiteral("auto|sidecar"));
    // Unmarked IIM text is transcoded to UTF-8 when a file is written: read with the wrong
    // page, the fields not being written would be garbled for good.
    const QCommandLineOption codepage(QStringLiteral("codepage"),
        tr("Code page of IPTC text without a character set marker, transcoded to UTF-8 when written (default "
           "windows-1252)."),
        QStringLiteral("name"));
    const QCommandLineOption backup(
        QStringLiteral("backup"), tr("Keep each original as NAME.EXT_original (an existing one is kept)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print what would be written; write nothing."));
    parser.addOptions({ recursive, idTemplate, lang, codepage, target, backup, dryRun });
    if (const std::optional<int> exit
        = parseCommand(parser, arguments, tr("usage: wesogctl write FOLDER BODY.json [options]"), 2))
        return *exit;
    const QString folder = parser.positionalArguments().at(1);
    const QString bodyPath = parser.positionalArguments().at(2);
    const QString templ = parser.isSet(idTemplate) ? parser.value(idTemplate) : QStringLiteral("{basename}");
    const QStringList unknown = PathTemplate::unknownVariables(templ);
    if (!unknown.isEmpty()) {
        printError(tr("unknown template variable: %1").arg(unknown.join(QStringLiteral(", "))));
        return UsageError;
    }
    if (templ.contains(QLatin1String("{sandbox}"))) {
        printError(tr("{sandbox} is only known inside Wesog Desk; give the server's address instead"));
        return UsageError;
    }
    WriteOptions options;
    options.read.language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    options.read.legacyCodepage = parser.isSet(codepage) ? parser.value(codepage) : Codepage::windows1252();
    if (!Codepage::isKnown(options.read.legacyCodepage)) {
        printError(tr("unknown code page: %1").arg(options.read.legacyCodepage));
        return UsageError;
    }
    const QString targetName = parser.isSet(target) ? parser.value(target) : QStringLiteral("auto");
    if (targetName == QLatin1String("auto")) {
        options.target = WriteTarget::Automatic;
    } else if (targetName == QLatin1String("sidecar")) {
        options.target = WriteTarget::SidecarOnly;
    } else {
        printError(tr("--target must be auto or sidecar"));
        return UsageError;
    }
    options.backup = parser.isSet(backup);
    options.dryRun = parser.isSet(dryRun);

    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir() || !QDir(folder).isReadable()) {
        printError(tr("cannot read folder %1").arg(folder));
        return UsageError;
    }
    QList<BodyItem> items;
    if (!readBody(bodyPath, &items))
        return UsageError;
    QList<FolderFile> files;
    if (!listFolder(folder, parser.isSet(recursive), templ, options.read, &files)) {
        printError(tr("cannot read folder %1").arg(folder));
        return UsageError;
    }

    QHash<QString, QList<const FolderFile *>> filesById;
    for (const FolderFile &file : std::as_const(files))
        filesById[file.id].append(&file);
    QJsonArray notFound;
    QList<QJsonObject> failed;
    QList<WriteJob> jobs;
    for (const BodyItem &item : std::as_const(items)) {
        const QList<const FolderFile *> matches = filesById.value(item.record.id());
        if (matches.isEmpty()) {
            notFound.append(item.record.id());
            continue;
        }
        if (matches.size() > 1) { // which one the correction is for is anyone's guess
            for (const FolderFile *file : matches)
                failed.append(failure(file->relativePath, QStringLiteral("ambiguous-id"),
                    QStringLiteral("the id %1 matches %2 files; none of them was written")
                        .arg(item.record.id())
                        .arg(matches.size())));
            continue;
        }
        QStringList problems;
        for (const FieldIssue &issue : validateRecord(item.record)) {
            if (issue.severity == Severity::Error && item.fields.contains(issue.field))
                problems.append(FieldRegistry::jsonKey(issue.field) + QStringLiteral(": ") + issue.message());
        }
        if (!problems.isEmpty()) { // a value the API would refuse has no place in the file either
            failed.append(failure(
                matches.first()->relativePath, QStringLiteral("invalid-value"), problems.join(QStringLiteral("; "))));
            continue;
        }
        WriteJob job;
        job.relativePath = matches.first()->relativePath;
        job.request.path = matches.first()->absolutePath;
        job.request.values = item.record;
        job.request.fields = item.fields;
        // No stamp: wesogctl shows nobody the values before writing, so there is no earlier
        // read for the file to have changed since; the writer reads and verifies it itself.
        jobs.append(job);
    }

    if (!options.dryRun) {
        // Temporary files a killed run left behind go first, so they never pile up.
        QSet<QString> folders { folderInfo.absoluteFilePath() };
        for (const FolderFile &file : std::as_const(files))
            folders.insert(QFileInfo(file.absolutePath).absolutePath());
        for (const QString &dir : std::as_const(folders))
            MetadataWriter::removeStaleTemporaries(dir);
    }

    // Images that share a folder and base name may share a sidecar (NAME.xmp), and the writer
    // wants each file written by one thread at a time: such images go in different rounds.
    QHash<QString, QList<WriteJob *>> groups;
    for (WriteJob &job : jobs) {
        const QFileInfo info(job.request.path);
        groups[info.absolutePath() + QLatin1Char('/') + info.completeBaseName().toLower()].append(&job);
    }
    QList<QList<WriteJob *>> rounds; // round r holds the r-th image of each group
    for (const QList<WriteJob *> &group : std::as_const(groups)) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            if (rounds.size() <= i)
                rounds.append(QList<WriteJob *>());
            rounds[i].append(group.at(i));
        }
    }
    // Batches: the workers prepare each image (its temporary files written and verified), then
    // one flush carries the whole batch to the disk before any original is replaced; a flush per
    // file would leave the disk waiting on each one. A batch is committed while the workers
    // prepare the next, so the disk and the processors work at the same time; rounds never
    // overlap, since a later round may read a sidecar the earlier one replaces.
    constexpr qsizetype batchSize = 128;
    struct Batch
    {
        QList<WriteJob *> jobs;
        std::vector<PreparedWritePtr> prepared;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount()); // as many as scan reads with
    QFuture<void> committing;
    for (const QList<WriteJob *> &round : std::as_const(rounds)) {
        for (qsizetype first = 0; first < round.size(); first += batchSize) {
            auto batch = std::make_shared<Batch>();
            batch->jobs = round.mid(first, batchSize);
            batch->prepared.resize(size_t(batch->jobs.size()));
            for (qsizetype i = 0; i < batch->jobs.size(); ++i) {
                pool.start([batch, &options, i] {
                    batch->prepared[size_t(i)] = MetadataWriter::prepare(batch->jobs.at(i)->request, options);
                });
            }
            pool.waitForDone();
            committing.waitForFinished();
            committing = QtConcurrent::run([batch] {
                const QList<WriteResult> results = MetadataWriter::commit(batch->prepared);
                for (qsizetype i = 0; i < batch->jobs.size(); ++i)
                    batch->jobs.at(i)->result = results.at(i);
            });
        }
        committing.waitForFinished();
    }

    const QDir root(folderInfo.absoluteFilePath());
    QStringList written;
    QStringList unchanged;
    QList<QJsonObject> warnings;
    for (const WriteJob &job : std::as_const(jobs)) {
        switch (job.result.outcome) {
        case WriteResult::Outcome::Written:
            if (job.result.files.isEmpty())
                written.append(job.relativePath);
            for (const QString &file : job.result.files)
                written.append(root.relativeFilePath(file));
            break;
        case WriteResult::Outcome::Unchanged:
            unchanged.append(job.relativePath);
            break;
        case WriteResult::Outcome::Failed:
            failed.append(failure(job.relativePath, job.result.error.code, job.result.error.message));
            break;
        }
        for (const WriteWarning &warning : job.result.warnings)
            warnings.append(QJsonObject { { QStringLiteral("file"), job.relativePath },
                { QStringLiteral("field"), FieldRegistry::jsonKey(warning.field) },
                { QStringLiteral("code"), warning.code }, { QStringLiteral("message"), warning.message() } });
    }
    std::sort(written.begin(), written.end(), byteOrder);
    written.removeDuplicates();
    std::sort(unchanged.begin(), unchanged.end(), byteOrder);
    const auto fileOrder = [](const QJsonObject &a, const QJsonObject &b) {
        return byteOrder(a.value(QStringLiteral("file")).toString(), b.value(QStringLiteral("file")).toString());
    };
    std::stable_sort(failed.begin(), failed.end(), fileOrder);
    std::stable_sort(warnings.begin(), warnings.end(), fileOrder);
    QJsonArray failedJson;
    for (const QJsonObject &entry : std::as_const(failed))
        failedJson.append(entry);
    QJsonArray warningsJson;
    for (const QJsonObject &entry : std::as_const(warnings))
        warningsJson.append(entry);
    const QJsonObject summary { { QStringLiteral("written"), QJsonArray::fromStringList(written) },
        { QStringLiteral("unchanged"), QJsonArray::fromStringList(unchanged) },
        { QStringLiteral("failed"), failedJson }, { QStringLiteral("not_found"), notFound },
        { QStringLiteral("warnings"), warningsJson } };
    std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return failed.isEmpty() && notFound.isEmpty() ? Completed : Incomplete;
}

} // namespace Wesog::Cli
