#include "language/plainlanguagecheck.h"
#include "missingbodies.h"
#include "record/bodyvalidator.h"
#include "record/missingbody.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hearth;

namespace {
const PlainLanguageCheck &check()
{
    static PhraseBook book;
    static const bool loaded = book.loadBuiltIn().hasValue();
    Q_ASSERT(loaded);
    static const PlainLanguageCheck built(book);
    return built;
}

// Every string member of `value` set to `text`, except the young person's own words.
JsonValue filled(const JsonValue &value, const QString &text)
{
    if (value.isString())
        return JsonValue(text);
    if (value.isArray()) {
        JsonValue out = JsonValue::array();
        for (const JsonValue &item : value.items())
            out.append(filled(item, text));
        return out;
    }
    if (!value.isObject())
        return value;
    JsonValue out = JsonValue::object();
    for (const JsonMember &member : value.members())
        out.insert(
            member.key, member.key == u"childsWords" ? member.value : filled(member.value, text));
    return out;
}

JsonValue fullEpisode()
{
    const QDateTime back(QDate(2026, 3, 5), QTime(9, 30), QTimeZone::utc());
    JsonValue body = test::episodeBody(QStringLiteral("c-1"), back.addDays(-1), back);
    body.insert(QStringLiteral("harmNoticed"), QStringLiteral("A cut on the hand"));
    body.insert(QStringLiteral("childsWords"),
        JsonValue::object({ { QStringLiteral("by"), QStringLiteral("child") },
            { QStringLiteral("quote"), QStringLiteral("I put myself at risk, they said") } }));
    body.insert(QStringLiteral("exploitationContext"),
        JsonValue::array(
            { JsonValue::object({ { QStringLiteral("indicator"), QStringLiteral("peers") },
                { QStringLiteral("observed"), QStringLiteral("Older boys at the gate") },
                { QStringLiteral("source"), QStringLiteral("School") } }) }));
    return body;
}

JsonValue fullInterview()
{
    JsonValue body = test::interviewBody(QStringLiteral("c-1"),
        QStringLiteral("01959b7e-6a80-7a3c-9b1d-0c2e4f6a8b10"), QStringLiteral("declined"),
        QDateTime(QDate(2026, 3, 6), QTime(10, 0), QTimeZone::utc()));
    body.insert(QStringLiteral("reason"), QStringLiteral("Tired"));
    body.insert(QStringLiteral("exploitationContext"), fullEpisode()[u"exploitationContext"]);
    return body;
}
} // namespace

