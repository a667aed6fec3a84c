#include "../model/modeltestsupport.h"
#include "draft/quickdraftstore.h"
#include "missing/missingdraft.h"
#include "record/envelope.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

using namespace hearth;

namespace {
MissingDraft filledIn(MissingDraft draft)
{
    draft.childId = QStringLiteral("c-17");
    draft.missingFrom = QStringLiteral("2026-03-04T18:00:00.000Z");
    draft.returned = QStringLiteral("2026-03-05T09:30:00.000Z");
    draft.reportedToPolice = true;
    draft.policeReference = QStringLiteral("MP/26/0412");
    draft.whereFound = QStringLiteral("A flat on Eastgate Road");
    draft.whoWith = QStringLiteral("Two men in their twenties, not known to the family");
    draft.howReturned = QStringLiteral("Brought home by police at 09:30");
    // The young person's spaces and line breaks are theirs and must survive exactly.
    draft.childsWords = QStringLiteral("  I was only out\nwith friends ");
    draft.indicators = { { QStringLiteral("money-goods"), QStringLiteral("A new phone and £80"),
        QStringLiteral("Mother, at the door") } };
    return draft;
}
} // namespace

// Going-missing drafts in a real SQLCipher vault: autosaved and reopened after the vault
// closed, each refusal naming the field the page outlines, and signed through the device's
// record store so the record verifies like any other.
class TestMissingDraft : public QObject
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
            QuickDraftStore<MissingDraft> store(tv.db(), clock);
            auto draft = store.create();
            QVERIFY(draft);
            MissingDraft half = filledIn(*draft);
            half.indicators.append({ QStringLiteral("peers"), QString(), QString() });
            half.reportedToPolice.reset();
            QVERIFY(store.save(half));
            id = half.id;
            saved = half.toBytes();
        }
        tv.vault.lock();
        Vault reopened(tv.dir.path());
        QVERIFY(reopened.unlock(test::Passcode));
        QuickDraftStore<MissingDraft> store(reopened.database(), clock);
        QCOMPARE(store.open().value(), QStringList { id });
        auto loaded = store.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->toBytes(), saved);
        QCOMPARE(loaded->indicators.size(), 2);
        QVERIFY(!loaded->reportedToPolice);
        QCOMPARE(loaded->toBody().error().field, QStringLiteral("reportedToPolice"));
    }

    void refusalsNameTheField_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("field");
        QTest::newRow("child") << "childId"
                               << "child";
        QTest::newRow("from") << "missingFrom"
                              << "missingFrom";
        QTest::newRow("returned") << "returned"
                                  << "returned";
        QTest::newRow("reference") << "policeReference"
                                   << "policeReference";
        QTest::newRow("where") << "whereFound"
                               << "whereFound";
        QTest::newRow("who") << "whoWith"
                             << "whoWith";
        QTest::newRow("how") << "howReturned"
                             << "howReturned";
        QTest::newRow("observed") << "observed"
                                  << "indicator:0:observed";
        QTest::newRow("source") << "source"
                                << "indicator:0:source";
    }

    void refusalsNameTheField()
    {
        QFETCH(QString, member);
        QFETCH(QString, field);
        MissingDraft draft = filledIn({});
        draft.id = QStringLiteral("e-1");
        QVERIFY(draft.toBody());
        QString *members[] = { &draft.childId, &draft.missingFrom, &draft.returned,
            &draft.policeReference, &draft.whereFound, &draft.whoWith, &draft.howReturned,
            &draft.indicators[0].observed, &draft.indicators[0].source };
        const QStringList names { QStringLiteral("childId"), QStringLiteral("missingFrom"),
            QStringLiteral("returned"), QStringLiteral("policeReference"),
            QStringLiteral("whereFound"), QStringLiteral("whoWith"), QStringLiteral("howReturned"),
            QStringLiteral("observed"), QStringLiteral("source") };
        members[names.indexOf(member)]->clear();
        auto refused = draft.toBody();
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, field);
        QVERIFY(!refused.error().message.isEmpty());
    }

    void comingBackBeforeGoingIsRefused()
    {
        MissingDraft draft = filledIn({});
        draft.returned = QStringLiteral("2026-03-04T17:59:00.000Z");
        QCOMPARE(draft.toBody().error().field, QStringLiteral("returned"));
    }

    void refusesACorruptDraft()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        QVERIFY(tv.db().exec(
            QStringLiteral("INSERT INTO draft (id, kind, body, created_utc, updated_utc)"
                           " VALUES ('x', 'going-missing', '[1]', '', '')")));
        auto loaded = QuickDraftStore<MissingDraft>(tv.db()).load(QStringLiteral("x"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ModelError::Code::Invalid);
    }

    void signsThroughTheRecordStore()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        RecordStore records(tv.db(), clock);
        QVERIFY(records.open());
        QuickDraftStore<MissingDraft> store(tv.db(), clock);
        auto draft = store.create();
        QVERIFY(draft);
        const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.1.0") };

        // Incomplete: refused in words, nothing stored, the draft kept.
        QVERIFY(!store.sign(records, *draft, QStringLiteral("p-1"), pack));
        QCOMPARE(records.count(RecordKind::GoingMissing).value(), 0);
        QCOMPARE(store.open()->size(), 1);

        const MissingDraft full = filledIn(*draft);
        QVERIFY(store.save(full));
        auto signedId = store.sign(records, full, QStringLiteral("p-1"), pack);
        QVERIFY2(signedId, qPrintable(signedId ? QString() : signedId.error()));
        QVERIFY(store.open()->isEmpty());
        QVERIFY(records.verifyAll());
        auto bytes = records.envelope(*signedId);
        QVERIFY(bytes && bytes->has_value());
        auto json = JsonParser::parse(**bytes);
        QVERIFY(json);
        auto envelope = Envelope::fromJson(*json);
        QVERIFY(envelope);
        QCOMPARE(envelope->kind, RecordKind::GoingMissing);
        QCOMPARE(envelope->body[u"childsWords"][u"quote"].toString(), full.childsWords);
        QCOMPARE(envelope->body[u"policeReference"].toString(), full.policeReference);
        QCOMPARE(envelope->body[u"exploitationContext"].items().at(0)[u"source"].toString(),
            QStringLiteral("Mother, at the door"));
    }
};

QTEST_GUILESS_MAIN(TestMissingDraft)
#include "tst_missingdraft.moc"
