// SPDX-License-Identifier: GPL-3.0-or-later
// wesogctl: Wesog Desk's jobs for scripts. Links the core only (no Widgets, no display).

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "i18n/languagemanager.h"
#include "library/codepage.h"
#include "library/exiv2session.h"
#include "library/folderscanner.h"
#include "library/pathtemplate.h"
#include "record/recordcodec.h"

using namespace Wesog;

namespace {

enum ExitCode { Completed = 0, CannotRead = 1, UsageError = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "wesogctl: %s\n", qPrintable(message));
}

/// The settings of one `scan`, read from the command line.
struct ScanCommand
{
    QString folder;
    bool recursive = false;
    QString idTemplate = QStringLiteral("{basename}");
    QString srcTemplate; ///< empty: file:// URLs, with a warning
    FolderScanner::Options options;
};

std::optional<ScanCommand> parseScan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("wesogctl", "Reads the metadata of a folder's images and prints the PUT /imgs body as JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scan"), QCoreApplication::translate("wesogctl", "The command."));
    parser.addPositionalArgument(QStringLiteral("folder"), QCoreApplication::translate("wesogctl", "The image folder."));
    const QCommandLineOption recursive(QStringLiteral("recursive"), QCoreApplication::translate("wesogctl", "Include subfolders."));
    const QCommandLineOption idTemplate(QStringLiteral("id-template"), QCoreApplication::translate("wesogctl", "Template of each image's id (default {basename})."), QStringLiteral("template"));
    const QCommandLineOption srcTemplate(QStringLiteral("src-template"),
                                         QCoreApplication::translate("wesogctl", "Template of each image's src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs)."),
                                         QStringLiteral("template"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("wesogctl", "Language of the values picked from multi-language fields (default en)."), QStringLiteral("code"));
    const QCommandLineOption codepage(QStringLiteral("codepage"), QCoreApplication::translate("wesogctl", "Code page of IPTC text without a character set marker (default windows-1252)."),
                                      QStringLiteral("name"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QCoreApplication::translate("wesogctl", "Number of files read at once (default: one per core)."), QStringLiteral("n"));
    parser.addOptions({recursive, idTemplate, srcTemplate, lang, codepage, jobs});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(Completed);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(QCoreApplication::translate("wesogctl", "usage: wesogctl scan FOLDER [options]"));
        return std::nullopt;
    }
    ScanCommand command;
    command.folder = positional.at(1);
    command.recursive = parser.isSet(recursive);
    command.options.recursive = command.recursive;
    if (parser.isSet(idTemplate))
        command.idTemplate = parser.value(idTemplate);
    command.srcTemplate = parser.isSet(srcTemplate) ? parser.value(srcTemplate) : qEnvironmentVariable("WESOG_SRC_TEMPLATE");
    for (const QString &templ : {command.idTemplate, command.srcTemplate}) {
        const QStringList unknown = PathTemplate::unknownVariables(templ);
        if (!unknown.isEmpty()) {
            printError(QCoreApplication::translate("wesogctl", "unknown template variable: %1").arg(unknown.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (templ.contains(QLatin1String("{sandbox}"))) {
            printError(QCoreApplication::translate("wesogctl", "{sandbox} is only known inside Wesog Desk; give the server's address instead"));
            return std::nullopt;
        }
    }
    command.options.read.language = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    command.options.read.legacyCodepage = parser.isSet(codepage) ? parser.value(codepage) : Codepage::windows1252();
    if (!Codepage::isKnown(command.options.read.legacyCodepage)) {
        printError(QCoreApplication::translate("wesogctl", "unknown code page: %1").arg(command.options.read.legacyCodepage));
        return std::nullopt;
    }
    if (parser.isSet(jobs)) {
        bool ok = false;
        command.options.jobs = parser.value(jobs).toInt(&ok);
        if (!ok || command.options.jobs < 1) {
            printError(QCoreApplication::translate("wesogctl", "--jobs must be a whole number of at least 1"));
            return std::nullopt;
        }
    }
    command.options.computeSha1 = PathTemplate::usesSha1(command.idTemplate) || PathTemplate::usesSha1(command.srcTemplate);
    command.options.batchIntervalMs = 5; // nothing is shown while scanning: finish as soon as the reads do
    return command;
}

QJsonObject putItem(const ScannedFile &file, const ImageMetadata &metadata, const ScanCommand &command)
{
    const TemplateFile templateFile{file.absolutePath, file.relativePath, file.sha1};
    ImageRecord record = metadata.record;
    record.setId(PathTemplate::expand(command.idTemplate, templateFile));
    record.setSrc(command.srcTemplate.isEmpty() ? QUrl::fromLocalFile(file.absolutePath).toString(QUrl::FullyEncoded)
                                                : PathTemplate::expand(command.srcTemplate, templateFile));
    return RecordCodec::encodeItem(record);
}

int runScan(QCoreApplication &app, const ScanCommand &command)
{
    FolderScanner scanner;
    QList<ScannedFile> files;
    QObject::connect(&scanner, &FolderScanner::filesScanned, &app, [&files](const QList<ScannedFile> &batch) { files += batch; });
    QObject::connect(&scanner, &FolderScanner::finished, &app, [] { QCoreApplication::quit(); });
    if (!scanner.start(command.folder, command.options)) {
        printError(QCoreApplication::translate("wesogctl", "cannot read folder %1").arg(command.folder));
        return CannotRead;
    }
    app.exec();

    // Sorted by relative path in UTF-8 byte order, so the output is the same on every run.
    std::sort(files.begin(), files.end(),
              [](const ScannedFile &a, const ScannedFile &b) { return a.relativePath.toUtf8() < b.relativePath.toUtf8(); });
    QJsonArray items;
    for (const ScannedFile &file : files) {
        if (const auto *metadata = std::get_if<ImageMetadata>(&file.result)) {
            items.append(putItem(file, *metadata, command));
            continue;
        }
        const ScanError &error = std::get<ScanError>(file.result);
        const QJsonObject line{{QStringLiteral("file"), file.relativePath},
                               {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                                     {QStringLiteral("message"), error.message}}}};
        std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    if (command.srcTemplate.isEmpty() && !items.isEmpty())
        printError(QCoreApplication::translate("wesogctl", "warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before submitting"));
    std::fputs(QJsonDocument(items).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return Completed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Wesog"));
    QCoreApplication::setApplicationName(QStringLiteral("wesogctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WESOGDESK_VERSION));
    QImageReader::setAllocationLimit(1024);
    Exiv2Session exiv2;
    LanguageManager languages;
    languages.apply(LanguageManager::defaultLanguage(QLocale::system()));

    const QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("scan")) {
        const std::optional<ScanCommand> scan = parseScan(arguments);
        return scan ? runScan(app, *scan) : UsageError;
    }
    if (command == QLatin1String("--version")) {
        std::printf("wesogctl %s\n", WESOGDESK_VERSION);
        return Completed;
    }
    printError(command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
                   ? QCoreApplication::translate("wesogctl", "usage: wesogctl scan FOLDER [--recursive] [--id-template T] [--src-template T] [--lang L] "
                        "[--codepage C] [--jobs N]")
                   : QCoreApplication::translate("wesogctl", "unknown command: %1").arg(command));
    return command == QLatin1String("--help") || command == QLatin1String("-h") ? Completed : UsageError;
}
