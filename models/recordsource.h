// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Wesog {

/// Where the records of an open collection come from (design.md §1.4): a folder on disk today,
/// a server query next. A source fills the session's model and keeps its workspace; the views
/// only see the session, so a new kind of source needs no view changes.
/// Thread: GUI. Lifetime: owned by the CollectionSession that opened it.
class RecordSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordSource)
public:
    using QObject::QObject;
    ~RecordSource() override = default;

    /// Opens the collection's workspace and starts filling the model; false, with nothing
    /// changed, if the collection cannot be read at all.
    virtual bool start() = 0;
    /// Stops reading; the rows read so far stay.
    virtual void cancel() = 0;
    virtual bool isLoading() const = 0;
    /// Where the collection is, for tooltips and the recent list (a folder path, a query URL).
    virtual QString location() const = 0;
    /// A short name for the window title.
    virtual QString displayName() const = 0;

signals:
    void progressChanged(int done, int found, bool walking);
    void finished(bool cancelled);
    /// Something the user must read; nothing was lost, but something could not be done.
    void problem(const QString &title, const QString &message);
};

} // namespace Wesog
