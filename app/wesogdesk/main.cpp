// SPDX-License-Identifier: GPL-3.0-or-later
// Arguments and start-up; the wiring is DesktopApp's (app/desktop/), which the tests build too.

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImageReader>

#include "app/desktop/desktopapp.h"
#include "app/desktop/screenshotscenes.h"
#include "core/i18n/languagemanager.h"
#include "core/library/allocatortuning.h"
#include "core/library/exiv2session.h"

using namespace Wesog;

namespace {

struct Options
{
    QString folder;
    QString language;
    QString screenshot;
    QString scene;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit photo metadata and send it to the Wesog image search service."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("folder"), QCoreApplication::translate("main", "Image folder to open."));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate("main", "User interface language: en, es, pt, fr or ru."), QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to this PNG file and quit."),
        QStringLiteral("file"));
    const QCommandLineOption scene(QStringLiteral("screenshot-scene"),
        QCoreApplication::translate("main", "What the screenshot shows: %1 (the first is the default).")
            .arg(screenshotSceneNames().join(QStringLiteral(", "))),
        QStringLiteral("scene"));
    parser.addOption(language);
    parser.addOption(screenshot);
    parser.addOption(scene);
    parser.process(app);
    return { parser.positionalArguments().value(0), parser.value(language), parser.value(screenshot),
        parser.value(scene) };
}

} // namespace

int main(int argc, char *argv[])
{
    tuneAllocatorForReading();
    for (int i = 1; i < argc; ++i) // --help and --version only print: they must work without a display
        if (QByteArrayList { "-h", "-?", "--help", "--help-all", "-v", "--version" }.contains(argv[i]))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wesog"));
    QApplication::setApplicationName(QStringLiteral("Wesog Desk"));
    QApplication::setApplicationVersion(QStringLiteral(WESOGDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("wesogdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wesogdesk.png")));
    // Full-resolution camera files exceed Qt's 128 MB decode limit (qt64-notes G12).
    QImageReader::setAllocationLimit(1024);
    Exiv2Session exiv2;

    LanguageManager languages;
    languages.restore(); // before parsing, so --help is in the user's language
    const Options options = parseOptions(app);
    if (!options.language.isEmpty() && !languages.setLanguage(options.language))
        qWarning("Unknown language %s; use en, es, pt, fr or ru.", qPrintable(options.language));

    DesktopApp desktop(&languages);
    desktop.start(options.folder);
    if (!options.screenshot.isEmpty() && !scheduleScreenshot(&desktop, options.scene, options.screenshot)) {
        qWarning("Unknown screenshot scene %s; use one of: %s.", qPrintable(options.scene),
            qPrintable(screenshotSceneNames().join(QStringLiteral(", "))));
        return 2;
    }
    const int code = app.exec();
    // A batch still on its way is answered and logged before the process goes, so the next
    // start follows its operation; the window is already closed.
    desktop.session()->submissions()->letSendsFinish(30000);
    return code;
}
