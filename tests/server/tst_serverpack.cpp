// hearth-server --pack FILE: the real server process starts with an agency's own content pack and
// names it, and refuses to start with one it cannot judge flags with, saying which file and why.
#include "serverfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestServerPack : public ServerFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    static QByteArray englandPack()
    {
        QFile file(QStringLiteral(HEARTH_ENGLAND_PACK));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no England pack at %s", HEARTH_ENGLAND_PACK);
        return file.readAll();
    }

private Q_SLOTS:
    void cleanup() { tearDown(); }

    void tunedPackIsUsed()
    {
        QJsonObject pack = QJsonDocument::fromJson(englandPack()).object();
        pack.insert(QStringLiteral("id"), QStringLiteral("agency.tuned"));
        pack.insert(QStringLiteral("version"), QStringLiteral("3.1.0"));
        const QString path = write(QStringLiteral("tuned.json"), QJsonDocument(pack).toJson());
        const QString started = setUp({ QStringLiteral("--pack"), path });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString log = m_server->log();
        QVERIFY2(log.contains(QStringLiteral("content pack agency.tuned 3.1.0")), qPrintable(log));
    }

    void builtInWithoutPack()
    {
        const QString started = setUp();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY2(m_server->log().contains(QStringLiteral("content pack hearth.england")),
            qPrintable(m_server->log()));
    }

    void badPackRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("{ not json") << QStringLiteral("not JSON");
        QTest::newRow("no id") << QByteArray(
            R"({"version": "1", "languages": ["en"], "patterns": {}})")
                               << QStringLiteral("$.id");
        QTest::newRow("no patterns")
            << QByteArray(R"({"id": "a", "version": "1", "languages": ["en"]})")
            << QStringLiteral("$.patterns");
        QTest::newRow("unknown check")
            << QByteArray(R"({"id": "a", "version": "1", "languages": ["en"], "patterns": {"rules":
                 [{"id": "x", "check": "no-such-check", "says": {"en": "x"}}]}})")
            << QStringLiteral("$.patterns");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("--pack");
    }

    void badPackRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = content.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json"))
                                               : write(QStringLiteral("bad.json"), content);
        const QString started = setUp({ QStringLiteral("--pack"), path });
        QVERIFY2(!started.isEmpty(), "the server started with a bad pack");
        QVERIFY2(started.contains(path), qPrintable(started));
        QVERIFY2(started.contains(says), qPrintable(started));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerPack)
#include "tst_serverpack.moc"
