// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "tests/support/httptestclient.h"

namespace Wesog::Bench {

/// Fills the sandbox with `count` images of about a dozen fields, like agency photos, ids
/// `img-000000` on; `file` is their `src` in the sandbox's files folder.
inline bool fillSandbox(
    Test::HttpTestClient &client, const QString &baseUrl, int count, const QString &file = QStringLiteral("small.jpg"))
{
    qint64 lastOp = -1;
    for (int first = 0; first < count; first += 10000) {
        QJsonArray items;
        for (int i = first; i < qMin(count, first + 10000); ++i) {
            items.append(QJsonObject {
                { QStringLiteral("id"), QStringLiteral("img-%1").arg(i, 6, 10, QLatin1Char('0')) },
                { QStringLiteral("src"), baseUrl + QStringLiteral("/files/") + file },
                { QStringLiteral("title"), QStringLiteral("Harbour at dawn %1").arg(i) },
                { QStringLiteral("caption"),
                    QStringLiteral("Fishing boats return to the harbour of Saint-Malo at dawn, picture %1.").arg(i) },
                { QStringLiteral("city"), QStringLiteral("Saint-Malo") },
                { QStringLiteral("country"), QStringLiteral("France") },
                { QStringLiteral("author"), QStringLiteral("Anne Leclerc") },
                { QStringLiteral("provider"), QStringLiteral("Acme") },
                { QStringLiteral("date"), QStringLiteral("2024-05-12") }, { QStringLiteral("nsfw"), false },
                { QStringLiteral("keywords"),
                    QJsonArray {
                        QStringLiteral("harbour"), QStringLiteral("boat"), QStringLiteral("k%1").arg(i % 50) } } });
        }
        lastOp = client.put(QStringLiteral("/imgs?wait=false&urgent=false&strict=false&lang=en"), items)
                     .object()
                     .value(QStringLiteral("op_id"))
                     .toInteger(-1);
        if (lastOp < 0)
            return false;
    }
    // One worker runs the operations in order: the last one finished means all did.
    return lastOp < 0 || !client.waitForOperation(lastOp, 600000).isEmpty();
}

} // namespace Wesog::Bench
