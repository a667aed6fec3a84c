#include "model/draftstore.h"
#include "model/visitjson.h"
#include "modeltestsupport.h"

using namespace hearth;

namespace {
const QString Child1 = QStringLiteral("6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b");
}

// Drafts in a real vault: autosave, reload, list, discard, complete, and the previous visit
// the neglect step compares with.
class TestDraftStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesAndReloadsByteForByte()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        DraftStore store(tv.db(), clock);
        auto draft
            = store.create(Child1, QStringLiteral("hearth.england"), QStringLiteral("1.0.0"));
        QVERIFY(draft);
        QCOMPARE(draft->createdUtc, QStringLiteral("2026-11-22T09:30:00.000Z"));

        Visit visit = test::fullVisit();
        visit.id = draft->id;
        visit.createdUtc = draft->createdUtc;
        QVERIFY(store.save(visit));
        auto loaded = store.load(visit.id);
        QVERIFY(loaded);
        QCOMPARE(VisitJson::toBytes(*loaded), VisitJson::toBytes(visit));
        // Saving what was loaded stores the same bytes again.
        QVERIFY(store.save(*loaded));
        QCOMPARE(tv.db().scalarText(QStringLiteral("SELECT body FROM draft")).value().toUtf8(),
            VisitJson::toBytes(visit));
        QCOMPARE(store.load(QStringLiteral("missing")).error().code, ModelError::Code::NotFound);
    }

    void listsDiscardsAndCompletes()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        DraftStore store(tv.db(), clock);
        auto first
            = store.create(Child1, QStringLiteral("hearth.england"), QStringLiteral("1.0.0"));
        clock.advance(60);
        auto second = store.create(QStringLiteral("other-child"), QStringLiteral("hearth.england"),
            QStringLiteral("1.0.0"));
        QVERIFY(first && second);

        auto drafts = store.list();
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 2);
        QCOMPARE(drafts->first().id, second->id); // most recently changed first
        QCOMPARE(drafts->first().packVersion, QStringLiteral("1.0.0"));
        QCOMPARE(store.list(DraftStore::Filter::Drafts, Child1)->size(), 1);

        // Nothing is missing from a full visit: it completes, and is then kept as it is.
        Visit full = test::fullVisit();
        full.id = first->id;
        full.createdUtc = first->createdUtc;
        full.start.childId = Child1;
        QVERIFY(store.save(full));
        auto done = store.markComplete(first->id);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QVERIFY(done->isComplete());
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list(DraftStore::Filter::Complete)->size(), 1);
        QCOMPARE(store.save(full).error().code, ModelError::Code::NotAllowed);
        QCOMPARE(store.discard(first->id).error().code, ModelError::Code::NotAllowed);
        QVERIFY(store.load(first->id)->isComplete());

        // An empty draft cannot be completed; the error lists what is missing in words.
        auto incomplete = store.markComplete(second->id);
        QVERIFY(!incomplete);
        QCOMPARE(incomplete.error().code, ModelError::Code::Incomplete);
        QVERIFY(incomplete.error().problems.size() > 5);

        QVERIFY(store.discard(second->id));
        QCOMPARE(store.list()->size(), 0);
        QCOMPARE(store.discard(second->id).error().code, ModelError::Code::NotFound);
        QCOMPARE(tv.db().scalar(QStringLiteral("SELECT count(*) FROM visit_meta")).value(), 1);
    }

    // Lists read a page at a time, in the same order as the whole list, with a count.
    void listsPageByPage()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        DraftStore store(tv.db(), clock);
        QStringList newestFirst;
        for (int i = 0; i < 7; ++i) {
            auto draft
                = store.create(Child1, QStringLiteral("hearth.england"), QStringLiteral("1.0.0"));
            QVERIFY(draft);
            newestFirst.prepend(draft->id);
            clock.advance(60);
        }
        QCOMPARE(store.count(DraftStore::Filter::Drafts).value(), 7);
        QCOMPARE(store.count(DraftStore::Filter::Complete).value(), 0);
        QStringList paged;
        for (int offset = 0; offset < 9; offset += 3) {
            auto page = store.list(DraftStore::Filter::Drafts, {}, offset, 3);
            QVERIFY(page);
            QVERIFY(page->size() <= 3);
            for (const DraftInfo &info : page.value())
                paged.append(info.id);
        }
        QCOMPARE(paged, newestFirst);
        QVERIFY(store.list(DraftStore::Filter::Drafts, {}, 7, 3)->isEmpty());
    }

    void previousVisitShowsDrift()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        test::FakeClock clock;
        DraftStore store(tv.db(), clock);
        QVERIFY(store.previousNeglectRatings(Child1)->isEmpty());

        auto completeVisit = [&](const QString &arrival, NeglectLevel level) {
            auto draft
                = store.create(Child1, QStringLiteral("hearth.england"), QStringLiteral("1.0.0"));
            Visit v = test::fullVisit();
            v.id = draft->id;
            v.createdUtc = draft->createdUtc;
            v.start.childId = Child1;
            v.start.arrivalUtc = arrival;
            v.neglect.ratings[QStringLiteral("home-hygiene")] = { level, QStringLiteral("Seen") };
            if (!store.save(v) || !store.markComplete(v.id))
                return QString();
            return v.id;
        };
        const QString october
            = completeVisit(QStringLiteral("2026-10-01T10:00:00Z"), NeglectLevel::NoConcern);
        const QString november
            = completeVisit(QStringLiteral("2026-11-01T10:00:00Z"), NeglectLevel::SomeConcern);
        QVERIFY(!october.isEmpty() && !november.isEmpty());

        auto today
            = store.create(Child1, QStringLiteral("hearth.england"), QStringLiteral("1.0.0"));
        QVERIFY(today);
        auto ratings = store.previousNeglectRatings(Child1, today->id);
        QVERIFY(ratings);
        QCOMPARE(ratings->value(QStringLiteral("home-hygiene")).level, NeglectLevel::SomeConcern);
        // Before November's visit, the previous one is October's.
        auto beforeNovember = store.previousVisit(Child1, november);
        QVERIFY(beforeNovember && beforeNovember->has_value());
        QCOMPARE(beforeNovember.value()->id, october);
        QVERIFY(!store.previousVisit(Child1, october)->has_value());
        QVERIFY(!store.previousVisit(QStringLiteral("other"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
