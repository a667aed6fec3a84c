// The caseload that plans the day, on a real SQLCipher vault: last contact from the tablet's
// signed visits and the agency's records, next due from the agency's date or the shipped
// England schedule, the filters and orders (with search), all through CaseloadListModel wrapped
// in QAbstractItemModelTester, on an injected clock. And the agency's planned date refused,
// with nothing stored, when it is not a real day.

#include "../unit/testsupport.h"
#include "caseloadlistmodel.h"
#include "content/contentlibrary.h"
#include "model/caseloadrepository.h"
#include "vault/database.h"
#include "vault/migrations.h"
#include "vault/recordstore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace hearth;

namespace {
// Wednesday 11 March 2026, mid-morning: this week runs from Monday 9 to Sunday 15 March.
const QDateTime Morning(QDate(2026, 3, 11), QTime(10, 0), QTimeZone::utc());

Child child(const QString &given, const QString &family, qint64 ageDays)
{
    Child c;
    c.id = CaseloadRepository::newId();
    c.givenName = given;
    c.familyName = family;
    c.dateOfBirth = Morning.date().addDays(-ageDays);
    return c;
}
} // namespace

class TestCaseloadPlanning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    std::optional<Database> m_db;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<CaseloadRepository> m_caseload;
    std::unique_ptr<CaseloadListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QHash<QString, QString> m_ids; // given name -> child id

    // The given names of every matching row, in order, space-separated.
    QString names()
    {
        m_model->refresh();
        while (m_model->canFetchMore({}))
            m_model->fetchMore({});
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out << m_model->data(m_model->index(row), CaseloadListModel::NameRole)
                       .toString()
                       .section(QLatin1Char(' '), 0, 0);
        return out.join(QLatin1Char(' '));
    }

    QString role(const QString &given, int role)
    {
        m_model->setFilter(CaseloadListModel::AllChildren);
        m_model->setQuery(given);
        m_model->refresh();
        const QString text = m_model->data(m_model->index(0), role).toString();
        m_model->setQuery({});
        return text;
    }

    // Every stored child row, to show a refused download changed nothing.
    QString children()
    {
        auto select = m_db->prepare(QStringLiteral("SELECT id, body FROM child ORDER BY id"));
        QString out;
        if (select && select->forEachRow([&] { out += select->text(0) + select->text(1); }))
            return out;
        return QStringLiteral("unreadable");
    }

    void signVisit(const QString &given, const QDateTime &arrival, bool seen)
    {
        const JsonValue body = JsonValue::object({ { QStringLiteral("child"), m_ids.value(given) },
            { QStringLiteral("visitId"), CaseloadRepository::newId() },
            { QStringLiteral("start"),
                JsonValue::object(
                    { { QStringLiteral("arrivalUtc"), arrival.toString(Qt::ISODateWithMs) } }) },
            { QStringLiteral("seeing"),
                JsonValue::object({ { QStringLiteral("seen"), seen } }) } });
        QVERIFY(m_records->append(RecordKind::Visit, QStringLiteral("hv-1"),
            { QStringLiteral("hearth.england"), QStringLiteral("1.1.0") }, body));
        m_caseload->contactsChanged();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Practitioners work on UK time: a visit's day is the local day, not the UTC one. In
        // March the UK is on GMT, so every day below is the same either way.
        qputenv("TZ", "Europe/London");
        tzset();
        m_clock.now = Morning;
        DataKey key;
        key.randomise();
        auto db = Database::open(
            m_dir.filePath(QStringLiteral("v.db")), key, Database::OpenMode::CreateNew, 0);
        QVERIFY(db);
        m_db.emplace(std::move(db.value()));
        QVERIFY(Migrations::migrate(*m_db));
        m_records = std::make_unique<RecordStore>(*m_db, m_clock);
        QVERIFY(m_records->open());
        m_caseload = std::make_unique<CaseloadRepository>(*m_db, m_clock);
        ContentLibrary content;
        QVERIFY(content.loadBuiltIn());
        m_caseload->setSchedule(content.current()->contactSchedule);

        Caseload caseload;
        caseload.children = { child(QStringLiteral("Ada"), QStringLiteral("Owen"), 20),
            child(QStringLiteral("Ben"), QStringLiteral("Price"), 12),
            child(QStringLiteral("Cai"), QStringLiteral("Rees"), 400),
            child(QStringLiteral("Dee"), QStringLiteral("Summers"), 400),
            child(QStringLiteral("Eve"), QStringLiteral("Thomas"), 400) };
        caseload.children[2].nextContactDate = Morning.date().addDays(2);
        for (const Child &c : std::as_const(caseload.children))
            m_ids.insert(c.givenName, c.id);
        // Another practitioner saw Eve ten weeks ago.
        caseload.visitSummaries = { { CaseloadRepository::newId(),
            m_ids.value(QStringLiteral("Eve")), Morning.date().addDays(-70), QStringLiteral("sn-3"),
            QStringLiteral("Seen at clinic.") } };
        QVERIFY(m_caseload->upsert(caseload));
        signVisit(QStringLiteral("Dee"), Morning.addDays(-5), true);

        m_model = std::make_unique<CaseloadListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setRepository(m_caseload.get());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
    }

    void rowsSayLastContactAndNextDue()
    {
        QCOMPARE(m_model->total(), 5);
        QCOMPARE(names(), QStringLiteral("Ada Ben Cai Dee Eve"));
        QCOMPARE(role(QStringLiteral("Dee"), CaseloadListModel::LastContactRole),
            QStringLiteral("Last contact 06/03/2026: visit by you, child seen"));
        QCOMPARE(role(QStringLiteral("Eve"), CaseloadListModel::LastContactRole),
            QStringLiteral("Last contact 31/12/2025: agency record"));
        QCOMPARE(role(QStringLiteral("Ada"), CaseloadListModel::LastContactRole),
            QStringLiteral("No contact recorded"));
        QCOMPARE(role(QStringLiteral("Ada"), CaseloadListModel::NextDueRole),
            QStringLiteral("Overdue: New birth visit, due by 05/03/2026"));
        QCOMPARE(role(QStringLiteral("Ben"), CaseloadListModel::NextDueRole),
            QStringLiteral("Due now: New birth visit, by 13/03/2026"));
        QCOMPARE(role(QStringLiteral("Cai"), CaseloadListModel::NextDueRole),
            QStringLiteral("Next contact planned by your agency: 13/03/2026"));
        // Dee's visit at 13 months made the (late) 9-12 month review: next is at 2 years.
        QCOMPARE(role(QStringLiteral("Dee"), CaseloadListModel::NextDueRole),
            QStringLiteral("Next due: 2-2½ year review, from 04/02/2027"));
    }

    void filtersCombineWithSearch()
    {
        m_model->setFilter(CaseloadListModel::Overdue);
        QCOMPARE(names(), QStringLiteral("Ada"));
        m_model->setFilter(CaseloadListModel::DueThisWeek);
        QCOMPARE(names(), QStringLiteral("Ben Cai"));
        m_model->setQuery(QStringLiteral("rees"));
        QCOMPARE(names(), QStringLiteral("Cai"));
        m_model->setQuery({});
        m_model->setFilter(CaseloadListModel::NotSeen);
        QCOMPARE(m_model->notSeenWeeks(), 4);
        QCOMPARE(names(), QStringLiteral("Ada Ben Cai Eve"));
        m_model->setNotSeenWeeks(12);
        QCOMPARE(names(), QStringLiteral("Ada Ben Cai"));
        m_model->setNotSeenWeeks(0); // refused: stays at 12
        QCOMPARE(m_model->notSeenWeeks(), 12);
        m_model->setNotSeenWeeks(4);
        m_model->setFilter(CaseloadListModel::AllChildren);
    }

    void sortsByNextDueAndByLastContact()
    {
        m_model->setSortOrder(CaseloadListModel::ByNextDue);
        QCOMPARE(names(), QStringLiteral("Ada Ben Cai Dee Eve"));
        m_model->setSortOrder(CaseloadListModel::ByLastContact);
        QCOMPARE(names(), QStringLiteral("Ada Ben Cai Eve Dee"));
        m_model->setSortOrder(CaseloadListModel::ByName);
        QCOMPARE(names(), QStringLiteral("Ada Ben Cai Dee Eve"));
    }

    // A visit signed today makes Ada's (late) new birth visit; tomorrow Ben's window has closed.
    void aSignedVisitAndANewDayReplan()
    {
        m_model->setFilter(CaseloadListModel::Overdue);
        signVisit(QStringLiteral("Ada"), Morning, false);
        QCOMPARE(names(), QString());
        QCOMPARE(role(QStringLiteral("Ada"), CaseloadListModel::LastContactRole),
            QStringLiteral("Last contact 11/03/2026: visit by you, child not seen"));
        m_model->setFilter(CaseloadListModel::NotSeen);
        QVERIFY(names().startsWith(QStringLiteral("Ada"))); // a visit without seeing her
        m_clock.advance(3 * 24 * 3600);
        m_model->setFilter(CaseloadListModel::Overdue);
        QCOMPARE(names(), QStringLiteral("Ben Cai"));
        m_clock.now = Morning;
        m_model->setFilter(CaseloadListModel::AllChildren);
    }

    // Half past midnight in June (British Summer Time) is 23:30 UTC the day before: the visit
    // counts on the day the practitioner was there.
    void aVisitCountsOnItsLocalDay()
    {
        signVisit(
            QStringLiteral("Ben"), QDateTime(QDate(2026, 6, 10), QTime(23, 30), Qt::UTC), true);
        QCOMPARE(role(QStringLiteral("Ben"), CaseloadListModel::LastContactRole),
            QStringLiteral("Last contact 11/06/2026: visit by you, child seen"));
    }

    // The agency's planned date must be a real day: the download is refused whole, nothing of
    // it is stored, and the problem names the member.
    void malformedPlannedDateIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("no such day") << "2026-02-30";
        QTest::newRow("day first") << "13/03/2026";
        QTest::newRow("not a date") << "soon";
    }

    void malformedPlannedDateIsRefusedAndNothingStored()
    {
        QFETCH(QString, date);
        const QString before = children();
        const QString json = QStringLiteral(R"({"children": [
            {"id": "%1", "source": "agency", "householdId": null, "givenName": "Fflur",
             "familyName": "Hughes", "dateOfBirth": "2026-01-05", "expectedDate": null,
             "nextContactDate": "%2"}]})")
                                 .arg(CaseloadRepository::newId(), date);
        auto stored = m_caseload->upsertFromJson(json.toUtf8());
        QVERIFY(!stored);
        QVERIFY2(stored.error().toString().contains(QStringLiteral("nextContactDate")),
            qPrintable(stored.error().toString()));
        QCOMPARE(children(), before);
        QCOMPARE(m_model->total(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCaseloadPlanning)
#include "tst_caseloadplanning.moc"
