// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Wesog::Sandbox {

/// One entry of a FastAPI-style 422 `detail` list: where (`["body", 3, "src"]`), what, and a
/// machine-readable type.
struct ValidationIssue
{
    QJsonArray loc;
    QString msg;
    QString type;
};

/// A complete HTTP answer, built on whichever thread knows it and written by the server thread.
/// Every error body is `{"detail": …}` (docs/wesog-api.md §10).
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonValue &value);
    static HttpReply detail(int status, const QString &message);
    static HttpReply validation(const QList<ValidationIssue> &issues);
    static HttpReply validation(const QJsonArray &loc, const QString &msg, const QString &type);
};

} // namespace Wesog::Sandbox
