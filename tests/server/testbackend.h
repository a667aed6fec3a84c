#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// One fresh store for one test: a SQLite data folder, or a new database on the PostgreSQL
// server named by HEARTH_TEST_PG_URL. Also reads the store directly to take a fingerprint, so
// tests can prove a refused request changed nothing.
class TestBackend
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    // Which backend this test executable runs (HEARTH_TEST_BACKEND), and whether it can.
    static Kind selected();
    static QString postgresUrl(); // empty when not configured

    TestBackend();
    explicit TestBackend(Kind kind);
    ~TestBackend();

    // Empty on success. Runs hearth-admin init and adds practitioner hv-0042.
    QString create();
    QStringList storeArguments() const; // --data DIR, or --db URL --key FILE
    QString dir() const { return m_dir.path(); }

    // SHA-256 over every table except request nonces (which every authenticated request adds).
    QByteArray fingerprint() const;
    qint64 count(const QString &table) const;
    // Runs one statement directly on the store (to damage it on purpose); true on success.
    bool exec(const QString &sql) const;
    // The test's own connection to the store (benchmarks insert through it).
    QSqlDatabase database() const;

private:
    QString openConnection() const;

    Kind m_kind;
    QTemporaryDir m_dir;
    QString m_dbName;
    QString m_connection;
};

// main() for the server test executables: runs the tests against the backend CTest selected,
// and says plainly when the PostgreSQL variant cannot run (failing if HEARTH_REQUIRE_PG=1).
#define HEARTH_SERVER_TEST_MAIN(TestClass)                                                         \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        if (TestBackend::selected() == TestBackend::Kind::Postgres                                 \
            && TestBackend::postgresUrl().isEmpty()) {                                             \
            if (qEnvironmentVariable("HEARTH_REQUIRE_PG") == u"1") {                               \
                std::fprintf(stderr,                                                               \
                    "FAIL: HEARTH_REQUIRE_PG=1 but HEARTH_TEST_PG_URL is not set; run "            \
                    "the tests through scripts/with-postgres\n");                                  \
                return 1;                                                                          \
            }                                                                                      \
            std::printf(                                                                           \
                "PostgreSQL not configured (HEARTH_TEST_PG_URL is not set): the PostgreSQL "       \
                "variant of " #TestClass " was NOT run. Use scripts/with-postgres ctest ...\n");   \
            return 77; /* CTest's SKIP_RETURN_CODE for the _postgresql variants */                 \
        }                                                                                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
