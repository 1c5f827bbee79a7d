// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/pullcommand.h"

#include <algorithm>

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include "app/wesogctl/cli.h"
#include "app/wesogctl/connectionflags.h"
#include "core/record/recordcodec.h"
#include "core/server/imagepager.h"
#include "core/server/threewaymerge.h"

namespace Wesog::Cli {

QByteArray pullBody(QList<ImageRecord> records)
{
    // Byte order of UTF-8 is code point order, which UTF-16 order is not (surrogates sort
    // below U+E000–U+FFFF): compare the encoded ids.
    QList<std::pair<QByteArray, qsizetype>> order;
    order.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        order.append({ records.at(i).id().toUtf8(), i });
    std::sort(order.begin(), order.end());
    QByteArray out("[");
    for (qsizetype i = 0; i < order.size(); ++i) {
        ImageRecord item;
        const ImageRecord &record = records.at(order.at(i).second);
        for (const FieldInfo &info : FieldRegistry::all())
            item.setValue(info.field, ThreeWayMerge::normalized(record.value(info.field)));
        out.append(i == 0 ? "\n" : ",\n");
        RecordCodec::appendItemJson(item, &out);
    }
    out.append("\n]\n");
    return out;
}

int runPull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the images a query matches as a PUT /imgs body (a JSON array)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("pull"), tr("The command."));
    const ConnectionFlags connection;
    connection.addTo(parser);
    const QCommandLineOption query(
        QStringLiteral("q"), tr("The filter formula of GET /imgs (default: every image)."), QStringLiteral("query"));
    const QCommandLineOption limit(QStringLiteral("limit"),
        tr("Stop after the first N images in the server's order (default: all)."), QStringLiteral("n"));
    parser.addOptions({ query, limit });
    const QString usage = tr("usage: wesogctl pull [--url URL] [--key-file F] [--q QUERY] [--limit N]");
    if (const std::optional<int> exit = parseCommand(parser, arguments, usage, 0))
        return *exit;
    qint64 maxImages = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        maxImages = parser.value(limit).toLongLong(&ok);
        if (!ok || maxImages < 1) {
            printError(tr("--limit must be a whole number of at least 1"));
            return UsageError;
        }
    }
    QUrl baseUrl;
    RetryPolicy policy;
    if (!connection.read(parser, &baseUrl, &policy))
        return UsageError;

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager manager;
    int exitCode = UsageError;
    QList<ImageRecord> records;
    std::unique_ptr<ImagePager> pager;
    connection.findKey(parser, baseUrl, [&](const QByteArray &key) {
        if (key.isEmpty()) {
            QCoreApplication::exit(0);
            return;
        }
        pager = std::make_unique<ImagePager>(&manager, ApiEndpoint { baseUrl, key });
        pager->setRetryPolicy(policy);
        QObject::connect(pager.get(), &ImagePager::counted, pager.get(), [&](qint64 total) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1 images to load").arg(total)));
            records.reserve(total);
        });
        QObject::connect(pager.get(), &ImagePager::pageLoaded, pager.get(), [&](const QVector<StoredImage> &images) {
            for (const StoredImage &image : images)
                records.append(image.record);
        });
        QObject::connect(pager.get(), &ImagePager::progress, pager.get(), [](qint64 loaded, qint64 total) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("loaded %1 of %2 images").arg(loaded).arg(total)));
        });
        QObject::connect(
            pager.get(), &ImagePager::retrying, pager.get(), [](int attempt, int delayMs, const ApiError &error) {
                std::fprintf(stderr, "%s\n",
                    qPrintable(tr("attempt %1 failed (%2); trying again in %3 s")
                                   .arg(attempt)
                                   .arg(error.userMessage())
                                   .arg(delayMs / 1000.0, 0, 'f', 1)));
            });
        QObject::connect(pager.get(), &ImagePager::finished, pager.get(), [&] {
            exitCode = Completed;
            QCoreApplication::exit(0);
        });
        QObject::connect(pager.get(), &ImagePager::failed, pager.get(), [&](const PagerError &error) {
            printError(error.userMessage());
            exitCode = ServiceFailure;
            QCoreApplication::exit(0);
        });
        pager->start(parser.value(query), maxImages);
    });
    QCoreApplication::exec();
    // A partial collection is no body to submit: print only a complete one.
    if (exitCode == Completed)
        std::fputs(pullBody(records).constData(), stdout);
    return exitCode;
}

} // namespace Wesog::Cli
