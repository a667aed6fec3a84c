// Child process for tst_crashsafety: opens an encrypted database with the hex data key read
// from stdin and commits one small row per transaction (the autosave pattern), printing each
// id only after its COMMIT returned, until it is killed.
#include "vault/database.h"
#include "vault/migrations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

using namespace hearth;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0 || argc != 3)
        return 2;
    std::string hexKey;
    std::getline(std::cin, hexKey);
    DataKey key;
    if (hexKey.size() != 64
        || sodium_hex2bin(
               key.data(), DataKey::size, hexKey.data(), hexKey.size(), nullptr, nullptr, nullptr)
            != 0)
        return 2;
    auto db
        = Database::open(QString::fromLocal8Bit(argv[1]), key, Database::OpenMode::ExistingOnly, 3);
    if (!db || !Migrations::migrate(*db))
        return 3;
    const long long start = std::stoll(argv[2]);
    std::printf("ready\n");
    std::fflush(stdout);
    for (long long id = start;; ++id) {
        auto ok = db->transaction([&]() -> Expected<void, VaultError> {
            auto insert
                = db->prepare(QStringLiteral("INSERT INTO draft (id, kind, body, created_utc, "
                                             "updated_utc) VALUES (?, 'visit', ?, 'now', 'now')"));
            if (!insert)
                return unexpected(insert.error());
            return insert->bind(1, QString::number(id))
                .bind(2, QString(200, QLatin1Char('b')))
                .run();
        });
        if (!ok)
            return 4;
        std::printf("%lld\n", id);
        std::fflush(stdout);
    }
}
