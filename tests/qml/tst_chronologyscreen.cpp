// The chronology screen over a real history: the example history (docs/examples/history-maya.json)
// signed into a real vault by `hearthctl demo --history`, opened by the app's own session and
// Workspace with the clock at 5 November 2026. The model (wrapped in QAbstractItemModelTester):
// newest first, the filter by kind, a flag's evidence, acknowledging through the passcode; the
// PDF (parsed back with poppler's pdfinfo, pdftotext and pdffonts, page 1 made a PNG); and the
// real ChronologyPage in a window: a flag tapped shows its records, a turn keeps the place, a
// soft lock hides it.

#include "chronologymodel.h"
#include "chronologypdf.h"
#include "displaysingleton.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "sessionsingleton.h"
#include "syncsingleton.h"
#include "syncstatus.h"
#include "workspace.h"
#include "workspacesingleton.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("chronology-kettle-9");
const QString Maya = QStringLiteral("8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b10");
constexpr int SlowMs = 30000;

class FixedClock : public Clock
{
public:
    QDateTime at = QDateTime(QDate(2026, 11, 5), QTime(9, 0), QTimeZone::utc());
    QDateTime nowUtc() const override { return at; }
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}
// Items by object name through the visual tree (a ListView's header and delegates are its
// content item's children, not QObject children of the page).
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}
} // namespace

class TestChronologyScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<DisplaySettings> m_display;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<SyncStatus> m_syncStatus; // AppShell's status line (never enrolled here)

    ChronologyModel *openMaya()
    {
        if (!m_workspace->openChronology(Maya))
            return nullptr;
        ChronologyModel *model = m_workspace->chronology();
        if (!QTest::qWaitFor([model] { return !model->loading(); }, SlowMs))
            return nullptr;
        return model;
    }

    QString pdfText(const QString &pdf)
    {
        return run(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
            .out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        const QString vault = m_dir.filePath(QStringLiteral("vault"));
        const Run signedRun = run(QStringLiteral(HEARTHCTL),
            { QStringLiteral("demo"), QStringLiteral("--dir"), vault, QStringLiteral("--history"),
                QStringLiteral(HISTORY_EXAMPLE) },
            Passcode.toUtf8() + '\n');
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));

        m_display
            = std::make_unique<DisplaySettings>(m_dir.filePath(QStringLiteral("display.ini")));
        DisplaySingleton::setInstance(m_display.get());
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(vault), [vault] { return RecoverySetup::resolve({}, vault); },
            [] { return KdfCost::interactive(); });
        SessionSingleton::setInstance(m_session.get());
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr, nullptr, m_clock);
        WorkspaceSingleton::setInstance(m_workspace.get());
        m_syncStatus = std::make_unique<SyncStatus>(*m_session, *m_workspace, m_network);
        SyncStatusSingleton::setInstance(m_syncStatus.get());
        m_session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
    }

    void cleanupTestCase()
    {
        m_syncStatus.reset();
        m_workspace.reset();
        m_session.reset();
    }

    void newestFirstWithFlagsAndSignatures()
    {
        ChronologyModel *model = openMaya();
        QVERIFY(model);
        QAbstractItemModelTester tester(model);
        QVERIFY2(model->errorText().isEmpty(), qPrintable(model->errorText()));
        QCOMPARE(model->flags()->rowCount(), 7);
        QCOMPARE(model->flags()->open(), 7);
        QVERIFY(model->total() >= 10);
        QCOMPARE(model->rowCount(), model->total());
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->entry(row - 1).date >= model->entry(row).date);
        QVERIFY2(
            model->builtFromText().contains(QStringLiteral("11 signed records (11 signatures")),
            qPrintable(model->builtFromText()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->data(model->index(row), ChronologyModel::SignatureFailedRole).toBool(),
                false);
    }

    void filterByKind_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("kinds");
        QTest::addRow("visits") << int(ChronologyModel::Visits)
                                << QStringList { QStringLiteral("visit") };
        QTest::addRow("not brought") << int(ChronologyModel::WasNotBrought)
                                     << QStringList { QStringLiteral("was-not-brought") };
        QTest::addRow("concerns") << int(ChronologyModel::ConcernsAndInjuries)
                                  << QStringList { QStringLiteral("concern"),
                                         QStringLiteral("injury") };
        QTest::addRow("co-operation")
            << int(ChronologyModel::Cooperation) << QStringList { QStringLiteral("co-operation") };
        QTest::addRow("life events")
            << int(ChronologyModel::LifeEvents) << QStringList { QStringLiteral("life-event") };
    }

    void filterByKind()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, kinds);
        ChronologyModel *model = openMaya();
        QVERIFY(model);
        QAbstractItemModelTester tester(model);
        model->setFilter(filter);
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < model->total());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(kinds.contains(
                model->data(model->index(row), ChronologyModel::KindRole).toString()));
        QVERIFY(model->filterText().contains(model->filters().at(filter)));
        model->setFilter(ChronologyModel::All);
        QCOMPARE(model->rowCount(), model->total());
    }

    void flagShowsItsEvidence()
    {
        ChronologyModel *model = openMaya();
        QVERIFY(model);
        QAbstractItemModelTester tester(model);
        for (int flag = 0; flag < model->flags()->rowCount(); ++flag) {
            model->setEvidenceFlag(flag);
            const QStringList evidence = model->flags()->flags().at(flag).evidence;
            QVERIFY(model->rowCount() >= 1);
            QSet<QString> shown;
            for (int row = 0; row < model->rowCount(); ++row)
                shown.insert(model->entry(row).recordId);
            QCOMPARE(shown, QSet<QString>(evidence.cbegin(), evidence.cend()));
            QVERIFY(model->filterText().contains(model->flags()->text(flag)));
        }
        model->setEvidenceFlag(-1);
        QCOMPARE(model->rowCount(), model->total());
    }

    void pdfForAConference()
    {
        ChronologyModel *model = openMaya();
        QVERIFY(model);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("maya.pdf"));
        QVERIFY(model->exportPdf(QUrl::fromLocalFile(pdf)));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("maya.pdf") });
        const Run info = run(QStringLiteral("pdfinfo"), { pdf });
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QStringLiteral("Pages:")), qPrintable(info.out));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Chronology: Maya")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Exported by")));
        QVERIFY(text.contains(QStringLiteral("Showing every entry")));
        QVERIFY(text.contains(QStringLiteral("Built from 11 signed records")));
        QVERIFY(text.contains(QStringLiteral("Flags (7)")));
        QVERIFY(text.contains(model->flags()->text(0).simplified().left(30)));
        // Page 1 as a PNG (docs/screenshots/chronology-pdf-en.png comes from here).
        const QString png
            = QDir(QStringLiteral(PNG_DIR)).filePath(QStringLiteral("chronology-pdf-en"));
        QCOMPARE(run(QStringLiteral("pdftoppm"),
                     { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png })
                     .exitCode,
            0);
        QVERIFY(QFileInfo(png + QStringLiteral(".png")).size() > 0);

        // Every entry, by its words.
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(text.contains(model->entry(row).date.toString(QStringLiteral("dd/MM/yyyy"))),
                qPrintable(text));

        // The current filter is what is exported, and the page says so.
        model->setFilter(ChronologyModel::Visits);
        const QString visits = out.filePath(QStringLiteral("visits.pdf"));
        QVERIFY(model->exportPdf(QUrl::fromLocalFile(visits)));
        QVERIFY(pdfText(visits).simplified().contains(QStringLiteral("Showing only: Visits")));
        model->setFilter(ChronologyModel::All);
    }

    void pdfRefusedLeavesNothing()
    {
        ChronologyModel *model = openMaya();
        QVERIFY(model);
        QTemporaryDir out;
        const QString missing = out.filePath(QStringLiteral("no-such-folder/maya.pdf"));
        QVERIFY(!model->exportPdf(QUrl::fromLocalFile(missing)));
        QVERIFY(model->exportText().startsWith(QStringLiteral("The PDF was not saved")));
        QVERIFY(!model->exportPdf(QUrl(QStringLiteral("https://example.org/maya.pdf"))));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList());
    }

    // Welsh letters need a font that has them, embedded in the file.
    void pdfCarriesWelshLetters()
    {
        QTemporaryDir out;
        ChronologyPdf::Document doc;
        doc.title = QStringLiteral("Cronoleg: Siôn ap Dŵr");
        doc.exported = QStringLiteral("Allforiwyd gan ŷ nyrs");
        doc.columns = { QStringLiteral("Dyddiad"), QStringLiteral("Beth"), QStringLiteral("Gan"),
            QStringLiteral("Llofnod") };
        doc.entries.append({ QStringLiteral("01/02/2026"), QStringLiteral("Ymweliad"),
            QStringLiteral("Gwelwyd y plentyn ar ei ben ei hun; “Mae’n dŵr”"),
            QStringLiteral("Ŵyn"), QStringLiteral("Llofnod wedi’i wirio"), false });
        const QString pdf = out.filePath(QStringLiteral("cy.pdf"));
        QVERIFY(ChronologyPdf::write(doc, pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Dŵr")) && text.contains(QStringLiteral("ŷ nyrs"))
                && text.contains(QStringLiteral("Ŵyn")),
            qPrintable(text));
        const Run fonts = run(QStringLiteral("pdffonts"), { pdf });
        QVERIFY2(fonts.out.contains(QStringLiteral("DejaVuSans")), qPrintable(fonts.out));
        for (const QString &line : fonts.out.split(u'\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line)); // embedded
    }

    void acknowledgeWithPasscode()
    {
        ChronologyModel *model = openMaya();
        QVERIFY(model);
        const QString rule = model->flags()->flags().at(0).ruleId;
        const QString subject = model->flags()->flags().at(0).subject;
        QSignalSpy acknowledged(m_workspace.get(), &Workspace::flagAcknowledged);

        m_workspace->acknowledgeFlag(model->childId(), rule, subject,
            QStringLiteral("Discussed with the named nurse."), QStringLiteral("not the passcode"));
        QVERIFY(QTest::qWaitFor([&] { return !m_workspace->signing(); }, SlowMs));
        QVERIFY(!m_workspace->signError().isEmpty());
        QCOMPARE(acknowledged.count(), 0);

        m_workspace->acknowledgeFlag(
            model->childId(), rule, subject, QStringLiteral("  "), Passcode);
        QVERIFY(!m_workspace->signError().isEmpty());

        m_workspace->acknowledgeFlag(model->childId(), rule, subject,
            QStringLiteral("Discussed with the named nurse."), Passcode);
        QVERIFY(acknowledged.wait(SlowMs) || acknowledged.count() == 1);
        QVERIFY(QTest::qWaitFor([model] { return !model->loading(); }, SlowMs));
        QCOMPARE(model->flags()->rowCount(), 7);
        QCOMPARE(model->flags()->open(), 6);
        int row = -1;
        for (int i = 0; i < model->flags()->rowCount(); ++i)
            if (model->flags()->flags().at(i).ruleId == rule)
                row = i;
        QVERIFY(row >= 0);
        QVERIFY(model->flags()->flags().at(row).acknowledged);
        model->setFilter(ChronologyModel::Acknowledgements);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->data(model->index(0), ChronologyModel::WhatRole)
                    .toString()
                    .contains(QStringLiteral("Discussed with the named nurse.")));
        QVERIFY(model->builtFromText().contains(QStringLiteral("12 signed records")));

        // Opened again, from the session's records: still acknowledged.
        ChronologyModel *again = openMaya();
        QVERIFY(again);
        QCOMPARE(again->flags()->open(), 6);
    }

    void theRealScreen()
    {
        QVERIFY(openMaya());
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Hearth/AppShell.qml")));
        QQuickWindow window;
        window.resize(800, 1280);
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *shell = qobject_cast<QQuickItem *>(object.get());
        shell->setParentItem(window.contentItem());
        shell->setSize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *page = findItem(shell, QStringLiteral("chronologyPage"));
        QVERIFY(page);
        auto *list = findItem(page, QStringLiteral("chronologyList"));
        QVERIFY(list);
        ChronologyModel *model = m_workspace->chronology();
        QTRY_COMPARE(list->property("count").toInt(), model->total());

        // A flag tapped: only its records.
        auto *evidence = findItem(page, QStringLiteral("flagEvidence:1"));
        QVERIFY(evidence);
        QTest::mouseClick(&window, Qt::LeftButton, {},
            evidence->mapToScene(QPointF(evidence->width() / 2, evidence->height() / 2)).toPoint());
        QTRY_COMPARE(model->evidenceFlag(), 1);
        QCOMPARE(list->property("count").toInt(), model->rowCount());
        QVERIFY(model->rowCount() < model->total());
        auto *everything = findItem(page, QStringLiteral("showEverything"));
        QVERIFY(everything && everything->isVisible());
        // Below the flags: scrolled into view as a practitioner would, once the page has settled.
        QTest::qWait(200);
        auto *content = list->property("contentItem").value<QQuickItem *>();
        list->setProperty("contentY", everything->mapToItem(content, QPointF(0, 0)).y() - 200);
        QTest::qWait(50);
        QTest::mouseClick(&window, Qt::LeftButton, {},
            everything->mapToScene(QPointF(everything->width() / 2, everything->height() / 2))
                .toPoint());
        QTRY_COMPARE(model->evidenceFlag(), -1);
        QTRY_COMPARE(list->property("count").toInt(), model->total());

        // Scrolled to an entry, then turned: the same entry at the top.
        QTest::qWait(200);
        const int target = model->total() / 2;
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, target),
            Q_ARG(int, 0 /* ListView.Beginning */));
        QTest::qWait(50);
        int top = -1;
        const auto topRow = [&] {
            QMetaObject::invokeMethod(list, "indexAt", Q_RETURN_ARG(int, top),
                Q_ARG(qreal, list->width() / 2),
                Q_ARG(qreal, list->property("contentY").toReal() + 1));
            return top;
        };
        QTRY_COMPARE(topRow(), target);
        window.resize(1280, 800);
        shell->setSize(window.size());
        QTRY_COMPARE(topRow(), target);

        // A soft lock takes the chronology off the screen.
        m_session->softLock();
        QTRY_VERIFY(!findItem(shell, QStringLiteral("chronologyPage")));
    }
};

QTEST_MAIN(TestChronologyScreen)
#include "tst_chronologyscreen.moc"
