// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/statusmessage.h"

#include <array>

#include <QCoreApplication>

#include "core/api/apierror.h"
#include "core/record/fieldregistry.h"

namespace Wesog {

namespace {

// Codes are stored in workspaces: never rename one.
const QString s_apiError = QStringLiteral("api-error");
const QString s_refusedAgain = QStringLiteral("refused-again");
const QString s_noOperation = QStringLiteral("no-operation");
const QString s_notConfirmed = QStringLiteral("not-confirmed");
const QString s_merged = QStringLiteral("merged-from-server");
const QString s_sendConflict = QStringLiteral("send-conflict");
const QString s_gone = QStringLiteral("gone-from-server");
const QString s_exists = QStringLiteral("exists-on-server");
const QString s_resolved = QStringLiteral("conflict-resolved");

// The contexts are those the texts had when their classes translated them, so the catalogs'
// translations still apply.
const char *const s_refusedAgainText
    = QT_TRANSLATE_NOOP("Wesog::Submitter", "Refused with its batch a second time: %1");
const char *const s_noOperationText = QT_TRANSLATE_NOOP(
    "Wesog::Submitter", "The server took the batch but its answer names no operation, so the result is unknown.");
const char *const s_notConfirmedText = QT_TRANSLATE_NOOP("Wesog::SubmissionJob",
    "Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably not applied.");

const char *const s_mergedText = QT_TRANSLATE_NOOP("Wesog::StatusMessage", "Merged from the server: %1");
const char *const s_sendConflictText = QT_TRANSLATE_NOOP("Wesog::StatusMessage",
    "Held back: changed on the server too (%1). Choose Keep Mine or Take Theirs in the error review.");
const char *const s_goneText = QT_TRANSLATE_NOOP("Wesog::StatusMessage",
    "Held back: deleted on the server since it was read. Keep Mine creates it again; Take Theirs drops the edits.");
const char *const s_existsText = QT_TRANSLATE_NOOP("Wesog::StatusMessage",
    "Held back: the server already holds this id, and this image was never sent from here. Keep Mine replaces "
    "the server's copy; Take Theirs takes its values.");
const char *const s_resolvedText
    = QT_TRANSLATE_NOOP("Wesog::StatusMessage", "Conflict settled; ready to be sent again.");

/// Field API keys as the labels the table shows, in the current language.
QString fieldLabels(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys) {
        const std::optional<Field> field = FieldRegistry::fromJsonKey(key);
        labels.append(field ? FieldRegistry::label(*field) : key);
    }
    return labels.join(QStringLiteral(", "));
}

// ApiError kinds by stored name.
constexpr std::array<std::pair<ApiError::Kind, const char *>, 13> s_kinds { {
    { ApiError::Kind::None, "none" },
    { ApiError::Kind::Canceled, "canceled" },
    { ApiError::Kind::Timeout, "timeout" },
    { ApiError::Kind::Network, "network" },
    { ApiError::Kind::Auth, "auth" },
    { ApiError::Kind::NotFound, "not-found" },
    { ApiError::Kind::Validation, "validation" },
    { ApiError::Kind::RateLimited, "rate-limited" },
    { ApiError::Kind::Server, "server" },
    { ApiError::Kind::Protocol, "protocol" },
    { ApiError::Kind::TooLarge, "too-large" },
    { ApiError::Kind::Redirect, "redirect" },
    { ApiError::Kind::Refused, "refused" },
} };

QString kindName(ApiError::Kind kind)
{
    for (const auto &[value, name] : s_kinds) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

ApiError::Kind kindFromName(const QString &name)
{
    for (const auto &[value, text] : s_kinds) {
        if (name == QLatin1String(text))
            return value;
    }
    return ApiError::Kind::None;
}

StatusMessage withError(const QString &code, const ApiError &error)
{
    return { code, { kindName(error.kind), QString::number(error.httpStatus) }, error.detail };
}

/// The ApiError `message` was made from, with its text in the current language.
QString errorText(const StatusMessage &message)
{
    ApiError error;
    error.kind = kindFromName(message.args.value(0));
    error.httpStatus = message.args.value(1).toInt();
    error.detail = message.serverText;
    return error.isError() ? error.userMessage() : message.serverText;
}

} // namespace

StatusMessage StatusMessage::fromServer(const QString &text)
{
    return { QString(), {}, text };
}

StatusMessage StatusMessage::fromApiError(const ApiError &error)
{
    return withError(s_apiError, error);
}

StatusMessage StatusMessage::refusedAgain(const ApiError &error)
{
    return withError(s_refusedAgain, error);
}

StatusMessage StatusMessage::noOperation()
{
    return { s_noOperation, {}, QString() };
}

StatusMessage StatusMessage::notConfirmed(qint64 opId, int numBad)
{
    return { s_notConfirmed, { QString::number(opId), QString::number(numBad) }, QString() };
}

StatusMessage StatusMessage::mergedFromServer(const QStringList &fields)
{
    return { s_merged, fields, QString() };
}

StatusMessage StatusMessage::sendConflict(const QStringList &fields)
{
    return { s_sendConflict, fields, QString() };
}

StatusMessage StatusMessage::goneFromServer()
{
    return { s_gone, {}, QString() };
}

StatusMessage StatusMessage::existsOnServer()
{
    return { s_exists, {}, QString() };
}

StatusMessage StatusMessage::conflictResolved()
{
    return { s_resolved, {}, QString() };
}

bool StatusMessage::isSendConflict() const
{
    return code == s_sendConflict || code == s_gone || code == s_exists;
}

bool StatusMessage::isNote() const
{
    return code == s_merged;
}

QString StatusMessage::text() const
{
    if (code == s_apiError)
        return errorText(*this);
    if (code == s_refusedAgain)
        return QCoreApplication::translate("Wesog::Submitter", s_refusedAgainText).arg(errorText(*this));
    if (code == s_noOperation)
        return QCoreApplication::translate("Wesog::Submitter", s_noOperationText);
    if (code == s_notConfirmed)
        return QCoreApplication::translate("Wesog::SubmissionJob", s_notConfirmedText)
            .arg(args.value(0), args.value(1));
    if (code == s_merged)
        return QCoreApplication::translate("Wesog::StatusMessage", s_mergedText).arg(fieldLabels(args));
    if (code == s_sendConflict)
        return QCoreApplication::translate("Wesog::StatusMessage", s_sendConflictText).arg(fieldLabels(args));
    if (code == s_gone)
        return QCoreApplication::translate("Wesog::StatusMessage", s_goneText);
    if (code == s_exists)
        return QCoreApplication::translate("Wesog::StatusMessage", s_existsText);
    if (code == s_resolved)
        return QCoreApplication::translate("Wesog::StatusMessage", s_resolvedText);
    return serverText;
}

} // namespace Wesog
