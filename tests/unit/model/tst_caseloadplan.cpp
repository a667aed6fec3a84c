#include "content/contentpackreader.h"
#include "model/caseloadindex.h"
#include "model/caseloadplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hearth;

Q_DECLARE_METATYPE(QList<int>)

namespace {
QByteArray packBytes(const QString &file)
{
    QFile in(QStringLiteral(HEARTH_PACKS_DIR "/") + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return in.readAll();
}

// A Wednesday: "this week" runs from Monday 9 to Sunday 15 March.
const QDate Today(2026, 3, 11);

ContentPack shippedPack(const QString &file)
{
    auto pack = ContentPackReader::read(packBytes(file), file);
    if (!pack)
        qFatal("%s is refused: %s", qPrintable(file), qPrintable(pack.error().message()));
    return pack.value();
}

const ContactSchedule &england()
{
    static const ContactSchedule schedule
        = shippedPack(QStringLiteral("england.json")).contactSchedule;
    return schedule;
}

Child bornDaysAgo(qint64 days)
{
    Child child;
    child.id = QStringLiteral("c");
    child.givenName = QStringLiteral("Ada");
    child.dateOfBirth = Today.addDays(-days);
    return child;
}

QList<ChildContact> contactsOnDays(const Child &child, const QList<int> &ages)
{
    QList<ChildContact> out;
    for (int age : ages)
        out.append({ child.dateOfBirth->addDays(age), true, true });
    return out;
}
} // namespace

// The next-due rule (README "Planning the day") on the shipped schedules: each contact of the
// Healthy Child Programme, the edges of its window, late and early contacts, the agency's own
// date, and the last contact the list shows.
class TestCaseloadPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedPacksDeclareTheirSchedules()
    {
        QStringList ids;
        for (const ScheduledContact &contact : england().contacts)
            ids << contact.id;
        QCOMPARE(ids,
            QStringList({ QStringLiteral("antenatal"), QStringLiteral("new-birth"),
                QStringLiteral("6-8-weeks"), QStringLiteral("9-12-months"),
                QStringLiteral("2-2.5-years") }));
        const ContactSchedule wales = shippedPack(QStringLiteral("wales.json")).contactSchedule;
        // Healthy Child Wales: an antenatal contact and nine more from 10 days to 3½ years.
        QCOMPARE(wales.contacts.size(), 10);
        QCOMPARE(wales.contacts.last().from.after(QDate(2020, 1, 1)), QDate(2023, 7, 1));
        for (const ContactSchedule *schedule : { &england(), &wales })
            for (const ScheduledContact &contact : schedule->contacts)
                QVERIFY2(!contact.label.byLanguage.value(QStringLiteral("cy")).isEmpty(),
                    qPrintable(contact.id));
    }

