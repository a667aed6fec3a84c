#include "../model/modeltestsupport.h"
#include "content/contentlibrary.h"
#include "household/profilefold.h"
#include "household/profilestore.h"
#include "model/visitsafety.h"
#include "model/visitvalidator.h"
#include "profiletestsupport.h"
#include "visit/visitservices.h"
#include "visit/visitsigning.h"

#include <QDir>
#include <QTest>

using namespace hearth;

namespace {
// Every shipped pack in every language it declares, read from the folder the app ships, so a
// pack or a language cannot be skipped by choosing fixtures by hand.
struct PackLanguage
{
    const ContentPack *pack;
    QString language;
};

const ContentLibrary &shipped()
{
    static const ContentLibrary library = [] {
        ContentLibrary l;
        const auto refused = l.loadFolder(QStringLiteral(HEARTH_PACKS_DIR));
        Q_ASSERT(refused.isEmpty());
        return l;
    }();
    return library;
}

QList<PackLanguage> everyPackLanguage()
{
    QList<PackLanguage> out;
    for (const ContentPack &pack : shipped().packs())
        for (const QString &language : pack.languages)
            out.append({ &pack, language });
    return out;
}

QStringList fields(const QList<MissingItem> &items)
{
    QStringList out;
    for (const MissingItem &item : items)
        out.append(item.field);
    return out;
}

// A finished visit the safety rules have nothing to say about on their own: the body map
// holds one mark, immediate safety is "no", one next step is recorded.
Visit visit()
{
    return test::fullVisit();
}

// Everything else the pack asks for, so only the safety rules can stand in the way.
Visit complete(const VisitRequirements &r)
{
    Visit v = visit();
    for (const VisitRequirements::Item &item : r.neglectItems)
        if (!v.neglect.ratings.contains(item.id))
            v.neglect.ratings.insert(item.id, { NeglectLevel::NoConcern, {} });
    for (const VisitRequirements::Item &prompt : r.menPrompts)
        v.who.menPrompts.insert(prompt.id, { QStringLiteral("no"), {} });
    v.who.newPeople = QStringLiteral("no");
    return v;
}

void safetyRecorded(Visit &v)
{
    v.concerns.immediate = { true, QStringLiteral("Bruise on the back of a 4-month-old"),
        QStringLiteral("Referred to children's social care; paediatric assessment booked today"),
        QStringLiteral("Safeguarding lead"), QStringLiteral("2026-11-22T10:15:00.000Z") };
}
} // namespace

