// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrlQuery>

namespace Wesog {

/// How a submission is sent. The four API flags always go explicitly (wesog-api.md §5).
struct SubmitOptions
{
    bool wait = false;
    bool urgent = false;
    bool strict = false;
    QString lang = QStringLiteral("en");
    int batchSize = 500; ///< clamped to 1..1000 when batches are made
    int maxInFlight = 2; ///< batches waiting for an answer at once

    QUrlQuery query() const
    {
        const auto flag = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("wait"), flag(wait));
        query.addQueryItem(QStringLiteral("urgent"), flag(urgent));
        query.addQueryItem(QStringLiteral("strict"), flag(strict));
        query.addQueryItem(QStringLiteral("lang"), lang);
        return query;
    }
    static QStringList languages()
    {
        return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("fr"),
            QStringLiteral("ru") };
    }
};

} // namespace Wesog