    void bornChild_data()
    {
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<QList<int>>("contactAges");
        QTest::addColumn<QString>("expectedId"); // empty: nothing due
        QTest::addColumn<int>("fromAge");
        QTest::addColumn<bool>("overdue");

        QTest::newRow("new birth visit not open yet")
            << 5 << QList<int>() << "new-birth" << 10 << false;
        QTest::newRow("new birth opens today") << 10 << QList<int>() << "new-birth" << 10 << false;
        QTest::newRow("new birth last day") << 14 << QList<int>() << "new-birth" << 10 << false;
        QTest::newRow("new birth a day late") << 15 << QList<int>() << "new-birth" << 10 << true;
        QTest::newRow("contact before the window does not count")
            << 12 << QList<int> { 5 } << "new-birth" << 10 << false;
        QTest::newRow("new birth made, 6-8 weeks next")
            << 20 << QList<int> { 12 } << "6-8-weeks" << 42 << false;
        QTest::newRow("a late new birth visit still counts")
            << 30 << QList<int> { 18 } << "6-8-weeks" << 42 << false;
        QTest::newRow("missed new birth gives way to 6-8 weeks")
            << 42 << QList<int>() << "6-8-weeks" << 42 << false;
        QTest::newRow("6-8 weeks last day")
            << 56 << QList<int> { 12 } << "6-8-weeks" << 42 << false;
        QTest::newRow("6-8 weeks overdue") << 57 << QList<int> { 12 } << "6-8-weeks" << 42 << true;
        const auto nineMonthsAt = [](int ageDays) {
            const QDate born = Today.addDays(-ageDays);
            return int(born.daysTo(born.addMonths(9)));
        };
        QTest::newRow("recent contact makes 6-8 weeks")
            << 60 << QList<int> { 12, 50 } << "9-12-months" << nineMonthsAt(60) << false;
        QTest::newRow("9-12 months open")
            << 300 << QList<int> { 12, 44 } << "9-12-months" << nineMonthsAt(300) << false;
        const QDate born2y3m = Today.addMonths(-27);
        const int ageDays = int(born2y3m.daysTo(Today));
        QTest::newRow("2-2½ years open") << ageDays << QList<int> { 12, 44, 290 } << "2-2.5-years"
                                         << int(born2y3m.daysTo(born2y3m.addYears(2))) << false;
        const QDate born2y7m = Today.addMonths(-31);
        QTest::newRow("2-2½ years overdue until 3")
            << int(born2y7m.daysTo(Today)) << QList<int> { 12, 44, 290 } << "2-2.5-years"
            << int(born2y7m.daysTo(born2y7m.addYears(2))) << true;
        QTest::newRow("past the schedule nothing is due")
            << int(Today.addMonths(-37).daysTo(Today)) << QList<int>() << "" << 0 << false;
        QTest::newRow("every contact made") << int(Today.addMonths(-32).daysTo(Today))
                                            << QList<int> { 12, 44, 290, 740 } << "" << 0 << false;
    }

    void bornChild()
    {
        QFETCH(int, ageDays);
        QFETCH(QList<int>, contactAges);
        QFETCH(QString, expectedId);
        QFETCH(int, fromAge);
        QFETCH(bool, overdue);
        const Child child = bornDaysAgo(ageDays);
        const ChildPlan plan
            = CaseloadPlan::plan(child, contactsOnDays(child, contactAges), england(), Today);
        if (expectedId.isEmpty()) {
            QVERIFY2(!plan.next, qPrintable(plan.next ? plan.next->contactId : QString()));
            return;
        }
        QVERIFY(plan.next);
        QCOMPARE(plan.next->basis, NextContact::Basis::Schedule);
        QCOMPARE(plan.next->contactId, expectedId);
        QCOMPARE(plan.next->from, child.dateOfBirth->addDays(fromAge));
        QCOMPARE(plan.next->isOverdue(Today), overdue);
    }

    void unbornChildIsDueTheAntenatalContact()
    {
        Child child;
        child.id = QStringLiteral("u");
        child.expectedDate = Today.addDays(100); // 25 weeks and 5 days pregnant
        auto plan = CaseloadPlan::plan(child, {}, england(), Today);
        QVERIFY(plan.next);
        QCOMPARE(plan.next->contactId, QStringLiteral("antenatal"));
        QCOMPARE(plan.next->from, Today.addDays(16)); // 28 weeks: 12 weeks before the due date
        QCOMPARE(plan.next->until, *child.expectedDate);
        QVERIFY(!plan.next->isDueThisWeek(Today));

        // 28 weeks on Sunday 15 March is this week; on Monday 16 March it is next week's.
        child.expectedDate = Today.addDays(84 + 4);
        QVERIFY(CaseloadPlan::plan(child, {}, england(), Today).next->isDueThisWeek(Today));
        child.expectedDate = Today.addDays(84 + 5);
        QVERIFY(!CaseloadPlan::plan(child, {}, england(), Today).next->isDueThisWeek(Today));
        // Made once any contact falls inside its window.
        plan = CaseloadPlan::plan(
            child, { { Today.addDays(5), false, {} } }, england(), Today.addDays(6));
        QVERIFY(!plan.next);
    }

