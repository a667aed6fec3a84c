#include "../model/modeltestsupport.h"
#include "draft/quickdraftstore.h"
#include "missing/episodelist.h"
#include "missing/interviewdraft.h"
#include "missing/missingdraft.h"
#include "record/envelope.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

using namespace hearth;

namespace {
InterviewDraft done(InterviewDraft draft, const QString &episode)
{
    draft.childId = QStringLiteral("c-17");
    draft.episodeId = episode;
    draft.status = QStringLiteral("done");
    draft.offeredAt = QStringLiteral("2026-03-06T10:00:00.000Z");
    draft.heldAt = QStringLiteral("2026-03-06T15:00:00.000Z");
    draft.byRole = QStringLiteral("Return home interview worker");
    draft.byAgency = QStringLiteral("Local return interview service");
    draft.independent = true;
    // The young person's spaces and line breaks are theirs and must survive exactly.
    draft.childsWords = QStringLiteral("  They said I owed them\nfor the phone ");
    draft.indicators = { { QStringLiteral("peers"), QStringLiteral("Older boys wait by the gate"),
        QStringLiteral("Jay, at the interview") } };
    draft.actions = QStringLiteral("Referral to the exploitation panel");
    return draft;
}

const QString SomeEpisode = QStringLiteral("01959b7e-6a80-7a3c-9b1d-0c2e4f6a8b10");
} // namespace

