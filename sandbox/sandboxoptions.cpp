// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Wesog::Sandbox {

namespace {

// The sandbox is a developer tool: its command line speaks English, like its logs.
QList<QCommandLineOption> optionList()
{
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        return o;
    };
    return {
        opt("host", "Address to listen on (default 127.0.0.1; anything else is reachable from other machines).",
            "address"),
        opt("port", "Port to listen on (default 8765; 0 picks a free one).", "port"),
        opt("key", "An accepted API key; repeat for several tenants.", "key"),
        opt("keys-file", "File with one API key per line ('#' starts a comment).", "file"),
        opt("data", "SQLite file that keeps images and operations across restarts (default: in memory).", "file"),
        opt("files-root", "Folder served read-only at /files/ so that src URLs can point at local images.", "folder"),
        opt("item-delay-ms", "Simulated processing time per item (default 0).", "ms"),
        opt("mode", "per-item (default): valid items are applied; all-or-nothing: any failure applies nothing.",
            "mode"),
        opt("seed", "Seed for fault injection, for reproducible runs.", "number"),
        opt("fail-rate", "Share of API requests answered with 500 or 503 (0..1).", "rate"),
        opt("drop-rate", "Share of API requests whose connection is closed without an answer (0..1).", "rate"),
        opt("latency-ms", "Delay before every API request is handled.", "ms"),
        opt("rate-limit", "Requests per second and key; more are answered 429 with Retry-After.", "n"),
        opt("max-body-mb", "Largest accepted request body in MiB (default 64; larger: 413).", "mb"),
        opt("max-batch", "Largest accepted batch (default unlimited; larger: 422).", "n"),
        opt("fetch-timeout-ms", "Timeout for fetching an http(s) src (default 10000).", "ms"),
    };
}

bool readNumber(const QCommandLineParser &parser, const char *name, double min, double max, double *out, QString *error)
{
    const QString key = QString::fromLatin1(name);
    if (!parser.isSet(key))
        return true;
    bool ok = false;
    const double value = parser.value(key).toDouble(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 must be a number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = value;
    return true;
}

template <typename T>
bool readInteger(const QCommandLineParser &parser, const char *name, double min, double max, T *out, QString *error)
{
    double value = static_cast<double>(*out);
    if (!readNumber(parser, name, min, max, &value, error))
        return false;
    if (value != static_cast<double>(static_cast<qint64>(value))) {
        *error = QStringLiteral("--%1 must be a whole number").arg(QString::fromLatin1(name));
        return false;
    }
    *out = static_cast<T>(value);
    return true;
}

} // namespace

std::optional<QStringList> SandboxOptions::readKeysFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read keys file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QStringList keys;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
        if (!line.isEmpty())
            keys << line;
    }
    return keys;
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &arguments, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("wesog-sandbox: a local implementation of the Wesog image API for tests, demos and benchmarks.\n"
                       "Prints 'wesog-sandbox listening on http://HOST:PORT' once it is ready."));
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOptions(optionList());
    error->clear();
    if (!parser.parse(QStringList { QStringLiteral("wesog-sandbox") } + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        *helpText = parser.helpText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    SandboxOptions o;
    if (parser.isSet(QStringLiteral("host")) && !o.host.setAddress(parser.value(QStringLiteral("host")))) {
        *error = QStringLiteral("--host must be an IP address");
        return std::nullopt;
    }
    o.keys = parser.values(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("keys-file"))) {
        const auto fileKeys = readKeysFile(parser.value(QStringLiteral("keys-file")), error);
        if (!fileKeys)
            return std::nullopt;
        o.keys += *fileKeys;
    }
    o.keys.removeAll(QString());
    o.keys.removeDuplicates();
    if (o.keys.isEmpty()) {
        *error = QStringLiteral("at least one API key is required (--key or --keys-file)");
        return std::nullopt;
    }
    o.dataFile = parser.value(QStringLiteral("data"));
    o.filesRoot = parser.value(QStringLiteral("files-root"));
    if (!o.filesRoot.isEmpty() && !QFileInfo(o.filesRoot).isDir()) {
        *error = QStringLiteral("--files-root is not a folder: %1").arg(o.filesRoot);
        return std::nullopt;
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("all-or-nothing")) {
        o.mode = BatchMode::AllOrNothing;
    } else if (!mode.isEmpty() && mode != QLatin1String("per-item")) {
        *error = QStringLiteral("--mode must be per-item or all-or-nothing");
        return std::nullopt;
    }
    double maxBodyMb = static_cast<double>(o.maxBodyBytes) / (1024 * 1024);
    o.seedSet = parser.isSet(QStringLiteral("seed"));
    const bool ok = readInteger(parser, "port", 0, 65535, &o.port, error)
        && readInteger(parser, "item-delay-ms", 0, 600000, &o.itemDelayMs, error)
        && readInteger(parser, "seed", 0, 4294967295.0, &o.seed, error)
        && readNumber(parser, "fail-rate", 0, 1, &o.failRate, error)
        && readNumber(parser, "drop-rate", 0, 1, &o.dropRate, error)
        && readInteger(parser, "latency-ms", 0, 600000, &o.latencyMs, error)
        && readInteger(parser, "rate-limit", 0, 1000000, &o.rateLimit, error)
        && readNumber(parser, "max-body-mb", 0.001, 4096, &maxBodyMb, error)
        && readInteger(parser, "max-batch", 0, 100000000, &o.maxBatch, error)
        && readInteger(parser, "fetch-timeout-ms", 1, 600000, &o.fetchTimeoutMs, error);
    if (!ok)
        return std::nullopt;
    o.maxBodyBytes = static_cast<qint64>(maxBodyMb * 1024 * 1024);
    return o;
}

} // namespace Wesog::Sandbox
