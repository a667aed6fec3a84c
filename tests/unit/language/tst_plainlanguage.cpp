#include "../testsupport.h"
#include "language/phrasebook.h"
#include "language/plainlanguagecheck.h"
#include "language/textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Thousands of variants once the alternatives are expanded: the check is built once.
const PlainLanguageCheck &builtInCheck()
{
    static const PlainLanguageCheck check(builtInBook());
    return check;
}

// Loads an agency list of one phrase with this match; the error, or empty when loaded.
QString loadMatch(PhraseBook &book, const char *match)
{
    const QJsonObject phrase { { QStringLiteral("id"), QStringLiteral("x") },
        { QStringLiteral("match"), QJsonArray { QString::fromUtf8(match) } },
        { QStringLiteral("nudge"), QStringLiteral("n") } };
    const QJsonObject list { { QStringLiteral("format"), 1 },
        { QStringLiteral("language"), QStringLiteral("en") },
        { QStringLiteral("phrases"), QJsonArray { phrase } } };
    const auto loaded = book.loadBytes(QJsonDocument(list).toJson(), QStringLiteral("agency.json"));
    return loaded ? QString() : loaded.error();
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
        const PlainLanguageCheck &check = builtInCheck();
        const QList<Nudge> nudges = check.check(text, language);
        QCOMPARE(idsOf(nudges), ids);
        for (const Nudge &n : nudges) {
            QCOMPARE(text.mid(n.start, n.length), n.phrase);
            QVERIFY(!n.nudge.isEmpty());
        }
    }

    // The sharper rules: each fires in both languages, with any apostrophe and in any case
    // where the phrase allows it, and stays quiet on a concrete description.
    void sharperRules_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id"); // empty: no nudge at all
        auto row = [](const char *name, const char *language, const char *text, const char *id) {
            QTest::newRow(name) << QString::fromLatin1(language) << QString::fromUtf8(text)
                                << QString::fromLatin1(id);
        };
        // Every way an apostrophe reaches the tablet: typed, autocorrected, pasted.
        const char *apostrophes[] = { "'", "\u2019", "\u2018", "`", "\u00B4", "\u02BC" };
        for (const char *a : apostrophes) {
            const QString mark = QString::fromUtf8(a);
            for (const char *language : { "en", "cy" }) {
                for (const char *dna : { "DNA", "dna", "Dna" })
                    QTest::addRow("%s mum %s%sd", language, dna, a)
                        << QString::fromLatin1(language)
                        << QStringLiteral("mum %1%2d the 2-year review")
                               .arg(QLatin1String(dna), mark)
                        << QStringLiteral("dna");
            }
            QTest::addRow("en didn%st engage", a)
                << QStringLiteral("en") << QStringLiteral("Dad didn%1t engage.").arg(mark)
                << QStringLiteral("did-not-engage");
            QTest::addRow("en it%ss his autism", a)
                << QStringLiteral("en")
                << QStringLiteral("The soiling: it%1s his autism.").arg(mark)
                << QStringLiteral("put-down-to-diagnosis");
            QTest::addRow("cy amodau%sn wael", a)
                << QStringLiteral("cy") << QStringLiteral("Roedd yr amodau%1n wael.").arg(mark)
                << QStringLiteral("poor-home-conditions");
        }
        row("en DNA alone still an abbreviation only", "en", "the dna of this family", "");
        row("en DNA sample", "en", "The DNA sample was sent.", "");

        row("en conditions are poor", "en", "Conditions are poor.", "poor-home-conditions");
        row("en conditions were very poor", "en", "Home conditions were very poor.",
            "poor-home-conditions");
        row("en living conditions remain poor", "en", "LIVING CONDITIONS REMAIN POOR",
            "poor-home-conditions");
        row("en engaging well", "en", "Mum engaging well.", "engaging-well");
        row("en engaging well in quotes", "en", "Parents are \u201Cengaging well\u201D.",
            "engaging-well");
        row("en engaged fully", "en", "Both parents have engaged fully with the plan.",
            "engaging-well");
        row("en good engagement", "en", "Good engagement from mum.", "engaging-well");
        row("en never engaged", "en", "Father has never engaged.", "did-not-engage");
        row("en never engages", "en", "Never engages with the health visitor.", "did-not-engage");
        row("en not engaging with services", "en", "Mum is not engaging with services.",
            "did-not-engage");
        row("en poor engagement", "en", "Poor engagement throughout.", "non-engagement");

        row("en it is his autism", "en", "Head banging - it is his autism.",
            "put-down-to-diagnosis");
        row("en because of her ADHD", "en", "Bruised shins because of her adhd.",
            "put-down-to-diagnosis");
        row("en typical for a child with", "en", "Smearing is typical for a child with autism.",
            "put-down-to-diagnosis");
        row("en due to his disability", "en", "Weight loss due to his disability.",
            "put-down-to-diagnosis");
        row("en because she is autistic", "en", "Not eating because she is autistic.",
            "put-down-to-diagnosis");
        row("en part of her condition", "en", "The marks are part of her condition.",
            "put-down-to-diagnosis");

        row("en putting herself in danger", "en", "She keeps putting herself in danger.",
            "putting-self-at-risk");
        row("en puts himself at risk", "en", "He puts himself at risk by going missing.",
            "putting-self-at-risk");
        row("en lifestyle choice", "en", "Going out at night is her lifestyle choice.",
            "lifestyle-choice");
        row("en streetwise", "en", "Very Street-Wise for 14.", "streetwise");
        row("en promiscuous", "en", "Described by school as promiscuous.", "promiscuous");
        row("en sleeping around", "en", "Rumours of her sleeping around.", "promiscuous");
        row("en consensual", "en", "Police say it was consensual.", "consensual");
        row("en knows what she is doing", "en", "She knows what she\u2019s doing.", "consensual");
        row("en older boyfriend", "en", "She stays with her older boyfriend.", "consensual");

        // Concrete descriptions: nothing to nudge.
        row("en not brought, described", "en",
            "Mum did not bring him to the 2-year review on 3 March; I phoned her the same "
            "afternoon and she said the bus had not come. New date 17 March, I will ring the day "
            "before.",
            "");
        row("en kitchen floor", "en",
            "The kitchen floor was covered in dog faeces and the bin was overflowing onto it.", "");
        row("en a quote of the child", "en",
            "He said: \u201CI don\u2019t like it when Daddy shouts, I hide under my bed.\u201D",
            "");
        row("en engaging well, described", "en",
            "Mum has been engaging well: she showed me his room and brought him to clinic on "
            "3 March.",
            "");
        row("en diagnosis named, not blamed", "en",
            "His autism was diagnosed in May; he uses a picture timetable at home.", "");
        row("en non-consensual", "en", "A non-consensual image of her was shared at school.", "");
        row("en seen with men, described", "en",
            "At 23:00 she got into a car with two men in their twenties outside the shop.", "");

        row("cy conditions poor", "cy", "Amodau gwael.", "poor-home-conditions");
        row("cy amodau yn wael", "cy", "Roedd amodau\u2019r cartref yn wael.",
            "poor-home-conditions");
        row("cy engaging well", "cy", "Mam yn ymgysylltu\u2019n dda.", "engaging-well");
        row("cy engagement good", "cy", "Ymgysylltiad da gan y tad.", "engaging-well");
        row("cy never engaged", "cy", "Dyw e erioed wedi ymgysylltu.", "non-engagement");
        row("cy poor engagement", "cy", "Ymgysylltiad gwael drwy gydol y cyfnod.",
            "non-engagement");
        row("cy because of his autism", "cy", "Mae'n taro ei ben oherwydd ei awtistiaeth.",
            "put-down-to-diagnosis");
        row("cy because of her ADHD", "cy", "Cleisiau o achos ei ADHD.", "put-down-to-diagnosis");
        row("cy as a result of his condition", "cy", "Colli pwysau o ganlyniad i\u2019w gyflwr.",
            "put-down-to-diagnosis");
        row("cy typical of a child with", "cy", "Mae hyn yn nodweddiadol o blentyn ag awtistiaeth.",
            "put-down-to-diagnosis");
        row("cy it's her disability", "cy", "Ei hanabledd yw hyn.", "put-down-to-diagnosis");
        row("cy because she is autistic", "cy", "Dim yn bwyta am ei bod yn awtistig.",
            "put-down-to-diagnosis");
        row("cy putting herself at risk", "cy", "Mae hi'n rhoi ei hun mewn sefyllfaoedd peryglus.",
            "putting-self-at-risk");
        row("cy lifestyle", "cy", "Mae hi wedi dewis y ffordd hon o fyw.", "lifestyle-choice");
        row("cy streetwise", "cy", "Mae'n STREETWISE iawn.", "streetwise");
        row("cy promiscuous", "cy", "Dywedodd yr ysgol ei bod hi'n anllad.", "promiscuous");
        row("cy relationship with an older man", "cy", "Mae hi mewn perthynas â dyn hŷn.",
            "promiscuous");
        row("cy consensual", "cy", "Dywed yr heddlu ei fod yn gydsyniol.", "consensual");
        row("cy knows what she is doing", "cy", "Mae hi'n gwybod beth mae hi\u2019n ei wneud.",
            "consensual");
        row("cy older boyfriend", "cy", "Mae ganddi gariad hŷn.", "consensual");

        row("cy not brought, described", "cy",
            "Ni ddaeth mam ag ef i'r adolygiad 2 flwydd ar 3 Mawrth; ffoniais hi'r prynhawn "
            "hwnnw a dywedodd nad oedd y bws wedi dod.",
            "");
        row("cy kitchen floor", "cy", "Roedd llawr y gegin wedi'i orchuddio â baw ci.", "");
        row("cy a quote of the child", "cy",
            "Dywedodd: \u201CDwi ddim yn hoffi pan mae Dad yn gweiddi, dwi\u2019n cuddio o dan y "
            "gwely.\u201D",
            "");
        row("cy engaging well, described", "cy",
            "Mae mam wedi ymgysylltu'n dda: dangosodd ei ystafell i mi a daeth ag ef i'r clinig ar "
            "3 Mawrth.",
            "");
        row("cy diagnosis named, not blamed", "cy",
            "Cafodd ei awtistiaeth ei gadarnhau ym mis Mai; mae'n defnyddio amserlen luniau.", "");
    }
    void sharperRules()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, id);
        const PlainLanguageCheck &check = builtInCheck();
        const QList<Nudge> nudges = check.check(text, language);
        QCOMPARE(idsOf(nudges), id.isEmpty() ? QStringList() : QStringList { id });
        for (const Nudge &n : nudges)
            QCOMPARE(text.mid(n.start, n.length), n.phrase);
    }

    // A phrase file may write alternatives in braces; a brace that does not pair up, or
    // alternatives that multiply past reason, refuse the file with nothing merged.
    void alternativesInBraces()
    {
        PhraseBook book;
        QCOMPARE(loadMatch(book, "due to {his|her} {autism|ADHD}"), QString());
        QCOMPARE(book.phrases(QStringLiteral("en")).first().match,
            QStringList({ QStringLiteral("due to his autism"), QStringLiteral("due to his ADHD"),
                QStringLiteral("due to her autism"), QStringLiteral("due to her ADHD") }));
        QCOMPARE(loadMatch(book, "x{a|}"), QString());

        PhraseBook broken;
        QVERIFY(loadMatch(broken, "due to {his|her autism")
                    .startsWith(QStringLiteral(
                        "agency.json: $.phrases[0].match: has \"{\" without its \"}\"")));
        QVERIFY(loadMatch(broken, "due to his} autism").contains(QStringLiteral("without \"{\"")));
        QVERIFY(loadMatch(broken, "{a|b} {c|{d}}").contains(QStringLiteral("without its")));
        QVERIFY(loadMatch(broken, "{|}").contains(QStringLiteral("empty text")));
        QVERIFY(loadMatch(broken,
            "{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} "
            "{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j}")
                    .contains(QStringLiteral("more than 5000")));
        QVERIFY(broken.phrases(QStringLiteral("en")).isEmpty());
    }

    void offsetsPointAtTheWords()
    {
        const PlainLanguageCheck &check = builtInCheck();
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
            for (const Phrase &phrase : phrases) {
                for (const QString &match : phrase.match)
                    QTest::addRow("%s %s", language, qPrintable(match))
                        << QString::fromLatin1(language) << phrase.id << match + QLatin1Char('.');
                for (const QString &match : phrase.anyCase)
                    QTest::addRow("%s %s lower case", language, qPrintable(match))
                        << QString::fromLatin1(language) << phrase.id
                        << match.toLower() + QLatin1Char('.');
            }
        }
    }
    void everyListedPhraseIsFound()
    {
        QFETCH(QString, language);
        QFETCH(QString, id);
        QFETCH(QString, text);
        const PlainLanguageCheck &check = builtInCheck();
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
        const PlainLanguageCheck &check = builtInCheck();
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
