// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/submitcommand.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSet>

#include "app/wesogctl/cli.h"
#include "app/wesogctl/connectionflags.h"
#include "app/wesogctl/scancommand.h"
#include "core/connection/apppaths.h"
#include "core/connection/keystore.h"
#include "core/record/recordcodec.h"
#include "core/record/validation.h"
#include "core/server/presendcheck.h"
#include "core/submit/submissionjob.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/workspace.h"

namespace Wesog::Cli {

namespace {

/// What one `submit` was asked to do.
struct SubmitRequest
{
    QString input; ///< folder or JSON file
    ScanSettings scan;
    SubmitOptions options;
    RetryPolicy retryPolicy;
    bool watch = true;
};

/// A record that never left this machine, and why.
struct LocalRefusal
{
    QString id;
    QString reason;
};

/// The records of a JSON file (a PUT /imgs body), keyed by id. False on a usage error.
bool readJsonFile(const QString &path, QList<SubmitItem> *items)
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
        items->append({ record.id().isEmpty() ? QStringLiteral("#%1").arg(i) : record.id(), record });
    }
    return true;
}

/// Reads the input; usage errors (unreadable input, file:// sources) are printed and end it.
bool readInput(const SubmitRequest &request, QList<SubmitItem> *items, QList<LocalRefusal> *refused)
{
    const QFileInfo info(request.input);
    if (info.isDir()) {
        QList<ScannedRecord> scanned;
        if (!scanFolder(request.scan, &scanned)) {
            printError(tr("cannot read folder %1").arg(request.input));
            return false;
        }
        for (const ScannedRecord &file : scanned) {
            if (file.record)
                items->append({ file.relativePath, *file.record });
            else
                refused->append({ file.relativePath, file.errorMessage });
        }
    } else if (!readJsonFile(request.input, items)) {
        return false;
    }
    for (const SubmitItem &item : *items) {
        if (item.record.src().startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
            printError(tr("%1: src is a file:// URL, which the server cannot fetch; set --src-template")
                           .arg(item.record.id()));
            return false;
        }
    }
    return true;
}

/// Moves records that fail validation from `items` to `refused`.
void refuseInvalid(QList<SubmitItem> *items, QList<LocalRefusal> *refused)
{
    QList<SubmitItem> valid;
    for (const SubmitItem &item : std::as_const(*items)) {
        QStringList problems;
        for (const FieldIssue &issue : validateRecord(item.record)) {
            if (issue.severity == Severity::Error)
                problems.append(FieldRegistry::jsonKey(issue.field) + QStringLiteral(": ") + issue.message());
        }
        if (problems.isEmpty())
            valid.append(item);
        else
            refused->append(
                { item.record.id().isEmpty() ? item.key : item.record.id(), problems.join(QStringLiteral("; ")) });
    }
    *items = valid;
}

QJsonValue jsonValue(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag;
    if (const auto *list = std::get_if<QStringList>(&value))
        return QJsonArray::fromStringList(*list);
    return QJsonValue::Null;
}

/// What the three-way check against `--base` decided, for the summary.
struct BaseOutcome
{
    int unchanged = 0;
    QJsonArray merged; ///< {"id", "field"}
    QJsonArray conflicts; ///< {"id", "field", "base", "server", "ours"}
};

