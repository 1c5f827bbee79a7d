// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/operationsmodel.h"

#include <QLocale>

#include "core/i18n/languagemanager.h"

namespace Wesog {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OperationsModel::OperationsModel(LanguageManager *languages, QObject *parent)
    : QAbstractTableModel(parent)
{
    if (languages) {
        connect(languages, &LanguageManager::languageChanged, this, [this] {
            emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
            if (!m_order.isEmpty())
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
}

void OperationsModel::setJob(SubmissionJob *job)
{
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    if (m_job)
        connect(m_job, &SubmissionJob::operationChanged, this, &OperationsModel::operationChanged);
    reload();
}

void OperationsModel::reload()
{
    beginResetModel();
    m_order.clear();
    if (m_job) {
        for (const auto &[opId, operation] : m_job->operations())
            m_order.append(opId);
        std::sort(m_order.begin(), m_order.end(), [this](qint64 a, qint64 b) {
            const LoggedOperation &x = m_job->operations().at(a);
            const LoggedOperation &y = m_job->operations().at(b);
            return x.submittedAt != y.submittedAt ? x.submittedAt > y.submittedAt : a > b;
        });
    }
    endResetModel();
}

void OperationsModel::operationChanged(qint64 opId)
{
    const int row = int(m_order.indexOf(opId));
    if (row < 0) {
        beginInsertRows({}, 0, 0); // a new operation is the newest
        m_order.prepend(opId);
        endInsertRows();
        return;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OperationsModel::stateText(const OperationStatus &status)
{
    if (status.isFinished)
        return status.numBad > 0 ? tr("failed") : tr("finished");
    return status.isStarted ? tr("running") : tr("queued");
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_job)
        return {};
    const qint64 opId = m_order.at(index.row());
    const LoggedOperation &operation = m_job->operations().at(opId);
    const OperationStatus &status = operation.status;
    switch (role) {
    case Qt::DisplayRole:
        return display(operation, index.column());
    case OperationIdRole:
        return opId;
    case ProgressRole:
        return status.numTotal > 0 ? double(status.numGood + status.numBad) / double(status.numTotal) : 0.0;
    case Qt::TextAlignmentRole:
        return index.column() == GoodColumn || index.column() == FailedColumn || index.column() == TotalColumn
                || index.column() == IdleColumn || index.column() == ExecColumn || index.column() == IdColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !status.errors.isEmpty())
            return tr("%1 item(s) failed; the first: %2").arg(status.errors.size()).arg(status.errors.first().message);
        return display(operation, index.column());
    default:
        return {};
    }
}

QVariant OperationsModel::display(const LoggedOperation &operation, int column) const
{
    const OperationStatus &status = operation.status;
    const QLocale locale;
    switch (column) {
    case IdColumn:
        return locale.toString(operation.opId);
    case ProgressColumn:
        return tr("%1 of %2").arg(locale.toString(status.numGood + status.numBad), locale.toString(status.numTotal));
    case StateColumn:
        return stateText(status);
    case GoodColumn:
        return locale.toString(status.numGood);
    case FailedColumn:
        return locale.toString(status.numBad);
    case TotalColumn:
        return locale.toString(status.numTotal);
    case IdleColumn:
        return status.isFinished ? locale.toString(status.idleMs, 'f', 0) : QString(); // known only at the end (§9)
    case ExecColumn:
        return status.isFinished ? locale.toString(status.execMs, 'f', 0) : QString();
    case CreatedColumn:
        return localTime(status.createdAt.isValid() ? status.createdAt : operation.submittedAt);
    case StartedColumn:
        return localTime(status.startedAt);
    case FinishedColumn:
        return localTime(status.finishedAt);
    case FlagsColumn: {
        QStringList flags;
        if (operation.options.wait)
            flags << QStringLiteral("wait");
        if (operation.options.urgent)
            flags << QStringLiteral("urgent");
        if (operation.options.strict)
            flags << QStringLiteral("strict");
        flags << QStringLiteral("lang=") + operation.options.lang;
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Operation");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    case GoodColumn:
        return tr("Good");
    case FailedColumn:
        return tr("Failed");
    case TotalColumn:
        return tr("Total");
    case IdleColumn:
        return tr("Waited (ms)");
    case ExecColumn:
        return tr("Ran (ms)");
    case CreatedColumn:
        return tr("Created");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace Wesog
