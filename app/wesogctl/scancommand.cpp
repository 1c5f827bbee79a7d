// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/scancommand.h"

#include <algorithm>
#include <functional>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QUrl>

#include "app/wesogctl/checkcommand.h"
#include "app/wesogctl/cli.h"
#include "core/caption/codereplacements.h"
#include "core/library/codepage.h"
#include "core/library/metadataprofile.h"
#include "core/library/metadatareader.h"
#include "core/library/pathtemplate.h"
#include "core/logging.h"
#include "core/record/recordcodec.h"

namespace Wesog::Cli {

namespace {

/// While alive, no message of Qt's reaches stderr raw, where scripts read one JSON problem line
/// per file: what a decoder says while a file is read is kept for that file, the rest goes to
/// the wesogdesk.library category as debug lines (QT_LOGGING_RULES="wesogdesk.library.debug=true"). Messages come from
/// the scanner's threads, hence the lock.
class MessageRouter
{
public:
    MessageRouter()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&MessageRouter::handle);
    }
    ~MessageRouter()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    MessageRouter(const MessageRouter &) = delete;
    MessageRouter &operator=(const MessageRouter &) = delete;

    /// The messages given while `path` was read, in order.
    QStringList take(const QString &path)
    {
        const QMutexLocker lock(&m_mutex);
        return m_byFile.take(path);
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        MessageRouter *router = s_instance;
        if (!router || type == QtFatalMsg
            || (type == QtDebugMsg && qstrcmp(context.category, lcLibrary().categoryName()) == 0)) {
            // Fatal ends the process, and the library's debug lines were asked for explicitly.
            if (router && router->m_previous)
                router->m_previous(type, context, message);
            return;
        }
        const QString file = MetadataReader::fileBeingRead();
        if (file.isEmpty()) {
            qCDebug(lcLibrary, "%s: %s", context.category, qUtf8Printable(message));
            return;
        }
        const QMutexLocker lock(&router->m_mutex);
        router->m_byFile[file].append(message);
    }

    static inline MessageRouter *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    QMutex m_mutex;
    QHash<QString, QStringList> m_byFile;
};

} // namespace

ScanFlags::ScanFlags(const QString &langFlag)
    : m_recursive(QStringLiteral("recursive"), tr("Include subfolders."))
    , m_idTemplate(QStringLiteral("id-template"), tr("Template of each image's id (default {basename})."),
          QStringLiteral("template"))
    , m_srcTemplate(QStringLiteral("src-template"),
          tr("Template of each image's src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs)."),
          QStringLiteral("template"))
    , m_lang(langFlag, tr("Language of the values picked from multi-language fields (default en)."),
          QStringLiteral("code"))
    , m_codepage(QStringLiteral("codepage"),
          tr("Code page of IPTC text without a character set marker (default windows-1252)."), QStringLiteral("name"))
    , m_jobs(QStringLiteral("jobs"), tr("Number of files read at once (default: one per core)."), QStringLiteral("n"))
    , m_profile(QStringLiteral("profile"),
          tr("A JSON reading profile with your agency's tables for shot, scene, medium and categories."),
          QStringLiteral("file"))
    , m_titleFromHeadline(QStringLiteral("title-from-headline"),
          tr("Use the headline as title when the title is empty or looks like a file name."))
{
}

void ScanFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        { m_recursive, m_idTemplate, m_srcTemplate, m_lang, m_codepage, m_jobs, m_profile, m_titleFromHeadline });
}

