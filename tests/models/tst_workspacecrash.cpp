// SPDX-License-Identifier: GPL-3.0-or-later
// A process that is killed with SIGKILL in the middle of writing edits loses none that it had
// reported as stored, and leaves no half-written step.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/workspace/workspace.h"
#include "tests/models/workspacewriterpath.h"

using namespace Wesog;

class tst_WorkspaceCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothing_data()
    {
        QTest::addColumn<int>("afterCommits");
        QTest::newRow("early") << 5;
        QTest::newRow("later") << 300;
    }

    void killedWriterLosesNothing()
    {
        QFETCH(int, afterCommits);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("photos"));
        const QString workspaces = dir.filePath(QStringLiteral("workspaces"));
        QProcess writer;
        writer.start(QStringLiteral(WESOG_WORKSPACE_WRITER), { folder, workspaces });
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        int lastCommitted = -1;
        static const QRegularExpression committed(QStringLiteral("committed (\\d+)\\n"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                writer.waitForReadyRead(50);
                output += writer.readAllStandardOutput();
                for (auto it = committed.globalMatch(QString::fromLatin1(output)); it.hasNext();)
                    lastCommitted = it.next().captured(1).toInt();
                return lastCommitted >= afterCommits;
            },
            30000));
        writer.kill(); // SIGKILL: no clean-up, no flush, mid-write at any moment
        QVERIFY(writer.waitForFinished(5000));
        output += writer.readAllStandardOutput();
        for (auto it = committed.globalMatch(QString::fromLatin1(output)); it.hasNext();)
            lastCommitted = it.next().captured(1).toInt();

        Workspace workspace;
        QString error;
        QVERIFY2(workspace.open(folder, workspaces, &error), qPrintable(error));
        const QHash<QString, QList<CellEdit>> edits = workspace.edits(&error);
        QVERIFY(error.isEmpty());
        // Every reported step is there; the image last written holds that step or a later one,
        // and its two fields always come from the same step.
        // (One more step may have been stored but not yet reported when the kill came.)
        QVERIFY(edits.size() >= std::min(50, lastCommitted + 1));
        QVERIFY(edits.size() <= std::min(50, lastCommitted + 2));
        for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
            QString title, caption;
            for (const CellEdit &edit : it.value())
                (edit.field == Field::Title ? title : caption) = std::get<QString>(*edit.value);
            QCOMPARE(title.section(QLatin1Char(' '), 1), caption.section(QLatin1Char(' '), 1));
        }
        const QString lastPath = QStringLiteral("photo-%1.jpg").arg(lastCommitted % 50);
        int lastStep = -1;
        for (const CellEdit &edit : edits.value(lastPath))
            lastStep = std::get<QString>(*edit.value).section(QLatin1Char(' '), 1).toInt();
        QVERIFY2(lastStep >= lastCommitted, qPrintable(QStringLiteral("%1 < %2").arg(lastStep).arg(lastCommitted)));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceCrash)
#include "tst_workspacecrash.moc"
