#include "../model/modeltestsupport.h"
#include "concern/concerndraft.h"
#include "draft/quickdraftstore.h"
#include "record/envelope.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

using namespace hearth;

namespace {
ConcernDraft filledIn(ConcernDraft draft)
{
    draft.childId = QStringLiteral("child-1");
    draft.seen = QStringLiteral("A round bruise on the left forearm, about 2 cm across.");
    // Spaces and a line break in the child's words are theirs and must survive exactly.
    draft.childsWords = QStringLiteral("  Dad grabbed me.\nIt hurt ");
    draft.category = QStringLiteral("injury");
    draft.immediateSafety = false;
    draft.action = QStringLiteral("dsl");
    draft.toldWho = QStringLiteral("Ms Jones, designated safeguarding lead");
    draft.toldUtc = QStringLiteral("2026-11-22T09:40:00.000Z");
    draft.sharingBasis = QStringLiteral("consent");
    return draft;
}
} // namespace

// Concern drafts in a real SQLCipher vault: autosaved, reopened after the app (and the vault)
// closed, and signed through the device's record store so the record verifies like any other.
class TestConcernStore : public QObject
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
            QuickDraftStore<ConcernDraft> store(tv.db(), clock);
            auto draft = store.create(QStringLiteral("hearth.england"), QStringLiteral("1.1.0"));
            QVERIFY(draft);
            ConcernDraft half = *draft;
            half.childId = QStringLiteral("child-1");
            half.seen = QStringLiteral("Said she had not eaten since yesterday lunchtime.");
            half.childsWords = QStringLiteral("  there's nothing in ");
            half.category = QStringLiteral("neglect");
            half.immediateSafety = true;
            QVERIFY(store.save(half));
            id = half.id;
            saved = half.toBytes();
        }
        tv.vault.lock();
        Vault reopened(tv.dir.path());
        QVERIFY(reopened.unlock(test::Passcode));
        QuickDraftStore<ConcernDraft> store(reopened.database(), clock);
        QCOMPARE(store.open().value(), QStringList { id });
        auto loaded = store.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->toBytes(), saved);
        QCOMPARE(loaded->childsWords, QStringLiteral("  there's nothing in "));
        QCOMPARE(loaded->immediateSafety, std::optional<bool>(true));
        // Not finished: the missing next step is named in words.
        QVERIFY(!loaded->toBody());
        QVERIFY(loaded->toBody().error().contains(QStringLiteral("next step")));
        // Visit lists never see a concern draft.
        QCOMPARE(
            reopened.database().scalar(QStringLiteral("SELECT COUNT(*) FROM visit_meta")).value(),
            0);
    }

    void refusesACorruptDraft()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        QVERIFY(
            tv.db().exec(QStringLiteral("INSERT INTO draft (id, kind, body, created_utc,"
                                        " updated_utc) VALUES ('x', 'concern', '[1]', '', '')")));
        auto loaded = QuickDraftStore<ConcernDraft>(tv.db()).load(QStringLiteral("x"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ModelError::Code::Invalid);
        QCOMPARE(QuickDraftStore<ConcernDraft>(tv.db()).load(QStringLiteral("y")).error().code,
            ModelError::Code::NotFound);
    }

    void signsThroughTheRecordStore()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        RecordStore records(tv.db(), clock);
        QVERIFY(records.open());
        QuickDraftStore<ConcernDraft> store(tv.db(), clock);
        auto draft = store.create(QStringLiteral("hearth.england"), QStringLiteral("1.1.0"));
        QVERIFY(draft);

        // Incomplete: refused in words, nothing stored, the draft kept.
        auto refused = store.sign(records, *draft, QStringLiteral("p-1"));
        QVERIFY(!refused);
        QCOMPARE(records.count(RecordKind::Concern).value(), 0);
        QCOMPARE(store.open()->size(), 1);

        const ConcernDraft full = filledIn(*draft);
        QVERIFY(store.save(full));
        auto signedId = store.sign(records, full, QStringLiteral("p-1"));
        QVERIFY2(signedId, qPrintable(signedId ? QString() : signedId.error()));
        QVERIFY(store.open()->isEmpty());
        QCOMPARE(records.count(RecordKind::Concern).value(), 1);
        QVERIFY(records.verifyAll());
        auto bytes = records.envelope(*signedId);
        QVERIFY(bytes && bytes->has_value());
        auto json = JsonParser::parse(**bytes);
        QVERIFY(json);
        auto envelope = Envelope::fromJson(*json);
        QVERIFY(envelope);
        QCOMPARE(envelope->kind, RecordKind::Concern);
        QCOMPARE(envelope->author, QStringLiteral("p-1"));
        QCOMPARE(envelope->body[u"childsWords"][u"quote"].toString(), full.childsWords);
        QCOMPARE(envelope->body[u"told"][u"who"].toString(), full.toldWho);
        QCOMPARE(envelope->body[u"concernId"].toString(), full.id);
    }

    void aPupilNotOnTheTabletIsDescribed()
    {
        ConcernDraft draft = filledIn({});
        draft.id = QStringLiteral("c-2");
        draft.childId.clear();
        draft.newChildName = QStringLiteral("Sam Lee");
        QVERIFY(draft.toBody().error().contains(QStringLiteral("school year")));
        draft.newChildYearGroup = QStringLiteral("Year 8");
        auto body = draft.toBody();
        QVERIFY(body);
        QVERIFY(!body->contains(u"child"));
        QCOMPARE((*body)[u"childDetails"][u"yearGroup"].toString(), QStringLiteral("Year 8"));
    }
};

QTEST_GUILESS_MAIN(TestConcernStore)
#include "tst_concernstore.moc"
