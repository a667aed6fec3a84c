#include "../testsupport.h"
#include "language/phrasebook.h"
#include "language/plainlanguagecheck.h"
#include "language/textfold.h"

#include <QTest>

using namespace hearth;

namespace {
QString dataPath(const char *name)
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/language/") + QLatin1String(name);
}

const PhraseBook &builtInBook()
{
    static PhraseBook book;
    static const bool loaded = book.loadBuiltIn().hasValue();
    Q_ASSERT(loaded);
    return book;
}

QStringList idsOf(const QList<Nudge> &nudges)
{
    QStringList ids;
    for (const Nudge &n : nudges)
        ids.append(n.phraseId);
    return ids;
}
} // namespace

// The plain-language check: stock phrases in English and Welsh get a nudge, ordinary text
// gets none, offsets point at the words as written, and agencies can tune the lists.
class TestPlainLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nudges_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        auto row = [](const char *name, const char *language, const char *text, QStringList ids) {
            QTest::newRow(name) << QString::fromLatin1(language) << QString::fromUtf8(text) << ids;
        };
        const QString conditions = QStringLiteral("poor-home-conditions");
        row("the review's example", "en", "Poor home conditions noted.", { conditions });
        row("case", "en", "POOR HOME CONDITIONS", { conditions });
        row("spread over a line", "en", "poor\nhome   conditions", { conditions });
        row("not across a sentence", "en", "He is poor. Home conditions are good.", {});
        row("rough handling", "en", "Some rough handling of baby seen.",
            { QStringLiteral("rough-handling") });
        row("non-engagement", "en", "Case closed due to non-engagement.",
            { QStringLiteral("non-engagement") });
        row("did not engage", "en", "Mother did not engage.", { QStringLiteral("did-not-engage") });
        row("didn't, curly", "en", "Dad didn’t engage with the plan.",
            { QStringLiteral("did-not-engage") });
        row("refused to engage", "en", "Family refused to engage.",
            { QStringLiteral("did-not-engage") });
        row("DNA", "en", "Child DNA for 6-8 week check.", { QStringLiteral("dna") });
        row("DNA'd", "en", "DNA'd twice in October.", { QStringLiteral("dna") });
        row("dna lower case is a word", "en", "the dna of this family", {});
        row("DNA test", "en", "Awaiting the DNA test.", {});
        row("DNA inside a word", "en", "DNAse levels", {});
        row("no concerns alone", "en", "No concerns.", { QStringLiteral("no-concerns-alone") });
        row("no concerns with more", "en",
            "No concerns about feeding: baby fed twice while I was there.", {});
        row("fine alone", "en", "  fine ", { QStringLiteral("no-concerns-alone") });
        row("streetwise", "en", "She is very streetwise.", { QStringLiteral("streetwise") });
        row("mature", "en", "Mature for her age and helps at home.",
            { QStringLiteral("mature-for-age") });
        row("lifestyle", "en", "This is a lifestyle choice.",
            { QStringLiteral("lifestyle-choice") });
        row("hostile alone", "en", "Mother hostile.", { QStringLiteral("hostile-undescribed") });
        row("hostile described", "en",
            "Mother was hostile: she shouted that I should leave and slammed the door twice.", {});
        row("unkempt", "en", "Children unkempt.", { QStringLiteral("unkempt") });
        row("chaotic", "en", "A chaotic household.", { QStringLiteral("chaotic") });
        row("volatile", "en", "Relationship volatile.", { QStringLiteral("volatile") });
        row("appropriate alone", "en", "Appropriate.",
            { QStringLiteral("appropriate-undescribed") });
        row("several", "en", "No concerns. Mother hostile and chaotic home.",
            { QStringLiteral("hostile-undescribed"), QStringLiteral("chaotic") });

        const QString amodau = QStringLiteral("poor-home-conditions");
        row("cy amodau", "cy", "Amodau cartref gwael.", { amodau });
        row("cy rough", "cy", "Gwelwyd y fam yn ei drin yn arw.",
            { QStringLiteral("rough-handling") });
        row("cy engagement", "cy", "Achos wedi cau oherwydd diffyg ymgysylltu.",
            { QStringLiteral("non-engagement") });
        row("cy DNA", "cy", "DNA ddwywaith ym mis Hydref.", { QStringLiteral("dna") });
        row("cy prawf DNA", "cy", "Aros am brawf DNA.", {});
        row("cy dim pryderon", "cy", "Dim pryderon.", { QStringLiteral("no-concerns-alone") });
        row("cy dim pryderon with more", "cy", "Dim pryderon am fwydo: bwydodd y babi ddwywaith.",
            {});
        row("cy gelyniaethus mutated", "cy", "Mam elyniaethus.",
            { QStringLiteral("hostile-undescribed") });
        row("cy blêr without accent", "cy", "Roedd y plant yn fler.",
            { QStringLiteral("unkempt") });
        row("cy blêr mutated", "cy", "Plant yn flêr.", { QStringLiteral("unkempt") });
        row("cy priodol short", "cy", "Ymddygiad yn briodol.",
            { QStringLiteral("appropriate-undescribed") });
        row("cy aeddfed", "cy", "Mae hi'n aeddfed am ei hoed.",
            { QStringLiteral("mature-for-age") });
        row("cy hen ben", "cy", "Hen ben ar ysgwyddau ifanc.",
            { QStringLiteral("mature-for-age") });
        row("cy streetwise", "cy", "Mae'n streetwise iawn.", { QStringLiteral("streetwise") });
        row("cy anhrefnus", "cy", "Cartref anhrefnus.", { QStringLiteral("chaotic") });
        row("cy volatile", "cy", "Mae ganddi berthynas gyfnewidiol gyda'i phartner.",
            { QStringLiteral("volatile") });
        row("cy dewis", "cy", "Mae'n dewis ffordd o fyw.", { QStringLiteral("lifestyle-choice") });
        row("unknown language", "fr", "Poor home conditions.", {});
    }
    void nudges()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        PlainLanguageCheck check(builtInBook());
        const QList<Nudge> nudges = check.check(text, language);
        QCOMPARE(idsOf(nudges), ids);
        for (const Nudge &n : nudges) {
            QCOMPARE(text.mid(n.start, n.length), n.phrase);
            QVERIFY(!n.nudge.isEmpty());
        }
    }

    void offsetsPointAtTheWords()
    {
        PlainLanguageCheck check(builtInBook());
        const QString text = QStringLiteral("Visit 2: Zoë’s home — poor home conditions, DNA x2.");
        const auto nudges = check.check(text, QStringLiteral("en"));
        QCOMPARE(nudges.size(), 2);
        QCOMPARE(nudges[0].start, text.indexOf(QStringLiteral("poor")));
        QCOMPARE(nudges[0].length, qsizetype(QStringLiteral("poor home conditions").size()));
        QCOMPARE(nudges[1].phrase, QStringLiteral("DNA"));
        QVERIFY(nudges[1].nudge.contains(QStringLiteral("was not brought")));
    }

    // Every phrase of both lists is found written on its own, so no entry is dead.
    void everyListedPhraseIsFound_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        for (const char *language : { "en", "cy" }) {
            const auto phrases = builtInBook().phrases(QLatin1String(language));
            QVERIFY(phrases.size() >= 18);
            for (const Phrase &phrase : phrases)
                for (const QString &match : phrase.match)
                    QTest::addRow("%s %s", language, qPrintable(match))
                        << QString::fromLatin1(language) << phrase.id << match + QLatin1Char('.');
        }
    }
    void everyListedPhraseIsFound()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        QFETCH(QString, text);
        PlainLanguageCheck check(builtInBook());
        QCOMPARE(idsOf(check.check(text, language)), QStringList { id });
    }

    void noFalseNudgesOnOrdinaryText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        for (const char *language : { "en", "cy" }) {
            const QString file = QStringLiteral("ordinary-%1.txt").arg(QLatin1String(language));
            const QStringList lines = QString::fromUtf8(test::readAll(dataPath(qPrintable(file))))
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(lines.size() >= 15);
            int n = 0;
            for (const QString &line : lines)
                QTest::addRow("%s %d", language, ++n) << QString::fromLatin1(language) << line;
        }
    }
    void noFalseNudgesOnOrdinaryText()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        PlainLanguageCheck check(builtInBook());
        QCOMPARE(idsOf(check.check(sentence, language)), QStringList());
    }

    void agencyListAddsReplacesAndSwitchesOff()
    {
        PhraseBook book;
        QVERIFY(book.loadBuiltIn());
        QVERIFY(book.loadFile(dataPath("agency-en.json")));
        PlainLanguageCheck check(book);
        const auto nudges
            = check.check(QStringLiteral("It kicked off. Chaotic. Unkempt."), QStringLiteral("en"));
        QCOMPARE(idsOf(nudges),
            QStringList({ QStringLiteral("kicked-off"), QStringLiteral("unkempt") }));
        QVERIFY(nudges[1].nudge.startsWith(QStringLiteral("Agency wording")));
        // Welsh is untouched by an English agency list.
        QCOMPARE(idsOf(check.check(QStringLiteral("Cartref anhrefnus."), QStringLiteral("cy"))),
            QStringList { QStringLiteral("chaotic") });

        PhraseBook broken;
        QVERIFY(broken.loadBuiltIn());
        auto refused = broken.loadFile(dataPath("agency-broken.json"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(
                     QStringLiteral("agency-broken.json: $.phrases[0].mode: \"sometimes\"")),
            qPrintable(refused.error()));
        QCOMPARE(broken.phrases(QStringLiteral("en")).size(),
            builtInBook().phrases(QStringLiteral("en")).size());
    }

    void foldsLikeAPractitionerTypes()
    {
        QCOMPARE(TextFold::fold(QStringLiteral("Siân ŴŶ Zoë Łukasz")),
            QStringLiteral("sian wy zoe lukasz"));
        QCOMPARE(TextFold::searchKey(QStringLiteral("O’Brien-Smith  ß")),
            QStringLiteral("obrien smith ss"));
    }
};

QTEST_GUILESS_MAIN(TestPlainLanguage)
#include "tst_plainlanguage.moc"
