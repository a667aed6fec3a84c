#include "../model/modeltestsupport.h"
#include "household/profilefold.h"
#include "household/profilestore.h"
#include "profiletestsupport.h"
#include "record/bodyvalidator.h"
#include "record/recordverifier.h"
#include "vault/recordstore.h"

#include <QTest>

using namespace hearth;

namespace {
const Envelope::PackRef Pack { QStringLiteral("hearth.wales"), QStringLiteral("1.2.0") };

Envelope record(const QString &created, JsonValue body)
{
    Envelope e;
    e.id = QStringLiteral("0190f1a2-7b3c-7d4e-8f5a-") + created.left(10).remove(QLatin1Char('-'))
        + QStringLiteral("0000");
    e.kind = RecordKind::ProfileChange;
    e.created = created;
    e.body = std::move(body);
    return e;
}

// Three months later: a new partner lives here, Dai has been seen, the baby is mobile and the
// asthma is no longer recorded; the sister is not mentioned, so she stays.
JsonValue laterBody()
{
    JsonValue body = test::profileBody();
    body.remove(u"children");
    body.insert(QStringLiteral("knownFrom"), QStringLiteral("2026-11-10"));
    JsonValue dai = body[u"adults"].items().front();
    dai.insert(QStringLiteral("seenOn"), QStringLiteral("2026-11-10"));
    auto lee = JsonValue::object({ { QStringLiteral("id"), QStringLiteral("adult-lee") },
        { QStringLiteral("name"), QStringLiteral("Lee") },
        { QStringLiteral("relationship"), QStringLiteral("parents-partner") },
        { QStringLiteral("living"), QStringLiteral("lives-here") },
        { QStringLiteral("parentalResponsibility"), false },
        { QStringLiteral("caresForChild"), true } });
    body.insert(QStringLiteral("adults"), JsonValue::array({ dai, lee }));
    body.insert(QStringLiteral("health"),
        JsonValue::object({ { QStringLiteral("mobility"), QStringLiteral("mobile") } }));
    return body;
}

QList<Envelope> history()
{
    JsonValue other = test::profileBody();
    other.insert(QStringLiteral("child"), QStringLiteral("child-mia"));
    other.remove(u"adults");
    return { record(QStringLiteral("2026-11-10T10:00:00.000Z"), laterBody()),
        record(QStringLiteral("2026-10-05T09:00:00.000Z"), test::profileBody()),
        record(QStringLiteral("2026-10-06T09:00:00.000Z"), other) };
}

const QString Cai = QStringLiteral("child-cai");
} // namespace