// The nudge against language that blames an exploited young person (issue 11, item 5) reaches
// every free-text member of the adolescent records, found by walking the body rather than from a
// list; closed words, ids and times are not text, and the young person's words are never
// nudged. The blaming phrases of DOMAIN s.1 each have a nudge in both languages, worded whole.
class TestMissingNudges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFreeTextMemberIsChecked_data()
    {
        QTest::addColumn<bool>("isInterview");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("blaming");
        QTest::addColumn<QStringList>("paths");
        const QStringList episode { QStringLiteral("$.body.policeReference"),
            QStringLiteral("$.body.whereFound"), QStringLiteral("$.body.whoWith"),
            QStringLiteral("$.body.howReturned"), QStringLiteral("$.body.harmNoticed"),
            QStringLiteral("$.body.exploitationContext[0].observed"),
            QStringLiteral("$.body.exploitationContext[0].source") };
        const QStringList interview { QStringLiteral("$.body.actions"),
            QStringLiteral("$.body.by.role"), QStringLiteral("$.body.by.agency"),
            QStringLiteral("$.body.reason"),
            QStringLiteral("$.body.exploitationContext[0].observed"),
            QStringLiteral("$.body.exploitationContext[0].source") };
        for (const auto &[language, blaming] :
            { std::pair { "en", "She keeps putting herself at risk" },
                std::pair { "cy", "Mae hi'n rhoi ei hun mewn perygl" } }) {
            QTest::addRow("episode %s", language)
                << false << QString::fromLatin1(language) << QString::fromUtf8(blaming) << episode;
            QTest::addRow("interview %s", language)
                << true << QString::fromLatin1(language) << QString::fromUtf8(blaming) << interview;
        }
    }
    void everyFreeTextMemberIsChecked()
    {
        QFETCH(bool, isInterview);
        QFETCH(QString, language);
        QFETCH(QString, blaming);
        QFETCH(QStringList, paths);
        const JsonValue body = isInterview ? fullInterview() : fullEpisode();
        QVERIFY(BodyValidator::validate(
            isInterview ? RecordKind::ReturnHomeInterview : RecordKind::GoingMissing, body));
        const auto texts = MissingBody::freeText(filled(body, blaming));
        QStringList found;
        for (const auto &[path, text] : texts) {
            found.append(path);
            const QList<Nudge> nudges = check().check(text, language);
            QVERIFY2(nudges.size() == 1, qPrintable(path));
            QCOMPARE(nudges.first().phraseId, QStringLiteral("putting-self-at-risk"));
        }
        std::sort(found.begin(), found.end());
        std::sort(paths.begin(), paths.end());
        QCOMPARE(found, paths);
    }

    void blamingPhrasesAreNudged_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("en at risk") << "en"
                                    << "putting himself at risk"
                                    << "putting-self-at-risk";
        QTest::newRow("en lifestyle") << "en"
                                      << "it is a lifestyle choice"
                                      << "lifestyle-choice";
        QTest::newRow("en streetwise") << "en"
                                       << "he is very streetwise"
                                       << "streetwise";
        QTest::newRow("en promiscuous") << "en"
                                        << "described as promiscuous"
                                        << "promiscuous";
        QTest::newRow("en consensual") << "en"
                                       << "it was consensual"
                                       << "consensual";
        QTest::newRow("cy at risk") << "cy"
                                    << "yn rhoi ei hun mewn perygl"
                                    << "putting-self-at-risk";
        QTest::newRow("cy lifestyle") << "cy"
                                      << "dewis ffordd o fyw"
                                      << "lifestyle-choice";
        QTest::newRow("cy streetwise") << "cy"
                                       << "mae'n streetwise"
                                       << "streetwise";
        QTest::newRow("cy promiscuous") << "cy"
                                        << "mae hi'n anllad"
                                        << "promiscuous";
        QTest::newRow("cy consensual") << "cy"
                                       << "roedd yn gydsyniol"
                                       << "consensual";
    }
    void blamingPhrasesAreNudged()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        const QList<Nudge> nudges = check().check(text, language);
        QCOMPARE(nudges.size(), 1);
        QCOMPARE(nudges.first().phraseId, phrase);
        QVERIFY(!nudges.first().nudge.contains(u'{'));
        // A concrete description of what adults saw is left alone.
        QVERIFY(check()
                    .check(QStringLiteral("Found in a flat with two men in their twenties"),
                        QStringLiteral("en"))
                    .isEmpty());
    }

    // Every nudge of both built-in lists is a sentence, never a left-over match pattern.
    void nudgesAreWordedWhole()
    {
        for (const char *file : { "phrases-en.json", "phrases-cy.json" }) {
            QFile list(QStringLiteral(HEARTH_PHRASES_DIR "/") + QLatin1String(file));
            QVERIFY(list.open(QIODevice::ReadOnly));
            const QJsonArray phrases = QJsonDocument::fromJson(list.readAll())
                                           .object()[QStringLiteral("phrases")]
                                           .toArray();
            QVERIFY(!phrases.isEmpty());
            for (const QJsonValue &phrase : phrases) {
                const QString nudge = phrase[QStringLiteral("nudge")].toString();
                QVERIFY2(!nudge.isEmpty() && !nudge.contains(u'{') && !nudge.contains(u'|'),
                    qPrintable(QLatin1String(file) + QLatin1Char(' ')
                        + phrase[QStringLiteral("id")].toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMissingNudges)
#include "tst_missingnudges.moc"
