// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/i18n/languagemanager.h"
#include "core/library/thumbnailservice.h"
#include "core/workspace/workspace.h"
#include "models/foldersource.h"
#include "models/recordtablemodel.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"
#include "tests/views/desktopsession.h"
#include "views/csvactions.h"
#include "views/csvimportdialog.h"
#include "views/mainwindow.h"
#include "views/presetdialog.h"
#include "views/previewwindow.h"

using namespace Wesog;

namespace {

/// A main window in English, shown, with the sample folder read.
struct SampleWindow : Test::DesktopSession
{
    explicit SampleWindow(const QString &workspaces, const QString &keyDirectory)
        : DesktopSession(workspaces, keyDirectory)
    {
        loaded = open(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"));
    }

    /// Edit → Preferences, once it is on screen; null if it never shows.
    QDialog *openPreferences()
    {
        window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
        return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }) ? dialog : nullptr;
    }

    bool loaded = false;
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_workspaces;

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private slots:
    void initTestCase() { m_env = std::make_unique<Test::TestEnvironment>(); }

    void init() { m_env->clearSettings(); }

    void showsMenusTableAndStatus()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        RecordTableModel &model = desk.model;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(menuTitles(window),
            (QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                QStringLiteral("&Language"), QStringLiteral("&Server"), QStringLiteral("&Help") }));
        QCOMPARE(window.windowTitle(), QStringLiteral("Wesog Desk"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->columnCount(), FieldCount + 2);
        auto *count = window.findChild<QLabel *>(QStringLiteral("recordCountLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("0 images"));

        model.setRows(QList<RecordRow>(3));
        QCOMPARE(count->text(), QStringLiteral("3 images"));

        auto *statusBarAction = window.findChild<QAction *>(QStringLiteral("statusBarAction"));
        QVERIFY(statusBarAction);
        statusBarAction->trigger();
        QVERIFY(!window.statusBar()->isVisible());
    }

    void languageMenuRetranslatesEverything()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        LanguageManager &languages = desk.languages;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *russian = window.findChild<QAction *>(QStringLiteral("languageAction_ru"));
        QVERIFY(russian);
        QCOMPARE(russian->text(), QStringLiteral("Русский"));
        russian->trigger();
        QCOMPARE(languages.currentLanguage(), QStringLiteral("ru"));
        QVERIFY(russian->isChecked());
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Файл"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Wesog Desk"));
        QCOMPARE(
            window.findChild<QLabel *>(QStringLiteral("recordCountLabel"))->text(), QStringLiteral("0 изображений"));
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->windowTitle(),
            QStringLiteral("Инспектор"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QCOMPARE(table->model()->headerData(RecordTableModel::columnForField(Field::Title), Qt::Horizontal).toString(),
            QStringLiteral("Название"));

        window.findChild<QAction *>(QStringLiteral("languageAction_pt"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Arquivo"));
        window.findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }

    void csvRoundTripThroughTheFileMenu()
    {
        QTemporaryDir folder;
        QTemporaryDir workspaces;
        for (const char *name : { "harbour-dawn.jpg", "market-lisbon.jpg" })
            QVERIFY(QFile::copy(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name),
                folder.filePath(QString::fromLatin1(name))));
        Test::DesktopSession desk(workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        RecordTableModel &model = desk.model;
        QUndoStack &undo = desk.undo;
        window.show();
        QSignalSpy loaded(&desk.session, &CollectionSession::loaded);
        window.openFolder(folder.path());
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportCsvAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importCsvAction")));

        const QString file = folder.filePath(QStringLiteral("out.csv"));
        QVERIFY(window.csvActions()->exportTo(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray bytes = csv.readAll();
        csv.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // As a spreadsheet user would: change one title, then import it back.
        const int row = model.rowOfId(QStringLiteral("market-lisbon"));
        const QString title = *model.row(row).record().text(Field::Title);
        bytes.replace(title.toUtf8(), "Mercado da Ribeira");
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(bytes);
        csv.close();
        window.csvActions()->importFrom(file);
        auto *dialog = window.findChild<CsvImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("csvSummary"))
                    ->text()
                    .startsWith(QStringLiteral("1 cell will change, in 1 image")));
        QCOMPARE(dialog->findChild<QTableView *>(QStringLiteral("csvChanges"))->model()->index(0, 3).data().toString(),
            QStringLiteral("Mercado da Ribeira"));
        dialog->findChild<QPushButton *>(QStringLiteral("csvApply"))->click();
        QCOMPARE(
            model.row(row).record().text(Field::Title), std::optional<QString>(QStringLiteral("Mercado da Ribeira")));
        QCOMPARE(undo.count(), 1);
    }

    // A large import is listed in full: the last of 2,500 changes can be looked at before Apply.
    void csvImportPreviewListsEveryChange()
    {
        SampleWindow desk(m_workspaces.path(), m_env->path());
        QVERIFY(desk.loaded);
        CsvImportPlan plan;
        for (int i = 0; i < 2500; ++i)
            plan.changes.append(
                { i % desk.model.rowCount(), Field::Title, QString(), QStringLiteral("title %1").arg(i) });
        plan.matchedRows = desk.model.rowCount();
        CsvImportDialog dialog(desk.model, plan, QStringLiteral("big.csv"));
        dialog.show();
        const QAbstractItemModel *changes = dialog.findChild<QTableView *>(QStringLiteral("csvChanges"))->model();
        QCOMPARE(changes->rowCount(), 2500);
        QCOMPARE(changes->index(2499, 3).data().toString(), QStringLiteral("title 2499"));
        QCOMPARE(changes->index(2499, 0).data().toString(), desk.model.row(2499 % desk.model.rowCount()).relativePath);
        QCOMPARE(changes->headerData(3, Qt::Horizontal).toString(), QStringLiteral("After import"));
    }

    void remembersGeometryAndDocks()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        desk.window.hide();
        RecordTableModel &model = desk.model;
        {
            MainWindow window(&desk.languages, &desk.session, &desk.keys);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->hide();
            auto *header = window.findChild<QTableView *>(QStringLiteral("recordTable"))->horizontalHeader();
            header->resizeSection(RecordTableModel::columnForField(Field::Caption), 333);
            header->moveSection(RecordTableModel::columnForField(Field::City), 2);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            window.close();
        }
        MainWindow again(&desk.languages, &desk.session, &desk.keys);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
        auto *header = again.findChild<QTableView *>(QStringLiteral("recordTable"))->horizontalHeader();
        QCOMPARE(header->sectionSize(RecordTableModel::columnForField(Field::Caption)), 333);
        QCOMPARE(header->visualIndex(RecordTableModel::columnForField(Field::City)), 2);
        model.clear(); // a new folder keeps the layout too
        QCOMPARE(header->sectionSize(RecordTableModel::columnForField(Field::Caption)), 333);
        QCOMPARE(header->visualIndex(RecordTableModel::columnForField(Field::City)), 2);
    }

    void opensAFolderWithProgressAndErrors()
    {
        QTemporaryDir dir;
        const QString samples = QStringLiteral(WESOG_SOURCE_DIR "/resources/samples");
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        for (const QString &name : QDir(samples).entryList({ QStringLiteral("*.jpg") }))
            QVERIFY(QFile::copy(samples + QLatin1Char('/') + name, dir.filePath(name)));
        QVERIFY(
            QFile::copy(samples + QStringLiteral("/harbour-dawn.jpg"), dir.filePath(QStringLiteral("sub/deep.jpg"))));
        QFile empty(dir.filePath(QStringLiteral("empty.jpg")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        RecordTableModel &model = desk.model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&desk.session, &CollectionSession::loaded);
        window.openFolder(dir.path());
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("cancelLoadAction"))->isEnabled());
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), 7); // subfolders are on by default
        QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("loadProgress"))->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("7 images read. 1 file could not be read."));
        QCOMPARE(window.windowTitle(), QDir(dir.path()).dirName() + QStringLiteral(" — Wesog Desk"));

        // The unreadable file is a row with an icon and a message, never dropped.
        int emptyRow = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            emptyRow = model.row(row).relativePath == QLatin1String("empty.jpg") ? row : emptyRow;
        QVERIFY(emptyRow >= 0);
        const QModelIndex state = model.index(emptyRow, RecordTableModel::StateColumn);
        QCOMPARE(state.data().toString(), QStringLiteral("Not readable: The file is empty."));
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(emptyRow, RecordTableModel::columnForField(Field::Id)).data().toString(),
            QStringLiteral("empty"));

        // Metadata arrived; id and src come from the templates.
        const int harbour = model.rowOfId(QStringLiteral("harbour-dawn"));
        QVERIFY(harbour >= 0);
        QCOMPARE(model.index(harbour, RecordTableModel::columnForField(Field::Title)).data().toString(),
            QStringLiteral("Harbour at dawn"));
        QCOMPARE(model.index(harbour, RecordTableModel::columnForField(Field::Src)).data().toString(),
            QStringLiteral("{sandbox}/files/harbour-dawn.jpg"));
        // The market sample's city differs between XMP and IPTC: a conflict, marked with an icon.
        const QModelIndex city = model.index(
            model.rowOfId(QStringLiteral("market-lisbon")), RecordTableModel::columnForField(Field::City));
        QCOMPARE(city.data().toString(), QStringLiteral("Lisboa"));
        QVERIFY(!city.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(city.data(Qt::ToolTipRole).toString().contains(QLatin1String("Porto")));

        // The inspector shows the current image: every field with its source.
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        table->setCurrentIndex(proxy->mapFromSource(model.index(model.rowOfId(QStringLiteral("market-lisbon")), 0)));
        auto *cityValue = window.findChild<QLabel *>(QStringLiteral("inspectorValue_city"));
        QVERIFY(cityValue->isVisibleTo(&window));
        QVERIFY(cityValue->text().contains(QLatin1String("Lisboa")));
        QVERIFY(cityValue->text().contains(QLatin1String("Iptc.Application2.City: Porto")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("inspectorFile"))
                    ->text()
                    .contains(QLatin1String("market-lisbon.jpg")));
        QTRY_VERIFY(!window.findChild<QLabel *>(QStringLiteral("inspectorPreview"))->pixmap().isNull());
        // A real 512 px preview (the sample is 640 × 427), fitted to a narrow dock, never widening it.
        auto *preview = window.findChild<QLabel *>(QStringLiteral("inspectorPreview"));
        auto *inspectorDock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        window.resize(1600, 900);
        window.resizeDocks({ inspectorDock }, { 700 }, Qt::Horizontal);
        QTRY_COMPARE(preview->pixmap().deviceIndependentSize().toSize(), QSize(512, 341));
        window.resizeDocks({ inspectorDock }, { 260 }, Qt::Horizontal);
        QTRY_VERIFY(inspectorDock->width() < 300);
        QTRY_VERIFY(preview->pixmap().deviceIndependentSize().width() <= preview->width());

        // Remembered in Open Recent; without subfolders the nested file is left out.
        QVERIFY(!window.findChildren<QAction *>(QStringLiteral("recentFolderAction")).isEmpty());
        window.findChild<QAction *>(QStringLiteral("includeSubfoldersAction"))->setChecked(false);
        finished.clear();
        window.findChildren<QAction *>(QStringLiteral("recentFolderAction")).first()->trigger();
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), 6);
    }

    void gridSharesRowsAndSelectionWithTheTable()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&desk.session, &CollectionSession::loaded);
        window.openFolder(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"));
        QVERIFY(finished.wait(20000));

        auto *grid = window.findChild<QListView *>(QStringLiteral("thumbnailGrid"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(!grid->isVisible()); // the table alone by default
        window.findChild<QAction *>(QStringLiteral("viewModeAction1"))->trigger();
        QVERIFY(grid->isVisible());
        QVERIFY(!table->isVisible());
        QCOMPARE(grid->model()->rowCount(), 5);
        QCOMPARE(grid->selectionModel(), table->selectionModel());
        grid->setCurrentIndex(grid->model()->index(3, RecordTableModel::FileColumn));
        QCOMPARE(table->currentIndex().row(), 3);
        // The grid paints real thumbnails once they are made.
        QTRY_VERIFY(!grid->model()
                         ->index(0, RecordTableModel::FileColumn)
                         .data(RecordTableModel::ThumbnailRole)
                         .value<QImage>()
                         .isNull());
        // Full-window preview of the current image; arrows step through the rows.
        window.findChild<QAction *>(QStringLiteral("previewAction"))->trigger();
        auto *preview = window.findChild<PreviewWindow *>(QStringLiteral("previewWindow"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        QTRY_VERIFY(!preview->findChild<QLabel *>(QStringLiteral("previewImage"))->pixmap().isNull());
        const QString first = preview->windowTitle();
        QTest::keyClick(preview, Qt::Key_Right);
        QCOMPARE(table->currentIndex().row(), 4);
        QVERIFY(preview->windowTitle() != first);
        QTest::keyClick(preview, Qt::Key_1);
        QCOMPARE(preview->zoom(), 1.0);
        QTest::keyClick(preview, Qt::Key_Escape);
        QVERIFY(!preview->isVisible());

        window.findChild<QAction *>(QStringLiteral("viewModeAction2"))->trigger();
        QVERIFY(grid->isVisible() && table->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("window/viewMode")).toInt(), 2);
    }

    void dropAFolderToOpenIt()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        RecordTableModel &model = desk.model;
        window.show();
        QSignalSpy finished(&desk.session, &CollectionSession::loaded);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples")) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.rowCount(), 5);

        QMimeData file;
        file.setUrls({ QUrl::fromLocalFile(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/harbour-dawn.jpg")) });
        QDragEnterEvent notAFolder(QPoint(10, 10), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
        notAFolder.setAccepted(false);
        QCoreApplication::sendEvent(&window, &notAFolder);
        QVERIFY(!notAFolder.isAccepted());
    }

    void unreadableFolderIsReported()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        window.show();
        window.openFolder(QStringLiteral("/no/such/folder"));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("openFolderError"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("/no/such/folder")));
        box->accept();
    }

    void preferencesValidateAndApplyTemplates()
    {
        SampleWindow sample(m_workspaces.path(), m_env->path());
        QVERIFY(sample.loaded);
        RecordTableModel &model = sample.model;
        QDialog *dialog = sample.openPreferences();
        QVERIFY(dialog);
        auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("idTemplateEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(id->text(), QStringLiteral("{basename}"));
        id->clear();
        QTest::keyClicks(id, QStringLiteral("x-{date}"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("templateProblem"))->text().contains(QLatin1String("{date}")));
        id->setText(QStringLiteral("agency-{basename}"));
        QVERIFY(ok->isEnabled());
        auto *required = dialog->findChild<QLineEdit *>(QStringLiteral("requiredFieldsEdit"));
        required->setText(QStringLiteral("caption colour"));
        QVERIFY(!ok->isEnabled()); // "colour" is not a field
        required->setText(QStringLiteral("caption keywords:3"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(model.rowOfId(QStringLiteral("agency-harbour-dawn")) >= 0);
        QCOMPARE(QSettings().value(QStringLiteral("templates/id")).toString(), QStringLiteral("agency-{basename}"));
        QCOMPARE(
            QSettings().value(QStringLiteral("validation/required")).toString(), QStringLiteral("caption keywords:3"));
        // Samples lacking a caption or three keywords are now invalid.
        QVERIFY(model.invalidCount() > 0);
        QVERIFY(!model.row(model.rowOfId(QStringLiteral("agency-harbour-dawn"))).isInvalid());
        QVERIFY(model.row(model.rowOfId(QStringLiteral("agency-market-lisbon"))).isInvalid());
    }

    void preferencesChooseTheReadingProfile()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("agency.json"));
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        for (const auto &[path, json] :
            { std::pair { profile, QByteArray(R"({"medium": {"digitalCapture": "Digital photograph"}})") },
                std::pair { broken, QByteArray("{medium") } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        }
        SampleWindow sample(m_workspaces.path(), m_env->path());
        QVERIFY(sample.loaded);
        const auto medium = [&sample] {
            return sample.model.row(sample.model.rowOfId(QStringLiteral("harbour-dawn"))).record().value(Field::Medium);
        };
        QCOMPARE(medium(), FieldValue(QStringLiteral("Photograph"))); // the standard profile: digitalCapture
        QDialog *dialog = sample.openPreferences();
        QVERIFY(dialog);
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("profileFileEdit"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        file->setText(broken);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("templateProblem"))->text().contains(QLatin1String("JSON")));
        // Browse… picks the good one.
        file->parentWidget()->findChild<QPushButton *>(QStringLiteral("browseButton"))->click();
        auto *chooser = dialog->findChild<QFileDialog *>(QStringLiteral("fileFieldDialog"));
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QCOMPARE(chooser->directory().absolutePath(), QDir(dir.path()).absolutePath()); // beside the current file
        chooser->selectFile(profile);
        static_cast<QDialog *>(chooser)->accept(); // as OK does
        QCOMPARE(file->text(), profile);
        QVERIFY(ok->isEnabled());
        QSignalSpy finished(&sample.session, &CollectionSession::loaded);
        ok->click();
        QVERIFY(finished.wait(20000)); // the folder is read again with the agency's table
        QCOMPARE(medium(), FieldValue(QStringLiteral("Digital photograph")));
        QCOMPARE(QSettings().value(QStringLiteral("metadata/profileFile")).toString(), profile);

        // The file turns bad later: the next window says so and reads with the standard profile.
        QFile::remove(profile);
        QVERIFY(QFile::copy(broken, profile));
        MainWindow second(&sample.languages, &sample.session, &sample.keys);
        second.show();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = second.findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(profile));
        box->accept();
        QSettings().remove(QStringLiteral("metadata/profileFile"));
    }

    void editSeveralRowsAtOnceAndUndo()
    {
        QTemporaryDir folder;
        QTemporaryDir workspaces;
        for (const char *name : { "harbour-dawn.jpg", "parade-moscow.jpg", "market-lisbon.jpg" })
            QVERIFY(QFile::copy(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name),
                folder.filePath(QLatin1String(name))));
        Test::DesktopSession desk(workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        RecordTableModel &model = desk.model;
        Workspace &workspace = desk.workspace;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&desk.session, &CollectionSession::loaded);
        window.openFolder(folder.path());
        QVERIFY(finished.wait(20000));

        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        const int providerColumn = RecordTableModel::columnForField(Field::Provider);
        table->selectAll();
        const QModelIndex cell = table->model()->index(1, providerColumn);
        table->setCurrentIndex(cell);
        table->selectAll(); // setCurrentIndex narrowed the selection
        table->edit(cell);
        auto *editor = table->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->setText(QStringLiteral("Wesog Agency"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model.editedCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(
                model.row(row).record().text(Field::Provider), std::optional<QString>(QStringLiteral("Wesog Agency")));

        auto *undoAction = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undoAction && undoAction->isEnabled());
        QVERIFY2(
            undoAction->text().contains(QLatin1String("Set Provider on 3 images")), qPrintable(undoAction->text()));
        undoAction->trigger();
        QCOMPARE(model.editedCount(), 0);
        QVERIFY(workspace.edits().isEmpty());

        // Flags get a yes / no / not set choice.
        const QModelIndex flag = table->model()->index(0, RecordTableModel::columnForField(Field::Nsfw));
        table->setCurrentIndex(flag);
        table->edit(flag);
        auto *combo = table->findChild<QComboBox *>(QStringLiteral("flagEditor"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(2); // No
        emit table->itemDelegate()->commitData(combo); // as the editor does when it is left
        emit table->itemDelegate()->closeEditor(combo);
        const int source = qobject_cast<QSortFilterProxyModel *>(table->model())->mapToSource(flag).row();
        QCOMPARE(model.row(source).record().flag(Field::Nsfw), std::optional<bool>(false));
    }

    void presetsAreDefinedAndApplied()
    {
        QTemporaryDir folder;
        QTemporaryDir workspaces;
        for (const char *name : { "harbour-dawn.jpg", "parade-moscow.jpg" })
            QVERIFY(QFile::copy(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name),
                folder.filePath(QLatin1String(name))));
        Test::DesktopSession desk(workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        RecordTableModel &model = desk.model;
        QUndoStack &undo = desk.undo;
        window.show();
        QSignalSpy finished(&desk.session, &CollectionSession::loaded);
        window.openFolder(folder.path());
        QVERIFY(finished.wait(20000));

        // Define a preset in the dialog.
        window.findChild<QAction *>(QStringLiteral("managePresetsAction"))->trigger();
        auto *dialog = window.findChild<PresetDialog *>(QStringLiteral("presetDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("newPresetButton"))->click();
        dialog->findChild<QLineEdit *>(QStringLiteral("presetName"))->setText(QStringLiteral("Wire"));
        dialog->findChild<QPushButton *>(QStringLiteral("addPresetFieldButton"))->click();
        auto *entries = dialog->findChild<QTableWidget *>(QStringLiteral("presetEntries"));
        entries->item(0, 1)->setText(QStringLiteral("Wesog Wire ({filename})"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const QList<QAction *> presetActions = window.findChildren<QAction *>(QStringLiteral("presetAction"));
        QCOMPARE(presetActions.size(), 1);
        QCOMPARE(presetActions.first()->text(), QStringLiteral("Wire"));

        // Apply it to both images: one step, variables filled per image.
        window.findChild<QTableView *>(QStringLiteral("recordTable"))->selectAll();
        presetActions.first()->trigger();
        QCOMPARE(undo.count(), 1);
        QCOMPARE(model.row(model.rowOfId(QStringLiteral("parade-moscow"))).record().text(Field::Provider),
            std::optional<QString>(QStringLiteral("Wesog Wire (parade-moscow.jpg)")));
        QCOMPARE(model.editedCount(), 2);
    }

    void aboutShowsTheVersion()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        MainWindow &window = desk.window;
        window.show();
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *about = window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->isModal()); // open(), not exec(): window-modal, no nested loop
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutTitle"))->text(),
            QStringLiteral("Wesog Desk ") + QStringLiteral(WESOGDESK_VERSION));
        about->reject();
        QVERIFY(!about->isVisible());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
