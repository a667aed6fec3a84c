#pragma once

// What the console's in-process tests start from: a real SQLite store in a temporary folder,
// migrated to the newest schema, with a real server key recorded as hearth-admin init records it,
// and a clock the test moves.
#include "database.h"
#include "migrations.h"
#include "settingsstore.h"
#include "supervisionflags.h"
#include "supervisionrecords.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace hearth::server::test {

class TestClock final : public Clock
{
public:
    QDateTime now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

// A supervisor's review as the console's form makes it.
inline JsonValue reviewBody(const QString &child, const QString &discussion)
{
    return JsonValue::object({ { QStringLiteral("format"), 1 }, { QStringLiteral("child"), child },
        { QStringLiteral("supervisor"), QStringLiteral("sup-a") },
        { QStringLiteral("discussion"), discussion },
        { QStringLiteral("decision"), QStringLiteral("Keep open, visit within a week") },
        { QStringLiteral("rationale"), QStringLiteral("Concern keeps coming back") },
        { QStringLiteral("actions"), JsonValue::array() } });
}

struct SupervisionStore
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    DeviceKeyPair serverKey = DeviceKeyPair::generate();
    TestClock clock;

    // For initTestCase: QVERIFY fails the test when the store cannot be made.
    void open()
    {
        QVERIFY(dir.isValid());
        database = std::make_unique<Database>(StoreConfig::sqliteIn(dir.path()));
        QCOMPARE(Migrations::migrate(*database).value(), Migrations::latestVersion());
        QVERIFY(SettingsStore(*database).set(
            SettingsStore::serverPublicKey, DeviceKeyPair::toHex(serverKey.publicKey())));
    }

    Expected<SignedRecord, StoreError> signReview(const QString &child, const QString &discussion)
    {
        return SupervisionRecords(*database).sign(RecordKind::SupervisorReview, child,
            QStringLiteral("sup-a"), SupervisionFlags::builtIn().pack(),
            reviewBody(child, discussion), serverKey, clock);
    }
};

} // namespace hearth::server::test
