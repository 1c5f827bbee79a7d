// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/operation.h"

#include <QDateTime>

namespace Wesog::Sandbox {

namespace {

QJsonValue timestamp(qint64 ms)
{
    if (ms == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString Operation::methodName(Verb verb)
{
    switch (verb) {
    case Verb::Post:
        return QStringLiteral("add");
    case Verb::Put:
    case Verb::Patch:
        return QStringLiteral("upd");
    case Verb::Delete:
        return QStringLiteral("del");
    }
    return QString();
}

QJsonObject Operation::toJson(bool withOpId) const
{
    QJsonObject json {
        { QStringLiteral("method"), methodName(verb) },
        { QStringLiteral("resource"), QStringLiteral("image") },
        { QStringLiteral("num_total"), numTotal },
        { QStringLiteral("num_good"), numGood },
        { QStringLiteral("num_bad"), numBad },
        { QStringLiteral("is_started"), started },
        { QStringLiteral("is_finished"), finished },
        { QStringLiteral("all_good"), allGood ? QJsonValue(*allGood) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("do_wait"), flags.wait },
        { QStringLiteral("do_urgent"), flags.urgent },
        { QStringLiteral("do_strict"), flags.strict },
        { QStringLiteral("idle_ms"), startedMs ? startedMs - createdMs : 0 },
        { QStringLiteral("exec_ms"), finishedMs && startedMs ? finishedMs - startedMs : 0 },
        { QStringLiteral("created_at"), timestamp(createdMs) },
        { QStringLiteral("started_at"), timestamp(startedMs) },
        { QStringLiteral("finished_at"), timestamp(finishedMs) },
        { QStringLiteral("errors"), errors },
    };
    if (withOpId)
        json.insert(QStringLiteral("op_id"), id);
    return json;
}

} // namespace Wesog::Sandbox
