// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/connectiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "core/connection/tlssetup.h"
#include "views/filefield.h"

namespace Wesog {

ConnectionDialog::ConnectionDialog(KeyStore *keys, QNetworkAccessManager *network, ApiEndpoint localSandbox,
    KeyStore::Backend keyBackend, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_network(network)
    , m_localSandbox(std::move(localSandbox))
{
    setWindowTitle(tr("Connection"));
    const ConnectionSettings settings = ConnectionSettings::load();
    m_local = new QRadioButton(tr("&Local sandbox: a Wesog server on this computer, no account needed"), this);
    m_wesog = new QRadioButton(tr("&Wesog service"), this);
    (settings.profile == ConnectionSettings::Profile::Wesog ? m_wesog : m_local)->setChecked(true);
    m_url = new QLineEdit(settings.wesogUrl.toString(), this);
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("connectionKey"));
    m_key->setEchoMode(QLineEdit::Password); // never shown, even while typed
    m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_insecure = new QCheckBox(tr("Allow plain &http to other computers (the key travels unencrypted)"), this);
    m_insecure->setChecked(settings.allowInsecureHttp);
    m_caFile = new FileField(settings.caFile, this);
    m_caFile->setDialogTexts(tr("CA certificates"), tr("PEM certificates (*.pem *.crt);;All files (*)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_insecure);
    auto *caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, m_caFile);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a33;"));
    m_keyNote = new QLabel(keyBackend == KeyStore::Backend::File
            ? tr("No system keychain is available: keys are kept in a file only you can read (mode 0600).")
            : tr("Keys are kept in the system keychain, never in the settings."),
        this);
    m_keyNote->setObjectName(QStringLiteral("keyStorageNote"));
    m_keyNote->setWordWrap(true);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testConnectionResult"));
    m_testResult->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(m_wesog);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_keyNote);
    layout->addLayout(testRow);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    for (QRadioButton *radio : { m_local, m_wesog })
        connect(radio, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectionDialog::updateState);
    updateState();
    resize(620, sizeHint().height());
}

ConnectionSettings ConnectionDialog::settingsFromForm() const
{
    ConnectionSettings settings = ConnectionSettings::load();
    settings.profile
        = m_wesog->isChecked() ? ConnectionSettings::Profile::Wesog : ConnectionSettings::Profile::LocalSandbox;
    settings.wesogUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    settings.allowInsecureHttp = m_insecure->isChecked();
    settings.caFile = m_caFile->path();
    return settings;
}

void ConnectionDialog::updateState()
{
    const bool wesog = m_wesog->isChecked();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_url, m_key, m_insecure, m_caFile })
        widget->setEnabled(wesog);
    const ConnectionSettings settings = settingsFromForm();
    QString warning;
    if (wesog)
        warning = ApiEndpoint::refusal(settings.wesogUrl, settings.allowInsecureHttp);
    if (wesog && warning.isEmpty() && settings.allowInsecureHttp && settings.wesogUrl.scheme() == QLatin1String("http")
        && !ApiEndpoint::isLoopback(settings.wesogUrl))
        warning = tr("Warning: with plain http, anyone on the network path can read the API key.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void ConnectionDialog::testConnection()
{
    const ConnectionSettings settings = settingsFromForm();
    if (settings.profile == ConnectionSettings::Profile::LocalSandbox) {
        runTest(m_localSandbox);
        return;
    }
    const QString refusal = ApiEndpoint::refusal(settings.wesogUrl, settings.allowInsecureHttp);
    if (!refusal.isEmpty()) {
        m_testResult->setText(refusal);
        return;
    }
    if (!settings.caFile.isEmpty()) {
        QString error;
        if (!addCaCertificates(settings.caFile, &error)) {
            m_testResult->setText(error);
            return;
        }
    }
    const QByteArray typed = m_key->text().trimmed().toUtf8();
    if (!typed.isEmpty()) {
        runTest({ settings.wesogUrl, typed });
        return;
    }
    // The stored key, read for this one test and not kept in the dialog.
    disconnect(m_keyReply);
    m_keyReply = connect(m_keys, &KeyStore::loaded, this,
        [this, settings](const QString &account, const QByteArray &key, KeyStore::Backend, const QString &) {
            if (account != settings.keyAccount())
                return;
            disconnect(m_keyReply);
            if (key.isEmpty())
                m_testResult->setText(tr("No API key is stored for this server; type it above."));
            else
                runTest({ settings.wesogUrl, key });
        });
    m_keys->load(settings.keyAccount());
}

void ConnectionDialog::runTest(const ApiEndpoint &endpoint)
{
    if (endpoint.baseUrl.isEmpty()) {
        m_testResult->setText(tr("The Local sandbox is not running."));
        return;
    }
    if (m_call)
        m_call->cancel();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    RetryPolicy once;
    once.maxAttempts = 1; // a test should say at once what is wrong
    ApiLimits limits;
    limits.deadlineMs = 15000;
    m_call = new ApiCall(
        m_network, { "GET", endpoint.url(QStringLiteral("/imgs"), query), endpoint.apiKey, {} }, once, limits, this);
    m_testResult->setText(tr("Testing…"));
    m_test->setEnabled(false);
    connect(m_call, &ApiCall::finished, this, [this](const ApiReply &reply) {
        m_test->setEnabled(true);
        m_testResult->setText(
            reply.error.isError() ? reply.error.userMessage() : tr("Connected: the server accepts the key."));
        m_call->deleteLater();
    });
    m_call->start();
}

bool ConnectionDialog::changesEndpoint(const ConnectionSettings &settings) const
{
    const ConnectionSettings saved = ConnectionSettings::load();
    if (settings.profile != saved.profile)
        return true;
    return settings.profile == ConnectionSettings::Profile::Wesog
        && (settings.wesogUrl != saved.wesogUrl || !m_key->text().trimmed().isEmpty());
}

void ConnectionDialog::accept()
{
    const ConnectionSettings settings = settingsFromForm();
    if (settings.profile == ConnectionSettings::Profile::Wesog) {
        const QString refusal = ApiEndpoint::refusal(settings.wesogUrl, settings.allowInsecureHttp);
        if (!refusal.isEmpty()) {
            m_warning->setText(refusal);
            m_warning->setVisible(true);
            return;
        }
    }
    if (m_mayChange && changesEndpoint(settings) && !m_mayChange())
        return;
    settings.save();
    const QByteArray typed = m_key->text().trimmed().toUtf8();
    m_key->clear();
    if (settings.profile == ConnectionSettings::Profile::Wesog && !typed.isEmpty()) {
        disconnect(m_keyReply);
        m_keyReply = connect(m_keys, &KeyStore::stored, this,
            [this, settings](const QString &account, KeyStore::Backend, const QString &error) {
                if (account != settings.keyAccount())
                    return;
                disconnect(m_keyReply);
                if (!error.isEmpty()) {
                    m_warning->setText(error);
                    m_warning->setVisible(true);
                    return;
                }
                QDialog::accept();
            });
        m_keys->store(settings.keyAccount(), typed);
        return;
    }
    QDialog::accept();
}

} // namespace Wesog
