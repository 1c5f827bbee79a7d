// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/httpreply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Wesog::Sandbox {

HttpReply HttpReply::json(int status, const QJsonValue &value)
{
    HttpReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    reply.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return reply;
}

HttpReply HttpReply::detail(int status, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("detail"), message } });
}

HttpReply HttpReply::validation(const QList<ValidationIssue> &issues)
{
    QJsonArray detail;
    for (const ValidationIssue &issue : issues) {
        detail.append(QJsonObject { { QStringLiteral("loc"), issue.loc }, { QStringLiteral("msg"), issue.msg },
            { QStringLiteral("type"), issue.type } });
    }
    return json(422, QJsonObject { { QStringLiteral("detail"), detail } });
}

HttpReply HttpReply::validation(const QJsonArray &loc, const QString &msg, const QString &type)
{
    return validation(QList<ValidationIssue> { { loc, msg, type } });
}

} // namespace Wesog::Sandbox