/// Runs the three-way check of `items` against the base file and the server: `items` keeps the
/// records to send (merged), conflicts move to `refused`. False, with the reason printed, when
/// the check could not read the server: then nothing may be sent.
bool checkAgainstBase(const QUrl &baseUrl, const QByteArray &key, const RetryPolicy &policy,
    const QList<SubmitItem> &baseItems, QList<SubmitItem> *items, QList<LocalRefusal> *refused, BaseOutcome *outcome)
{
    QHash<QString, ImageRecord> bases;
    for (const SubmitItem &item : baseItems)
        bases.insert(item.record.id(), item.record);
    QList<PreSendItem> checks;
    for (const SubmitItem &item : std::as_const(*items)) {
        const auto base = bases.constFind(item.record.id());
        checks.append({ item.record, base == bases.constEnd() ? std::nullopt : std::optional(*base) });
    }
    QNetworkAccessManager manager;
    PreSendCheck check(&manager, ApiEndpoint { baseUrl, key });
    check.setRetryPolicy(policy);
    std::optional<PreSendResult> result;
    QObject::connect(&check, &PreSendCheck::finished, &check, [&](const PreSendResult &found) {
        result = found;
        QCoreApplication::exit(0);
    });
    QObject::connect(&check, &PreSendCheck::failed, &check, [](const PagerError &error) {
        printError(tr("the images could not be compared with the server's copies, so nothing was sent: %1")
                       .arg(error.userMessage()));
        QCoreApplication::exit(0);
    });
    QObject::connect(&check, &PreSendCheck::progress, &check, [](int checked, int total) {
        if (total > 0 && (checked == total || checked % 100 == 0))
            std::fprintf(
                stderr, "%s\n", qPrintable(tr("compared %1 of %2 images with the server").arg(checked).arg(total)));
    });
    check.start(checks);
    QCoreApplication::exec();
    if (!result)
        return false;
    outcome->unchanged = static_cast<int>(result->unchanged.size());
    QList<SubmitItem> toSend;
    for (const PreSendOutcome &found : std::as_const(result->toSend)) {
        const SubmitItem &item = items->at(found.item);
        toSend.append({ item.key, found.result.toSend });
        for (Field field : found.result.mergedFields)
            outcome->merged.append(QJsonObject { { QStringLiteral("id"), item.record.id() },
                { QStringLiteral("field"), FieldRegistry::jsonKey(field) } });
    }
    for (const PreSendOutcome &found : std::as_const(result->conflicts)) {
        const QString id = items->at(found.item).record.id();
        for (const FieldConflict &conflict : found.result.conflicts) {
            outcome->conflicts.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("field"),
                    conflict.field ? QJsonValue(FieldRegistry::jsonKey(*conflict.field)) : QJsonValue() },
                { QStringLiteral("base"), jsonValue(conflict.base) },
                { QStringLiteral("server"), jsonValue(conflict.server) },
                { QStringLiteral("ours"), jsonValue(conflict.ours) } });
        }
        // A fixed word, not a translated sentence: scripts match on it.
        refused->append({ id, QStringLiteral("conflict") });
    }
    *items = toSend;
    return true;
}

/// One submission's run: the workspace, the job, the progress lines and the summary.
class SubmitRun
{
    Q_DECLARE_TR_FUNCTIONS(SubmitRun)

public:
    SubmitRun(SubmitRequest request, QUrl baseUrl)
        : m_request(std::move(request))
        , m_baseUrl(std::move(baseUrl))
    {
    }

    void setBaseOutcome(const BaseOutcome &outcome) { m_baseOutcome = outcome; }

    int run(const QByteArray &key, QList<SubmitItem> items, const QList<LocalRefusal> &refused)
    {
        m_refused = refused;
        QString error;
        if (!m_workspace.open(QFileInfo(m_request.input).absoluteFilePath(), AppPaths::workspaceDirectory(), &error)) {
            printError(tr("cannot open the workspace: %1").arg(error));
            return UsageError;
        }
        m_log = std::make_unique<SubmissionLog>(m_workspace.database());
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_job = std::make_unique<SubmissionJob>(
            &m_manager, ApiEndpoint { m_baseUrl, key }, KeyStore::accountFor(m_baseUrl), m_log.get());
        m_job->setRetryPolicy(m_request.retryPolicy);
        connectProgress();
        if (const int resumed = m_job->resume())
            std::fprintf(stderr, "%s\n", qPrintable(tr("following %1 operation(s) of an earlier run").arg(resumed)));
        m_job->dropHeld(&items, m_request.options);
        armTestKill();
        if (!items.isEmpty())
            m_job->submit(items, m_request.options);
        else
            m_sendingDone = true;
        if (!m_job->isIdle())
            QCoreApplication::exec();
        printSummary();
        return exitCode();
    }

private:
    /// Tests set WESOG_TEST_KILL_AFTER_OPS=N to crash the run with SIGKILL right after the Nth
    /// operation it created is in the workspace: a deterministic point to resume from.
    void armTestKill()
    {
        bool ok = false;
        const int limit = qEnvironmentVariableIntValue("WESOG_TEST_KILL_AFTER_OPS", &ok);
        if (!ok || limit < 1)
            return;
        QSet<qint64> seen;
        for (const auto &entry : m_job->operations())
            seen.insert(entry.first);
        QObject::connect(m_job.get(), &SubmissionJob::operationChanged, m_job.get(),
            [seen, limit, created = 0](qint64 opId) mutable {
                if (seen.contains(opId))
                    return;
                seen.insert(opId);
                if (++created == limit)
                    ::raise(SIGKILL);
            });
    }

