// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/screenshotscenes.h"

#include <functional>

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QTableView>
#include <QTimer>

#include "app/desktop/desktopapp.h"
#include "models/collectionsession.h"
#include "views/mainwindow.h"
#include "views/serveractions.h"

namespace Wesog {

namespace {

void grabAndQuit(QWidget *widget, const QString &file)
{
    QCoreApplication::exit(widget && widget->grab().save(file, "PNG") ? 0 : 1);
}

// Shows the inspector at work: the second row becomes the current image, then the preview has
// a moment to arrive before the grab.
void scheduleMain(QWidget *window, const QString &file)
{
    QTimer::singleShot(1200, window, [window] {
        if (auto *table = window->findChild<QTableView *>(QStringLiteral("recordTable"));
            table && table->model()->rowCount() > 1)
            table->setCurrentIndex(table->model()->index(1, 0));
    });
    QTimer::singleShot(2200, window, [window, file] { grabAndQuit(window, file); });
}

// Opens Edit → Preferences over the window and grabs the dialog.
void schedulePreferences(QWidget *window, const QString &file)
{
    QTimer::singleShot(
        800, window, [window] { window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger(); });
    QTimer::singleShot(1600, window,
        [window, file] { grabAndQuit(window->findChild<QDialog *>(QStringLiteral("settingsDialog")), file); });
}

// Edit → Write Metadata to Files over two corrected images: the dialog once its dry run has said
// what will change. Only the dry run runs, so the folder's files stay as they are.
void scheduleWrite(DesktopApp *app, const QString &file)
{
    QWidget *window = app->window();
    CollectionSession *session = app->session();
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (session->isLoading() || session->model()->rowCount() == 0)
            return;
        poll->stop();
        RecordTableModel *model = session->model();
        model->editCells({ model->rowOfId(QStringLiteral("harbour-dawn")) }, Field::Title,
            QStringLiteral("Fishing boats at dawn, Porto"), QStringLiteral("title"));
        // Longer than IPTC IIM's 64 bytes for a title: the plan shows its warning.
        model->editCells({ model->rowOfId(QStringLiteral("market-lisbon")) }, Field::Title,
            QStringLiteral("Morning market in the Baixa, Lisbon: fruit and vegetable stalls at first light"),
            QStringLiteral("title"));
        model->editCells({ model->rowOfId(QStringLiteral("market-lisbon")) }, Field::Keywords,
            QStringList { QStringLiteral("market"), QStringLiteral("Lisbon"), QStringLiteral("fruit") },
            QStringLiteral("keywords"));
        QObject::connect(session->writer(), &MetadataWriteController::finished, window, [window, file] {
            QTimer::singleShot(500, window, [window, file] {
                grabAndQuit(window->findChild<QDialog *>(QStringLiteral("writeMetadataDialog")), file);
            });
        });
        window->findChild<QAction *>(QStringLiteral("writeMetadataAction"))->trigger();
    });
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(1); }); // never hang a script
    poll->start(200);
}

// Sends every valid image once the folder is read and the connection is up, then grabs the
// window. `prepare` runs just before sending; `finish` after the results.
void scheduleSubmission(
    DesktopApp *app, const QString &file, const std::function<void()> &prepare, const std::function<void()> &finish)
{
    QWidget *window = app->window();
    SubmissionController *submissions = app->session()->submissions();
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (app->session()->isLoading() || !submissions->hasConnection() || !submissions->job())
            return;
        poll->stop();
        prepare();
        submissions->submit(submissions->plan(SubmitScope::AllValid, {}), SubmitOptions());
    });
    QObject::connect(submissions, &SubmissionController::submissionFinished, window, [window, file, finish] {
        finish();
        if (!file.isEmpty()) // empty: the scene goes on after the submission and grabs later
            QTimer::singleShot(800, window, [window, file] { grabAndQuit(window, file); });
    });
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(1); }); // never hang a script
    poll->start(200);
}

// Two sources the server cannot fetch and one invalid date, so the review has a server cause
// and a local one; the first problem is shown.
void scheduleErrors(DesktopApp *app, const QString &file)
{
    RecordTableModel *model = app->session()->model();
    auto prepare = [model] {
        for (const char *id : { "festival-night", "mountain-lake" })
            model->editCells({ model->rowOfId(QString::fromLatin1(id)) }, Field::Src,
                QStringLiteral("{sandbox}/files/missing-%1.jpg").arg(QLatin1String(id)), QStringLiteral("src"));
        model->editCells({ model->rowOfId(QStringLiteral("market-lisbon")) }, Field::Date,
            QStringLiteral("spring 2024"), QStringLiteral("date"));
    };
    QWidget *window = app->window();
    auto finish = [window] {
        QTimer::singleShot(300, window, [window] {
            if (auto *next = window->findChild<QAction *>(QStringLiteral("nextProblemAction")))
                next->trigger();
        });
    };
    scheduleSubmission(app, file, prepare, finish);
}

// A server collection: the sample folder is sent to the Local sandbox, then the images matching
// a query are opened from the server (rows without files, thumbnails from the server's URLs),
// one is corrected, and the window is grabbed.
void scheduleServer(DesktopApp *app, const QString &file)
{
    MainWindow *window = app->window();
    CollectionSession *session = app->session();
    auto open = [window, session, file] {
        QObject::connect(
            session, &CollectionSession::loaded, window,
            [window, session, file] {
                RecordTableModel *model = session->model();
                // A correction that differs from what the server holds in every interface language.
                model->editCells({ model->rowOfId(QStringLiteral("market-lisbon")) }, Field::City,
                    QStringLiteral("Lisbon (Baixa)"), QStringLiteral("city"));
                if (auto *table = window->findChild<QTableView *>(QStringLiteral("recordTable"));
                    table && table->model()->rowCount() > 0)
                    table->setCurrentIndex(table->model()->index(0, 0));
                QTimer::singleShot(1500, window, [window, file] { grabAndQuit(window, file); });
            },
            Qt::SingleShotConnection);
        window->serverActions()->openQuery(QString());
    };
    scheduleSubmission(
        app, QString(), [] {}, [window, open] { QTimer::singleShot(300, window, open); });
}

} // namespace

bool scheduleScreenshot(DesktopApp *app, const QString &scene, const QString &file)
{
    if (scene.isEmpty() || scene == QLatin1String("main"))
        scheduleMain(app->window(), file);
    else if (scene == QLatin1String("operations"))
        scheduleSubmission(
            app, file, [] {}, [] {});
    else if (scene == QLatin1String("errors"))
        scheduleErrors(app, file);
    else if (scene == QLatin1String("preferences"))
        schedulePreferences(app->window(), file);
    else if (scene == QLatin1String("write"))
        scheduleWrite(app, file);
    else if (scene == QLatin1String("server"))
        scheduleServer(app, file);
    else
        return false;
    return true;
}

} // namespace Wesog
