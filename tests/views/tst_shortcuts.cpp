// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QFile>
#include <QKeySequence>
#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"
#include "tests/views/desktopsession.h"

using namespace Wesog;

namespace {

struct ShortcutRow
{
    QString keys; // the first column, as written
    QString action; // the second column
};

/// The rows of the README's "| Shortcut | Action |" table.
QList<ShortcutRow> readmeShortcuts()
{
    QFile readme(QStringLiteral(WESOG_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    QList<ShortcutRow> rows;
    bool inTable = false;
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("| Shortcut | Action |"))) {
            inTable = true;
            continue;
        }
        if (!inTable || line.startsWith(QLatin1String("|---")))
            continue;
        if (!line.startsWith(QLatin1Char('|')))
            break;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() >= 3)
            rows.append({ cells.at(1).trimmed(), cells.at(2).trimmed() });
    }
    return rows;
}

/// Each README row's actions by objectName, in the order the row names its keys. A row added to
/// the README without an entry here fails the test, so the table cannot drift from the code.
const QMap<QString, QStringList> &actionsByRow()
{
    static const QMap<QString, QStringList> map {
        { QStringLiteral("Open a folder"), { QStringLiteral("openFolderAction") } },
        { QStringLiteral("Open from Server (load a server collection)"), { QStringLiteral("openFromServerAction") } },
        { QStringLiteral("Rescan the folder"), { QStringLiteral("rescanAction") } },
        { QStringLiteral("Cancel reading a folder"), { QStringLiteral("cancelLoadAction") } },
        { QStringLiteral("Undo / redo (the Edit menu names the step)"),
            { QStringLiteral("undoAction"), QStringLiteral("redoAction") } },
        { QStringLiteral("Copy / paste a block of cells as TSV (LibreOffice, Excel)"),
            { QStringLiteral("copyAction"), QStringLiteral("pasteAction") } },
        { QStringLiteral("Fill down"), { QStringLiteral("fillDownAction") } },
        { QStringLiteral("Add an item to / remove it from a list field of the selection"),
            { QStringLiteral("addToListAction"), QStringLiteral("removeFromListAction") } },
        { QStringLiteral("Search"), { QStringLiteral("findAction") } },
        { QStringLiteral("Find and replace"), { QStringLiteral("replaceAction") } },
        { QStringLiteral("Write metadata to files"), { QStringLiteral("writeMetadataAction") } },
        { QStringLiteral("Full-window preview (`+`/`-`/`0`/`1` zoom, arrows for the next image, `Esc` closes)"),
            { QStringLiteral("previewAction") } },
        { QStringLiteral("Table, thumbnail grid, or both"),
            { QStringLiteral("viewModeAction0"), QStringLiteral("viewModeAction1"),
                QStringLiteral("viewModeAction2") } },
        { QStringLiteral("Preferences"), { QStringLiteral("settingsAction") } },
        { QStringLiteral("Select all rows"), { QStringLiteral("selectAllAction") } },
        { QStringLiteral("Show or hide the inspector"), { QStringLiteral("inspectorAction") } },
        { QStringLiteral("Submit to the server"), { QStringLiteral("submitAction") } },
        { QStringLiteral("Show or hide the Operations panel"), { QStringLiteral("operationsAction") } },
        { QStringLiteral("Show or hide the error review"), { QStringLiteral("errorReviewAction") } },
        { QStringLiteral("Next / previous problem"),
            { QStringLiteral("nextProblemAction"), QStringLiteral("previousProblemAction") } },
        { QStringLiteral("Full screen"), { QStringLiteral("fullScreenAction") } },
        { QStringLiteral("Quit"), { QStringLiteral("quitAction") } },
    };
    return map;
}

} // namespace

class tst_Shortcuts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_workspaces;

private slots:
    void initTestCase() { m_env = std::make_unique<Test::TestEnvironment>(); }

    // The offscreen platform has no theme, so every theme-dependent standard key (Preferences,
    // Replace, FullScreen) is empty here, as on a plain X11 session: only explicit keys pass.
    void everyReadmeShortcutIsBound()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        const QList<ShortcutRow> rows = readmeShortcuts();
        QVERIFY(rows.size() >= 20);
        static const QRegularExpression backticked(QStringLiteral("`([^`]+)`"));
        QMap<QKeySequence, QString> owners;
        for (const ShortcutRow &row : rows) {
            if (row.keys.contains(QLatin1String("double-click")))
                continue; // F2 is the table's edit trigger, not an action; tst_tableediting covers it
            QVERIFY2(actionsByRow().contains(row.action), qPrintable(QStringLiteral("no action for: ") + row.action));
            const QStringList names = actionsByRow().value(row.action);
            QStringList keys;
            for (auto match = backticked.globalMatch(row.keys); match.hasNext();)
                keys << match.next().captured(1);
            QCOMPARE(keys.size(), names.size());
            for (int i = 0; i < keys.size(); ++i) {
                auto *action = desk.window.findChild<QAction *>(names.at(i));
                QVERIFY2(action, qPrintable(names.at(i)));
                const QKeySequence key = QKeySequence::fromString(keys.at(i), QKeySequence::PortableText);
                QVERIFY2(!key.isEmpty(), qPrintable(keys.at(i)));
                // The documented key is the first one, so the menu shows what the README says.
                QVERIFY2(action->shortcut() == key,
                    qPrintable(names.at(i) + QStringLiteral(" has ") + action->shortcut().toString()
                        + QStringLiteral(", README says ") + keys.at(i)));
            }
        }
        // A key bound to two actions of one window is ambiguous, and Qt then triggers neither.
        for (QAction *action : desk.window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (action->shortcutContext() == Qt::WidgetShortcut)
                    continue;
                QVERIFY2(!owners.contains(key) || owners.value(key) == action->objectName(),
                    qPrintable(key.toString() + QStringLiteral(": ") + owners.value(key) + QStringLiteral(" and ")
                        + action->objectName()));
                owners.insert(key, action->objectName());
            }
        }
    }

    // The keys that did nothing on plain X11 before, pressed for real.
    void themeDependentKeysTrigger()
    {
        Test::DesktopSession desk(m_workspaces.path(), m_env->path());
        QVERIFY(desk.open(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples")));
        desk.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        for (const auto &[name, key] : { std::pair { "settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma) },
                 std::pair { "replaceAction", QKeySequence(Qt::CTRL | Qt::Key_H) },
                 std::pair { "fullScreenAction", QKeySequence(Qt::Key_F11) } }) {
            auto *action = desk.window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QSignalSpy triggered(action, &QAction::triggered);
            QTest::keySequence(&desk.window, key);
            QVERIFY2(triggered.size() == 1, name);
            if (QWidget *popup = QApplication::activeModalWidget())
                popup->close();
            desk.window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        }
    }
};

QTEST_MAIN(tst_Shortcuts)
#include "tst_shortcuts.moc"
