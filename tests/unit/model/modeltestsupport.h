#pragma once

#include "../testsupport.h"
#include "model/visit.h"
#include "vault/kdfcost.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace hearth::test {

// A real, unlocked vault (SQLCipher, all migrations) in a temporary folder.
struct TempVault
{
    QTemporaryDir dir;
    Vault vault { dir.path() };

    bool open()
    {
        return dir.isValid()
            && vault.create(Passcode, RecoveryKeyPair::generate().publicKey, KdfCost::interactive())
                   .hasValue();
    }
    Database &db() { return vault.database(); }
};

// Compares `actual` with the golden file, printing a line diff on mismatch. With
// HEARTH_UPDATE_GOLDEN=1 in the environment the golden file is rewritten instead.
inline bool matchesGolden(const QByteArray &actual, const QString &path)
{
    if (QProcessEnvironment::systemEnvironment().contains(QStringLiteral("HEARTH_UPDATE_GOLDEN")))
        return writeAll(path, actual);
    const QByteArray expected = readAll(path);
    if (expected == actual)
        return true;
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> got = actual.split('\n');
    qWarning("golden mismatch: %s", qPrintable(path));
    int shown = 0;
    for (qsizetype i = 0; i < std::max(want.size(), got.size()) && shown < 20; ++i) {
        const QByteArray w = want.value(i);
        const QByteArray g = got.value(i);
        if (w == g)
            continue;
        qWarning("line %lld\n  - %s\n  + %s", qlonglong(i + 1), w.constData(), g.constData());
        ++shown;
    }
    return false;
}

inline QString dataPath(const char *relative)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/") + QLatin1String(relative);
}

// A visit with every step filled in, the way a practitioner would finish one.
inline Visit fullVisit()
{
    Visit v;
    v.id = QStringLiteral("0190f1a2-7b3c-7d4e-8f5a-6b7c8d9e0f10");
    v.packId = QStringLiteral("hearth.england");
    v.packVersion = QStringLiteral("1.0.0");
    v.createdUtc = QStringLiteral("2026-11-22T09:28:00.000Z");
    v.start.childId = QStringLiteral("6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b");
    v.start.notice = VisitNotice::Unannounced;
    v.start.place = VisitPlace::Home;
    v.start.purpose = QStringLiteral("Follow-up after the school's referral about hunger");
    v.start.arrivalUtc = QStringLiteral("2026-11-22T09:30:00Z");
    v.start.location = { LocationSource::Gps, 51507351, -127758, 35, {} };
    v.who.adultsPresent = { { QStringLiteral("a1"), QStringLiteral("Zoë Ardent"), true,
        QStringLiteral("Walks the children to school"), QStringLiteral("") } };
    v.who.childrenPresent = { { QStringLiteral("c2"), QStringLiteral("Mía Ardent"), {} } };
    v.who.adultsNotSeen = { { {}, QStringLiteral("Dai"), QStringLiteral("At work, per mother") } };
    v.who.menPrompts.insert(QStringLiteral("partner"),
        { QStringLiteral("yes"), QStringLiteral("Dai, stays most weekends") });
    v.who.newAdultIds = { QStringLiteral("a9") };
    v.who.newPeople = QStringLiteral("yes");
    v.seeing.seen = true;
    v.seeing.seenAlone = false;
    v.seeing.notSeenAloneReason = QStringLiteral("Mother stayed in the room");
    v.seeing.rooms = { QStringLiteral("kitchen"), QStringLiteral("child's bedroom") };
    v.seeing.bedroomSeen = true;
    v.seeing.sleepingPlace = QStringLiteral("Own bed, shares room with sister");
    v.seeing.communication = QStringLiteral("Welsh and English, talks freely");
    v.seeing.interpreter = { true, QStringLiteral("Uncle"), InterpreterRelation::FamilyMember };
    v.lived.answers.insert(QStringLiteral("middle.home"),
        { QStringLiteral("Talked while drawing"), QStringLiteral("Mam sleeps a lot") });
    v.lived.observedBehaviour = QStringLiteral("Ate two biscuits quickly");
    v.lived.dayInTheLife = QStringLiteral("Gets himself up and dressed; often no breakfast");
    v.neglect.ratings.insert(QStringLiteral("nutrition"),
        { NeglectLevel::SomeConcern, QStringLiteral("Fridge held only milk and margarine") });
    v.neglect.ratings.insert(QStringLiteral("dental"), { NeglectLevel::NoConcern, {} });
    v.neglect.povertyContext = QStringLiteral("Universal Credit sanction in October");
    v.cooperation = { 2, QStringLiteral("Two visits unanswered"), true, false, 3, 1,
        QStringLiteral("Mother fears the children will be taken") };
    v.missedAppointments = { { QStringLiteral("Dental check"), QStringLiteral("2026-11-01"),
        QStringLiteral("School nurse"), QStringLiteral("Rebooked for 2026-12-03") } };
    v.concerns.immediate = { false, {}, {}, {}, {} };
    v.concerns.concerns = { { QStringLiteral("parental-mental-health"),
        QStringLiteral("Mother says she sleeps most of the day") } };
    v.concerns.differences = { { QStringLiteral("GP"), QStringLiteral("Referral threshold"), true,
        QStringLiteral("Escalated to named nurse"), QStringLiteral("Pattern over 3 months") } };
    v.concerns.nextSteps = { { QStringLiteral("Strategy discussion"),
        QStringLiteral("Social worker"), QStringLiteral("2026-11-25") } };
    v.bodyMap.outline = BodyOutline::Child;
    v.bodyMap.marks = { { BodySide::Back, 2200, 5700, QStringLiteral("left-hand"), 15, 10,
        MarkColour::Yellow, QStringLiteral("Fading bruise across the knuckles"),
        QStringLiteral("2026-11-18"), {} } };
    v.review.whatItMeans = QStringLiteral("He is often hungry and looks after himself");
    return v;
}

} // namespace hearth::test
