// Messages made in C++ reach a Welsh-speaking practitioner in Welsh: each is looked up in the
// built Welsh translation under the context lupdate filed it in. A lookup under another
// context finds nothing and the English shows, which no test of the English text would catch.
#include "model/visit.h"
#include "model/visitvalidator.h"
#include "pinlock.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace hearth;

class TestWelshMessages : public QObject
{
    Q_OBJECT

private:
    QStringList validatorTexts() const
    {
        QStringList texts;
        for (const MissingItem &item : VisitValidator::missing(Visit {}))
            texts << item.text;
        return texts;
    }

private Q_SLOTS:
    void everyMessageIsWelsh()
    {
        const QStringList validatorEnglish = validatorTexts();
        const QStringList pinEnglish = { PinLock::problem(QStringLiteral("12")),
            PinLock::problem(QStringLiteral("123456")) };
        QVERIFY(validatorEnglish.size() > 3);
        for (const QString &text : pinEnglish)
            QVERIFY(!text.isEmpty());

        QTranslator welsh;
        QVERIFY2(welsh.load(QStringLiteral(HEARTH_WELSH_QM)), HEARTH_WELSH_QM);
        QVERIFY(QCoreApplication::installTranslator(&welsh));
        const QStringList validatorWelsh = validatorTexts();
        QCOMPARE(validatorWelsh.size(), validatorEnglish.size());
        for (qsizetype i = 0; i < validatorWelsh.size(); ++i)
            QVERIFY2(validatorWelsh.at(i) != validatorEnglish.at(i),
                qPrintable(QStringLiteral("still English: ") + validatorWelsh.at(i)));
        const QStringList pinWelsh = { PinLock::problem(QStringLiteral("12")),
            PinLock::problem(QStringLiteral("123456")) };
        for (qsizetype i = 0; i < pinWelsh.size(); ++i)
            QVERIFY2(pinWelsh.at(i) != pinEnglish.at(i),
                qPrintable(QStringLiteral("still English: ") + pinWelsh.at(i)));
        QCoreApplication::removeTranslator(&welsh);
    }
};

QTEST_GUILESS_MAIN(TestWelshMessages)
#include "tst_welshmessages.moc"