bool ScanFlags::read(const QCommandLineParser &parser, ScanSettings *settings, const QString &defaultLang) const
{
    settings->options.recursive = parser.isSet(m_recursive);
    if (parser.isSet(m_idTemplate))
        settings->idTemplate = parser.value(m_idTemplate);
    settings->srcTemplate
        = parser.isSet(m_srcTemplate) ? parser.value(m_srcTemplate) : qEnvironmentVariable("WESOG_SRC_TEMPLATE");
    for (const QString &templ : { settings->idTemplate, settings->srcTemplate }) {
        const QStringList unknown = PathTemplate::unknownVariables(templ);
        if (!unknown.isEmpty()) {
            printError(tr("unknown template variable: %1").arg(unknown.join(QStringLiteral(", "))));
            return false;
        }
        if (templ.contains(QLatin1String("{sandbox}"))) {
            printError(tr("{sandbox} is only known inside Wesog Desk; give the server's address instead"));
            return false;
        }
    }
    settings->options.read.language = parser.isSet(m_lang) ? parser.value(m_lang) : defaultLang;
    settings->options.read.legacyCodepage
        = parser.isSet(m_codepage) ? parser.value(m_codepage) : Codepage::windows1252();
    if (!Codepage::isKnown(settings->options.read.legacyCodepage)) {
        printError(tr("unknown code page: %1").arg(settings->options.read.legacyCodepage));
        return false;
    }
    if (parser.isSet(m_profile)) {
        QString problem;
        std::optional<MetadataProfile> profile = MetadataProfile::fromFile(parser.value(m_profile), &problem);
        if (!profile) {
            printError(tr("cannot use the profile %1: %2").arg(parser.value(m_profile), problem));
            return false;
        }
        settings->options.read.profile = std::move(*profile);
    }
    settings->options.read.profile.titleFromHeadline
        = settings->options.read.profile.titleFromHeadline || parser.isSet(m_titleFromHeadline);
    if (parser.isSet(m_jobs)) {
        bool ok = false;
        settings->options.jobs = parser.value(m_jobs).toInt(&ok);
        if (!ok || settings->options.jobs < 1) {
            printError(tr("--jobs must be a whole number of at least 1"));
            return false;
        }
    }
    settings->options.computeSha1
        = PathTemplate::usesSha1(settings->idTemplate) || PathTemplate::usesSha1(settings->srcTemplate);
    settings->options.batchIntervalMs = 5; // nothing is shown while scanning: finish as soon as the reads do
    return true;
}

namespace {

/// What the output keeps of a scanned file: its record with id and src, or its error.
ScannedRecord toRecord(const ScanSettings &settings, const ScannedFile &file, const QStringList &decoderSaid)
{
    ScannedRecord scanned;
    scanned.relativePath = file.relativePath;
    if (const auto *metadata = std::get_if<ImageMetadata>(&file.result)) {
        const TemplateFile templateFile { file.absolutePath, file.relativePath, file.sha1 };
        ImageRecord record = metadata->record;
        record.setId(PathTemplate::expand(settings.idTemplate, templateFile));
        record.setSrc(settings.srcTemplate.isEmpty()
                ? QUrl::fromLocalFile(file.absolutePath).toString(QUrl::FullyEncoded)
                : PathTemplate::expand(settings.srcTemplate, templateFile));
        scanned.record = record;
        for (const QString &message : decoderSaid) // the file was read all the same
            qCDebug(lcLibrary, "%s: %s", qUtf8Printable(file.relativePath), qUtf8Printable(message));
    } else {
        const ScanError &error = std::get<ScanError>(file.result);
        scanned.errorCode = error.code;
        // The decoder's own words say best what is wrong with the file.
        scanned.errorMessage = decoderSaid.isEmpty()
            ? error.message
            : error.message + QStringLiteral(": ") + decoderSaid.join(QStringLiteral("; "));
    }
    return scanned;
}

/// Scans the folder, handing `take` each file's UTF-8 sort key and record as its batch arrives
/// (a file's messages are all in by then), so what a caller does not keep — the sources and
/// notes, for `scan` the record itself — is freed at once: a 1,000,000-file tree would otherwise
/// hold it all. The key is made once per file, not in every comparison of the sort.
bool scanEach(const ScanSettings &settings, const std::function<void(QByteArray key, ScannedRecord scanned)> &take)
{
    MessageRouter messages;
    FolderScanner scanner;
    QObject::connect(&scanner, &FolderScanner::filesScanned, &scanner, [&](const QList<ScannedFile> &batch) {
        for (const ScannedFile &file : batch)
            take(file.relativePath.toUtf8(), toRecord(settings, file, messages.take(file.absolutePath)));
    });
    QObject::connect(&scanner, &FolderScanner::finished, &scanner, [] { QCoreApplication::exit(0); });
    if (!scanner.start(settings.folder, settings.options))
        return false;
    QCoreApplication::exec();
    return true;
}

template <typename Item> void sortByKey(QList<std::pair<QByteArray, Item>> *keyed)
{
    std::sort(keyed->begin(), keyed->end(), [](const auto &a, const auto &b) { return a.first < b.first; });
}

/// What `scan` prints for one file: its item of the body (empty for a file that could not be
/// read) and its problem lines, printed in path order once every file is in.
struct ScanOutput
{
    QByteArray item;
    QList<QByteArray> problems;
};

} // namespace

