// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/screenshotscenes.h"

#include <functional>

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>

#include "app/desktop/desktopapp.h"
#include "core/caption/codereplacements.h"
#include "models/collectionsession.h"
#include "models/recordfiltermodel.h"
#include "views/fieldeditors.h"
#include "views/mainwindow.h"
#include "views/recordlistwidget.h"
#include "views/serveractions.h"
#include "views/spellingsupport.h"

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

// A caption typed key by key into the table's caption editor with two codes of a small
// replacement file: each code has become its replacement, as in use. The keys go through the
// editor's own event handling, so the picture is what the expansion really does.
void scheduleCodeExpansion(DesktopApp *app, const QString &file)
{
    MainWindow *window = app->window();
    CollectionSession *session = app->session();
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (session->isLoading() || session->model()->rowCount() == 0)
            return;
        poll->stop();
        auto codes = std::make_shared<CodeReplacements>();
        QString error;
        if (!codes->addData(QByteArrayLiteral("# Porto harbour desk\n"
                                              "jf\tJo\xC3\xA3o Ferreira\n"
                                              "pto\tPorto, Portugal\n"),
                QStringLiteral("harbour.txt"), &error)) {
            QCoreApplication::exit(1);
            return;
        }
        window->recordList()->setCodeReplacements(codes);
        // No spelling marks here: the names would be underlined, and the underline has its own
        // scene; this one shows the expansion.
        window->recordList()->setSpellChecker(nullptr);
        RecordTableModel *model = session->model();
        const int row = model->rowOfId(QStringLiteral("harbour-dawn"));
        auto *table = window->findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *filter = qobject_cast<RecordFilterModel *>(table->model());
        if (row < 0 || !filter) {
            QCoreApplication::exit(1);
            return;
        }
        const int column = RecordTableModel::columnForField(Field::Caption);
        const QModelIndex cell = filter->mapFromSource(model->index(row, column));
        table->horizontalHeader()->resizeSection(column, 520); // the whole editor in view
        table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *editor = table->findChild<CaptionEditor *>(QStringLiteral("captionEditor"));
        if (!editor) {
            QCoreApplication::exit(1);
            return;
        }
        editor->setText(QString());
        // The caption in the interface's language, as a desk working in it would type it.
        const QString typed = QLocale().language() == QLocale::French
            ? QStringLiteral("Le patron =jf= ramène son chalutier à =pto= au lever du jour")
            : QStringLiteral("Skipper =jf= brings his trawler into =pto= at dawn");
        for (const QChar c : typed) {
            QKeyEvent press(QEvent::KeyPress, c.isSpace() ? Qt::Key_Space : Qt::Key_A, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(editor->textEdit(), &press);
            QCoreApplication::processEvents(); // each replacement is made once its keystroke is done
        }
        QTimer::singleShot(800, window, [window, file] { grabAndQuit(window, file); });
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

// The controlled vocabularies: harbour-dawn in the inspector (the country's ISO code, the
// translated shot, medium and Digital Source Type) and the scene picker open in its row.
void scheduleVocabularies(DesktopApp *app, const QString &file)
{
    QWidget *window = app->window();
    CollectionSession *session = app->session();
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        auto *table = window->findChild<QTableView *>(QStringLiteral("recordTable"));
        if (session->isLoading() || session->model()->rowCount() == 0 || !table)
            return;
        poll->stop();
        RecordTableModel *model = session->model();
        const int harbour = model->rowOfId(QStringLiteral("harbour-dawn"));
        model->editCells({ harbour }, Field::Shot, QStringLiteral("General view"), QStringLiteral("shot"));
        model->editCells({ harbour }, Field::Scene, QStringLiteral("Exterior view"), QStringLiteral("scene"));
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
        const QModelIndex scene
            = proxy->mapFromSource(model->index(harbour, RecordTableModel::columnForField(Field::Scene)));
        table->setCurrentIndex(scene);
        table->edit(scene);
        // Once laid out: the inspector scrolled to the fields with vocabularies, the picker's list open.
        QTimer::singleShot(800, window, [window, table] {
            if (auto *inspector = window->findChild<QScrollArea *>(); inspector && inspector->widget()) {
                if (auto *medium = inspector->widget()->findChild<QWidget *>(QStringLiteral("inspectorValue_medium")))
                    inspector->ensureWidgetVisible(medium, 0, 20);
            }
            if (auto *combo = table->viewport()->findChild<QComboBox *>(QStringLiteral("vocabularyCombo")))
                combo->showPopup();
        });
        // The open list is a window of its own: the screen is grabbed where the window is.
        QTimer::singleShot(1800, window, [window, file] {
            const QRect frame = window->frameGeometry();
            QCoreApplication::exit(
                window->screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(file, "PNG")
                    ? 0
                    : 1);
        });
    });
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(1); }); // never hang a script
    poll->start(200);
}

