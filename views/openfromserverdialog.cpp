// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/openfromserverdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include "core/server/imagepager.h"

namespace Wesog {

OpenFromServerDialog::OpenFromServerDialog(QNetworkAccessManager *network, const ApiEndpoint &endpoint, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_text(new QLineEdit(this))
    , m_keywords(new QLineEdit(this))
    , m_keywordMode(new QComboBox(this))
    , m_useFrom(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_useTo(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_ai(new QComboBox(this))
    , m_expert(new QLineEdit(this))
    , m_formula(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
    , m_countDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("openFromServerDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_text->setObjectName(QStringLiteral("serverTextEdit"));
    m_keywords->setObjectName(QStringLiteral("serverKeywordsEdit"));
    m_keywordMode->setObjectName(QStringLiteral("serverKeywordModeBox"));
    m_keywordMode->addItems({ QString(), QString() });
    m_useFrom->setObjectName(QStringLiteral("serverFromCheck"));
    m_useTo->setObjectName(QStringLiteral("serverToCheck"));
    m_from->setObjectName(QStringLiteral("serverFromEdit"));
    m_to->setObjectName(QStringLiteral("serverToEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_ai->setObjectName(QStringLiteral("serverAiBox"));
    m_ai->addItems({ QString(), QString(), QString() });
    m_expert->setObjectName(QStringLiteral("serverExpertEdit"));
    m_formula->setObjectName(QStringLiteral("serverFormulaLabel"));
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setWordWrap(true);
    m_countLabel->setObjectName(QStringLiteral("serverCountLabel"));
    m_buttons->setObjectName(QStringLiteral("serverButtons"));

    auto *keywords = new QHBoxLayout;
    keywords->addWidget(m_keywords, 1);
    keywords->addWidget(m_keywordMode);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to);
    dates->addStretch();
    auto *form = new QFormLayout;
    const QList<QWidget *> buddies { m_text, m_keywords, m_useFrom, m_ai, m_expert, nullptr, nullptr };
    for (QWidget *buddy : buddies) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_rowLabels.append(label);
    }
    form->addRow(m_rowLabels.at(0), m_text);
    form->addRow(m_rowLabels.at(1), keywords);
    form->addRow(m_rowLabels.at(2), dates);
    form->addRow(m_rowLabels.at(3), m_ai);
    form->addRow(m_rowLabels.at(4), m_expert);
    form->addRow(m_rowLabels.at(5), m_formula);
    form->addRow(m_rowLabels.at(6), m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    // Counting waits for a pause in typing: one request per pause, not one per key.
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(400);
    connect(m_countDelay, &QTimer::timeout, this, &OpenFromServerDialog::requestCount);
    for (QLineEdit *edit : { m_text, m_keywords, m_expert })
        connect(edit, &QLineEdit::textChanged, this, &OpenFromServerDialog::handleChanged);
    connect(m_keywordMode, &QComboBox::currentIndexChanged, this, &OpenFromServerDialog::handleChanged);
    connect(m_ai, &QComboBox::currentIndexChanged, this, &OpenFromServerDialog::handleChanged);
    connect(m_useFrom, &QCheckBox::toggled, this, &OpenFromServerDialog::handleChanged);
    connect(m_useTo, &QCheckBox::toggled, this, &OpenFromServerDialog::handleChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &OpenFromServerDialog::handleChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &OpenFromServerDialog::handleChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        const QString q = query(&error);
        if (!error.isEmpty())
            return;
        emit queryChosen(q); // the receiver closes the dialog once the collection opens
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    handleChanged();
}

OpenFromServerDialog::~OpenFromServerDialog()
{
    stopCounting();
}

void OpenFromServerDialog::stopCounting()
{
    // The count of a formula no longer in the form must not show: its answer is dropped.
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
    m_call = nullptr;
}

void OpenFromServerDialog::setCountDelayMs(int ms)
{
    m_countDelay->setInterval(ms);
}

ServerQueryForm OpenFromServerDialog::form() const
{
    ServerQueryForm form;
    form.text = m_text->text();
    form.keywords = m_keywords->text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    form.anyKeyword = m_keywordMode->currentIndex() == 1;
    if (m_useFrom->isChecked())
        form.from = m_from->date();
    if (m_useTo->isChecked())
        form.to = m_to->date();
    if (m_ai->currentIndex() > 0)
        form.aiGenerated = m_ai->currentIndex() == 1;
    form.expert = m_expert->text();
    return form;
}

QString OpenFromServerDialog::query(QString *error) const
{
    return form().query(error);
}

void OpenFromServerDialog::handleChanged()
{
    stopCounting();
    m_count = -1;
    m_countError.clear();
    QString error;
    const QString q = query(&error);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(error.isEmpty());
    if (error.isEmpty())
        m_countDelay->start();
    else
        m_countDelay->stop();
    m_formula->setText(error.isEmpty()
            ? QStringLiteral("<code>%1</code>").arg((q.isEmpty() ? QStringLiteral("—") : q).toHtmlEscaped())
            : error.toHtmlEscaped());
    showCount();
}

void OpenFromServerDialog::requestCount()
{
    QString error;
    const QString q = query(&error);
    if (!error.isEmpty())
        return;
    m_call = ImagePager::countOnly(m_network, m_endpoint, q, this, [this](qint64 count, const PagerError &countError) {
        m_call = nullptr;
        if (countError.isError())
            m_countError = countError.userMessage();
        else
            m_count = int(count);
        showCount();
    });
    showCount();
}

void OpenFromServerDialog::showCount()
{
    if (m_count >= 0)
        m_countLabel->setText(tr("%n image(s) match.", nullptr, m_count));
    else if (!m_countError.isEmpty())
        m_countLabel->setText(tr("Cannot count the matching images: %1").arg(m_countError));
    else if (m_call || m_countDelay->isActive())
        m_countLabel->setText(tr("Counting the matching images…"));
    else
        m_countLabel->clear(); // a formula the form cannot build: nothing to count
}

void OpenFromServerDialog::retranslateUi()
{
    setWindowTitle(tr("Open from Server"));
    m_rowLabels.at(0)->setText(tr("&Text:"));
    m_rowLabels.at(1)->setText(tr("&Keywords:"));
    m_rowLabels.at(2)->setText(tr("&Date:"));
    m_rowLabels.at(3)->setText(tr("&AI:"));
    m_rowLabels.at(4)->setText(tr("&Formula:"));
    m_rowLabels.at(5)->setText(tr("Query:"));
    m_rowLabels.at(6)->setText(tr("Matches:"));
    m_text->setPlaceholderText(tr("Words in the title, headline, caption, alt text or keywords"));
    m_keywords->setPlaceholderText(tr("Keywords, separated by semicolons"));
    m_keywordMode->setItemText(0, tr("All of them"));
    m_keywordMode->setItemText(1, tr("Any of them"));
    m_useFrom->setText(tr("From"));
    m_useTo->setText(tr("to"));
    m_ai->setItemText(0, tr("AI-generated or not"));
    m_ai->setItemText(1, tr("AI-generated only"));
    m_ai->setItemText(2, tr("Not AI-generated only"));
    m_expert->setPlaceholderText(tr("A filter formula, for example d>=2024-01-01 || k=harbour"));
    showCount();
}

void OpenFromServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Wesog
