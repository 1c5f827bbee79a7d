// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: the only place that knows every concrete class.

#include <functional>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QIcon>
#include <QImageReader>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStatusBar>

#include "app/wesogdesk/connectionmanager.h"
#include "app/wesogdesk/localsandbox.h"
#include "core/connection/apppaths.h"
#include "core/connection/keystore.h"
#include "core/i18n/languagemanager.h"
#include "core/library/exiv2session.h"
#include "core/library/thumbnailservice.h"
#include "core/workspace/workspace.h"
#include "models/folderloader.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"
#include "views/mainwindow.h"
#include "views/submissionui.h"

using namespace Wesog;

namespace {

struct Options
{
    QString folder;
    QString language;
    QString screenshot;
    QString scene; ///< what the screenshot shows: "main", "operations", "errors" or "preferences"
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
        QCoreApplication::translate("main",
            "What the screenshot shows: main (default), operations (after sending the folder), errors (the error "
            "review after a submission with failures) or preferences."),
        QStringLiteral("scene"));
    parser.addOption(language);
    parser.addOption(screenshot);
    parser.addOption(scene);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    return { positional.value(0), parser.value(language), parser.value(screenshot), parser.value(scene) };
}

RecordTemplates savedTemplates()
{
    QSettings settings;
    RecordTemplates templates;
    templates.id = settings.value(QStringLiteral("templates/id"), templates.id).toString();
    templates.src = settings.value(QStringLiteral("templates/src"), templates.src).toString();
    return templates;
}

// Waits for the window to be laid out and painted, saves it and quits (for docs and checks).
void scheduleScreenshot(QWidget *window, const QString &file)
{
    // Show the inspector at work: the second row becomes the current image, then the
    // preview has a moment to arrive before the grab.
    QTimer::singleShot(1200, window, [window] {
        if (auto *table = window->findChild<QTableView *>(QStringLiteral("recordTable"));
            table && table->model()->rowCount() > 1)
            table->setCurrentIndex(table->model()->index(1, 0));
    });
    QTimer::singleShot(2200, window, [window, file] {
        const bool saved = window->grab().save(file, "PNG");
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// Opens Edit → Preferences over the window and grabs the dialog.
void schedulePreferencesScreenshot(QWidget *window, const QString &file)
{
    QTimer::singleShot(
        800, window, [window] { window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger(); });
    QTimer::singleShot(1600, window, [window, file] {
        auto *dialog = window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QCoreApplication::exit(dialog && dialog->grab().save(file, "PNG") ? 0 : 1);
    });
}

// Sends every valid image once the folder is read and the connection is up, then grabs the
// window (for docs and checks). `prepare` runs just before sending; `finish` after the results.
void scheduleSubmissionScreenshot(QWidget *window, FolderLoader *loader, SubmissionController *submissions,
    const QString &file, const std::function<void()> &prepare, const std::function<void()> &finish)
{
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (loader->isLoading() || !submissions->hasConnection() || !submissions->job())
            return;
        poll->stop();
        prepare();
        submissions->submit(submissions->plan(SubmitScope::AllValid, {}), SubmitOptions());
    });
    QObject::connect(submissions, &SubmissionController::submissionFinished, window, [window, file, finish] {
        finish();
        QTimer::singleShot(
            800, window, [window, file] { QCoreApplication::exit(window->grab().save(file, "PNG") ? 0 : 1); });
    });
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(1); }); // never hang a script
    poll->start(200);
}

// The error review scene: two sources the server cannot fetch and one invalid date, so the
// review has a server cause and a local one; the first problem is shown.
void scheduleErrorsScreenshot(MainWindow *window, FolderLoader *loader, SubmissionController *submissions,
    RecordTableModel *model, const QString &file)
{
    auto prepare = [model] {
        for (const char *id : { "festival-night", "mountain-lake" })
            model->editCells({ model->rowOfId(QString::fromLatin1(id)) }, Field::Src,
                QStringLiteral("{sandbox}/files/missing-%1.jpg").arg(QLatin1String(id)), QStringLiteral("src"));
        model->editCells({ model->rowOfId(QStringLiteral("market-lisbon")) }, Field::Date,
            QStringLiteral("spring 2024"), QStringLiteral("date"));
    };
    auto finish = [window] {
        QTimer::singleShot(300, window, [window] {
            if (auto *next = window->findChild<QAction *>(QStringLiteral("nextProblemAction")))
                next->trigger();
        });
    };
    scheduleSubmissionScreenshot(window, loader, submissions, file, prepare, finish);
}

} // namespace

int main(int argc, char *argv[])
{
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

    ThumbnailService thumbnails;
    Workspace workspace;
    QUndoStack undo;
    RecordTableModel model(&languages);
    model.setThumbnailService(&thumbnails);
    model.setEditing(&workspace, &undo);
    model.setValidationRules(
        ValidationRules::fromString(QSettings().value(QStringLiteral("validation/required")).toString()));
    FolderLoader loader(&model);
    loader.setWorkspace(&workspace, AppPaths::workspaceDirectory());
    loader.setTemplates(savedTemplates());

    QNetworkProxyFactory::setUseSystemConfiguration(true); // corporate proxies are honoured
    QNetworkAccessManager network;
    KeyStore keys(AppPaths::keyFileDirectory());
    SubmissionController submissions(&model, &workspace, &network, &languages);
    LocalSandbox sandbox;
    ConnectionManager connections(&submissions, &sandbox, &keys);
    MainWindow window(&languages, &model, &loader, &submissions, &keys);
    SubmissionUi *server = window.submissionUi();
    QObject::connect(&connections, &ConnectionManager::connectionChanged, server, [&] {
        server->setConnectionInfo(connections.description(), connections.keyBackend(),
            sandbox.isRunning() ? submissions.endpoint() : ApiEndpoint {});
    });
    QObject::connect(&connections, &ConnectionManager::problem, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message, 15000); });
    QObject::connect(server, &SubmissionUi::connectionSettingsChanged, &connections, &ConnectionManager::apply);
    // A loaded folder is served by the Local sandbox and resumes its workspace's operations.
    QObject::connect(&loader, &FolderLoader::finished, &submissions, [&] {
        if (sandbox.filesRoot() != loader.folder())
            connections.setFolder(loader.folder());
        submissions.workspaceReady();
    });
    connections.apply();
    window.show();
    if (!options.folder.isEmpty())
        window.openFolder(options.folder);
    if (!options.screenshot.isEmpty() && options.scene == QLatin1String("operations"))
        scheduleSubmissionScreenshot(
            &window, &loader, &submissions, options.screenshot, [] {}, [] {});
    else if (!options.screenshot.isEmpty() && options.scene == QLatin1String("preferences"))
        schedulePreferencesScreenshot(&window, options.screenshot);
    else if (!options.screenshot.isEmpty() && options.scene == QLatin1String("errors"))
        scheduleErrorsScreenshot(&window, &loader, &submissions, &model, options.screenshot);
    else if (!options.screenshot.isEmpty())
        scheduleScreenshot(&window, options.screenshot);
    return app.exec();
}
