#include "model/caseloadrepository.h"
#include "model/draftstore.h"
#include "model/visitjson.h"
#include "testsupport.h"
#include "vault/migrations.h"
#include "vault/recordstore.h"
#include "vault/vault.h"
#include "visit/visitbody.h"
#include "visit/visitdocument.h"
#include "visit/visitfield.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
namespace F = VisitField;

namespace {
// tests/data/vault/previous-main/README.md says how this vault was made and what it holds.
const QString Fixture = QStringLiteral(HEARTH_TEST_DATA_DIR "/vault/previous-main");
const QByteArray FixturePasscode = QByteArrayLiteral("previous-main-fixture-1");

const QString Sian = QStringLiteral("0193a5b0-0000-7000-8000-0000000000c1");
const QString Dafydd = QStringLiteral("0193a5b0-0000-7000-8000-0000000000c2");
const QString Mam = QStringLiteral("0193a5b0-0000-7000-8000-0000000000d1");
const QString HouseholdId = QStringLiteral("0193a5b0-0000-7000-8000-0000000000a1");
const QString FirstDraft = QStringLiteral("d4b81de3-5fb3-41ef-b7d7-8308c096a621");
const QString SecondDraft = QStringLiteral("eddf50c3-724b-469d-9916-9fe3d44201b7");
const QString SignedSianDraft = QStringLiteral("bd351807-d5ca-44f9-9d76-3a9353618625");
const QString SignedDafyddDraft = QStringLiteral("8559440e-5f74-484b-ba02-5925a086c1ea");
const QString SianRecord = QStringLiteral("01a22caa-7ba0-78a0-9d92-c769a6180a7d");
const QString DafyddRecord = QStringLiteral("01a22cc5-f2e0-70c8-bb50-e07857a24f11");
const QString AmendmentRecord = QStringLiteral("01a22cfc-e160-73e2-9aa4-53c54fbd1ab3");

// One value as the previous Hearth wrote it, addressed the way today's wizard reads it.
struct Written
{
    F::Id field;
    QString item;
    int row;
    QVariant value;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Written text(F::Id field, const char *value, const char *item = "", int row = -1)
{
    return { field, s(item), row, s(value) };
}

// Every field of the wizard has a value here: firstDraftHoldsEveryField() checks that.
QList<Written> firstDraft()
{
    return {
        text(F::Notice, "unannounced"),
        text(F::Place, "other"),
        text(F::PlaceOther, "Caffi'r Parc, bwrdd wrth y ffenest ☕"),
        text(F::Purpose, "Adolygiad cynllun gofal — review of Siân's plan"),
        { F::AdultSpokenTo, {}, 0, true },
        text(F::AdultStrengths, "Knows every teacher by name; walks Siân to school", "", 0),
        text(F::AdultRisks, "Said she \"can't cope\" twice", "", 0),
        { F::AdultSpokenTo, {}, 1, false },
        text(F::AdultStrengths, "Brought food for the week", "", 1),
        text(F::AdultRisks, "Did not give his surname", "", 1),
        text(F::AdultNotSeenNote, "At work in Abertawe, back on Friday", "", 0),
        text(F::ChildPresentName, "Dafydd Ôwen", "", 0),
        text(F::MenAnswer, "yes", "father"),
        text(F::MenNote, "Sees Siân every other Saturday ⚽", "father"),
        text(F::MenAnswer, "not-known", "partner"),
        text(F::MenNote, "Gwenllïan would not say", "partner"),
        { F::Seen, {}, -1, true },
        text(F::NotSeenReason, "(seen — reason kept from an earlier edit)"),
        { F::SeenAlone, {}, -1, false },
        text(F::NotSeenAloneReason, "Mam stayed in the room; Siân asked her to"),
        { F::Rooms, {}, -1,
            QStringList { s("cegin / kitchen"), s("ystafell wely Siân"), s("bathroom 🛁") } },
        { F::BedroomSeen, {}, -1, true },
        text(F::SleepingPlace, "Bunk bed, top bunk, duvet with dinosaurs 🦕"),
        text(F::Communication, "Welsh first, English at school; talks fast when excited"),
        { F::InterpreterUsed, {}, -1, true },
        text(F::InterpreterWho, "Gwenllïan's cousin Ffion"),
        text(F::InterpreterRelation, "family-member"),
        text(F::LivedNote, "Showed me her room with pride; the door has no handle", "middle.home"),
        text(F::ChildsWords, "\"Dw i'n hoffi fy ystafell ond mae'n oer yn y nos\" 🥶",
            "middle.home"),
        text(F::LivedNote, "Wish asked with the magic-wand card", "middle.wish"),
        text(F::ChildsWords, "I wish Dad could come to tea on Sundays 🌈", "middle.wish"),
        text(F::LivedNote, "No needs known; glasses since May", "any.disability"),
        text(F::ChildsWords, "", "any.disability"),
        text(F::ObservedBehaviour, "Hid behind the sofa when the door banged, then laughed"),
        text(F::BehaviourChanges, "Quieter than in September, says Mrs Prydderch"),
        text(F::ContextDifferences, "Chatty at school, silent at home when Rhodri is there"),
        text(F::DayInTheLife, "Up at 7, makes her own toast, walks to Ysgol Gymraeg Treganna"),
        { F::SexualisedBehaviour, {}, -1, true },
        text(
            F::SexualisedBehaviourDescription, "A drawing she hid — taken to the DSL the same day"),
        text(F::NeglectLevel, "some-concern", "dental"),
        text(F::NeglectDescription, "Two brown front teeth; no dentist since 2024", "dental"),
        text(F::NeglectLevel, "no-concern", "nutrition"),
        text(F::NeglectDescription, "Fridge full: caws, bara, ffrwythau 🍎", "nutrition"),
        text(F::NeglectLevel, "significant-concern", "home-hygiene"),
        text(F::NeglectDescription, "Dog mess in the hall, smell of damp", "home-hygiene"),
        text(F::PovertyContext, "Universal Credit sanction since October; prepayment meter"),
        { F::CooperationLevel, {}, -1, qint64(2) },
        text(F::CooperationEvidence, "Let me in after 20 minutes at the door"),
        { F::DisguisedCompliance, {}, -1, true },
        { F::SelectiveHostility, {}, -1, true },
        { F::AppointmentsOffered, {}, -1, qint64(7) },
        { F::AppointmentsKept, {}, -1, qint64(3) },
        text(F::Reluctance, "Afraid Siân will be \"taken away like her sister was\""),
        text(F::MissedWhat, "Optician — Siân's new glasses", "", 0),
        text(F::MissedWhen, "2026-11-12", "", 0),
        text(F::MissedArrangedBy, "School nurse, Nia Prys", "", 0),
        text(F::MissedFollowUp, "Rebooked for 4 Rhagfyr; Mam reminded by text", "", 0),
        { F::ImmediatePresent, {}, -1, true },
        text(F::ImmediateWhat, "No heating and a cold snap forecast ❄️"),
        text(F::ImmediateAction, "Emergency fuel voucher from the food bank"),
        text(F::ImmediateWhoTold, "Duty manager Owain Ellis"),
        text(F::ImmediateToldAt, "2026-11-30T10:20:00.000Z"),
        text(F::ConcernDetail, "Low mood, not eating, stopped taking medication", "", 0),
        text(F::ConcernDetail, "Neighbours heard shouting on Saturday night", "", 1),
        text(F::DifferenceWith, "GP, Dr Rhys", "", 0),
        text(F::DifferenceAbout, "Whether the mood is \"just the winter\"", "", 0),
        { F::DifferenceEscalated, {}, 0, true },
        text(F::DifferenceOutcome, "Raised with the named GP for safeguarding", "", 0),
        text(F::DifferenceRationale, "Pattern over three visits, not one", "", 0),
        text(F::NextStepWhat, "Strategy discussion", "", 0),
        text(F::NextStepWho, "Duty team — Owain Ellis", "", 0),
        text(F::NextStepByWhen, "2026-12-02", "", 0),
        text(F::NextStepWhat, "Home visit with the school nurse", "", 1),
        text(F::NextStepWho, "Nia Prys", "", 1),
        text(F::NextStepByWhen, "2026-12-09", "", 1),
        text(F::WhatItMeans,
            "Siân is cold at night and alone with worries too big for 8 — ŵ ŷ â ê î ô û ẁ ẃ ẅ"),
    };
}

QList<Written> secondDraft()
{
    return {
        text(F::Notice, "announced"),
        text(F::Place, "school"),
        text(F::PlaceOther, ""),
        text(F::Purpose, "Check-in after the exclusion 📚"),
        text(F::MenAnswer, "no", "other-men"),
        text(F::MenNote, "Lives with Nain only", "other-men"),
        { F::Seen, {}, -1, true },
        { F::SeenAlone, {}, -1, true },
        { F::Rooms, {}, -1, QStringList { s("Ystafell y nyrs") } },
        { F::BedroomSeen, {}, -1, false },
        text(F::SleepingPlace, "Sofa at Nain's, he says 🛋️"),
        text(F::Communication, "Short answers; more when drawing"),
        { F::InterpreterUsed, {}, -1, false },
        text(F::LivedNote, "Says home is \"fine\" but looked away", "young-person.home"),
        text(F::ChildsWords, "Mae Nain yn neis ond dw i ddim yn cysgu 😴", "young-person.home"),
        text(F::LivedNote, "Phone given by an older boy, \"Jay\"", "young-person.online"),
        text(F::ChildsWords, "He just sends me stuff, it's nothing 🤷", "young-person.online"),
        text(F::DayInTheLife, "Gets himself to school, skips lunch, games until 3am"),
        { F::SexualisedBehaviour, {}, -1, false },
        text(F::NeglectLevel, "significant-concern", "school-attendance"),
        text(F::NeglectDescription, "62% this term", "school-attendance"),
        { F::CooperationLevel, {}, -1, qint64(4) },
        { F::AppointmentsOffered, {}, -1, qint64(0) },
        { F::AppointmentsKept, {}, -1, qint64(0) },
        { F::ImmediatePresent, {}, -1, QVariant() },
        text(F::WhatItMeans, "Dafydd may be groomed online; his words say he does not see it"),
    };
}

// The pack ids the expectations address, so the document accepts exactly those.
VisitItems itemsOf(const QList<Written> &values)
{
    VisitItems items;
    for (const Written &e : values) {
        switch (F::spec(e.field).scope) {
        case F::Scope::LivedPrompt:
            items.lived.append(e.item);
            break;
        case F::Scope::NeglectItem:
            items.neglect.append(e.item);
            break;
        case F::Scope::MenPrompt:
            items.men.append(e.item);
            break;
        case F::Scope::Visit:
        case F::Scope::Row:
            break;
        }
    }
    return items;
}
} // namespace

// A vault made by Hearth as it was at 71dd427 (schema 6, drafts written by that VisitJson,
// records signed by that RecordStore) opens with today's code, which migrates it, and loses
// nothing: every draft value reads back exactly through the wizard's typed field API, the
// signed records verify and appear in the summary lists, and the caseload is intact.
class TestPreviousVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<RecordStore> m_records;