// Return home interview drafts in a real SQLCipher vault: autosaved and reopened after the
// vault closed, each refusal of the body rules naming the field the page outlines, only what the
// status means written into the body, and signed through the device's record store after the
// young person's episode, which then shows as interviewed.
class TestInterviewDraft : public QObject
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
            QuickDraftStore<InterviewDraft> store(tv.db(), clock);
            auto draft = store.create();
            QVERIFY(draft);
            InterviewDraft half = done(*draft, SomeEpisode);
            half.independent.reset();
            half.heldAt.clear();
            QVERIFY(store.save(half));
            id = half.id;
            saved = half.toBytes();
        }
        tv.vault.lock();
        Vault reopened(tv.dir.path());
        QVERIFY(reopened.unlock(test::Passcode));
        QuickDraftStore<InterviewDraft> store(reopened.database(), clock);
        QCOMPARE(store.open().value(), QStringList { id });
        auto loaded = store.load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->toBytes(), saved);
        QVERIFY(!loaded->independent);
        QCOMPARE(loaded->indicators.size(), 1);
    }

    void damagedDraftIsRefused()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        QVERIFY(tv.db().exec(
            QStringLiteral("INSERT INTO draft (id, kind, body, created_utc, updated_utc)"
                           " VALUES ('x', 'return-home-interview', '{\"independent\":\"yes\"}', "
                           "'', '')")));
        auto loaded = QuickDraftStore<InterviewDraft>(tv.db()).load(QStringLiteral("x"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ModelError::Code::Invalid);
    }

    void refusalNamesTheField_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no episode") << "episode"
                                    << "episode";
        QTest::newRow("no status") << "status"
                                   << "status";
        QTest::newRow("not offered, no reason") << "not-offered"
                                                << "reason";
        QTest::newRow("not offered when") << "offeredAt"
                                          << "offeredAt";
        QTest::newRow("held before offered") << "heldEarly"
                                             << "heldAt";
        QTest::newRow("done, not held") << "heldAt"
                                        << "heldAt";
        QTest::newRow("no role") << "byRole"
                                 << "byRole";
        QTest::newRow("no agency") << "byAgency"
                                   << "byAgency";
        QTest::newRow("independence not said") << "independent"
                                               << "independent";
        QTest::newRow("no next step") << "actions"
                                      << "actions";
        QTest::newRow("indicator without source") << "source"
                                                  << "indicator:0:source";
        QTest::newRow("indicator without observation") << "observed"
                                                       << "indicator:0:observed";
    }

    void refusalNamesTheField()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        InterviewDraft draft = done({}, SomeEpisode);
        draft.id = QStringLiteral("i-1");
        QVERIFY(draft.toBody());
        if (change == u"episode")
            draft.episodeId = QStringLiteral("not-a-record");
        else if (change == u"status")
            draft.status.clear();
        else if (change == u"not-offered")
            draft.status = change;
        else if (change == u"offeredAt")
            draft.offeredAt.clear();
        else if (change == u"heldEarly")
            draft.heldAt = QStringLiteral("2026-03-06T09:00:00.000Z");
        else if (change == u"heldAt")
            draft.heldAt.clear();
        else if (change == u"byRole")
            draft.byRole = QStringLiteral("  ");
        else if (change == u"byAgency")
            draft.byAgency.clear();
        else if (change == u"independent")
            draft.independent.reset();
        else if (change == u"actions")
            draft.actions.clear();
        else if (change == u"source")
            draft.indicators[0].source.clear();
        else if (change == u"observed")
            draft.indicators[0].observed.clear();
        auto body = draft.toBody();
        QVERIFY(!body);
        QCOMPARE(body.error().field, field);
        QVERIFY(!body.error().message.isEmpty());
    }

    // A status changed back and forth signs only what the last one means.
    void statusWritesOnlyWhatItMeans()
    {
        InterviewDraft draft = done({}, SomeEpisode);
        draft.status = QStringLiteral("declined");
        auto declined = draft.toBody();
        QVERIFY(declined);
        QVERIFY(!declined->contains(u"heldAt"));
        QVERIFY(declined->contains(u"by"));
        QVERIFY(!declined->contains(u"reason")); // a young person owes no reason

        draft.status = QStringLiteral("not-offered");
        draft.reason = QStringLiteral("The worker was off sick and no cover was found");
        auto notOffered = draft.toBody();
        QVERIFY(notOffered);
        for (const char16_t *key : { u"offeredAt", u"heldAt", u"by" })
            QVERIFY(!notOffered->contains(key));
        QCOMPARE((*notOffered)[u"reason"].toString(), draft.reason);
    }

    void signedAfterItsEpisode()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        RecordStore records(tv.db(), clock);
        QVERIFY(records.open());
        const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.1.0") };

        MissingDraft episode;
        episode.id = QStringLiteral("e-1");
        episode.childId = QStringLiteral("c-17");
        episode.missingFrom = QStringLiteral("2026-03-04T18:00:00.000Z");
        episode.returned = QStringLiteral("2026-03-05T09:30:00.000Z");
        episode.reportedToPolice = false;
        episode.whereFound = QStringLiteral("Bus station");
        episode.whoWith = QStringLiteral("Not known");
        episode.howReturned = QStringLiteral("Walked home");
        auto episodeId = QuickDraftStore<MissingDraft>(tv.db(), clock)
                             .sign(records, episode, QStringLiteral("p-1"), pack);
        QVERIFY2(episodeId, qPrintable(episodeId ? QString() : episodeId.error()));

        auto before = EpisodeList::of(records, QStringLiteral("c-17"));
        QVERIFY(before);
        QCOMPARE(before->size(), 1);
        QCOMPARE(before->at(0).recordId, *episodeId);
        QVERIFY(!before->at(0).interviewed);
        QCOMPARE(EpisodeList::interviewDue(before->at(0)),
            QDateTime::fromString(QStringLiteral("2026-03-08T09:30:00.000Z"), Qt::ISODateWithMs));
        QVERIFY(EpisodeList::of(records, QStringLiteral("c-18"))->isEmpty());

        QuickDraftStore<InterviewDraft> store(tv.db(), clock);
        auto draft = store.create();
        QVERIFY(draft);
        // Incomplete: refused in words, nothing stored, the draft kept.
        QVERIFY(!store.sign(records, *draft, QStringLiteral("p-1"), pack));
        QCOMPARE(records.count(RecordKind::ReturnHomeInterview).value(), 0);
        QCOMPARE(store.open()->size(), 1);

        const InterviewDraft full = done(*draft, *episodeId);
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
        QCOMPARE(envelope->kind, RecordKind::ReturnHomeInterview);
        QCOMPARE(envelope->body[u"childsWords"][u"quote"].toString(), full.childsWords);
        QCOMPARE(envelope->body[u"episode"].toString(), *episodeId);
        QCOMPARE(envelope->body[u"by"][u"independent"].toBool(), true);
        QVERIFY(EpisodeList::of(records, QStringLiteral("c-17"))->at(0).interviewed);
    }
};

QTEST_GUILESS_MAIN(TestInterviewDraft)
#include "tst_interviewdraft.moc"