    void agencyDateComesFirstUntilAContactIsMade()
    {
        Child child = bornDaysAgo(20);
        child.nextContactDate = Today.addDays(3);
        auto plan = CaseloadPlan::plan(child, {}, england(), Today);
        QVERIFY(plan.next);
        QCOMPARE(plan.next->basis, NextContact::Basis::Planned);
        QCOMPARE(plan.next->from, Today.addDays(3));
        QVERIFY(plan.next->isDueThisWeek(Today));

        child.nextContactDate = Today.addDays(-2);
        plan = CaseloadPlan::plan(child, { { Today.addDays(-5), true, true } }, england(), Today);
        QCOMPARE(plan.next->basis, NextContact::Basis::Planned);
        QVERIFY(plan.next->isOverdue(Today));

        // A contact on or after the planned day made it: the schedule takes over again.
        plan = CaseloadPlan::plan(child, { { Today.addDays(-1), true, true } }, england(), Today);
        QCOMPARE(plan.next->basis, NextContact::Basis::Schedule);
        QCOMPARE(plan.next->contactId, QStringLiteral("6-8-weeks"));
    }

    void childOffTheCaseloadHasNothingDue()
    {
        Child child = bornDaysAgo(12);
        child.removedFromCaseloadUtc = QDateTime(Today, QTime(9, 0), Qt::UTC);
        QVERIFY(!CaseloadPlan::plan(child, {}, england(), Today).next);
    }

    void lastContactSaysWhoAndWhetherSeen()
    {
        const Child child = bornDaysAgo(90);
        const QDate day = Today.addDays(-10);
        auto plan = CaseloadPlan::plan(child,
            { { day.addDays(-20), true, true }, { day, false, {} }, { day, true, false } },
            england(), Today);
        QVERIFY(plan.last);
        QCOMPARE(plan.last->date, day);
        QVERIFY(plan.last->byYou); // the tablet's visit says whether the child was seen
        QCOMPARE(plan.last->seen, std::optional<bool>(false));
        // The agency's record of that day may have seen the child; the tablet's did not.
        QCOMPARE(plan.lastSeen, std::optional<QDate>(day));
        plan = CaseloadPlan::plan(child, { { day, true, false } }, england(), Today);
        QVERIFY(!plan.lastSeen);
    }

    // A schedule an agency got wrong is refused with the pack, saying where.
    void brokenSchedulesAreRefused_data()
    {
        QTest::addColumn<int>("contact"); // which contact to change, -1 for the schedule
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("age in words") << 1 << "from"
                                      << "10 days"
                                      << "contacts[1].from";
        QTest::newRow("ends before it starts") << 2 << "until"
                                               << "P5W"
                                               << "contacts[2].until";
        QTest::newRow("out of order") << 3 << "from"
                                      << "P1W"
                                      << "contacts[3].from";
        QTest::newRow("schedule ends too soon") << -1 << "endsAt"
                                                << "P2Y"
                                                << "endsAt";
    }

    void brokenSchedulesAreRefused()
    {
        QFETCH(int, contact);
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QJsonObject root
            = QJsonDocument::fromJson(packBytes(QStringLiteral("england.json"))).object();
        QJsonObject schedule = root.value(QStringLiteral("contactSchedule")).toObject();
        if (contact < 0) {
            schedule.insert(member, value);
        } else {
            QJsonArray contacts = schedule.value(QStringLiteral("contacts")).toArray();
            QJsonObject changed = contacts.at(contact).toObject();
            changed.insert(member, value);
            contacts.replace(contact, changed);
            schedule.insert(QStringLiteral("contacts"), contacts);
        }
        root.insert(QStringLiteral("contactSchedule"), schedule);
        auto pack = ContentPackReader::read(QJsonDocument(root).toJson(), QStringLiteral("x.json"));
        QVERIFY(!pack);
        QVERIFY2(pack.error().message().contains(QStringLiteral("contactSchedule.") + path),
            qPrintable(pack.error().message()));
    }

    void ageOffsetsAreRefusedWhenMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("days") << "P10D" << true;
        QTest::newRow("years and months") << "P2Y6M" << true;
        QTest::newRow("weeks") << "P6W" << true;
        QTest::newRow("empty period") << "P" << false;
        QTest::newRow("no P") << "10D" << false;
        QTest::newRow("time part") << "PT10H" << false;
        QTest::newRow("negative") << "P-1D" << false;
        QTest::newRow("out of order") << "P1D2M" << false;
    }

    void ageOffsetsAreRefusedWhenMalformed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(AgeOffset::parse(text).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(TestCaseloadPlan)
#include "tst_caseloadplan.moc"