bool scanFolder(const ScanSettings &settings, QList<ScannedRecord> *out)
{
    QList<std::pair<QByteArray, ScannedRecord>> keyed;
    if (!scanEach(settings, [&keyed](QByteArray key, ScannedRecord scanned) {
            keyed.append({ std::move(key), std::move(scanned) });
        }))
        return false;
    sortByKey(&keyed);
    out->reserve(out->size() + keyed.size());
    for (auto &[key, scanned] : keyed)
        out->append(std::move(scanned));
    return true;
}

int runScan(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCommand(parser, tr("Reads the metadata of a folder's images and prints the PUT /imgs body as JSON."),
        QStringLiteral("scan"), QStringLiteral("folder"), tr("The image folder."));
    const ScanFlags flags(QStringLiteral("lang"));
    flags.addTo(parser);
    const QCommandLineOption replacementsOption(QStringLiteral("replacements"),
        tr("A code replacements file (Photo Mechanic format); repeatable, a later file's code wins."),
        QStringLiteral("file"));
    parser.addOption(replacementsOption);
    if (const std::optional<int> exit = parseCommand(parser, arguments, tr("usage: wesogctl scan FOLDER [options]")))
        return *exit;
    ScanSettings settings;
    settings.folder = parser.positionalArguments().at(1);
    if (!flags.read(parser, &settings))
        return UsageError;
    CodeReplacements replacements;
    if (!loadReplacementFiles(parser.values(replacementsOption), &replacements))
        return UsageError;

    // Each record is expanded and encoded as it arrives (its UTF-8 JSON takes far less memory
    // than the record), by the encoder of the PUT /imgs bodies, so the array is exactly what the
    // server gets.
    QList<std::pair<QByteArray, ScanOutput>> keyed;
    const bool read = scanEach(settings, [&](QByteArray key, ScannedRecord file) {
        ScanOutput output;
        if (file.record) {
            for (const FieldIssue &issue : replacements.expandRecord(&*file.record)) {
                const QJsonObject line { { QStringLiteral("file"), file.relativePath },
                    { QStringLiteral("warning"),
                        QJsonObject { { QStringLiteral("code"), FieldIssue::codeName(issue.code) },
                            { QStringLiteral("message"), issue.message() } } } };
                output.problems << QJsonDocument(line).toJson(QJsonDocument::Compact);
            }
            RecordCodec::appendItemJson(*file.record, &output.item);
        } else {
            const QJsonObject line { { QStringLiteral("file"), file.relativePath },
                { QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), file.errorCode },
                        { QStringLiteral("message"), file.errorMessage } } } };
            output.problems << QJsonDocument(line).toJson(QJsonDocument::Compact);
        }
        keyed.append({ std::move(key), std::move(output) });
    });
    if (!read) {
        printError(tr("cannot read folder %1").arg(settings.folder));
        return Incomplete;
    }
    sortByKey(&keyed);
    bool anyRecord = false;
    for (const auto &[key, output] : keyed) {
        for (const QByteArray &line : output.problems)
            std::fprintf(stderr, "%s\n", line.constData());
        anyRecord = anyRecord || !output.item.isEmpty();
    }
    if (settings.srcTemplate.isEmpty() && anyRecord)
        printError(tr("warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before "
                      "submitting"));
    std::fputc('[', stdout);
    bool first = true;
    for (const auto &[key, output] : keyed) {
        if (output.item.isEmpty())
            continue;
        if (!first)
            std::fputc(',', stdout);
        first = false;
        std::fwrite(output.item.constData(), 1, size_t(output.item.size()), stdout);
    }
    std::fputs("]\n", stdout);
    return Completed;
}

} // namespace Wesog::Cli
