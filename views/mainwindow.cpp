// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

#include "aboutdialog.h"
#include "i18n/languagemanager.h"
#include "recordtablemodel.h"

namespace Wesog {

namespace {
const auto s_geometryKey = QStringLiteral("window/geometry");
const auto s_stateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(LanguageManager *languages, RecordTableModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_model(model)
{
    setObjectName(QStringLiteral("mainWindow"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    // Fixed row height keeps scrolling through 100,000 rows cheap (design.md §3.3).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionsMovable(true);
    setCentralWidget(m_table);

    m_inspectorPlaceholder = new QLabel(this);
    m_inspectorPlaceholder->setAlignment(Qt::AlignCenter);
    m_inspectorPlaceholder->setWordWrap(true);
    m_inspectorPlaceholder->setMargin(12);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock")); // saveState() keys on it
    m_inspectorDock->setWidget(m_inspectorPlaceholder);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createMenus();
    retranslateUi();
    restoreLayout();

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusText);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusText);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusText);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::handleLanguageChanged);
}

void MainWindow::setFolder(const QString &path)
{
    m_folder = path;
    retranslateUi();
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_selectAllAction = new QAction(this);
    m_selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);

    m_statusBarAction = new QAction(this);
    m_statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so nobody is lost in a language they cannot read.
        auto *action = new QAction(LanguageManager::nativeName(language), m_languageGroup);
        action->setObjectName(QStringLiteral("languageAction_") + language);
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_languages->currentLanguage());
        connect(action, &QAction::triggered, this, [this, language] { m_languages->setLanguage(language); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_selectAllAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setObjectName(QStringLiteral("inspectorAction"));
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_viewMenu->addAction(inspectorAction);
    m_viewMenu->addAction(m_statusBarAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_folder.isEmpty() ? tr("Wesog Desk")
                                      : tr("%1 — Wesog Desk").arg(QDir(m_folder).dirName()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_selectAllAction->setText(tr("Select &All"));
    m_statusBarAction->setText(tr("&Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About Wesog Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_inspectorDock->toggleViewAction()->setText(tr("&Inspector"));
    m_inspectorPlaceholder->setText(tr("Select an image to see its metadata."));
    updateStatusText();
}

void MainWindow::updateStatusText()
{
    const int count = m_model->rowCount();
    m_countLabel->setText(tr("%n image(s)", nullptr, count));
    m_countLabel->setToolTip(m_folder.isEmpty() ? QString() : QDir::toNativeSeparators(m_folder));
}

void MainWindow::handleLanguageChanged()
{
    // The language actions are named in their own languages; only the check mark moves.
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->currentLanguage());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(s_geometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(s_stateKey).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
}

void MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    m_about->open();
}

} // namespace Wesog