// Safety driven by what was recorded (issue 11 item 4): the immediate-safety step and a next
// step become mandatory for an injury to a baby who is not yet mobile, and an action for a
// child's words about being hurt. Each rule blocks when warranted and stays quiet otherwise.
class TestVisitSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPackCarriesTheProcedureAndPhrases()
    {
        QVERIFY(shipped().packs().size() >= 2);
        for (const PackLanguage &p : everyPackLanguage()) {
            const auto r = ContentLibrary::requirementsFor(*p.pack, p.language);
            QVERIFY2(r.safety.nonMobileProcedure.size() > 80, qPrintable(p.pack->key()));
            QCOMPARE(r.safety.injuryCategories, QStringList { QStringLiteral("physical-harm") });
            QVERIFY(!p.pack->safety.hurtPhrases.value(p.language).isEmpty());
            if (p.language != u"en")
                QVERIFY(r.safety.nonMobileProcedure
                    != p.pack->safety.nonMobileInjury.text(QStringLiteral("en")));
        }
    }

    void injuryToABabyNotYetMobileBlocks()
    {
        for (const PackLanguage &p : everyPackLanguage()) {
            auto r = ContentLibrary::requirementsFor(*p.pack, p.language);
            r.safety.babyNotYetMobile = true;
            Visit v = complete(r);
            QVERIFY(VisitSafety::nonMobileInjury(v, r.safety));
            QCOMPARE(fields(VisitSafety::missing(v, r.safety)),
                QStringList { QStringLiteral("concerns.immediate") });
            v.concerns.nextSteps.clear();
            QCOMPARE(fields(VisitSafety::missing(v, r.safety)),
                (QStringList {
                    QStringLiteral("concerns.immediate"), QStringLiteral("concerns.nextSteps") }));
            // Saying "yes" is not enough: what, the action and who was told are asked for.
            v.concerns.immediate.present = true;
            QVERIFY(fields(VisitValidator::missing(v, r))
                        .contains(QStringLiteral("concerns.immediate.action")));
            safetyRecorded(v);
            v.concerns.nextSteps = { { QStringLiteral("Paediatric assessment"),
                QStringLiteral("Health visitor"), QStringLiteral("2026-11-22") } };
            QCOMPARE(VisitValidator::missing(v, r).size(), 0);
        }
    }

    void aConcernOfInjuryWithoutABodyMapBlocksToo()
    {
        auto r = ContentLibrary::requirementsFor(*shipped().current(), QStringLiteral("en"));
        r.safety.babyNotYetMobile = true;
        Visit v = visit();
        v.bodyMap = {};
        QVERIFY(!VisitSafety::nonMobileInjury(v, r.safety));
        v.concerns.concerns.append({ QStringLiteral("physical-harm"),
            QStringLiteral("Mother says he rolled off the bed") });
        QVERIFY(VisitSafety::nonMobileInjury(v, r.safety));
    }

    void quietWhenTheBabyIsMobileOrUnrecorded()
    {
        for (const PackLanguage &p : everyPackLanguage()) {
            const auto r = ContentLibrary::requirementsFor(*p.pack, p.language);
            QVERIFY(!r.safety.babyNotYetMobile);
            QVERIFY(!VisitSafety::nonMobileInjury(visit(), r.safety));
            QCOMPARE(VisitSafety::missing(visit(), r.safety).size(), 0);
            QCOMPARE(VisitValidator::missing(complete(r), r).size(), 0);
        }
    }

    void childsWords_data()
    {
        QTest::addColumn<QString>("quote");
        QTest::addColumn<bool>("hurt");
        QTest::newRow("plain") << QStringLiteral("Dad hit me with the belt") << true;
        QTest::newRow("upper case") << QStringLiteral("HE HURTS ME WHEN MUM IS OUT") << true;
        QTest::newRow("curly apostrophe")
            << QStringLiteral("Mum\u2019s boyfriend\u2019s hurt me") << true;
        QTest::newRow("apostrophe in the phrase")
            << QStringLiteral("He\u2019s hurt my arm") << true;
        QTest::newRow("punctuation between") << QStringLiteral("He...hit, me!") << true;
        QTest::newRow("Welsh") << QStringLiteral("Mae Dad yn fy nharo i") << true;
        QTest::newRow("Welsh with accent")
            << QStringLiteral("Roedd e'n cyffwrdd \u00e2 fi") << true;
        QTest::newRow("Welsh without accent") << QStringLiteral("roedd en cyffwrdd a fi") << true;
        QTest::newRow("not a whole word") << QStringLiteral("I made a white mess") << false;
        QTest::newRow("a game") << QStringLiteral("I like hitting the ball at school") << false;
        QTest::newRow("everyday") << QStringLiteral("Mam sleeps a lot") << false;
        QTest::newRow("Welsh everyday")
            << QStringLiteral("Dw i\u2019n hoffi taro\u2019r b\u00eal") << false;
    }

    void childsWords()
    {
        QFETCH(QString, quote);
        QFETCH(bool, hurt);
        for (const PackLanguage &p : everyPackLanguage()) {
            const auto r = ContentLibrary::requirementsFor(*p.pack, p.language);
            Visit v = visit();
            v.lived.answers[QStringLiteral("middle.home")].childsWords = quote;
            v.concerns.nextSteps.clear();
            QCOMPARE(VisitSafety::hurtQuotes(v, r.safety).size(), hurt ? 1 : 0);
            QCOMPARE(fields(VisitSafety::missing(v, r.safety))
                         .contains(QStringLiteral("concerns.childsWords")),
                hurt);
            // A next step, or an immediate action, is what lifts it.
            v.concerns.nextSteps = { { QStringLiteral("Talk with the designated lead"),
                QStringLiteral("School nurse"), QStringLiteral("2026-11-22") } };
            QCOMPARE(VisitSafety::missing(v, r.safety).size(), 0);
            v.concerns.nextSteps.clear();
            safetyRecorded(v);
            QCOMPARE(VisitSafety::missing(v, r.safety).size(), 0);
        }
    }

    // Through the real signing path: the profile signed into the vault makes the same visit
    // unsignable until the safety step is recorded.
    void signingWaitsForTheSafetyStep()
    {
        test::TempVault temp;
        QVERIFY(temp.open());
        test::FakeClock clock;
        clock.now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        auto services = VisitServices::open(temp.db(), QStringLiteral("en"), {}, clock);
        QVERIFY(services);
        Visit v = complete(ContentLibrary::requirementsFor(
            *(*services)->content().current(), QStringLiteral("en")));
        JsonValue body = test::profileBody();
        body.insert(QStringLiteral("child"), v.start.childId);
        ChildProfile profile;
        profile = ProfileFold::fold(v.start.childId, { [&] {
            Envelope e;
            e.kind = RecordKind::ProfileChange;
            e.created = QStringLiteral("2026-11-01T09:00:00.000Z");
            e.body = body;
            return e;
        }() },
            QDate(2026, 11, 1));
        QVERIFY(profile.notYetMobile());
        QVERIFY(ProfileStore::save((*services)->records(), QStringLiteral("hv-sian"),
            { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") }, profile,
            QDate(2026, 11, 1)));

        clock.now = QDateTime(QDate(2026, 11, 22), QTime(10, 30), QTimeZone::utc());
        auto refused = VisitSigning::signAndFinish(**services, v, QStringLiteral("hv-sian"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not yet mobile")),
            qPrintable(refused.error()));
        QCOMPARE((*services)->records().count(RecordKind::Visit).value(), 0);

        safetyRecorded(v);
        auto signedId = VisitSigning::signAndFinish(**services, v, QStringLiteral("hv-sian"));
        QVERIFY2(signedId, qPrintable(signedId ? QString() : signedId.error()));
        QCOMPARE((*services)->records().count(RecordKind::Visit).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestVisitSafety)
#include "tst_visitsafety.moc"
