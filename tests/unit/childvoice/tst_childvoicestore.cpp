#include "../model/modeltestsupport.h"
#include "childvoice/childvoicedraft.h"
#include "draft/quickdraftstore.h"
#include "record/canonicaljson.h"
#include "record/envelope.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

using namespace hearth;

namespace {
// What the child made in child mode: a red stroke, a house item and a scale.
const QByteArray Contribution = R"({"format":1,"houses":{"dreams":[{"words":"A dog  "}],)"
                                R"("goodThings":[{"picture":"pet"}],"worries":[]},)"
                                R"("readAloud":false,"scales":[{"scale":"safe","value":7}],)"
                                R"("strokes":[{"colour":"red","points":[1200,800,0,1260,840,16],)"
                                R"("width":100}]})";

ChildVoiceDraft filledIn(ChildVoiceDraft draft)
{
    draft.childId = QStringLiteral("child-1");
    draft.place = QStringLiteral("school");
    draft.placeDetail = QStringLiteral("the quiet room");
    draft.othersPresent = { QStringLiteral("Mrs Evans, teaching assistant") };
    draft.seenAlone = false;
    draft.notSeenAloneReason = QStringLiteral("Asked for Mrs Evans to stay");
    // Spaces and a line break in the child's words are theirs and must survive exactly.
    draft.quotes = { { QStringLiteral("  I don't like it\nwhen they shout "),
        QStringLiteral("2026-11-23T10:05:00.000Z"), QStringLiteral("evenings at home") } };
    draft.houses[0] = { QStringLiteral("shouting") };
    draft.houses[1] = { QStringLiteral("Nan"), QString() };
    draft.scales = { { QStringLiteral("How safe at home?"), 4, QStringLiteral("the shouting") },
        { QString(), -1, QString() } };
    draft.trusts = { QStringLiteral("Nan") };
    draft.practitionerWillDo = QStringLiteral("Tell the team manager today");
    draft.childToldNext = QStringLiteral("I will come back on Tuesday");
    draft.childContribution = JsonParser::parse(Contribution).value();
    return draft;
}
} // namespace