    void connectProgress()
    {
        QObject::connect(
            m_job.get(), &SubmissionJob::retrying, m_job.get(), [](int attempt, int delayMs, const ApiError &error) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(tr("attempt %1 failed (%2); trying again in %3 s")
                                   .arg(attempt)
                                   .arg(error.userMessage())
                                   .arg(delayMs / 1000.0, 0, 'f', 1)));
            });
        QObject::connect(m_job.get(), &SubmissionJob::operationChanged, m_job.get(), [this](qint64 opId) {
            const OperationStatus &status = m_job->operations().at(opId).status;
            std::fprintf(stderr, "%s\n",
                qPrintable(tr("operation %1: %2 of %3 done, %4 failed%5")
                               .arg(opId)
                               .arg(status.numGood + status.numBad)
                               .arg(status.numTotal)
                               .arg(status.numBad)
                               .arg(status.isFinished ? tr(", finished") : QString())));
        });
        QObject::connect(m_job.get(), &SubmissionJob::sendingFinished, m_job.get(), [this](const ApiError &stopReason) {
            m_sendingDone = true;
            m_stopReason = stopReason;
            if (stopReason.isError())
                printError(stopReason.userMessage());
            if (!m_request.watch || stopReason.kind == ApiError::Kind::Auth)
                QCoreApplication::exit(0);
        });
        QObject::connect(
            m_job.get(), &SubmissionJob::watchFailed, m_job.get(), [this](qint64 opId, const ApiError &error) {
                m_watchFailed = true;
                printError(tr("operation %1: %2").arg(opId).arg(error.userMessage()));
            });
        QObject::connect(m_job.get(), &SubmissionJob::storageFailed, m_job.get(), [](const QString &message) {
            printError(tr("the workspace could not store the progress: %1").arg(message));
        });
        QObject::connect(m_job.get(), &SubmissionJob::idle, m_job.get(), [this] {
            if (m_sendingDone)
                QCoreApplication::exit(0);
        });
    }

    void printSummary() const
    {
        QJsonArray operations;
        QJsonArray accepted;
        QJsonArray failed;
        QJsonArray notSent;
        QSet<qint64> involvedOps;
        for (const QString &key : m_job->involvedKeys()) {
            const RecordSubmission state = m_job->states().value(key);
            const QString id = state.imageId.isEmpty() ? key : state.imageId;
            switch (state.state) {
            case SubmitState::Accepted:
                accepted.append(id);
                break;
            case SubmitState::NotSent:
            case SubmitState::Queued:
                notSent.append(QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("reason"), state.message.isEmpty() ? tr("not sent") : state.message.text() } });
                break;
            case SubmitState::Failed:
            case SubmitState::Sent:
            case SubmitState::Processing: {
                QJsonObject entry { { QStringLiteral("id"), id }, { QStringLiteral("message"), state.message.text() } };
                if (state.opId)
                    entry.insert(QStringLiteral("op_id"), *state.opId);
                if (state.index >= 0)
                    entry.insert(QStringLiteral("index"), state.index);
                if (isPending(state.state) && m_request.watch)
                    entry.insert(QStringLiteral("message"),
                        tr("result unknown: the operation could not be followed to its end"));
                if (state.state == SubmitState::Failed || m_request.watch)
                    failed.append(entry);
                break;
            }
            case SubmitState::None:
                break;
            }
            if (state.opId)
                involvedOps.insert(*state.opId);
        }
        for (const LocalRefusal &refusal : m_refused)
            notSent.append(
                QJsonObject { { QStringLiteral("id"), refusal.id }, { QStringLiteral("reason"), refusal.reason } });
        for (const auto &[opId, operation] : m_job->operations()) {
            if (!involvedOps.contains(opId))
                continue;
            const OperationStatus &status = operation.status;
            operations.append(
                QJsonObject { { QStringLiteral("op_id"), opId }, { QStringLiteral("num_total"), status.numTotal },
                    { QStringLiteral("num_good"), status.numGood }, { QStringLiteral("num_bad"), status.numBad },
                    { QStringLiteral("all_good"), status.allGood ? QJsonValue(*status.allGood) : QJsonValue() } });
        }
        QJsonObject summary { { QStringLiteral("operations"), operations }, { QStringLiteral("accepted"), accepted },
            { QStringLiteral("failed"), failed }, { QStringLiteral("not_sent"), notSent } };
        if (m_baseOutcome) {
            summary.insert(QStringLiteral("unchanged"), m_baseOutcome->unchanged);
            summary.insert(QStringLiteral("merged"), m_baseOutcome->merged);
            summary.insert(QStringLiteral("conflicts"), m_baseOutcome->conflicts);
        }
        std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
    }

    int exitCode() const
    {
        if (m_watchFailed || (m_stopReason.isError() && m_stopReason.kind != ApiError::Kind::Canceled))
            return ServiceFailure;
        if (!m_refused.isEmpty())
            return Incomplete;
        for (const QString &key : m_job->involvedKeys()) {
            const SubmitState state = m_job->states().value(key).state;
            const bool done
                = m_request.watch ? state == SubmitState::Accepted : state == SubmitState::Accepted || isPending(state);
            if (!done)
                return Incomplete;
        }
        return Completed;
    }

    SubmitRequest m_request;
    QUrl m_baseUrl;
    QList<LocalRefusal> m_refused;
    std::optional<BaseOutcome> m_baseOutcome;
    Workspace m_workspace;
    std::unique_ptr<SubmissionLog> m_log;
    QNetworkAccessManager m_manager;
    std::unique_ptr<SubmissionJob> m_job;
    ApiError m_stopReason;
    bool m_sendingDone = false;
    bool m_watchFailed = false;
};

} // namespace

