#include "../testsupport.h"
#include "content/contentpackreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hearth;

namespace {
const QStringList Languages { QStringLiteral("en"), QStringLiteral("cy") };

// Every text the practitioner can see is an object keyed by language; walking the JSON itself
// (rather than the reader's structs) also covers texts the reader does not keep, so a new field
// cannot slip past in one language only.
void checkTexts(const QJsonValue &value, const QString &path, QStringList &problems, int &texts)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkTexts(array.at(i), path + QStringLiteral("[%1]").arg(i), problems, texts);
        return;
    }
    if (value.isString() && value.toString().contains(QLatin1Char('\'')))
        problems.append(
            path + QStringLiteral(": straight apostrophe (use \u2019): ") + value.toString());
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (!object.contains(QStringLiteral("en"))) {
        for (auto it = object.begin(); it != object.end(); ++it)
            checkTexts(it.value(), path + u'.' + it.key(), problems, texts);
        return;
    }
    ++texts;
    // QJsonObject keeps its keys sorted.
    if (object.keys() != QStringList { QStringLiteral("cy"), QStringLiteral("en") })
        problems.append(path + QStringLiteral(": languages are ") + object.keys().join(u','));
    const QString en = object.value(QStringLiteral("en")).toString();
    const QString cy = object.value(QStringLiteral("cy")).toString();
    if (en.isEmpty() != cy.isEmpty())
        problems.append(path + QStringLiteral(": written in one language only"));
    for (const QString &language : Languages)
        checkTexts(object.value(language), path + u'.' + language, problems, texts);
}
} // namespace

// Every pack shipped in core/content/packs, whether built in or handed to agencies: it loads,
// every text is in English and Welsh, and apostrophes are the typographic one throughout.
class TestShippedPacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTextInBothLanguagesWithOneApostrophe_data()
    {
        QTest::addColumn<QString>("packFile");
        const QDir packs(QStringLiteral(HEARTH_PACKS_DIR));
        const QStringList files = packs.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY2(files.size() >= 2, "the England and Wales packs are found");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << packs.filePath(file);
    }

    void everyTextInBothLanguagesWithOneApostrophe()
    {
        QFETCH(QString, packFile);
        const QByteArray json = test::readAll(packFile);
        auto pack = ContentPackReader::read(json, packFile);
        QVERIFY2(pack, pack ? "" : qPrintable(pack.error().message()));
        QCOMPARE(pack->languages, Languages);

        QStringList problems;
        int texts = 0;
        checkTexts(QJsonDocument::fromJson(json).object(), QStringLiteral("$"), problems, texts);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(texts > 100);
        qInfo("%s: %d texts, each in en and cy", qPrintable(pack->key()), texts);
    }

    // Every role has a prompt for the home screen and for the start of a visit, in both
    // languages; the school nurse's names who to tell in the pack's own terms.
    void rolePromptsForEveryRole_data() { everyTextInBothLanguagesWithOneApostrophe_data(); }
    void rolePromptsForEveryRole()
    {
        QFETCH(QString, packFile);
        auto pack = ContentPackReader::read(test::readAll(packFile), packFile);
        QVERIFY(pack);
        for (PractitionerRole role : PractitionerRoles::All) {
            for (const QString &where : { QStringLiteral("home"), QStringLiteral("visit-start") }) {
                for (const QString &language : Languages) {
                    const QStringList prompts = pack->rolePromptsFor(role, where, language);
                    QVERIFY2(!prompts.isEmpty() && !prompts.first().isEmpty(),
                        qPrintable(PractitionerRoles::slug(role) + u' ' + where + u' ' + language));
                }
            }
        }
        const bool wales = pack->id == u"hearth.wales";
        QVERIFY(pack->rolePromptsFor(
                        PractitionerRole::SchoolNurse, QStringLiteral("home"), QStringLiteral("en"))
                    .first()
                    .contains(wales ? QStringLiteral("designated safeguarding person")
                                    : QStringLiteral("designated safeguarding lead")));
    }

    // A straight apostrophe is caught, so the check above can fail.
    void aStraightApostropheIsFound()
    {
        QStringList problems;
        int texts = 0;
        const QJsonObject text { { QStringLiteral("en"), QStringLiteral("the child's words") },
            { QStringLiteral("cy"), QStringLiteral("geiriau\u2019r plentyn") } };
        checkTexts(
            QJsonObject { { QStringLiteral("hint"), text } }, QStringLiteral("$"), problems, texts);
        QCOMPARE(texts, 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("$.hint.en")));

        problems.clear();
        checkTexts(QJsonObject { { QStringLiteral("en"), QStringLiteral("Hazards") } },
            QStringLiteral("$"), problems, texts);
        QCOMPARE(problems.size(), 2); // no Welsh key, and so written in one language only
    }
};

QTEST_GUILESS_MAIN(TestShippedPacks)
#include "tst_shippedpacks.moc"
