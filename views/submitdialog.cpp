// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/submitdialog.h"

#include <QAbstractListModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/i18n/languagemanager.h"
#include "core/record/fieldregistry.h"
#include "core/record/recordcodec.h"
#include "models/recordtablemodel.h"

namespace Wesog {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isBool())
        return value.toBool() ? SubmitDialog::tr("Yes") : SubmitDialog::tr("No");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral("; "));
    }
    return value.toString();
}

} // namespace

/// The ids of every image of the plan, made only for the rows the list paints, so a plan of
/// tens of thousands is listed in full.
class SubmitItemsModel final : public QAbstractListModel
{
public:
    SubmitItemsModel(const SubmitPlan &plan, QObject *parent)
        : QAbstractListModel(parent)
        , m_plan(plan)
    {
    }

    /// Runs `change`, which replaces the plan, as a model reset.
    template <typename Change> void replace(Change change)
    {
        beginResetModel();
        change();
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_plan.items.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_plan.items.at(index.row()).record.id();
    }

private:
    const SubmitPlan &m_plan;
};

SubmitDialog::SubmitDialog(
    SubmissionController *controller, const QList<int> &selectedRows, const QString &uiLanguage, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_selectedRows(selectedRows)
{
    setWindowTitle(tr("Submit to Server"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("submitScope"));
    m_scope->addItem(tr("Selected images (%1)").arg(selectedRows.size()), int(SubmitScope::Selection));
    m_scope->addItem(tr("Edited images"), int(SubmitScope::Edited));
    m_scope->addItem(tr("All valid images"), int(SubmitScope::AllValid));
    m_scope->addItem(tr("Failed and not sent images"), int(SubmitScope::Failed));
    m_scope->setCurrentIndex(selectedRows.size() > 1 ? 0 : 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("submitSummary"));
    m_summary->setWordWrap(true);
    m_blocked = new QListWidget(this);
    m_blocked->setObjectName(QStringLiteral("submitBlocked"));
    m_blocked->setMaximumHeight(110);

    m_wait = new QCheckBox(tr("&Wait for each operation to finish before the server answers"), this);
    m_urgent = new QCheckBox(tr("&Urgent: queue ahead of other work"), this);
    m_strict = new QCheckBox(tr("&Strict: fail images the server does not know yet"), this);
    m_lang = new QComboBox(this);
    for (const QString &code : SubmitOptions::languages())
        m_lang->addItem(LanguageManager::nativeName(code), code);
    m_lang->setCurrentIndex(std::max(0, int(SubmitOptions::languages().indexOf(uiLanguage))));
    m_batchSize = new QSpinBox(this);
    m_batchSize->setRange(1, 1000);
    m_batchSize->setValue(500);
    auto *options = new QFormLayout;
    options->addRow(tr("&Images:"), m_scope);
    options->addRow(tr("AI tag &language:"), m_lang);
    options->addRow(tr("Ba&tch size:"), m_batchSize);
    options->addRow(QString(), m_wait);
    options->addRow(QString(), m_urgent);
    options->addRow(QString(), m_strict);

    m_items = new SubmitItemsModel(m_plan, this);
    m_records = new QListView(this);
    m_records->setObjectName(QStringLiteral("submitRecords"));
    m_records->setModel(m_items);
    m_records->setUniformItemSizes(true);
    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("submitPreview"));
    m_preview->setHorizontalHeaderLabels({ tr("Field"), tr("Will send"), tr("Last sent") });
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serverCopy = new QPushButton(tr("Comp&are with the Server's Copy"), this);
    auto *previewBox = new QGroupBox(tr("What each image will replace"), this);
    auto *splitter = new QSplitter(previewBox);
    splitter->addWidget(m_records);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(splitter);
    previewLayout->addWidget(m_serverCopy, 0, Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("Su&bmit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_blocked);
    layout->addWidget(previewBox, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SubmitDialog::updatePlan);
    connect(m_records->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SubmitDialog::showPreview);
    connect(m_serverCopy, &QPushButton::clicked, this, &SubmitDialog::fetchServerCopy);
    updatePlan();
    resize(760, 640);
}

SubmitOptions SubmitDialog::options() const
{
    SubmitOptions options;
    options.wait = m_wait->isChecked();
    options.urgent = m_urgent->isChecked();
    options.strict = m_strict->isChecked();
    options.lang = m_lang->currentData().toString();
    options.batchSize = m_batchSize->value();
    return options;
}

void SubmitDialog::choose(SubmitScope scope, const SubmitOptions &options)
{
    m_wait->setChecked(options.wait);
    m_urgent->setChecked(options.urgent);
    m_strict->setChecked(options.strict);
    if (const int lang = m_lang->findData(options.lang); lang >= 0)
        m_lang->setCurrentIndex(lang);
    m_batchSize->setValue(options.batchSize);
    m_scope->setCurrentIndex(m_scope->findData(int(scope))); // updates the plan
}

void SubmitDialog::updatePlan()
{
    SubmitPlan next = m_controller->plan(static_cast<SubmitScope>(m_scope->currentData().toInt()), m_selectedRows);
    m_items->replace([this, &next] { m_plan = std::move(next); });
    const RecordTableModel *records = m_controller->records();
    m_summary->setText(m_plan.blocked.isEmpty() ? tr("%n image(s) will be sent.", nullptr, int(m_plan.items.size()))
                                                : tr("%n image(s) will be sent.", nullptr, int(m_plan.items.size()))
                + QLatin1Char(' ') + tr("%n image(s) are held back:", nullptr, int(m_plan.blocked.size())));
    m_blocked->clear();
    for (const SubmitPlan::Blocked &blocked : std::as_const(m_plan.blocked))
        m_blocked->addItem(QStringLiteral("%1 — %2").arg(records->row(blocked.row).relativePath, blocked.reason));
    m_blocked->setVisible(!m_plan.blocked.isEmpty());
    m_submit->setEnabled(!m_plan.items.isEmpty() && m_controller->hasConnection());
    if (m_items->rowCount() > 0)
        m_records->setCurrentIndex(m_items->index(0));
    else
        m_preview->setRowCount(0);
}

void SubmitDialog::showPreview()
{
    const int index = m_records->currentIndex().row();
    if (index < 0 || index >= m_plan.items.size())
        return;
    const RecordRow &row = m_controller->records()->row(m_plan.rows.at(index));
    const QJsonObject before = QJsonDocument::fromJson(row.submission->sent).object();
    fillPreview(RecordCodec::encodeItem(m_plan.items.at(index).record), before,
        row.submission->sent.isEmpty() ? tr("Last sent (never)") : tr("Last sent"));
}

void SubmitDialog::fillPreview(const QJsonObject &now, const QJsonObject &before, const QString &beforeTitle)
{
    m_preview->setHorizontalHeaderItem(2, new QTableWidgetItem(beforeTitle));
    m_preview->setRowCount(0);
    for (const FieldInfo &info : FieldRegistry::all()) {
        const QString key = FieldRegistry::jsonKey(info.field);
        const QString next = shown(now.value(key));
        const QString previous = shown(before.value(
            key == QLatin1String("id") && before.contains(QStringLiteral("image_id")) ? QStringLiteral("image_id")
                                                                                      : key));
        if (next.isEmpty() && previous.isEmpty())
            continue;
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        auto *label = new QTableWidgetItem(FieldRegistry::label(info.field));
        auto *nextItem = new QTableWidgetItem(next);
        auto *previousItem = new QTableWidgetItem(previous);
        if (next != previous) { // a change: bold and marked, not told by colour alone
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            nextItem->setFont(bold);
            label->setText(QStringLiteral("● ") + label->text());
        }
        m_preview->setItem(row, 0, label);
        m_preview->setItem(row, 1, nextItem);
        m_preview->setItem(row, 2, previousItem);
    }
    m_preview->resizeColumnToContents(0);
}

void SubmitDialog::fetchServerCopy()
{
    const int index = m_records->currentIndex().row();
    if (index < 0 || index >= m_plan.items.size() || !m_controller->hasConnection())
        return;
    if (m_call)
        m_call->cancel();
    const ApiEndpoint endpoint = m_controller->endpoint();
    const QString id = m_plan.items.at(index).record.id();
    const QJsonObject now = RecordCodec::encodeItem(m_plan.items.at(index).record);
    RetryPolicy policy;
    policy.maxAttempts = 2;
    m_call = new ApiCall(m_controller->network(),
        { "GET", endpoint.url(QStringLiteral("/imgs/") + QString::fromLatin1(QUrl::toPercentEncoding(id))),
            endpoint.apiKey, {} },
        policy, ApiLimits(), this);
    m_serverCopy->setEnabled(false);
    connect(m_call, &ApiCall::finished, this, [this, now](const ApiReply &reply) {
        m_serverCopy->setEnabled(true);
        m_call->deleteLater();
        if (reply.error.kind == ApiError::Kind::NotFound)
            fillPreview(now, {}, tr("Server (not there yet)"));
        else if (reply.error.isError())
            fillPreview(now, {}, tr("Server: %1").arg(reply.error.userMessage()));
        else
            fillPreview(now, QJsonDocument::fromJson(reply.body).object(), tr("Server's copy"));
    });
    m_call->start();
}

} // namespace Wesog
