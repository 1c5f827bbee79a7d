// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/connection/connectionsettings.h"
#include "core/connection/keystore.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;

namespace Wesog {

class FileField;

/// Server → Connection: Local sandbox or Wesog (URL and API key), insecure-http opt-in with a
/// warning, an extra CA file, and Test connection. A typed key goes to the KeyStore on OK and is
/// never shown again; the dialog says whether a keychain or the 0600 file fallback keeps it.
/// Thread: GUI. Opened with open(); settings are saved before accepted() is emitted.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(KeyStore *keys, QNetworkAccessManager *network, ApiEndpoint localSandbox,
        KeyStore::Backend keyBackend, QWidget *parent = nullptr);

    /// Asked on OK when the settings would send submissions elsewhere (another profile, URL or
    /// key); false keeps the dialog open and changes nothing.
    void setMayChangeConnection(std::function<bool()> mayChange) { m_mayChange = std::move(mayChange); }
    void accept() override;

private:
    ConnectionSettings settingsFromForm() const;
    /// Whether `settings` (and a typed key) would give submissions another endpoint.
    bool changesEndpoint(const ConnectionSettings &settings) const;
    void updateState();
    void testConnection();
    void runTest(const ApiEndpoint &endpoint);

    KeyStore *m_keys;
    std::function<bool()> m_mayChange;
    QNetworkAccessManager *m_network;
    ApiEndpoint m_localSandbox;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_wesog = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_insecure = nullptr;
    FileField *m_caFile = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_keyNote = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_test = nullptr;
    QPointer<ApiCall> m_call;
    QMetaObject::Connection m_keyReply; ///< the one KeyStore answer this dialog waits for
};

} // namespace Wesog
