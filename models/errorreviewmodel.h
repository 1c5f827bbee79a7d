// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QTimer>

#include "core/record/fieldregistry.h"

namespace Wesog {

class RecordTableModel;

/// One cause of trouble and the images it hits.
struct ErrorGroup
{
    /// SendConflict: held back by the pre-send check (changed on the server too), first since
    /// edits wait on the user's choice.
    enum class Kind { SendConflict, Server, NotSent, Invalid, Unreadable, MetadataConflict, DiskConflict };
    Kind kind = Kind::Server;
    QString cause; ///< server messages with the image's own id taken out, so alike ones group
    QList<int> rows; ///< source rows, in table order

    friend bool operator==(const ErrorGroup &a, const ErrorGroup &b)
    {
        return a.kind == b.kind && a.cause == b.cause && a.rows == b.rows;
    }
};

/// Everything that needs a look in the open folder, grouped by cause: images held back because
/// they changed on the server too, what the server refused or failed (grouped by its message),
/// what was not sent, and the local problems (invalid fields,
/// unreadable files, metadata conflicts, edits that conflict with changes on disk). One list
/// item per group, with its count; items(group) gives the images of one group. Refreshes itself
/// shortly after the table changes. Thread: GUI.
class ErrorReviewModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit ErrorReviewModel(RecordTableModel *records, QObject *parent = nullptr);

    const QList<ErrorGroup> &groups() const { return m_groups; }
    int problemCount() const;
    /// The message one image of a group carries, and the field it names (if any).
    QString messageOf(const ErrorGroup &group, int sourceRow) const;
    std::optional<Field> fieldOf(const ErrorGroup &group, int sourceRow) const;
    /// Groups built now, not after the coalescing delay (tests, and before exporting).
    void refreshNow();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "image 'IMG_0042' does not exist" → "image '…' does not exist".
    static QString causeOf(const QString &message);

signals:
    void refreshed();

private:
    QString title(const ErrorGroup &group) const;

    RecordTableModel *m_records;
    QList<ErrorGroup> m_groups;
    QTimer m_refresh;
};

} // namespace Wesog