// Spelling in the metadata language (the interface language here): misspelled title cells get
// their red corner, and the title editor of one shows its underline and suggestion menu. The
// menu is a window of its own, so the screen is grabbed (the window's part of it).
void scheduleSpelling(DesktopApp *app, const QString &file)
{
    MainWindow *window = app->window();
    RecordTableModel *model = app->session()->model();
    const bool french = QLocale().language() == QLocale::French;
    const QString title = french ? QStringLiteral("Les bateux de pêche rentrent à l’aube")
                                 : QStringLiteral("Fishing boats return at dwan");
    const QString market = french ? QStringLiteral("Marché du matin à Lisbonne, étals de fruitts")
                                  : QStringLiteral("Morning market in Lisbon, frut stalls");
    auto *poll = new QTimer(window);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (app->session()->isLoading() || model->rowCount() == 0)
            return;
        if (model->row(model->rowOfId(QStringLiteral("harbour-dawn"))).record().text(Field::Title).value_or(QString())
            != title) {
            model->editCells(
                { model->rowOfId(QStringLiteral("harbour-dawn")) }, Field::Title, title, QStringLiteral("title"));
            model->editCells(
                { model->rowOfId(QStringLiteral("market-lisbon")) }, Field::Title, market, QStringLiteral("title"));
        }
        if (model->stateCount(RecordState::Misspelled) < 2) // the dictionary loads on a worker
            return;
        poll->stop();
        auto *table = window->findChild<QTableView *>(QStringLiteral("recordTable"));
        QModelIndex cell;
        for (int row = 0; row < table->model()->rowCount() && !cell.isValid(); ++row) {
            const QModelIndex index = table->model()->index(row, RecordTableModel::columnForField(Field::Title));
            if (index.data().toString() == title)
                cell = index;
        }
        table->scrollTo(cell);
        table->setCurrentIndex(cell);
        table->edit(cell);
        QTimer::singleShot(300, window, [window, table, file] {
            auto *line = table->viewport()->findChild<QLineEdit *>();
            auto *spelling = line ? line->findChild<SpellingSupport *>() : nullptr;
            if (!spelling || spelling->misspellings().isEmpty()) {
                QCoreApplication::exit(1);
                return;
            }
            const TextWord word = spelling->misspellings().constFirst();
            line->setCursorPosition(0); // the start of the title in view
            QMenu *menu = spelling->createContextMenu(word.position, line);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            // Under the word, where a right-click on it opens the menu.
            const int x = line->fontMetrics().horizontalAdvance(line->text().left(word.position + word.length));
            menu->popup(line->mapToGlobal(QPoint(x, line->height())));
            QTimer::singleShot(500, window, [window, file] {
                const QRect area = window->frameGeometry();
                const QPixmap screen = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
                QCoreApplication::exit(screen.save(file, "PNG") ? 0 : 1);
            });
        });
    });
    QTimer::singleShot(30000, window, [] { QCoreApplication::exit(1); }); // never hang a script
    poll->start(200);
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

namespace {

using SceneFunction = void (*)(DesktopApp *app, const QString &file);

struct Scene
{
    const char *name;
    SceneFunction schedule;
};

// One list, so --help, the error for an unknown name and the dispatch cannot disagree.
const Scene scenes[] = {
    { "main", [](DesktopApp *app, const QString &file) { scheduleMain(app->window(), file); } },
    { "operations",
        [](DesktopApp *app, const QString &file) {
            scheduleSubmission(
                app, file, [] {}, [] {});
        } },
    { "errors", scheduleErrors },
    { "preferences", [](DesktopApp *app, const QString &file) { schedulePreferences(app->window(), file); } },
    { "write", scheduleWrite },
    { "vocabularies", scheduleVocabularies },
    { "code-expansion", scheduleCodeExpansion },
    { "spelling", scheduleSpelling },
    { "server", scheduleServer },
};

} // namespace

QStringList screenshotSceneNames()
{
    QStringList names;
    for (const Scene &scene : scenes)
        names.append(QString::fromLatin1(scene.name));
    return names;
}

bool scheduleScreenshot(DesktopApp *app, const QString &scene, const QString &file)
{
    const QString name = scene.isEmpty() ? QStringLiteral("main") : scene;
    for (const Scene &candidate : scenes) {
        if (name == QLatin1String(candidate.name)) {
            candidate.schedule(app, file);
            return true;
        }
    }
    return false;
}

} // namespace Wesog
