// The real app, offscreen, through a whole visit and a kill mid-visit; the vault is then
// opened here with the same passcode and its drafts and signed records are checked.

#include "visit/visitbody.h"
#include "visit/wizardstepstore.h"

#include "model/draftstore.h"
#include "vault/recordstore.h"
#include "vault/vault.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray Passcode = QByteArrayLiteral("kettle on the hob");
constexpr int AppTimeoutMs = 120000;
} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        return env;
    }

    void startApp(QProcess &app, const QString &dir, const QString &script)
    {
        app.setProcessEnvironment(environment());
        app.start(QStringLiteral(HEARTH_APP_PATH),
            { QStringLiteral("--data-dir"), dir, QStringLiteral("--kdf"),
                QStringLiteral("interactive"), QStringLiteral("--lang"), QStringLiteral("en_GB"),
                QStringLiteral("--ui-script"), script });
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
    }

    void runApp(const QString &dir, const QString &script)
    {
        QProcess app;
        startApp(app, dir, script);
        QVERIFY(app.waitForFinished(AppTimeoutMs));
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
            app.readAllStandardError().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void wholeVisitIsSignedAndAmended()
    {
        QTemporaryDir dir;
        runApp(dir.path(), QStringLiteral("visit-and-sign"));

        hearth::Vault vault(dir.path());
        QVERIFY(vault.unlock(Passcode));
        hearth::RecordStore records(vault.database());
        QVERIFY(records.open());
        QVERIFY(records.verifyAll());
        auto stored = records.envelopes();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);

        const auto visitRecord = hearth::VisitBody::parseEnvelope(stored->at(0));
        QVERIFY(visitRecord);
        QCOMPARE(visitRecord->kind, hearth::RecordKind::Visit);
        QCOMPARE(visitRecord->author, QStringLiteral("practitioner"));
        QCOMPARE(visitRecord->pack.id, QStringLiteral("hearth.england"));
        auto visit = hearth::VisitBody::fromBody(visitRecord->body);
        QVERIFY2(visit, qPrintable(visit ? QString() : visit.error()));
        QCOMPARE(visitRecord->body[u"visitId"].toString(), visit->id);
        QCOMPARE(visitRecord->body[u"child"].toString(), visit->start.childId);
        QCOMPARE(visit->start.notice, hearth::VisitNotice::Unannounced);
        QCOMPARE(visit->start.place, hearth::VisitPlace::Home);
        QCOMPARE(visit->start.purpose, QStringLiteral("Routine visit after the new baby."));
        QCOMPARE(visit->start.location.source, hearth::LocationSource::Manual);
        QCOMPARE(visit->seeing.seen, std::optional<bool>(true));
        QCOMPARE(visit->seeing.seenAlone, std::optional<bool>(true));
        QCOMPARE(visit->neglect.ratings.value(QStringLiteral("dental")).level,
            hearth::NeglectLevel::SomeConcern);
        QVERIFY(visit->neglect.ratings.value(QStringLiteral("dental"))
                    .description.contains(QStringLiteral("decayed")));
        QCOMPARE(visit->cooperation.level, std::optional<qint64>(4));
        QCOMPARE(visit->concerns.nextSteps.size(), 1);
        QCOMPARE(visit->concerns.nextSteps.first().who, QStringLiteral("Health visitor"));
        // Typed as 01/07/2025 in the date field, kept as ISO.
        QCOMPARE(visit->concerns.nextSteps.first().byWhen, QStringLiteral("2025-07-01"));
        QVERIFY(visit->review.whatItMeans.contains(QStringLiteral("dentist")));
        QCOMPARE(visit->review.status, hearth::VisitStatus::Complete);

        const auto amendment = hearth::VisitBody::parseEnvelope(stored->at(1));
        QVERIFY(amendment);
        QCOMPARE(amendment->kind, hearth::RecordKind::Amendment);
        QCOMPARE(amendment->body[u"amends"].toString(), visitRecord->id);
        QCOMPARE(amendment->body[u"reason"].toString(),
            QStringLiteral("Mother phoned with the dentist's name."));

        hearth::DraftStore drafts(vault.database());
        auto open = drafts.list(hearth::DraftStore::Filter::Drafts);
        QVERIFY(open);
        QVERIFY(open->isEmpty());
        auto complete = drafts.list(hearth::DraftStore::Filter::Complete);
        QVERIFY(complete);
        QCOMPARE(complete->size(), 1);
        QCOMPARE(complete->first().id, visit->id);
        records.close();
        vault.lock();
    }

    void killedMidVisitReopensWhereItWas()
    {
        QTemporaryDir dir;
        {
            QProcess app;
            startApp(app, dir.path(), QStringLiteral("visit-partial"));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return app.readAllStandardOutput().contains("HEARTH-READY")
                        || app.state() == QProcess::NotRunning;
                },
                AppTimeoutMs));
            QCOMPARE(app.state(), QProcess::Running);
            app.kill(); // SIGKILL: no chance to save anything on the way out
            QVERIFY(app.waitForFinished());
            QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        }
        {
            hearth::Vault vault(dir.path());
            QVERIFY(vault.unlock(Passcode));
            hearth::DraftStore drafts(vault.database());
            auto open = drafts.list(hearth::DraftStore::Filter::Drafts);
            QVERIFY(open);
            QCOMPARE(open->size(), 1);
            auto visit = drafts.load(open->first().id);
            QVERIFY(visit);
            QCOMPARE(visit->start.purpose, QStringLiteral("Routine visit after the new baby."));
            QCOMPARE(visit->seeing.communication, QStringLiteral("Short sentences in English."));
            QCOMPARE(visit->lived.observedBehaviour,
                QStringLiteral("Maya showed me her drawing of the family dog."));
            QCOMPARE(hearth::WizardStepStore(vault.database()).step(visit->id), 3);
            vault.lock();
        }
        // Started again, the app offers the draft and reopens it on step 4 with its text.
        runApp(dir.path(), QStringLiteral("resume-check"));
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)

#include "tst_e2e.moc"
