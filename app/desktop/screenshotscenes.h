// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Wesog {

class DesktopApp;

/// Scenes for the README's screenshots and visual checks: each sets the app up, grabs a PNG to
/// `file` and quits (exit code 0 when saved). `scene`: "main" (default), "operations" (after
/// sending the folder), "errors" (the error review after a submission with failures),
/// "preferences", "write" (the Write Metadata dialog after its dry run), "code-expansion" (a
/// caption typed with codes in the table's caption editor), "spelling" (marked cells and a title
/// editor's suggestion menu; the screen is grabbed) or "server" (a server collection opened from
/// the Local sandbox after sending the folder there). False for an unknown scene.
bool scheduleScreenshot(DesktopApp *app, const QString &scene, const QString &file);

/// The scene names scheduleScreenshot() knows, "main" first.
QStringList screenshotSceneNames();

} // namespace Wesog
