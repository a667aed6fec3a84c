// Pattern flags where practitioners look, through the app's own path on a real SQLCipher vault:
// visits signed with the device key, the caseload judged off the UI thread by the Workspace,
// each row's open flags and first flag in words, the "flagged" filter, acknowledging through
// the passcode-then-sign path, a new record bringing a flag back, and lock and unlock. The
// histories are those of DOMAIN.md sections 3-7 the caseload must catch: the 2nd and 3rd
// was-not-brought within 12 months, not seen at 2 contacts running, co-operation falling.

#include "../unit/chronology/signedhistory.h"
#include "../unit/testsupport.h"
#include "caseloadlistmodel.h"
#include "model/caseloadrepository.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "vault/kdfcost.h"
#include "vault/recordstore.h"
#include "vault/vault.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

// The histories are written with designated initializers so each visit names only what it is
// about; GCC 12 warns about every member left to its default, which is the intent here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace hearth;

namespace {
constexpr int SlowMs = 60000;
using HistoryVisit = test::SignedHistory::Visit;
const QString Passcode = QStringLiteral("kettle on the hob");
} // namespace

class TestCaseloadFlags : public QObject
{
    Q_OBJECT

private:
    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;
    QHash<QString, QString> m_ids; // given name -> child id
    int m_visits = 0;

    CaseloadListModel *model() const { return m_workspace->caseload(); }
    QDate daysAgo(int days) const { return m_clock.now.date().addDays(-days); }

    void addChild(const QString &given)
    {
        const QString id = m_workspace->addChild(
            given, QStringLiteral("Flagtest"), daysAgo(730).toString(Qt::ISODate), {});
        QVERIFY(!id.isEmpty());
        m_ids.insert(given, id);
    }

    // Signs a visit through the vault's record store on the day it happened (the clock moved
    // there and back), as the app does at "Sign and finish".
    void sign(const QString &given, int daysBack, HistoryVisit visit)
    {
        const QDateTime now = m_clock.now;
        visit.date = daysAgo(daysBack);
        m_clock.now = QDateTime(visit.date, QTime(10, 0), QTimeZone::utc());
        auto stored = m_workspace->services()->records().append(RecordKind::Visit,
            QStringLiteral("hv-0042"),
            { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") },
            test::SignedHistory::visitBody(visit, m_ids.value(given), ++m_visits));
        m_clock.now = now;
        QVERIFY(stored);
    }

    // Waits for the judgement the last change started, then the row of `given`.
    QVariant row(const QString &given, int role)
    {
        model()->setFilter(CaseloadListModel::AllChildren);
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QModelIndex index = model()->index(r);
            if (model()->data(index, CaseloadListModel::ChildIdRole) == m_ids.value(given))
                return model()->data(index, role);
        }
        return {};
    }

    bool judged()
    {
        return QTest::qWaitFor(
            [&] { return model()->flagsJudged() && !m_workspace->flags()->isJudging(); }, SlowMs);
    }

    QStringList flaggedNames()
    {
        model()->setFilter(CaseloadListModel::Flagged);
        while (model()->canFetchMore({}))
            model()->fetchMore({});
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out << model()
                       ->data(model()->index(r), CaseloadListModel::NameRole)
                       .toString()
                       .section(u' ', 0, 0);
        out.sort();
        return out;
    }

