// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include "core/api/apiendpoint.h"
#include "models/serverqueryform.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QTimer;

namespace Wesog {

class ApiCall;

/// Server → Open from Server…: a search form (free text, keywords all or any, a date range, the
/// AI flag, an expert line for a raw `q`) that shows the formula it builds and, a moment after
/// each change, how many images match (`GET /imgs` with `limit=1` and `count`). Open hands the
/// formula over with queryChosen(); the receiver accept()s the dialog once the collection opens,
/// so a query that did not open (the user kept working on the open one) stays to be changed.
/// Thread: GUI. Lifetime: shown with open(), deletes itself when closed.
class OpenFromServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenFromServerDialog)

public:
    /// Counts on `endpoint` through `network`.
    OpenFromServerDialog(QNetworkAccessManager *network, const ApiEndpoint &endpoint, QWidget *parent = nullptr);
    ~OpenFromServerDialog() override;

    ServerQueryForm form() const;
    /// The formula the form builds now; empty (with `error`) if it cannot be built.
    QString query(QString *error) const;
    /// The last count the server gave for the current formula; -1 while unknown.
    int matchCount() const { return m_count; }
    void setCountDelayMs(int ms);

signals:
    void queryChosen(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void handleChanged();
    void requestCount();
    void stopCounting();
    void showCount();

    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
    QLineEdit *m_text;
    QLineEdit *m_keywords;
    QComboBox *m_keywordMode;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QComboBox *m_ai;
    QLineEdit *m_expert;
    QLabel *m_formula;
    QLabel *m_countLabel;
    QList<QLabel *> m_rowLabels; ///< text, keywords, dates, AI, formula, query, count
    QDialogButtonBox *m_buttons;
    QTimer *m_countDelay;
    QPointer<ApiCall> m_call;
    QString m_countError;
    int m_count = -1;
};

} // namespace Wesog
