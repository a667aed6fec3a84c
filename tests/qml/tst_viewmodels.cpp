// The view models against a real session on a throwaway vault: the services' lifetime
// (created on unlock, gone on lock), caseload search, the wizard's autosave and steps, the
// list models (each wrapped in QAbstractItemModelTester), signing with the passcode asked
// again, amendments, and the position adapter fed by a recorded NMEA track.

#include "draftlistmodel.h"
#include "household/profilestore.h"
#include "promptlistmodel.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "signedvisit.h"
#include "summarymodel.h"
#include "visit/visitbody.h"
#include "visit/visitservices.h"
#include "visitcontroller.h"
#include "visitrowsmodel.h"
#include "workspace.h"

#include "platform/qtpositionprovider.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
constexpr int SlowMs = 20000;

QByteArray nmea(const QByteArray &body)
{
    char sum = 0;
    for (char c : body)
        sum = char(sum ^ c);
    return '$' + body + '*' + QByteArray::number(uchar(sum), 16).toUpper().rightJustified(2, '0')
        + "\r\n";
}

// Everything VisitValidator asks for, written through the controller as the wizard would.
void completeVisit(VisitController &visit)
{
    const auto set = [&visit](int field, const QVariant &value, const QString &item = {}) {
        QVERIFY(visit.write(field, item, -1, value));
    };
    set(VisitField::Notice, QStringLiteral("announced"));
    set(VisitField::Place, QStringLiteral("home"));
    set(VisitField::Purpose, QStringLiteral("Six-week check."));
    visit.setManualLocation(QStringLiteral("Family home"));
    for (const PromptListModel::Prompt &prompt : visit.menPrompts()->prompts())
        set(VisitField::MenAnswer, QStringLiteral("no"), prompt.id);
    set(VisitField::NewPeople, QStringLiteral("no"));
    set(VisitField::Seen, true);
    set(VisitField::SeenAlone, true);
    set(VisitField::SleepingPlace, QStringLiteral("Cot by the bed."));
    set(VisitField::Communication, QStringLiteral("Cries, smiles."));
    set(VisitField::DayInTheLife, QStringLiteral("Fed every three hours."));
    for (const PromptListModel::Prompt &item : visit.neglectItems()->prompts())
        set(VisitField::NeglectLevel, QStringLiteral("no-concern"), item.id);
    set(VisitField::CooperationLevel, 4);
    set(VisitField::CooperationEvidence, QStringLiteral("Kept appointments."));
    set(VisitField::ImmediatePresent, false);
    set(VisitField::WhatItMeans, QStringLiteral("Thriving."));
}
} // namespace

class TestViewModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;

    QString addChild(const QString &given, const QString &family)
    {
        return m_workspace->addChild(given, family, QStringLiteral("2024-01-15"), {});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->path();
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr);
        m_session->setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_session.reset();
        m_dir.reset();
    }

    void servicesLiveOnlyWhileUnlocked()
    {
        QAbstractItemModelTester caseloadTester(m_workspace->caseload());
        QAbstractItemModelTester draftsTester(m_workspace->drafts());
        QVERIFY(!addChild(QStringLiteral("Ada"), QStringLiteral("Lovelace")).isEmpty());
        QCOMPARE(m_workspace->caseload()->count(), 1);
        QVERIFY(m_workspace->startVisit(
            m_workspace->caseload()
                ->data(m_workspace->caseload()->index(0), CaseloadListModel::ChildIdRole)
                .toString()));
        QPointer<VisitController> visit = m_workspace->visit();
        QVERIFY(visit);

        QSignalSpy ready(m_workspace.get(), &Workspace::readyChanged);
        m_session->lock();
        QCOMPARE(ready.count(), 1);
        QVERIFY(!m_workspace->ready());
        QVERIFY(!m_workspace->services());
        QVERIFY(!m_workspace->visit());
        QCOMPARE(m_workspace->caseload()->count(), 0);
        QCOMPARE(m_workspace->drafts()->count(), 0);
        QVERIFY(QTest::qWaitFor([&] { return visit.isNull(); }));

        m_session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
        QCOMPARE(m_workspace->caseload()->count(), 1);
        QCOMPARE(m_workspace->drafts()->count(), 1);
    }

    void searchIsDebounced()
    {
        addChild(QStringLiteral("Zoë"), QStringLiteral("Okafor"));
        addChild(QStringLiteral("Dylan"), QStringLiteral("Rhys"));
        CaseloadListModel *caseload = m_workspace->caseload();
        QAbstractItemModelTester tester(caseload);
        QSignalSpy counts(caseload, &CaseloadListModel::countChanged);
        caseload->setQuery(QStringLiteral("z"));
        caseload->setQuery(QStringLiteral("zo"));
        caseload->setQuery(QStringLiteral("zoe"));
        QCOMPARE(counts.count(), 0); // nothing until the typing pauses
        QVERIFY(counts.wait(1000));
        QCOMPARE(counts.count(), 1);
        QCOMPARE(caseload->count(), 1);
        QCOMPARE(caseload->data(caseload->index(0), CaseloadListModel::NameRole).toString(),
            QStringLiteral("Zoë Okafor"));
        QCOMPARE(caseload->total(), 2);
    }

    void changesAreAutosavedAndTheStepRemembered()
    {
        const QString child = addChild(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QVERIFY(m_workspace->startVisit(child));
        VisitController *visit = m_workspace->visit();
        const QString id = visit->visitId();
        QVERIFY(visit->write(VisitField::Purpose, {}, -1, QStringLiteral("First visit")));
        QVERIFY(!visit->saved());
        // Nothing is written while the practitioner types: one debounced write per pause.
        const QTimer &autosave = visit->autosaveTimer();
        QVERIFY(autosave.isActive());
        QVERIFY(autosave.isSingleShot());
        QCOMPARE(autosave.interval(), VisitController::AutosaveMs);
        QCOMPARE(m_workspace->services()->drafts().load(id)->start.purpose, QString());
        QVERIFY(!visit->write(VisitField::Notice, {}, -1, QStringLiteral("sometimes")));
        QVERIFY(!visit->errorText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return visit->saved(); }, SlowMs));
        QVERIFY(!autosave.isActive());
        auto stored = m_workspace->services()->drafts().load(id);
        QVERIFY(stored);
        QCOMPARE(stored->start.purpose, QStringLiteral("First visit"));
        QCOMPARE(stored->start.notice, VisitNotice::NotRecorded);

        visit->setStep(4);
        m_workspace->closeVisit();
        QVERIFY(!m_workspace->visit());
        QCOMPARE(m_workspace->drafts()->rows().first().step, 4);
        QVERIFY(m_workspace->openDraft(id));
        QCOMPARE(m_workspace->visit()->step(), 4);
    }

    void lockFlushesAPendingChange()
    {
        const QString child = addChild(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QVERIFY(m_workspace->startVisit(child));
        const QString id = m_workspace->visit()->visitId();
        QVERIFY(m_workspace->visit()->write(VisitField::Purpose, {}, -1, QStringLiteral("Typed")));
        m_session->lock(); // before the debounce fires
        m_session->unlock(Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
        auto stored = m_workspace->services()->drafts().load(id);
        QVERIFY(stored);
        QCOMPARE(stored->start.purpose, QStringLiteral("Typed"));
    }

    void rowsFollowTheController()
    {
        QVERIFY(m_workspace->startVisit(addChild(QStringLiteral("Ada"), QStringLiteral("L"))));
        VisitController *visit = m_workspace->visit();
        VisitRowsModel rows;
        QAbstractItemModelTester tester(&rows);
        rows.setVisit(visit);
        rows.setList(VisitField::MissedAppointments);
        QCOMPARE(rows.count(), 0);
        QCOMPARE(visit->addRow(VisitField::MissedAppointments), 0);
        QCOMPARE(rows.count(), 1);
        QSignalSpy changed(&rows, &QAbstractItemModel::dataChanged);
        QVERIFY(visit->write(VisitField::MissedWhat, {}, 0, QStringLiteral("Hearing test")));
        QVERIFY(visit->write(VisitField::MissedFollowUp, {}, 0, QStringLiteral("Rebooked")));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!visit->write(VisitField::MissedWhat, {}, 1, QStringLiteral("No such row")));
        QCOMPARE(changed.count(), 2);
        const QVariantMap item = rows.data(rows.index(0), VisitRowsModel::ItemRole).toMap();
        QCOMPARE(item.value(QStringLiteral("what")).toString(), QStringLiteral("Hearing test"));
        QCOMPARE(item.value(QStringLiteral("followUp")).toString(), QStringLiteral("Rebooked"));
        QVERIFY(visit->removeRow(VisitField::MissedAppointments, 0));
        QCOMPARE(rows.count(), 0);
    }

    void promptsAndMissingComeFromThePack()
    {
        QVERIFY(m_workspace->startVisit(addChild(QStringLiteral("Ada"), QStringLiteral("L"))));
        VisitController *visit = m_workspace->visit();
        for (PromptListModel *model : { visit->livedPrompts(), visit->neglectItems(),
                 visit->menPrompts(), visit->cooperationLevels(), visit->concernCategories() }) {
            QAbstractItemModelTester tester(model);
            QVERIFY(model->count() > 0);
        }
        QCOMPARE(visit->cooperationLevels()->count(), 5);
        QVERIFY(!visit->canFinish());
        QVERIFY(!visit->question(QStringLiteral("whatItMeans")).isEmpty());
        const QVariantList nudges
            = visit->nudges(VisitField::Purpose, QStringLiteral("Poor home conditions."));
        QCOMPARE(nudges.size(), 1);
        QVERIFY(visit->nudges(VisitField::Purpose, QStringLiteral("The kitchen floor was sticky."))
                    .isEmpty());
        // What the child said is a quote: never nudged, whatever the words.
        QVERIFY(visit->nudges(VisitField::ChildsWords, QStringLiteral("Poor home conditions."))
                    .isEmpty());
        completeVisit(*visit);
        QVERIFY2(
            visit->canFinish(), qPrintable(QVariant(visit->missing()).toStringList().join(u'|')));
        visit->setStep(8);
        QAbstractItemModelTester tester(visit->summary());
        QCOMPARE(visit->summary()->count(), 9);
        QVERIFY(visit->summary()->plainText().contains(QStringLiteral("Thriving.")));
    }

    void signingAsksForThePasscodeAndAmendmentsReferToTheVisit()
    {
        QVERIFY(m_workspace->startVisit(addChild(QStringLiteral("Ada"), QStringLiteral("L"))));
        VisitController *visit = m_workspace->visit();
        const QString visitId = visit->visitId();
        completeVisit(*visit);

        m_workspace->sign(QStringLiteral("not the passcode"));
        QVERIFY(m_workspace->signing());
        QVERIFY(QTest::qWaitFor([&] { return !m_workspace->signing(); }, SlowMs));
        QVERIFY(!m_workspace->signError().isEmpty());
        QVERIFY(m_workspace->visit());

        QSignalSpy signedSpy(m_workspace.get(), &Workspace::visitSigned);
        m_workspace->sign(Passcode);
        QVERIFY(signedSpy.wait(SlowMs));
        const QString recordId = signedSpy.first().first().toString();
        QVERIFY(!m_workspace->visit());
        QVERIFY(m_workspace->signedVisit());
        QCOMPARE(m_workspace->signedVisit()->recordId(), recordId);
        QCOMPARE(m_workspace->signedVisit()->visitId(), visitId);
        QAbstractItemModelTester signedTester(m_workspace->signedVisits());
        QCOMPARE(m_workspace->signedVisits()->count(), 1);
        QCOMPARE(m_workspace->drafts()->count(), 0);

        SignedVisit *record = m_workspace->signedVisit();
        QVERIFY(!record->amend({}, QStringLiteral("Correction")));
        QVERIFY(!record->errorText().isEmpty());
        QSignalSpy amended(record, &SignedVisit::amended);
        QVERIFY(record->amend(QStringLiteral("Wrong date"), QStringLiteral("Seen on Tuesday")));
        QCOMPARE(amended.count(), 1);
        QCOMPARE(record->amendments()->count(), 1);

        auto envelopes = m_workspace->services()->records().envelopes();
        QVERIFY(envelopes);
        QCOMPARE(envelopes->size(), 2);
        const auto amendment = VisitBody::parseEnvelope(envelopes->at(1));
        QVERIFY(amendment);
        QCOMPARE(amendment->body[u"amends"].toString(), recordId);
        QVERIFY(m_workspace->services()->records().verifyAll());
    }

    // A baby recorded as not yet mobile: a concern of physical harm shows the pack's local
    // procedure on the concerns step and keeps the visit from being signed until the
    // immediate-safety step and a next step are recorded.
    void anInjuryToABabyNotYetMobileNeedsTheSafetyStep()
    {
        const QString childId = addChild(QStringLiteral("Bea"), QStringLiteral("M"));
        ChildProfile profile;
        profile.childId = childId;
        profile.householdId = QStringLiteral("household-m");
        profile.health.mobility = QStringLiteral("not-yet-mobile");
        QVERIFY(ProfileStore::save(m_workspace->services()->records(), QStringLiteral("hv-1"),
            { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") }, profile,
            QDate(2024, 6, 1)));
        QVERIFY(m_workspace->startVisit(childId));
        VisitController *visit = m_workspace->visit();
        completeVisit(*visit);
        QVERIFY(visit->canFinish());
        QVERIFY(visit->safetyProcedure().isEmpty());

        QVERIFY(visit->toggleConcern(QStringLiteral("physical-harm")));
        QVERIFY(visit->write(VisitField::ConcernDetail, {}, 0,
            QStringLiteral("Two small bruises on the left cheek")));
        QVERIFY(visit->safetyProcedure().contains(QStringLiteral("not yet mobile")));
        QVERIFY(!visit->canFinish());
        m_workspace->sign(Passcode);
        QVERIFY(!m_workspace->signError().isEmpty());
        QCOMPARE(m_workspace->services()->records().count(RecordKind::Visit).value(), 0);

        const auto set = [visit](int field, const QVariant &value, int row = -1) {
            QVERIFY(visit->write(field, {}, row, value));
        };
        set(VisitField::ImmediatePresent, true);
        set(VisitField::ImmediateWhat, QStringLiteral("Bruising to a 3-month-old"));
        set(VisitField::ImmediateAction, QStringLiteral("Referred to children's social care"));
        set(VisitField::ImmediateWhoTold, QStringLiteral("Safeguarding lead"));
        set(VisitField::ImmediateToldAt, QStringLiteral("2026-11-22T10:15:00.000Z"));
        QVERIFY(!visit->canFinish());
        QCOMPARE(visit->addRow(VisitField::NextSteps), 0);
        set(VisitField::NextStepWhat, QStringLiteral("Paediatric assessment today"), 0);
        set(VisitField::NextStepWho, QStringLiteral("Health visitor"), 0);
        set(VisitField::NextStepByWhen, QStringLiteral("2026-11-22"), 0);
        QVERIFY2(
            visit->canFinish(), qPrintable(QVariant(visit->missing()).toStringList().join(u'|')));
    }

    void positionFromARecordedTrack()
    {
        // 51°28.8N 0°0.6W with HDOP 1.2, replayed as a receiver would send it.
        auto *buffer = new QBuffer;
        buffer->setData(nmea("GPGGA,120000.00,5128.8000,N,00000.6000,W,1,08,1.2,35.0,M,45.0,M,,")
            + nmea("GPRMC,120000.00,A,5128.8000,N,00000.6000,W,0.0,0.0,220525,,,A")
            + nmea("GPGGA,120001.00,5128.8000,N,00000.6000,W,1,08,1.2,35.0,M,45.0,M,,")
            + nmea("GPRMC,120001.00,A,5128.8000,N,00000.6000,W,0.0,0.0,220525,,,A"));
        buffer->open(QIODevice::ReadOnly);
        auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
        source->setDevice(buffer);
        source->setUserEquivalentRangeError(5.0);
        buffer->setParent(source);
        QtPositionProvider provider(source);
        QSignalSpy fixed(&provider, &PositionProvider::fixed);
        QSignalSpy unavailable(&provider, &PositionProvider::unavailable);
        provider.requestFix();
        QTRY_COMPARE_WITH_TIMEOUT(fixed.count(), 1, 5000);
        QCOMPARE(unavailable.count(), 0);
        const auto fix = fixed.first().first().value<PositionFix>();
        QCOMPARE(fix.latMicroDeg, 51480000);
        QCOMPARE(fix.lonMicroDeg, -10000);
        // Qt reports 2 x HDOP x range error (2DRMS): 2 x 1.2 x 5 m.
        QCOMPARE(fix.accuracyM, std::optional<qint64>(12));
    }

    void noPositionSourceIsReportedNotWaitedFor()
    {
        QCOMPARE(PositionFix::fromDegrees(91.0, 0, 5, {}).has_value(), false);
        const auto rounded = PositionFix::fromDegrees(-0.0000005, 179.9999996, 4.6, {});
        QVERIFY(rounded);
        QCOMPARE(rounded->lonMicroDeg, 180000000);
        QCOMPARE(rounded->accuracyM, std::optional<qint64>(5));
    }
};

QTEST_GUILESS_MAIN(TestViewModels)

#include "tst_viewmodels.moc"
