// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include "models/submissioncontroller.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QPushButton;

namespace Wesog {

class SubmitItemsModel;

/// Server → Submit: the scope (selection, edited, all valid, failed), the four API flags and
/// the batch size; how many records go, which are held back and why, and a field-by-field
/// preview of what each record will replace, against what was last sent or, on request, the
/// server's copy. Thread: GUI. Opened with open(); the caller reads plan() and options() on
/// accepted().
class SubmitDialog final : public QDialog
{
    Q_OBJECT

public:
    SubmitDialog(SubmissionController *controller, const QList<int> &selectedRows, const QString &uiLanguage,
        QWidget *parent = nullptr);

    const SubmitPlan &plan() const { return m_plan; }
    SubmitOptions options() const;
    /// Shows `scope` and `options` as chosen, so a repeated submission is seen before it goes.
    void choose(SubmitScope scope, const SubmitOptions &options);

private:
    void updatePlan();
    void showPreview();
    void fetchServerCopy();
    void fillPreview(const QJsonObject &now, const QJsonObject &before, const QString &beforeTitle);

    SubmissionController *m_controller;
    QList<int> m_selectedRows;
    SubmitPlan m_plan;
    QComboBox *m_scope = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_blocked = nullptr;
    QCheckBox *m_wait = nullptr;
    QCheckBox *m_urgent = nullptr;
    QCheckBox *m_strict = nullptr;
    QComboBox *m_lang = nullptr;
    QSpinBox *m_batchSize = nullptr;
    SubmitItemsModel *m_items = nullptr;
    QListView *m_records = nullptr;
    QTableWidget *m_preview = nullptr;
    QPushButton *m_serverCopy = nullptr;
    QPushButton *m_submit = nullptr;
    QPointer<ApiCall> m_call;
};

} // namespace Wesog