    QString acknowledge(const QString &given, const QString &passcode)
    {
        QSignalSpy done(m_workspace.get(), &Workspace::flagAcknowledged);
        const QString rule = row(given, CaseloadListModel::FirstFlagRuleRole).toString();
        const QVariantList open = m_workspace->openFlags(m_ids.value(given), rule);
        m_workspace->acknowledgeFlag(m_ids.value(given), rule,
            open.isEmpty() ? QString()
                           : open.constFirst().toMap().value(QStringLiteral("subject")).toString(),
            QStringLiteral("Discussed with the GP; clinic moved to home visits."), passcode);
        if (!QTest::qWaitFor([&] { return !m_workspace->signing(); }, SlowMs))
            return QStringLiteral("still signing");
        return done.isEmpty() ? m_workspace->signError() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->path();
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr, nullptr, m_clock);
        m_session->setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
        m_ids.clear();
        m_visits = 0;
        for (const QString &given : { QStringLiteral("Ada"), QStringLiteral("Ben"),
                 QStringLiteral("Cai"), QStringLiteral("Dee") })
            addChild(given);
        // Signed oldest first, as days pass: a record's time comes from its id, which never goes
        // back. Ada: not brought three times within the year (each on a visit that says so).
        // Ben: seen, co-operative, nothing missed: no flag. Cai: seen once, then not seen at
        // the two visits since. Dee: co-operation falling over four visits, never rising.
        const QList<std::tuple<QString, int, HistoryVisit>> history {
            { QStringLiteral("Ada"), 200, { .missed = { daysAgo(203) } } },
            { QStringLiteral("Ada"), 100, { .missed = { daysAgo(103) } } },
            { QStringLiteral("Dee"), 80, { .level = 4 } },
            { QStringLiteral("Cai"), 60, {} },
            { QStringLiteral("Dee"), 60, { .level = 3 } },
            { QStringLiteral("Dee"), 40, { .level = 3 } },
            { QStringLiteral("Cai"), 30, { .seen = false } },
            { QStringLiteral("Ben"), 20, { .level = 4 } },
            { QStringLiteral("Dee"), 20, { .level = 2 } },
            { QStringLiteral("Ada"), 10, { .missed = { daysAgo(13) } } },
            { QStringLiteral("Cai"), 10, { .seen = false } },
        };
        for (const auto &[given, back, visit] : history)
            sign(given, back, visit);
        m_workspace->refreshLists();
        QVERIFY(judged());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_session.reset();
        m_dir.reset();
    }

    void eachPatternShowsOnItsRow()
    {
        QAbstractItemModelTester tester(model());
        QCOMPARE(row(QStringLiteral("Ada"), CaseloadListModel::OpenFlagsRole).toInt(), 2);
        QCOMPARE(row(QStringLiteral("Ada"), CaseloadListModel::FirstFlagRuleRole).toString(),
            QStringLiteral("was-not-brought-second"));
        const QString ada = row(QStringLiteral("Ada"), CaseloadListModel::FirstFlagRole).toString();
        QVERIFY2(ada.startsWith(QStringLiteral("Not brought to an appointment "))
                && ada.contains(QStringLiteral(" within 12 months (")),
            qPrintable(ada));
        QCOMPARE(row(QStringLiteral("Ben"), CaseloadListModel::OpenFlagsRole).toInt(), 0);
        QCOMPARE(
            row(QStringLiteral("Ben"), CaseloadListModel::FirstFlagRole).toString(), QString());
        QCOMPARE(row(QStringLiteral("Cai"), CaseloadListModel::FirstFlagRuleRole).toString(),
            QStringLiteral("not-seen-running"));
        QCOMPARE(row(QStringLiteral("Cai"), CaseloadListModel::OpenFlagsRole).toInt(), 1);
        QCOMPARE(row(QStringLiteral("Dee"), CaseloadListModel::FirstFlagRuleRole).toString(),
            QStringLiteral("co-operation-falling"));
        QCOMPARE(row(QStringLiteral("Dee"), CaseloadListModel::OpenFlagsRole).toInt(), 1);
        QCOMPARE(flaggedNames(),
            QStringList({ QStringLiteral("Ada"), QStringLiteral("Cai"), QStringLiteral("Dee") }));
    }

    void theFlagsAreInWelshToo()
    {
        model()->setLanguage(QStringLiteral("cy"));
        QVERIFY(row(QStringLiteral("Cai"), CaseloadListModel::FirstFlagRole)
                    .toString()
                    .startsWith(QStringLiteral("Ni welwyd y plentyn mewn 2 ymweliad yn olynol")));
        model()->setLanguage(QStringLiteral("en"));
    }

    void acknowledgedIsNotOpenUntilNewEvidence()
    {
        QAbstractItemModelTester tester(model());
        // A wrong passcode signs nothing.
        const qint64 before = m_workspace->services()->records().head()->nextSeq;
        QVERIFY(!acknowledge(QStringLiteral("Cai"), QStringLiteral("not the passcode")).isEmpty());
        QCOMPARE(m_workspace->services()->records().head()->nextSeq, before);
        // An empty note is refused before the passcode is asked for.
        m_workspace->acknowledgeFlag(m_ids.value(QStringLiteral("Cai")),
            QStringLiteral("not-seen-running"), {}, QStringLiteral("  "), Passcode);
        QVERIFY(!m_workspace->signing());
        QVERIFY(!m_workspace->signError().isEmpty());

        QCOMPARE(acknowledge(QStringLiteral("Cai"), Passcode), QString());
        QCOMPARE(m_workspace->services()->records().head()->nextSeq, before + 1);
        QVERIFY(judged());
        QCOMPARE(row(QStringLiteral("Cai"), CaseloadListModel::OpenFlagsRole).toInt(), 0);
        QCOMPARE(flaggedNames(), QStringList({ QStringLiteral("Ada"), QStringLiteral("Dee") }));

        // Survives lock and unlock: judged again from the signed records.
        m_session->lock();
        QVERIFY(!model()->flagsJudged());
        QCOMPARE(model()->count(), 0);
        m_session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
        QVERIFY(judged());
        QCOMPARE(row(QStringLiteral("Cai"), CaseloadListModel::OpenFlagsRole).toInt(), 0);
        QCOMPARE(row(QStringLiteral("Ada"), CaseloadListModel::OpenFlagsRole).toInt(), 2);

        // A third visit running where Cai is not seen: new evidence, the flag is back.
        sign(QStringLiteral("Cai"), 1, { .seen = false });
        m_workspace->refreshLists();
        QVERIFY(judged());
        QCOMPARE(row(QStringLiteral("Cai"), CaseloadListModel::OpenFlagsRole).toInt(), 1);
        QCOMPARE(flaggedNames(),
            QStringList({ QStringLiteral("Ada"), QStringLiteral("Cai"), QStringLiteral("Dee") }));
    }

    // The day turns on the injected clock: what counts as "within 12 months" or "overdue" moves
    // with it, so the caseload is judged again; on the same day it is not.
    void theDayTurning()
    {
        QCOMPARE(row(QStringLiteral("Ada"), CaseloadListModel::OpenFlagsRole).toInt(), 2);
        m_workspace->checkDay();
        QVERIFY(!m_workspace->flags()->isJudging()); // same day: nothing to do
        m_clock.now = m_clock.now.addDays(1);
        m_workspace->checkDay();
        QVERIFY(m_workspace->flags()->isJudging());
        QVERIFY(judged());
        QCOMPARE(m_workspace->flags()->judgedOn(), m_clock.now.date());
    }
};

QTEST_MAIN(TestCaseloadFlags)
#include "tst_caseloadflags.moc"