// The household and child profile: the fold of a child's signed profile records as of a day,
// and the same records signed into a real SQCipher vault and read back after a lock.
class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beforeAnyRecordTheProfileIsEmpty()
    {
        const ChildProfile p = ProfileFold::fold(Cai, history(), QDate(2026, 10, 4));
        QVERIFY(p.isEmpty());
        QVERIFY(p.adults.isEmpty());
        QVERIFY(!p.notYetMobile());
    }

    void asOfTheFirstRecord()
    {
        const ChildProfile p = ProfileFold::fold(Cai, history(), QDate(2026, 10, 20));
        QCOMPARE(p.householdId, QStringLiteral("household-ardent"));
        QCOMPARE(p.recordIds.size(), 1);
        QCOMPARE(p.adults.size(), 1);
        const ProfileAdult &dai = p.adults.front();
        QCOMPARE(dai.relationship, QStringLiteral("birth-father"));
        QVERIFY(dai.parentalResponsibility);
        QCOMPARE(dai.strengths, QStringList { QStringLiteral("Takes the baby to clinic") });
        QCOMPARE(dai.risks.size(), 1);
        QCOMPARE(dai.risks.front().source, QStringLiteral("Police notification"));
        QCOMPARE(dai.risks.front().date, QDate(2026, 10, 2));
        QCOMPARE(dai.knownFrom, QDate(2026, 10, 5));
        QCOMPARE(p.adultsNotSeen().size(), 1);
        QCOMPARE(p.adultRiskKinds(), QStringList { QStringLiteral("domestic-abuse") });
        QCOMPARE(p.otherChildren.size(), 1);
        QVERIFY(p.otherChildren.front().addedOnTablet);
        QCOMPARE(p.otherChildren.front().dateOfBirth, QDate(2021, 3, 14));
        QVERIFY(p.notYetMobile());
        QVERIFY(p.hasConditionOrDisability());
        QCOMPARE(p.health.gpRegistered, std::optional<bool>(true));
        QCOMPARE(p.health.gpPractice, QStringLiteral("Canton Surgery"));
        QCOMPARE(p.health.reviews.front().status, QStringLiteral("returned"));
    }

    void aLaterRecordReplacesOnlyTheSectionsItCarries()
    {
        const ChildProfile p = ProfileFold::fold(Cai, history(), QDate(2026, 11, 10));
        QCOMPARE(p.recordIds.size(), 2);
        QCOMPARE(p.adults.size(), 2);
        // Dai stays known from his first record; Lee is new since the October visit.
        QCOMPARE(p.adults.front().knownFrom, QDate(2026, 10, 5));
        QCOMPARE(p.adultsNewSince(QDate(2026, 10, 20)).size(), 1);
        QCOMPARE(p.adultsNewSince(QDate(2026, 10, 20)).front().name, QStringLiteral("Lee"));
        QCOMPARE(p.adultsNotSeen().size(), 1);
        QCOMPARE(p.adultsNotSeen().front().id, QStringLiteral("adult-lee"));
        QCOMPARE(p.otherChildren.size(), 1);
        QVERIFY(!p.notYetMobile());
        QVERIFY(!p.hasConditionOrDisability());
    }

    void aSiblingsOwnRecordIsNotThisChilds()
    {
        const ChildProfile mia
            = ProfileFold::fold(QStringLiteral("child-mia"), history(), QDate(2026, 12, 1));
        QCOMPARE(mia.recordIds.size(), 1);
        QVERIFY(mia.adults.isEmpty());
        QVERIFY(mia.otherChildren.isEmpty()); // she is not her own sibling
    }

    void theBodyOfAProfileIsValidAndFoldsBackToIt()
    {
        const ChildProfile p = ProfileFold::fold(Cai, history(), QDate(2026, 11, 10));
        const JsonValue body = ProfileStore::toBody(p, QDate(2026, 11, 10));
        QVERIFY(BodyValidator::validate(RecordKind::ProfileChange, body));
        ChildProfile again = ProfileFold::fold(
            Cai, { record(QStringLiteral("2026-11-10T12:00:00.000Z"), body) }, QDate(2026, 11, 10));
        again.recordIds = p.recordIds;
        // Re-recording a whole profile dates every adult from that record.
        for (qsizetype i = 0; i < again.adults.size(); ++i)
            again.adults[i].knownFrom = p.adults[i].knownFrom;
        QCOMPARE(again, p);
    }

    void signedInTheVaultAndReadBackAfterALock()
    {
        test::TempVault temp;
        QVERIFY(temp.open());
        test::FakeClock clock;
        clock.now = QDateTime(QDate(2026, 10, 5), QTime(9, 0), QTimeZone::utc());
        RecordStore store(temp.db(), clock);
        QVERIFY(store.open());
        const ChildProfile first = ProfileFold::fold(Cai, history(), QDate(2026, 10, 5));
        auto id
            = ProfileStore::save(store, QStringLiteral("hv-sian"), Pack, first, QDate(2026, 10, 5));
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        clock.now = QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone::utc());
        const ChildProfile second = ProfileFold::fold(Cai, history(), QDate(2026, 11, 10));
        QVERIFY(ProfileStore::save(
            store, QStringLiteral("hv-sian"), Pack, second, QDate(2026, 11, 10)));

        auto verified = store.verifyAll();
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));
        auto bytes = store.envelope(id.value());
        QVERIFY(bytes && bytes->has_value());
        QVERIFY(RecordVerifier::verifyEnvelope(
            **bytes, RecordVerifier::singleDevice(store.deviceId(), store.publicKey())));

        store.close();
        temp.vault.lock();
        QVERIFY(temp.vault.unlock(test::Passcode));
        RecordStore reopened(temp.db(), clock);
        QVERIFY(reopened.open());
        auto october = ProfileStore::load(reopened, Cai, QDate(2026, 10, 31));
        QVERIFY(october);
        QCOMPARE(october->recordIds, QStringList { id.value() });
        QVERIFY(october->notYetMobile());
        QCOMPARE(october->adults.size(), 1);
        auto november = ProfileStore::load(reopened, Cai, QDate(2026, 11, 10));
        QVERIFY(november);
        QCOMPARE(november->adults.size(), 2);
        QCOMPARE(november->adults.at(1).name, QStringLiteral("Lee"));
        QVERIFY(!november->notYetMobile());
        auto nobody
            = ProfileStore::load(reopened, QStringLiteral("child-unknown"), QDate(2026, 12, 1));
        QVERIFY(nobody && nobody->isEmpty());
    }

    void anInvalidProfileIsNotSigned()
    {
        test::TempVault temp;
        QVERIFY(temp.open());
        RecordStore store(temp.db());
        QVERIFY(store.open());
        ChildProfile p = ProfileFold::fold(Cai, history(), QDate(2026, 10, 5));
        p.adults.front().risks.front().source.clear(); // a risk without its source
        auto refused
            = ProfileStore::save(store, QStringLiteral("hv-sian"), Pack, p, QDate(2026, 10, 5));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("source")), qPrintable(refused.error()));
        QCOMPARE(store.count(RecordKind::ProfileChange).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
