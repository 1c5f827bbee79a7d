// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/checkcommand.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/wesogctl/cli.h"
#include "app/wesogctl/scancommand.h"
#include "core/caption/captionfields.h"
#include "core/caption/codeawarespelling.h"
#include "core/caption/codereplacements.h"
#include "core/caption/countrynames.h"
#include "core/caption/spellchecker.h"
#include "core/caption/vocabularies.h"
#include "core/record/recordcodec.h"
#include "core/record/validation.h"

namespace Wesog::Cli {

namespace {

struct Finding
{
    QString id;
    std::optional<Field> field; ///< nullopt: about the whole image
    QString code;
    Severity severity = Severity::Warning;
    QString message;
    QString word; ///< misspelled only
    QStringList suggestions;
};

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // the value without the array's brackets
}

/// One finding as a JSON line with its keys in the documented order (QJsonObject would sort them).
QByteArray toJsonLine(const Finding &finding)
{
    QByteArray line = "{\"id\":" + jsonValue(finding.id)
        + ",\"field\":" + jsonValue(finding.field ? QJsonValue(FieldRegistry::jsonKey(*finding.field)) : QJsonValue())
        + ",\"code\":" + jsonValue(finding.code) + ",\"severity\":" + jsonValue(severityName(finding.severity))
        + ",\"message\":" + jsonValue(finding.message);
    if (!finding.word.isEmpty()) {
        line += ",\"word\":" + jsonValue(finding.word) + ",\"suggestions\":"
            + QJsonDocument(QJsonArray::fromStringList(finding.suggestions)).toJson(QJsonDocument::Compact);
    }
    return line + '}';
}

/// The records of a PUT /imgs body; false with the message printed.
bool readBody(const QString &path, QList<ImageRecord> *records)
{
    const std::optional<QJsonArray> read = readJsonArray(path);
    if (!read)
        return false;
    const QJsonArray &array = *read;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ImageRecord record;
        if (const std::optional<JsonFieldError> error = RecordCodec::decodeItem(array.at(i).toObject(), &record)) {
            printError(tr("%1, item %2: %3").arg(path).arg(i).arg(error->message()));
            return false;
        }
        records->append(record);
    }
    return true;
}

/// The findings of one record: codes (expanded first, so a code is not taken for a misspelled
/// word), the validation rules, spelling and the country.
void checkRecord(ImageRecord record, const ValidationRules &rules, bool checkIdAndSrc, const SpellChecker &speller,
    const CodeReplacements &replacements, const CountryNames &countries, QList<Finding> *out)
{
    const QString id = record.id();
    // The unknown codes are the table's row warnings too: one check, one message.
    QList<FieldIssue> issues = replacements.expandRecord(&record);
    issues += validateRecord(record, rules);
    for (const FieldIssue &issue : std::as_const(issues)) {
        if (!checkIdAndSrc && (issue.field == Field::Id || issue.field == Field::Src))
            continue;
        out->append({ id, issue.field, FieldIssue::codeName(issue.code), issue.severity, issue.message(), {}, {} });
    }
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (!isSpellChecked(info.field))
            continue;
        // The expanded text, as it is sent: the codes left in it are the unknown ones, reported
        // once above as codes, not a second time as misspelled words.
        const QString text = record.text(info.field).value_or(QString());
        for (const TextWord &word : misspelledOutsideCodes(speller, replacements.delimiter(), text)) {
            out->append({ id, info.field, QStringLiteral("misspelled"), Severity::Warning,
                tr("\"%1\" may be misspelled").arg(word.word), word.word, speller.suggestions(word.word) });
        }
    }
    // The same finding the table shows (Vocabularies::countryIssue), so both agree.
    if (const std::optional<FieldIssue> issue = Vocabularies::countryIssue(record, countries))
        out->append({ id, issue->field, FieldIssue::codeName(issue->code), issue->severity, issue->message(), {}, {} });
}

} // namespace

