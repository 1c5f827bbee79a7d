// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Wesog {

struct ApiError;

/// A message about a record's submission, kept as a code with its arguments and translated each
/// time text() is called: a language switch changes every message already shown, including
/// those read back from the workspace, which stores no translated text. The server's own words
/// are kept verbatim beside the code: they are not ours to translate.
struct StatusMessage
{
    QString code; ///< one of ours ("api-error", "not-confirmed", ...); empty when serverText is all
    QStringList args; ///< the code's arguments, as stored
    QString serverText; ///< the server's (or network's) text, verbatim; never translated

    /// The server's own words alone (item errors, 422 entries).
    static StatusMessage fromServer(const QString &text);
    /// Why a request failed; the error's detail is the server text.
    static StatusMessage fromApiError(const ApiError &error);
    /// A record refused with its batch again, after the records the 422 named were taken out.
    static StatusMessage refusedAgain(const ApiError &error);
    /// The server took a batch but named no operation, so its result cannot be known.
    static StatusMessage noOperation();
    /// An operation counted `numBad` failures without naming this record.
    static StatusMessage notConfirmed(qint64 opId, int numBad);
    /// The pre-send check kept the server's newer values of these fields (API keys).
    static StatusMessage mergedFromServer(const QStringList &fields);
    /// Held back: these fields (API keys) changed on the server and here, to different values.
    static StatusMessage sendConflict(const QStringList &fields);
    /// Held back: the image was deleted on the server since its base was read.
    static StatusMessage goneFromServer();
    /// Held back: never sent from here nor loaded from the server, yet the server holds its id.
    static StatusMessage existsOnServer();
    /// A held-back image whose conflict the user settled; it waits to be sent again.
    static StatusMessage conflictResolved();

    /// One of the three held-back messages: the image waits for Keep mine / Take theirs.
    bool isSendConflict() const;
    /// Ours about an item on its way (merged fields): kept when the server accepts the item.
    bool isNote() const;

    bool isEmpty() const { return code.isEmpty() && serverText.isEmpty(); }
    /// In the current language; an unknown code (from a newer version) shows its server text.
    QString text() const;

    friend bool operator==(const StatusMessage &a, const StatusMessage &b)
    {
        return a.code == b.code && a.args == b.args && a.serverText == b.serverText;
    }
};

} // namespace Wesog