int runSubmit(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCommand(parser, tr("Sends images with PUT /imgs and follows their operations until they finish."),
        QStringLiteral("submit"), QStringLiteral("input"),
        tr("An image folder, or a JSON file holding a PUT /imgs body."));
    const ConnectionFlags connection;
    connection.addTo(parser);
    const QCommandLineOption wait(
        QStringLiteral("wait"), tr("Ask the server to answer only when each operation is finished."));
    const QCommandLineOption urgent(QStringLiteral("urgent"), tr("Queue the operations ahead of others."));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Fail items whose id the server does not know."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        tr("Language of the AI tags: en, es, pt, fr or ru (default en)."), QStringLiteral("code"));
    const QCommandLineOption batchSize(
        QStringLiteral("batch-size"), tr("Images per request, 1 to 1000 (default 500)."), QStringLiteral("n"));
    const QCommandLineOption noWatch(
        QStringLiteral("no-watch"), tr("Stop once every batch is sent; do not follow the operations."));
    const QCommandLineOption base(QStringLiteral("base"),
        tr("The PUT /imgs body FILE.json was edited from (as wesogctl pull printed it): only changed images are "
           "sent, merged with what changed on the server since; conflicting ones are held back."),
        QStringLiteral("file"));
    parser.addOptions({ wait, urgent, strict, lang, batchSize, noWatch, base });
    const ScanFlags scanFlags(QStringLiteral("metadata-lang"));
    scanFlags.addTo(parser);
    if (const std::optional<int> exit
        = parseCommand(parser, arguments, tr("usage: wesogctl submit DIR|FILE.json [--base BASE.json] [options]")))
        return *exit;
    SubmitRequest request;
    request.input = parser.positionalArguments().at(1);
    request.options.wait = parser.isSet(wait);
    request.options.urgent = parser.isSet(urgent);
    request.options.strict = parser.isSet(strict);
    request.options.lang = parser.isSet(lang) ? parser.value(lang) : QStringLiteral("en");
    if (!SubmitOptions::languages().contains(request.options.lang)) {
        printError(tr("--lang must be one of: %1").arg(SubmitOptions::languages().join(QStringLiteral(", "))));
        return UsageError;
    }
    if (parser.isSet(batchSize)) {
        bool ok = false;
        request.options.batchSize = parser.value(batchSize).toInt(&ok);
        if (!ok || request.options.batchSize < 1 || request.options.batchSize > 1000) {
            printError(tr("--batch-size must be a whole number from 1 to 1000"));
            return UsageError;
        }
    }
    request.watch = !parser.isSet(noWatch);
    request.scan.folder = request.input;
    QUrl baseUrl;
    if (!scanFlags.read(parser, &request.scan, request.options.lang)
        || !connection.read(parser, &baseUrl, &request.retryPolicy))
        return UsageError;
    if (!QFileInfo::exists(request.input)) {
        printError(tr("%1 does not exist").arg(request.input));
        return UsageError;
    }
    QList<SubmitItem> baseItems;
    if (parser.isSet(base)) {
        // A folder's base is its last sent record, which only the desktop keeps; scripts pull.
        if (QFileInfo(request.input).isDir() || QFileInfo(parser.value(base)).isDir()) {
            printError(tr("--base compares JSON files: FILE.json and --base BASE.json"));
            return UsageError;
        }
        if (!readJsonFile(parser.value(base), &baseItems))
            return UsageError;
    }

    QByteArray key;
    bool keyKnown = false;
    connection.findKey(parser, baseUrl, [&](QByteArray found) {
        key = std::move(found);
        keyKnown = true;
        QCoreApplication::exit(0);
    });
    if (!keyKnown)
        QCoreApplication::exec();
    if (key.isEmpty())
        return UsageError;

    QList<SubmitItem> items;
    QList<LocalRefusal> refused;
    if (!readInput(request, &items, &refused))
        return UsageError;
    refuseInvalid(&items, &refused);
    SubmitRun run(request, baseUrl);
    if (parser.isSet(base)) {
        BaseOutcome outcome;
        if (!checkAgainstBase(baseUrl, key, request.retryPolicy, baseItems, &items, &refused, &outcome))
            return ServiceFailure;
        run.setBaseOutcome(outcome);
    }
    return run.run(key, items, refused);
}

} // namespace Wesog::Cli