    void checkValues(const QString &draftId, const QList<Written> &values)
    {
        DraftStore drafts(m_vault->database(), m_clock);
        auto visit = drafts.load(draftId);
        QVERIFY2(visit, qPrintable(visit ? QString() : visit.error().message));
        const VisitDocument document(visit.value(), itemsOf(values));
        for (const Written &e : values) {
            const QString where
                = QStringLiteral("%1 [%2] row %3").arg(F::name(e.field), e.item).arg(e.row);
            auto read = document.value(e.field, e.item, e.row);
            if (!read)
                QFAIL(qPrintable(where + QStringLiteral(": ") + read.error().detail));
            const bool same = e.value.typeId() == QMetaType::QStringList
                ? read->toStringList() == e.value.toStringList()
                : read.value() == e.value;
            QVERIFY2(same,
                qPrintable(QStringLiteral("%1: read \"%2\", the previous Hearth wrote \"%3\"")
                               .arg(where, read->toString(), e.value.toString())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : { Vault::databaseFileName(), Vault::keyFileName() }) {
            const QString copy = m_dir.filePath(name);
            QVERIFY(QFile::copy(Fixture + QLatin1Char('/') + name, copy));
            QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        m_vault = std::make_unique<Vault>(m_dir.path(), m_clock);
        auto unlocked = m_vault->unlock(FixturePasscode);
        QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().message));
        auto version = Migrations::currentVersion(m_vault->database());
        QVERIFY(version);
        QCOMPARE(version.value(), Migrations::latestVersion());
        m_records = std::make_unique<RecordStore>(m_vault->database(), m_clock);
        QVERIFY(m_records->open());
    }

    void cleanupTestCase()
    {
        m_records.reset();
        m_vault.reset();
    }

    // Every field the previous Hearth had; the body map, photographs and the question about
    // anyone new in the home came later, and a draft from before reads with none
    // (draftsKeepWhatTheWizardDoesNotWrite).
    void firstDraftHoldsEveryField()
    {
        QSet<int> covered;
        for (const Written &e : firstDraft())
            covered.insert(e.field);
        for (int field = 0; field < F::Count; ++field) {
            const QString path = QString::fromLatin1(F::spec(F::Id(field)).path);
            if (path.startsWith(u"bodyMap.") || path.startsWith(u"photos.")
                || field == F::NewPeople)
                continue;
            QVERIFY2(covered.contains(field), qPrintable(F::name(F::Id(field))));
        }
    }

    void firstDraftKeepsEveryValue() { checkValues(FirstDraft, firstDraft()); }
    void secondDraftKeepsEveryValue() { checkValues(SecondDraft, secondDraft()); }

    // What no wizard field writes, and the whole visit as the previous VisitJson wrote it.
    void draftsKeepWhatTheWizardDoesNotWrite()
    {
        DraftStore drafts(m_vault->database(), m_clock);
        auto first = drafts.load(FirstDraft);
        QVERIFY(first);
        const Visit &v = first.value();
        QCOMPARE(v.start.childId, Sian);
        QCOMPARE(v.packId, QStringLiteral("hearth.england"));
        QCOMPARE(v.packVersion, QStringLiteral("1.0.0"));
        QCOMPARE(v.start.arrivalUtc, QStringLiteral("2026-11-30T09:05:00.000Z"));
        QCOMPARE(v.start.location.source, LocationSource::Gps);
        QCOMPARE(v.start.location.latMicroDeg, std::optional<qint64>(51481583));
        QCOMPARE(v.start.location.lonMicroDeg, std::optional<qint64>(-3179090));
        QCOMPARE(v.start.location.accuracyM, std::optional<qint64>(12));
        QCOMPARE(v.start.location.note, s("GPS outside the café"));
        QCOMPARE(v.who.adultsPresent.value(0).id, Mam);
        QCOMPARE(v.who.adultsPresent.value(0).name, s("Gwenllïan Llŷr"));
        QCOMPARE(v.who.adultsPresent.value(1).name, s("Rhodri (mam's friend) 🧔"));
        QCOMPARE(v.who.childrenPresent.value(0).id, Dafydd);
        QCOMPARE(v.who.childrenPresent.value(0).note, s("Came in from school at 15:40"));
        QCOMPARE(v.who.adultsNotSeen.value(0).name, s("Tad-cu Emrys"));
        QCOMPARE(v.who.newAdultIds, QStringList { QStringLiteral("rhodri-to-be-added") });
        QCOMPARE(v.concerns.concerns.value(0).category, QStringLiteral("parental-mental-health"));
        QCOMPARE(v.concerns.concerns.value(1).category, QStringLiteral("domestic-abuse"));
        QCOMPARE(v.review.status, VisitStatus::Draft);

        // Byte for byte as before, apart from the body map, photographs and the answer about
        // anyone new in the home the previous Hearth did not have, which read as empty.
        for (const QString &id : { FirstDraft, SecondDraft }) {
            auto visit = drafts.load(id);
            QVERIFY(visit);
            QCOMPARE(visit->bodyMap.outline, BodyOutline::NotChosen);
            QVERIFY(visit->bodyMap.marks.isEmpty());
            QCOMPARE(visit->who.newPeople, QString());
            const QByteArray before
                = test::readAll(Fixture + QStringLiteral("/draft-") + id + QStringLiteral(".json"));
            QVERIFY(!before.isEmpty());
            QJsonObject now = VisitJson::toJson(visit.value());
            QVERIFY2(now.contains(QStringLiteral("bodyMap")), "written with an empty body map");
            now.remove(QStringLiteral("bodyMap"));
            QVERIFY(visit->photos.isEmpty());
            QCOMPARE(now.value(QStringLiteral("photos")).toArray().size(), 0);
            now.remove(QStringLiteral("photos"));
            QJsonObject who = now.value(QStringLiteral("who")).toObject();
            QCOMPARE(who.take(QStringLiteral("newPeople")).toString(), QString());
            now.insert(QStringLiteral("who"), who);
            QCOMPARE(QJsonDocument(now).toJson(QJsonDocument::Indented), before);
        }
    }

    void signedDraftsStayComplete()
    {
        DraftStore drafts(m_vault->database(), m_clock);
        auto all = drafts.list(DraftStore::Filter::All);
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        for (const QString &id : { SignedSianDraft, SignedDafyddDraft }) {
            auto visit = drafts.load(id);
            QVERIFY(visit);
            QVERIFY(visit->isComplete());
            auto isSigned = m_records->visitSigned(id);
            QVERIFY(isSigned);
            QVERIFY(isSigned.value());
        }
    }

    void signedRecordsVerifyAndAreListed()
    {
        auto chain = m_records->verifyAll();
        QVERIFY2(chain, qPrintable(chain ? QString() : chain.error().toString()));
        QCOMPARE(chain->nextSeq, 4);

        auto visitCount = m_records->count(RecordKind::Visit);
        QVERIFY(visitCount);
        QCOMPARE(visitCount.value(), 2);
        auto amendmentCount = m_records->count(RecordKind::Amendment);
        QVERIFY(amendmentCount);
        QCOMPARE(amendmentCount.value(), 1);
        auto visits = m_records->summaries(RecordKind::Visit, 0, 10);
        QVERIFY(visits);
        QCOMPARE(visits->size(), 2);
        // Newest first.
        QCOMPARE(visits->at(0).recordId, DafyddRecord);
        QCOMPARE(visits->at(0).childId, Dafydd);
        QCOMPARE(visits->at(0).visitId, SignedDafyddDraft);
        QCOMPARE(visits->at(1).recordId, SianRecord);
        QCOMPARE(visits->at(1).childId, Sian);
        QCOMPARE(visits->at(1).visitId, SignedSianDraft);
        QCOMPARE(visits->at(1).author, QStringLiteral("hv-nia-prys"));
        auto amendments = m_records->summaries(RecordKind::Amendment, 0, 10);
        QVERIFY(amendments);
        QCOMPARE(amendments->size(), 1);
        QCOMPARE(amendments->at(0).recordId, AmendmentRecord);
        QCOMPARE(amendments->at(0).amends, SianRecord);
        auto ofSian = m_records->amendmentsOf(SianRecord);
        QVERIFY(ofSian);
        QCOMPARE(ofSian.value(), QStringList { AmendmentRecord });
        auto ofDafydd = m_records->amendmentsOf(DafyddRecord);
        QVERIFY(ofDafydd);
        QVERIFY(ofDafydd->isEmpty());
    }

    // Bodies signed in format 1 (the child's words as plain text) still read back.
    void signedVisitsKeepTheChildsWords()
    {
        const QList<std::pair<QString, QString>> signedWords {
            { SianRecord, s("Weithiau dw i'n drist, Siân sy'n siarad 🙂") },
            { DafyddRecord, s("Weithiau dw i'n drist, Dafydd sy'n siarad 🙂") },
        };
        const QStringList prompts { QStringLiteral("middle.feelings"),
            QStringLiteral("young-person.peers") };
        for (qsizetype i = 0; i < signedWords.size(); ++i) {
            auto bytes = m_records->envelope(signedWords[i].first);
            QVERIFY(bytes && bytes->has_value());
            const auto envelope = VisitBody::parseEnvelope(**bytes);
            QVERIFY(envelope);
            auto visit = VisitBody::fromBody(envelope->body);
            QVERIFY2(visit, qPrintable(visit ? QString() : visit.error()));
            const LivedAnswer answer = visit->lived.answers.value(prompts[i]);
            QCOMPARE(answer.childsWords, signedWords[i].second);
            QCOMPARE(answer.note, s("Asked with the feelings cards"));
        }
        auto amendment = m_records->envelope(AmendmentRecord);
        QVERIFY(amendment && amendment->has_value());
        const auto envelope = VisitBody::parseEnvelope(**amendment);
        QVERIFY(envelope);
        QCOMPARE(envelope->body[u"correction"].toString(),
            s("Siân goes to Ysgol Gymraeg Treganna, not Ysgol y Wern 🏫"));
        QCOMPARE(envelope->body[u"reason"].toString(), s("Wrote the wrong school — cywiriad"));
    }

    void caseloadIsKept()
    {
        CaseloadRepository caseload(m_vault->database(), m_clock);
        auto children = caseload.children();
        QVERIFY(children);
        QCOMPARE(children->size(), 2);
        auto sian = caseload.child(Sian);
        QVERIFY(sian);
        QCOMPARE(sian->displayName(), s("Siân Llŷr (Sioni)"));
        QCOMPARE(sian->householdId, HouseholdId);
        QCOMPARE(sian->dateOfBirth, std::optional<QDate>(QDate(2018, 3, 14)));
        QCOMPARE(sian->firstLanguage, s("Cymraeg"));
        auto dafydd = caseload.child(Dafydd);
        QVERIFY(dafydd);
        QCOMPARE(dafydd->displayName(), s("Dafydd Ôwen"));
        QVERIFY(dafydd->householdId.isEmpty());
        auto household = caseload.household(HouseholdId);
        QVERIFY(household);
        QCOMPARE(household->address, s("12 Heol y Bryn, Treganna, Caerdydd"));
        QCOMPARE(household->notes, s("Buzzer broken — knock twice"));
        auto adults = caseload.adultsFor(Sian);
        QVERIFY(adults);
        QCOMPARE(adults->size(), 1);
        QCOMPARE(adults->at(0).adult.displayName(), s("Gwenllïan Llŷr"));
        QCOMPARE(adults->at(0).link.role, QStringLiteral("mother"));
        QVERIFY(adults->at(0).link.livesWithChild);
        QVERIFY(adults->at(0).link.caresForChild);
    }
};

QTEST_GUILESS_MAIN(TestPreviousVault)
#include "tst_previousvault.moc"
