// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/errorreviewmodel.h"

#include <map>

#include <QLocale>
#include <QRegularExpression>

#include "models/recordtablemodel.h"

namespace Wesog {

ErrorReviewModel::ErrorReviewModel(RecordTableModel *records, QObject *parent)
    : QAbstractListModel(parent)
    , m_records(records)
{
    // Edits and states arrive in bursts; one regrouping after a burst is enough.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &ErrorReviewModel::refreshNow);
    auto later = [this] { m_refresh.start(); };
    connect(records, &QAbstractItemModel::modelReset, this, later);
    connect(records, &QAbstractItemModel::rowsInserted, this, later);
    connect(records, &QAbstractItemModel::rowsRemoved, this, later);
    connect(records, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (!RecordTableModel::changesNoValue(roles)) // a thumbnail or spell mark changes no problem
                m_refresh.start();
        });
}

QString ErrorReviewModel::causeOf(const QString &message)
{
    // Server messages quote the image id (wesog-api.md §10); without it, alike failures group.
    static const QRegularExpression quoted(QStringLiteral("'[^']*'"));
    return QString(message).replace(quoted, QStringLiteral("'…'")).trimmed();
}

void ErrorReviewModel::refreshNow()
{
    m_refresh.stop();
    std::map<std::pair<int, QString>, ErrorGroup> byCause; // ordered: server first, then local kinds
    auto add = [&](ErrorGroup::Kind kind, const QString &cause, int row) {
        ErrorGroup &group = byCause[{ int(kind), cause }];
        group.kind = kind;
        group.cause = cause;
        group.rows.append(row);
    };
    // Most rows of a large table have no problem. The state bits the model keeps say so without
    // reading the row's field sources: with 1,000,000 rows, the regrouping after an edit took
    // 121 ms on the GUI thread, and model_bench's scrolling now sees no step over 20 ms. Only a
    // stopped submission (NotSent) is a problem those bits do not single out.
    constexpr auto bit = [](RecordState state) { return quint16(1U << int(state)); };
    constexpr quint16 problemBits = bit(RecordState::Invalid) | bit(RecordState::Failed) | bit(RecordState::Conflicts)
        | bit(RecordState::Unreadable);
    for (int row = 0; row < m_records->rowCount(); ++row) {
        const RecordRow &record = m_records->row(row);
        if (!(record.stateBits & problemBits) && record.submission->state != SubmitState::NotSent)
            continue;
        if (record.error) {
            add(ErrorGroup::Kind::Unreadable, QString(), row);
            continue;
        }
        if (record.submission->state == SubmitState::NotSent && record.submission->message.isSendConflict())
            add(ErrorGroup::Kind::SendConflict, QString(), row);
        else if (record.submission->state == SubmitState::Failed)
            add(ErrorGroup::Kind::Server, causeOf(record.submission->message.text()), row);
        else if (record.submission->state == SubmitState::NotSent)
            add(ErrorGroup::Kind::NotSent, causeOf(record.submission->message.text()), row);
        if (record.isInvalid())
            add(ErrorGroup::Kind::Invalid, QString(), row);
        if (record.changedOnDisk)
            add(ErrorGroup::Kind::DiskConflict, QString(), row);
        if (record.metadata.sources.hasConflict())
            add(ErrorGroup::Kind::MetadataConflict, QString(), row);
    }
    QList<ErrorGroup> groups;
    for (auto &[key, group] : byCause)
        groups.append(std::move(group));
    if (groups != m_groups) { // unchanged groups keep the view's place
        beginResetModel();
        m_groups = std::move(groups);
        endResetModel();
    }
    emit refreshed();
}

int ErrorReviewModel::problemCount() const
{
    int count = 0;
    for (const ErrorGroup &group : m_groups)
        count += int(group.rows.size());
    return count;
}

QString ErrorReviewModel::messageOf(const ErrorGroup &group, int sourceRow) const
{
    const RecordRow &row = m_records->row(sourceRow);
    switch (group.kind) {
    case ErrorGroup::Kind::SendConflict:
    case ErrorGroup::Kind::Server:
    case ErrorGroup::Kind::NotSent:
        return row.submission->message.text();
    case ErrorGroup::Kind::Invalid: {
        QStringList messages;
        for (const FieldIssue &issue : row.issues) {
            if (issue.severity == Severity::Error)
                messages << issue.message();
        }
        return messages.join(QLatin1Char(' '));
    }
    case ErrorGroup::Kind::Unreadable:
        return row.error ? row.error->userMessage() : QString();
    case ErrorGroup::Kind::MetadataConflict:
        for (const FieldInfo &info : FieldRegistry::all()) {
            if (row.metadata.sources.isConflict(size_t(info.field)))
                return tr("The sources disagree on %1.").arg(FieldRegistry::label(info.field));
        }
        return QString();
    case ErrorGroup::Kind::DiskConflict:
        return tr("The file changed on disk after you edited it; your edits are kept.");
    }
    return QString();
}

std::optional<Field> ErrorReviewModel::fieldOf(const ErrorGroup &group, int sourceRow) const
{
    const RecordRow &row = m_records->row(sourceRow);
    if (group.kind == ErrorGroup::Kind::SendConflict && !row.submission->message.args.isEmpty())
        return FieldRegistry::fromJsonKey(row.submission->message.args.first());
    if (group.kind == ErrorGroup::Kind::Server && !row.submission->field.isEmpty())
        return FieldRegistry::fromJsonKey(row.submission->field);
    if (group.kind == ErrorGroup::Kind::Invalid) {
        for (const FieldIssue &issue : row.issues) {
            if (issue.severity == Severity::Error)
                return issue.field;
        }
    }
    if (group.kind == ErrorGroup::Kind::MetadataConflict) {
        for (const FieldInfo &info : FieldRegistry::all()) {
            if (row.metadata.sources.isConflict(size_t(info.field)))
                return info.field;
        }
    }
    return std::nullopt;
}

QString ErrorReviewModel::title(const ErrorGroup &group) const
{
    switch (group.kind) {
    case ErrorGroup::Kind::SendConflict:
        return tr("Changed on the server too: held back");
    case ErrorGroup::Kind::Server:
        return group.cause.isEmpty() ? tr("Failed on the server") : group.cause;
    case ErrorGroup::Kind::NotSent:
        return tr("Not sent: %1").arg(group.cause);
    case ErrorGroup::Kind::Invalid:
        return tr("Invalid fields");
    case ErrorGroup::Kind::Unreadable:
        return tr("Unreadable files");
    case ErrorGroup::Kind::MetadataConflict:
        return tr("Metadata sources disagree");
    case ErrorGroup::Kind::DiskConflict:
        return tr("Edits that conflict with changes on disk");
    }
    return QString();
}

int ErrorReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant ErrorReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ErrorGroup &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(title(group), QLocale().toString(group.rows.size()));
    case Qt::ToolTipRole:
        return title(group);
    case KindRole:
        return int(group.kind);
    default:
        return {};
    }
}

} // namespace Wesog
