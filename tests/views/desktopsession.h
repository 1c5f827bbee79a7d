// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

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

/// Runs `leave` (closing the window, opening another collection) and answers the question the
/// window may ask first (it runs its own event loop) with the button named `answer`:
/// "leaveAnyway" or "keepWorking". Returns the question's text and informative text; empty when
/// nothing was asked.
inline QString leaveAndAnswer(QWidget *window, const char *answer, const std::function<void()> &leave)
{
    QString asked;
    bool looked = false;
    QTimer::singleShot(0, window, [&] {
        looked = true;
        auto *box = window->findChild<QMessageBox *>(QStringLiteral("leaveQuestion"));
        if (!box || !box->isVisible())
            return;
        asked = box->text() + QLatin1Char('\n') + box->informativeText();
        box->findChild<QPushButton *>(QLatin1String(answer))->click();
    });
    leave();
    if (!QTest::qWaitFor([&] { return looked; })) // when nothing was asked, the look comes after
        return QStringLiteral("(the look for a question never ran)");
    return asked;
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
