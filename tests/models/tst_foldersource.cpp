// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a folder into the table and keeping it in step with the disk.
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/foldersource.h"
#include "models/recordtablemodel.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name);
}

QString cell(const RecordTableModel &model, int row, Field field)
{
    return model.index(row, RecordTableModel::columnForField(field)).data().toString();
}

} // namespace

class tst_FolderSource : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SessionFixture> m_session;
    RecordTableModel *m_model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bool loadAndWait(int watchDelayMs = 50)
    {
        if (!m_session->open(m_dir->path()))
            return false;
        m_session->loader().setWatchDelayMs(watchDelayMs);
        return true;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
        QVERIFY(QFile::copy(sample("harbour-dawn.jpg"), m_dir->filePath(QStringLiteral("harbour.jpg"))));
        QVERIFY(QFile::copy(sample("parade-moscow.jpg"), m_dir->filePath(QStringLiteral("sub/parade.jpg"))));
        m_session = std::make_unique<Test::SessionFixture>(m_workspaces.path());
        m_model = &m_session->model;
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_session.reset();
    }

    void loadsRowsWithTemplates()
    {
        m_session->session.setTemplates(
            { QStringLiteral("agency-{basename}"), QStringLiteral("https://cdn.example.com/{relpath}") });
        QVERIFY(loadAndWait());
        QCOMPARE(m_model->rowCount(), 2);
        const int parade = m_model->rowOfId(QStringLiteral("agency-parade"));
        QVERIFY(parade >= 0);
        QCOMPARE(cell(*m_model, parade, Field::Src), QStringLiteral("https://cdn.example.com/sub/parade.jpg"));
        QCOMPARE(cell(*m_model, parade, Field::Title), QStringLiteral("Парад"));
        QCOMPARE(m_model->row(parade).metadata.sources[size_t(Field::Id)].provenance, Provenance::Template);
        QVERIFY(m_model->row(parade).size > 0);
    }

    void changedTemplatesApplyToEveryRow()
    {
        QVERIFY(loadAndWait());
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_session->session.setTemplates(
            { QStringLiteral("{folder}-{basename}"), QStringLiteral("{sandbox}/files/{relpath}") });
        QCOMPARE(changed.size(), 1); // one signal for the id and src columns of all rows
        QVERIFY(m_model->rowOfId(QStringLiteral("sub-parade")) >= 0);

        // {sha1} needs the file hashes: the folder is read again, the hashing on workers.
        QSignalSpy finished(&m_session->loader(), &FolderSource::finished);
        m_session->session.setTemplates({ QStringLiteral("{sha1}"), QStringLiteral("{sandbox}/files/{relpath}") });
        QVERIFY(finished.wait(20000));
        QFile file(m_dir->filePath(QStringLiteral("harbour.jpg")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex());
        QVERIFY(m_model->rowOfId(hash) >= 0);
    }

    void rescanAppliesAddedRemovedAndChangedFiles()
    {
        QVERIFY(loadAndWait(60000)); // only the explicit rescans below
        QVERIFY(QFile::copy(sample("market-lisbon.jpg"), m_dir->filePath(QStringLiteral("new.jpg"))));
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("sub/parade.jpg"))));
        // Same name, other content: the harbour file now holds the festival photo.
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("harbour.jpg"))));
        QVERIFY(QFile::copy(sample("festival-night.jpg"), m_dir->filePath(QStringLiteral("harbour.jpg"))));
        QFile touched(m_dir->filePath(QStringLiteral("harbour.jpg")));
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();

        QSignalSpy rescanned(&m_session->loader(), &FolderSource::rescanned);
        QVERIFY(m_session->loader().rescan());
        QVERIFY(rescanned.wait(20000));
        QCOMPARE(rescanned.first(), (QList<QVariant> { 1, 1, 1 }));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(
            cell(*m_model, m_model->rowOfId(QStringLiteral("new")), Field::Title), QStringLiteral("Morning market"));
        QCOMPARE(cell(*m_model, m_model->rowOfId(QStringLiteral("harbour")), Field::Title),
            QStringLiteral("Festival night"));
        // The removed file keeps its row and values, marked as gone.
        const int gone = m_model->rowOfPath(m_dir->filePath(QStringLiteral("sub/parade.jpg")));
        QVERIFY(gone >= 0);
        QCOMPARE(m_model->row(gone).error->code, QStringLiteral("file-missing"));
        QCOMPARE(cell(*m_model, gone, Field::Title), QStringLiteral("Парад"));

        // A second rescan with nothing new changes nothing.
        rescanned.clear();
        QVERIFY(m_session->loader().rescan());
        QVERIFY(rescanned.wait(20000));
        QCOMPARE(rescanned.first(), (QList<QVariant> { 0, 0, 0 }));
    }

    void watcherPicksUpNewFiles()
    {
        QVERIFY(loadAndWait());
        QSignalSpy rescanned(&m_session->loader(), &FolderSource::rescanned);
        QVERIFY(QFile::copy(sample("mountain-lake.jpg"), m_dir->filePath(QStringLiteral("sub/lake.jpg"))));
        QVERIFY(rescanned.wait(10000)); // nobody asked: the folder watcher did
        QTRY_COMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->rowOfId(QStringLiteral("lake")) >= 0);
    }

    void lostFolderIsReportedAndRowsStay()
    {
        QVERIFY(loadAndWait());
        QSignalSpy lost(&m_session->loader(), &FolderSource::folderLost);
        QVERIFY(QDir(m_dir->path()).removeRecursively());
        QVERIFY(lost.wait(10000));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!m_session->loader().rescan());
    }
};

QTEST_MAIN(tst_FolderSource)
#include "tst_foldersource.moc"
