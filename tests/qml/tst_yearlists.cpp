// The home screen's lists at a year's volume (2,000 children, 5,000 signed visits, drafts)
// against a real session and vault: rows in the right order with paging, each model wrapped in
// QAbstractItemModelTester, and the real VisitsPane and CaseloadPane making only the delegates
// on screen, however far the practitioner scrolls.

#include "caseloadlistmodel.h"
#include "displaysingleton.h"
#include "draftlistmodel.h"
#include "model/caseloadrepository.h"
#include "model/draftstore.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"
#include "workspacesingleton.h"

#include <QAbstractItemModelTester>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
constexpr int SlowMs = 20000;
constexpr int Children = 2000;
constexpr int SignedVisits = 5000;
constexpr int Drafts = 60;

QString visitId(int n)
{
    return QStringLiteral("visit-%1").arg(n, 5, 10, QLatin1Char('0'));
}
} // namespace

class TestYearLists : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DisplaySettings> m_display;
    QStringList m_childIds;

    // The delegates a ListView holds right now.
    static int delegates(QQuickItem *list)
    {
        auto *content = list->property("contentItem").value<QQuickItem *>();
        return content ? int(content->childItems().size()) : -1;
    }

    // Scrolls to the end until every row is loaded; the largest number of delegates held on
    // the way, or -1 when the list stopped loading before its last row.
    static int scrollThrough(QQuickItem *list, QAbstractItemModel *model, int total)
    {
        int most = delegates(list);
        for (int tries = 0; model->rowCount() < total && tries < 2 * total; ++tries) {
            QMetaObject::invokeMethod(list, "positionViewAtEnd");
            QCoreApplication::processEvents();
            most = std::max(most, delegates(list));
        }
        return model->rowCount() == total ? most : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        const QString path = m_dir.path();
        m_display = std::make_unique<DisplaySettings>(path + QStringLiteral("/display.ini"));
        DisplaySingleton::setInstance(m_display.get());
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr);
        WorkspaceSingleton::setInstance(m_workspace.get());
        m_session->setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));

        VisitServices *services = m_workspace->services();
        Caseload caseload;
        for (int c = 0; c < Children; ++c) {
            Child child;
            child.id = CaseloadRepository::newId();
            child.givenName = QStringLiteral("Child");
            child.familyName = QStringLiteral("Family%1").arg(c, 4, 10, QLatin1Char('0'));
            child.dateOfBirth = QDate(2023, 1, 1).addDays(c % 700);
            m_childIds.append(child.id);
            caseload.children.append(child);
        }
        auto stored = services->caseload().upsert(caseload);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));

        QList<JsonValue> bodies;
        for (int n = 0; n < SignedVisits; ++n)
            bodies.append(
                JsonValue::object({ { QStringLiteral("child"), m_childIds.at(n % Children) },
                    { QStringLiteral("visitId"), visitId(n) } }));
        auto signedAll = services->records().appendAll(RecordKind::Visit, QStringLiteral("hv-1"),
            { QStringLiteral("hearth.england"), QStringLiteral("1.0.0") }, bodies);
        QVERIFY2(signedAll, qPrintable(signedAll ? QString() : signedAll.error().detail));

        for (int d = 0; d < Drafts; ++d)
            QVERIFY(services->drafts().create(
                m_childIds.at(d), QStringLiteral("hearth.england"), QStringLiteral("1.0.0")));
        m_workspace->refreshLists();
        m_workspace->caseload()->refresh();
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_session.reset();
    }

    void signedVisitsPageNewestFirst()
    {
        DraftListModel *model = m_workspace->signedVisits();
        QCOMPARE(model->count(), SignedVisits);
        QCOMPARE(model->rowCount(), int(DraftListModel::PageSize));
        QAbstractItemModelTester tester(model); // which itself fetches a page or two
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), SignedVisits);
        for (int row = 0; row < SignedVisits; row += 97) {
            const QModelIndex index = model->index(row);
            QCOMPARE(model->data(index, DraftListModel::VisitIdRole).toString(),
                visitId(SignedVisits - 1 - row));
            QCOMPARE(model->data(index, DraftListModel::ChildNameRole).toString(),
                QStringLiteral("Child Family%1")
                    .arg((SignedVisits - 1 - row) % Children, 4, 10, QLatin1Char('0')));
        }
        // A refresh starts again from the first page.
        m_workspace->refreshLists();
        QCOMPARE(model->rowCount(), int(DraftListModel::PageSize));
    }

    void draftsPageMostRecentFirst()
    {
        DraftListModel *model = m_workspace->drafts();
        QCOMPARE(model->count(), Drafts);
        QCOMPARE(model->rowCount(), int(DraftListModel::PageSize));
        QAbstractItemModelTester tester(model);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Drafts);
        QSet<QString> children;
        for (int row = 0; row < Drafts; ++row)
            children.insert(model->data(model->index(row), DraftListModel::ChildIdRole).toString());
        QCOMPARE(children.size(), Drafts);
    }

    void caseloadPagesInNameOrder()
    {
        CaseloadListModel *model = m_workspace->caseload();
        QCOMPARE(model->count(), Children);
        QCOMPARE(model->rowCount(), int(CaseloadListModel::PageSize));
        QAbstractItemModelTester tester(model);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), Children);
        for (int row = 0; row < Children; row += 53)
            QCOMPARE(model->data(model->index(row), CaseloadListModel::NameRole).toString(),
                QStringLiteral("Child Family%1").arg(row, 4, 10, QLatin1Char('0')));
        model->refresh();
        QCOMPARE(model->rowCount(), int(CaseloadListModel::PageSize));
    }

    // The real panes in a window: a handful of delegates, before and after scrolling to the
    // last of 5,000 signed visits and 2,000 children.
    void panesMakeOnlyTheDelegatesOnScreen_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QString>("list");
        QTest::addRow("signed visits")
            << QStringLiteral("VisitsPane") << QStringLiteral("signedList");
        QTest::addRow("drafts") << QStringLiteral("VisitsPane") << QStringLiteral("draftList");
        QTest::addRow("caseload") << QStringLiteral("CaseloadPane")
                                  << QStringLiteral("caseloadList");
    }

    void panesMakeOnlyTheDelegatesOnScreen()
    {
        QFETCH(QString, pane);
        QFETCH(QString, list);
        m_workspace->refreshLists();
        m_workspace->caseload()->refresh();
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Hearth/%1.qml").arg(pane)));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        QQuickWindow window;
        window.resize(800, 1280);
        auto *item = qobject_cast<QQuickItem *>(object.get());
        QVERIFY(item);
        item->setParentItem(window.contentItem());
        item->setSize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *view = item->findChild<QQuickItem *>(list);
        QVERIFY(view);
        auto *model
            = qobject_cast<QAbstractItemModel *>(view->property("model").value<QObject *>());
        QVERIFY(model);
        const int total = model->property("count").toInt();
        QVERIFY(total >= Drafts);
        QTRY_VERIFY(delegates(view) > 0);
        const int first = delegates(view);
        QVERIFY2(first <= 60, qPrintable(QStringLiteral("%1 delegates at first").arg(first)));
        const int most = scrollThrough(view, model, total);
        QVERIFY2(most > 0, "the list stopped loading before its last row");
        QVERIFY2(most <= 60, qPrintable(QStringLiteral("%1 delegates while scrolling").arg(most)));
        qInfo("%s: %d rows, %d delegates at first, at most %d while scrolling to the end",
            qPrintable(list), total, first, most);
    }
};

QTEST_MAIN(TestYearLists)
#include "tst_yearlists.moc"
