// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>

#include "core/connection/keystore.h"
#include "core/i18n/languagemanager.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testpaths.h"
#include "views/mainwindow.h"

namespace Wesog::Test {

/// Copies the bundled sample photos into `folder`, leaving out `except`; false if one fails.
inline bool copySamples(const QString &folder, const QString &except = {})
{
    const QDir samples(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"));
    for (const QString &name : samples.entryList({ QStringLiteral("*.jpg") }, QDir::Files)) {
        if (name != except && !QFile::copy(samples.filePath(name), QDir(folder).filePath(name)))
            return false;
    }
    return true;
}

/// The interface language of GUI tests, made before the session that uses it.
struct EnglishInterface
{
    EnglishInterface() { languages.setLanguage(QStringLiteral("en")); }
    LanguageManager languages;
};

/// The window over one session, in English, with keys kept in files under `keyDirectory`, the
/// window shown. With a `baseUrl`, it sends there (a sandbox with key "k1") with fast polling.
struct DesktopSession : EnglishInterface, SessionFixture
{
    DesktopSession(const QString &workspaces, const QString &keyDirectory, const QString &baseUrl = {})
        : SessionFixture(workspaces, &languages)
        , keys(keyDirectory)
    {
        if (!baseUrl.isEmpty())
            connectTo(baseUrl, QStringLiteral("sandbox"));
        keys.setKeychainEnabled(false);
        window.show();
    }

    /// Opens `folder` in the window and waits until it is read and its workspace followed.
    bool open(const QString &folder)
    {
        QSignalSpy loaded(&session, &CollectionSession::loaded);
        window.openFolder(folder);
        return loaded.wait(20000);
    }

    KeyStore keys;
    MainWindow window { &languages, &session, &keys };
};

} // namespace Wesog::Test
