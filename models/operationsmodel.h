// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "core/submit/submissionjob.h"

namespace Wesog {

class LanguageManager;

/// Every operation of the workspace, newest first, live: progress, counts, state, timings and
/// flags. Reads the SubmissionJob it is given; updates on its operationChanged signal.
/// Thread: GUI only.
class OperationsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ProgressColumn,
        StateColumn,
        GoodColumn,
        FailedColumn,
        TotalColumn,
        IdleColumn,
        ExecColumn,
        CreatedColumn,
        StartedColumn,
        FinishedColumn,
        FlagsColumn,
        ColumnCount
    };
    /// Progress as a share 0..1 (ProgressColumn), for the progress delegate.
    static constexpr int ProgressRole = Qt::UserRole + 1;
    /// The operation id (any column).
    static constexpr int OperationIdRole = Qt::UserRole + 2;

    explicit OperationsModel(LanguageManager *languages, QObject *parent = nullptr);

    /// Follows `job` (null: empty).
    void setJob(SubmissionJob *job);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "queued", "running", "finished" or "failed", translated.
    static QString stateText(const OperationStatus &status);

private:
    void reload();
    void operationChanged(qint64 opId);
    QVariant display(const LoggedOperation &operation, int column) const;

    QPointer<SubmissionJob> m_job;
    QList<qint64> m_order; ///< newest first
};

} // namespace Wesog