// Session drafts in a real SQLCipher vault: autosaved, reopened after the vault closed, and
// signed through the device's record store so the record verifies like any other.
class TestChildVoiceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftSurvivesARestart()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        QString id;
        QByteArray saved;
        {
            QuickDraftStore<ChildVoiceDraft> store(tv.db(), clock);
            auto draft = store.create(QStringLiteral("hearth.england"), QStringLiteral("1.1.0"));
            QVERIFY(draft);
            ChildVoiceDraft half = filledIn(*draft);
            half.childToldNext.clear();
            QVERIFY(store.save(half));
            id = half.id;
            saved = half.toBytes();
        }
        tv.vault.lock();
        Vault reopened(tv.dir.path());
        QVERIFY(reopened.unlock(test::Passcode));
        QuickDraftStore<ChildVoiceDraft> store(reopened.database(), clock);
        QCOMPARE(store.open().value(), QStringList { id });
        auto loaded = store.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->toBytes(), saved);
        QCOMPARE(
            loaded->quotes.value(0).text, QStringLiteral("  I don't like it\nwhen they shout "));
        QCOMPARE(loaded->scales.value(0).number, 4);
        QCOMPARE(loaded->seenAlone, std::optional<bool>(false));
        QCOMPARE(CanonicalJson::serialize(loaded->childContribution).value(), Contribution);
        // Not finished: what the child was told is named in words.
        QVERIFY(!loaded->toBody());
        QVERIFY(loaded->toBody().error().contains(QStringLiteral("told the child")));
    }

    void refusesACorruptDraft()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        QVERIFY(tv.db().exec(
            QStringLiteral("INSERT INTO draft (id, kind, body, created_utc, updated_utc) VALUES"
                           " ('x', 'child-voice-session', '{\"id\": \"x\", \"trusts\": 3}', '',"
                           " '')")));
        auto loaded = QuickDraftStore<ChildVoiceDraft>(tv.db()).load(QStringLiteral("x"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ModelError::Code::Invalid);
        // A contribution child mode would not have made is not carried on into a signature.
        QVERIFY(tv.db().exec(
            QStringLiteral("INSERT INTO draft (id, kind, body, created_utc, updated_utc) VALUES"
                           " ('z', 'child-voice-session', '{\"id\": \"z\", "
                           "\"childContribution\": \"{\\\"format\\\": 2}\"}', '', '')")));
        QCOMPARE(QuickDraftStore<ChildVoiceDraft>(tv.db()).load(QStringLiteral("z")).error().code,
            ModelError::Code::Invalid);
        QCOMPARE(QuickDraftStore<ChildVoiceDraft>(tv.db()).load(QStringLiteral("y")).error().code,
            ModelError::Code::NotFound);
    }

    void signsThroughTheRecordStore()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        RecordStore records(tv.db(), clock);
        QVERIFY(records.open());
        QuickDraftStore<ChildVoiceDraft> store(tv.db(), clock);
        auto draft = store.create(QStringLiteral("hearth.england"), QStringLiteral("1.1.0"));
        QVERIFY(draft);

        // Incomplete: refused in words, nothing stored, the draft kept.
        auto refused = store.sign(records, *draft, QStringLiteral("sw-1"));
        QVERIFY(!refused);
        QCOMPARE(records.count(RecordKind::ChildVoiceSession).value(), 0);
        QCOMPARE(store.open()->size(), 1);

        const ChildVoiceDraft full = filledIn(*draft);
        QVERIFY(store.save(full));
        auto signedId = store.sign(records, full, QStringLiteral("sw-1"));
        QVERIFY2(signedId, qPrintable(signedId ? QString() : signedId.error()));
        QVERIFY(store.open()->isEmpty());
        QCOMPARE(records.count(RecordKind::ChildVoiceSession).value(), 1);
        QVERIFY(records.verifyAll());
        auto bytes = records.envelope(*signedId);
        QVERIFY(bytes && bytes->has_value());
        auto json = JsonParser::parse(**bytes);
        QVERIFY(json);
        auto envelope = Envelope::fromJson(*json);
        QVERIFY(envelope);
        QCOMPARE(envelope->kind, RecordKind::ChildVoiceSession);
        QCOMPARE(envelope->author, QStringLiteral("sw-1"));
        const JsonValue &body = envelope->body;
        QCOMPARE(body[u"childsWords"].items().at(0)[u"quote"].toString(), full.quotes[0].text);
        QCOMPARE(body[u"childsWords"].items().at(0)[u"context"].toString(),
            QStringLiteral("evenings at home"));
        // Blank items and an unanswered scale are left out, not signed empty.
        QCOMPARE(body[u"threeHouses"][u"goodThings"].items().size(), 1u);
        QCOMPARE(body[u"threeHouses"][u"dreams"].items().size(), 0u);
        QCOMPARE(body[u"scales"].items().size(), 1u);
        QCOMPARE(body[u"scales"].items().at(0)[u"number"].toInteger(), 4);
        QCOMPARE(body[u"sessionId"].toString(), full.id);
        QCOMPARE(body[u"notSeenAloneReason"].toString(), full.notSeenAloneReason);
        // The child's contribution is signed exactly as child mode made it, apart from the rest.
        QCOMPARE(CanonicalJson::serialize(body[u"childContribution"]).value(), Contribution);
    }

    void aChildNotOnTheTabletIsDescribed()
    {
        ChildVoiceDraft draft = filledIn({});
        draft.id = QStringLiteral("s-2");
        draft.childId.clear();
        draft.newChildName = QStringLiteral("Sam Lee");
        QVERIFY(draft.toBody().error().contains(QStringLiteral("school year")));
        draft.newChildYearGroup = QStringLiteral("Year 3");
        auto body = draft.toBody();
        QVERIFY(body);
        QVERIFY(!body->contains(u"child"));
        QCOMPARE((*body)[u"childDetails"][u"name"].toString(), QStringLiteral("Sam Lee"));
    }
};

QTEST_GUILESS_MAIN(TestChildVoiceStore)
#include "tst_childvoicestore.moc"