bool loadReplacementFiles(const QStringList &paths, CodeReplacements *out)
{
    for (const QString &path : paths) {
        QString error;
        if (!out->addFile(path, &error)) {
            printError(error);
            return false;
        }
    }
    return true;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCommand(parser,
        tr("Checks captions before anything is sent: the validation rules, spelling, replacement codes and "
           "countries. Prints one JSON line per finding."),
        QStringLiteral("check"), QStringLiteral("input"), tr("An image folder or a PUT /imgs body (JSON file)."));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
        tr("The agency's required fields, e.g. \"caption author keywords:3\"."), QStringLiteral("rules"));
    const QCommandLineOption dictionaryOption(QStringLiteral("dictionary"),
        tr("A dictionary of accepted words (UTF-8, one per line); repeatable."), QStringLiteral("file"));
    const QCommandLineOption replacementsOption(QStringLiteral("replacements"),
        tr("A code replacements file (Photo Mechanic format); repeatable, a later file's code wins."),
        QStringLiteral("file"));
    parser.addOptions({ rulesOption, dictionaryOption, replacementsOption });
    const ScanFlags flags(QStringLiteral("lang"));
    flags.addTo(parser);
    if (const std::optional<int> exit
        = parseCommand(parser, arguments, tr("usage: wesogctl check FOLDER|BODY.json [options]")))
        return *exit;

    ScanSettings settings;
    settings.folder = parser.positionalArguments().at(1);
    if (!flags.read(parser, &settings))
        return UsageError;
    QStringList unknownFields;
    const ValidationRules rules = ValidationRules::fromString(parser.value(rulesOption), &unknownFields);
    if (!unknownFields.isEmpty()) {
        printError(tr("unknown field in --rules: %1").arg(unknownFields.join(QStringLiteral(", "))));
        return UsageError;
    }
    QString error;
    const std::shared_ptr<SpellChecker> speller = SpellChecker::create(settings.options.read.language, &error);
    if (!speller) {
        printError(error);
        return UsageError;
    }
    if (!speller->setUserDictionary(SpellChecker::userDictionaryPath(), &error)) {
        printError(error);
        return UsageError;
    }
    for (const QString &path : parser.values(dictionaryOption)) {
        if (!speller->addAgencyDictionary(path, &error)) {
            printError(error);
            return UsageError;
        }
    }
    CodeReplacements replacements;
    if (!loadReplacementFiles(parser.values(replacementsOption), &replacements))
        return UsageError;
    const std::shared_ptr<const CountryNames> countries = CountryNames::shared();

    QList<Finding> findings;
    const QFileInfo input(settings.folder);
    if (input.isDir()) {
        QList<ScannedRecord> scanned;
        if (!scanFolder(settings, &scanned)) {
            printError(tr("cannot read folder %1").arg(settings.folder));
            return Incomplete;
        }
        // Without a src template the src is a file:// URL and the id a guess: their rules would
        // only say what everyone knows.
        const bool checkIdAndSrc = !settings.srcTemplate.isEmpty();
        for (const ScannedRecord &file : scanned) {
            if (file.record) {
                checkRecord(*file.record, rules, checkIdAndSrc, *speller, replacements, *countries, &findings);
            } else {
                findings.append(
                    { file.relativePath, std::nullopt, file.errorCode, Severity::Error, file.errorMessage, {}, {} });
            }
        }
    } else {
        QList<ImageRecord> records;
        if (!readBody(settings.folder, &records))
            return UsageError;
        for (const ImageRecord &record : records)
            checkRecord(record, rules, true, *speller, replacements, *countries, &findings);
    }

    // Stable, so the misspellings of one field stay in reading order.
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.id != b.id)
            return a.id.toUtf8() < b.id.toUtf8();
        // By the field's JSON name; a finding about the whole image (null) first.
        const QString fieldA = a.field ? FieldRegistry::jsonKey(*a.field) : QString();
        const QString fieldB = b.field ? FieldRegistry::jsonKey(*b.field) : QString();
        if (fieldA != fieldB)
            return fieldA < fieldB;
        return a.code < b.code;
    });
    bool anyError = false;
    for (const Finding &finding : findings) {
        std::fprintf(stdout, "%s\n", toJsonLine(finding).constData());
        anyError = anyError || finding.severity == Severity::Error;
    }
    return anyError ? Incomplete : Completed;
}

} // namespace Wesog::Cli
