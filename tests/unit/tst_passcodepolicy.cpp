#include "vault/passcodepolicy.h"

#include <QTest>

using hearth::PasscodePolicy;

// The passcode rules, as the first-run screen and the vault both apply them.
class TestPasscodePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QString>("passcode");
        QTest::addColumn<int>("problemCount");
        QTest::newRow("empty") << QString() << 1;
        QTest::newRow("seven") << QStringLiteral("abcdefg") << 1;
        QTest::newRow("eight ok") << QStringLiteral("garden7!") << 0;
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaa") << 1;
        QTest::newRow("repeated short") << QStringLiteral("1111") << 2;
        QTest::newRow("common digits") << QStringLiteral("12345678") << 1;
        QTest::newRow("common any case") << QStringLiteral("PassWord1") << 1;
        QTest::newRow("common nine") << QStringLiteral("123456789") << 1;
        QTest::newRow("phrase") << QStringLiteral("blue kettle on the stove") << 0;
        // Eight visible characters, but four of them outside the BMP (16 UTF-16 units).
        QTest::newRow("emoji counts by character")
            << QString::fromUtf8("\xF0\x9F\x8F\xA0\xF0\x9F\x8F\xA0\xF0\x9F\x8C\xB3\xF0\x9F\x8C\xB3")
            << 1;
        QTest::newRow("welsh") << QString::fromUtf8("cwtch-ŵyr-ŷd") << 0;
    }
    void problems()
    {
        QFETCH(QString, passcode);
        QFETCH(int, problemCount);
        const QStringList found = PasscodePolicy::problems(passcode);
        QCOMPARE(found.size(), problemCount);
        for (const QString &problem : found)
            QVERIFY(!problem.isEmpty());
    }

    void rulesAreExplained()
    {
        const QStringList rules = PasscodePolicy::rules();
        QCOMPARE(rules.size(), 3);
        QVERIFY(rules.first().contains(QString::number(PasscodePolicy::MinimumLength)));
    }
};

QTEST_GUILESS_MAIN(TestPasscodePolicy)
#include "tst_passcodepolicy.moc"
