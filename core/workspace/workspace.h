// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include "core/record/imagerecord.h"
#include "core/workspace/celledit.h"

namespace Wesog {

/// The edits made to one opened folder, kept in SQLite in the app data folder, so nothing typed
/// is ever lost: each call to write() is one transaction, committed (WAL, synchronous=FULL)
/// before it returns, so a crash or `kill -9` right after loses nothing that was shown.
/// Values that were only read from the files are not stored; the files hold them.
/// Thread: the thread that opened it (a QSQLITE connection belongs to its thread): the GUI.
/// Lifetime: owned by the composition root; close() or destruction closes the connection.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace();
    ~Workspace();

    /// The workspace file of `folder` inside `directory`: one per folder, named by a hash of
    /// its absolute path.
    static QString fileFor(const QString &folder, const QString &directory);

    /// Opens (or creates) the workspace of `folder`. Closes any open one first. A damaged file,
    /// or one from a newer version, is moved aside (kept, never written) and a new one started;
    /// recoveryNote() then says so. False only if no workspace can be opened at all.
    bool open(const QString &folder, const QString &directory, QString *error);
    /// The account part of a server collection's key: a SHA-256 of the API key (hex), so the key
    /// itself is never stored, and two accounts on one server never share a workspace.
    static QString accountHash(const QByteArray &apiKey);
    /// The workspace file of a server collection: one per server URL, account and query.
    static QString fileForServer(
        const QUrl &server, const QByteArray &apiKey, const QString &query, const QString &directory);
    /// Opens (or creates) the workspace of a server collection, as open() does for a folder.
    bool openServer(
        const QUrl &server, const QByteArray &apiKey, const QString &query, const QString &directory, QString *error);
    /// What open() had to do with an unreadable workspace, for the user; empty normally.
    QString recoveryNote() const { return m_recoveryNote; }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString fileName() const { return m_db.databaseName(); }
    /// The open connection, for SubmissionLog (same thread, same file).
    QSqlDatabase database() const { return m_db; }

    /// Stores a group of cell edits in one transaction: all of them or none.
    bool write(const QList<CellEdit> &edits, QString *error);
    /// Every stored edit, by relative path.
    QHash<QString, QList<CellEdit>> edits(QString *error = nullptr) const;

    /// The base of a server collection: the images as the server held them when loaded, in the
    /// server's order, kept so reopening shows them (offline too) and a later send can tell
    /// our edits from other editors' changes. Its own table, apart from the edits.
    /// Forgets the stored base: a new load, named `loadId`, starts. Only that load's pages are
    /// stored from now on (appendServerBase), so a page of an earlier load still on its way
    /// can never land in the new base. The base of each image with saved edits is kept apart
    /// (editedBases()) until a load completes: its edits were made against it, so another
    /// editor's change the new load brings must not become their base unseen.
    bool clearServerBase(const QString &loadId, QString *error);
    /// The kept bases of edited images (see clearServerBase), by image id. `error` names those
    /// that could not be read (their rows take the server's copy as base, so the user must be
    /// told); the others are returned. Needs SQLite's JSON functions (built in since 3.38).
    QHash<QString, StoredImage> editedBases(QString *error) const;
    /// Appends `images` at `position` onwards to the base of the workspace in `fileName`, in one
    /// transaction, if `loadId` is still the load the base was last cleared for (otherwise it
    /// stores nothing and succeeds). Through a connection of its own: any thread, so a loader's
    /// worker encodes and stores a page while the GUI thread goes on (SQLite serialises it with
    /// that thread's writes to the same file).
    static bool appendServerBase(const QString &fileName, const QString &loadId, int position,
        const QVector<StoredImage> &images, QString *error);
    /// Marks the stored base as holding every image of the query (a load that ran to its end),
    /// and drops the kept bases of edited images: the complete base holds them.
    bool markServerBaseComplete(QString *error);
    bool isServerBaseComplete() const;
    /// Up to `count` images of the stored base of the workspace in `fileName` from `first` on,
    /// in the server's order; `error` says why none could be read. Read in parts, through a
    /// connection of its own (any thread), so reopening 100,000 images never blocks the window.
    static QList<StoredImage> serverBase(const QString &fileName, int first, int count, QString *error);

private:
    bool openAt(const QString &file, const QString &label, const QString &directory, QString *error);
    bool openFile(const QString &file, const QString &folder, QString *error);

    QString m_connectionName;
    QString m_recoveryNote;
    QSqlDatabase m_db;
};

} // namespace Wesog
