#include "../testsupport.h"
#include "content/contentlibrary.h"
#include "content/contentpackreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
QString dataDir()
{
    return QStringLiteral(HEARTH_TEST_DATA_DIR "/content");
}

const ContentPack &builtIn()
{
    static ContentLibrary library;
    static const bool loaded = library.loadBuiltIn().hasValue();
    Q_ASSERT(loaded);
    return *library.current();
}

QStringList allTexts(const ContentPack &pack)
{
    QStringList out;
    auto add = [&](const LocalText &text) {
        for (const QString &language : pack.languages)
            out.append(language + QLatin1Char(':') + text.byLanguage.value(language));
    };
    for (const auto &band : pack.ageBands)
        add(band.label);
    for (const auto &prompt : pack.livedExperience)
        add(prompt.text);
    for (const auto &item : pack.neglectItems())
        add(item.label);
    for (const auto &level : pack.cooperationLevels) {
        add(level.label);
        add(level.descriptor);
    }
    for (const auto &list : { pack.cooperationFlags, pack.concernCategories, pack.menPrompts })
        for (const auto &entry : list)
            add(entry.label);
    return out;
}
} // namespace

// Content packs: the built-in England pack, age bands, agency packs from a folder, and every
// way a broken pack is refused with the file, path and problem named.
class TestContentPacks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInPackIsComplete()
    {
        ContentLibrary library;
        auto ok = library.loadBuiltIn();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message()));
        const ContentPack *pack = library.current();
        QVERIFY(pack);
        QCOMPARE(pack->id, QStringLiteral("hearth.england"));
        QCOMPARE(pack->languages, QStringList({ QStringLiteral("en"), QStringLiteral("cy") }));
        QStringList bands;
        for (const auto &band : pack->ageBands)
            bands.append(band.id);
        QCOMPARE(bands,
            QStringList(
                { QStringLiteral("unborn"), QStringLiteral("under-1"), QStringLiteral("1-5"),
                    QStringLiteral("6-10"), QStringLiteral("11-15"), QStringLiteral("16-plus") }));
        QStringList items;
        for (const auto &item : pack->neglectItems())
            items.append(item.id);
        for (const char *id : { "dental", "immunisations", "health-appointments", "nutrition",
                 "stimulation", "school-attendance", "home-hygiene", "hazards", "fire-risk",
                 "overcrowding", "supervision", "clothing", "emotional-availability" })
            QVERIFY2(items.contains(QLatin1String(id)), id);
        QCOMPARE(pack->cooperationLevels.size(), 5);
        QCOMPARE(pack->cooperationLevels.last().level, 5);
        QVERIFY(pack->cooperationLevels.first()
                    .descriptor.text(QStringLiteral("en"))
                    .contains(QStringLiteral("disguised compliance")));
        QVERIFY(pack->concernCategories.size() >= 12);
        QVERIFY(pack->menPrompts.size() >= 4);
        QVERIFY(pack->questions.contains(QStringLiteral("dayInTheLife")));
    }

    void everyTextIsInEnglishAndWelsh()
    {
        const ContentPack &pack = builtIn();
        for (const auto &prompt : pack.livedExperience) {
            const QString en = prompt.text.byLanguage.value(QStringLiteral("en"));
            const QString cy = prompt.text.byLanguage.value(QStringLiteral("cy"));
            QVERIFY2(!cy.isEmpty() && cy != en, qPrintable(prompt.id));
        }
        for (const QString &text : allTexts(pack))
            QVERIFY2(text.size() > 3, qPrintable(text));
        QCOMPARE(pack.questions.value(QStringLiteral("whatItMeans")).text(QStringLiteral("cy")),
            QStringLiteral("Beth mae hyn yn ei olygu i’r plentyn?"));
        // A language the pack does not have falls back to English.
        QCOMPARE(pack.title.text(QStringLiteral("fr")), pack.title.text(QStringLiteral("en")));
    }

    void ageBands_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("visit");
        QTest::addColumn<QString>("band");
        const QDate visit(2026, 11, 22);
        QTest::newRow("unborn") << QDate() << visit << QStringLiteral("unborn");
        QTest::newRow("born after visit")
            << QDate(2026, 12, 1) << visit << QStringLiteral("unborn");
        QTest::newRow("newborn") << visit << visit << QStringLiteral("under-1");
        QTest::newRow("day before first birthday")
            << QDate(2025, 11, 23) << visit << QStringLiteral("under-1");
        QTest::newRow("first birthday") << QDate(2025, 11, 22) << visit << QStringLiteral("1-5");
        QTest::newRow("five") << QDate(2021, 1, 1) << visit << QStringLiteral("1-5");
        QTest::newRow("sixth birthday") << QDate(2020, 11, 22) << visit << QStringLiteral("6-10");
        QTest::newRow("eleven") << QDate(2015, 11, 22) << visit << QStringLiteral("11-15");
        QTest::newRow("fifteen") << QDate(2010, 11, 23) << visit << QStringLiteral("11-15");
        QTest::newRow("sixteen") << QDate(2010, 11, 22) << visit << QStringLiteral("16-plus");
        QTest::newRow("born 31st")
            << QDate(2025, 1, 31) << QDate(2026, 2, 28) << QStringLiteral("1-5");
        QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate(2025, 2, 28)
                                  << QStringLiteral("1-5");
    }
    void ageBands()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, visit);
        QFETCH(QString, band);
        const std::optional<QDate> dob = born.isValid() ? std::optional<QDate>(born) : std::nullopt;
        QCOMPARE(ContentLibrary::ageBandFor(builtIn(), dob, visit), band);
    }

    void promptsForTheChild()
    {
        const QDate visit(2026, 11, 22);
        Child baby;
        baby.dateOfBirth = QDate(2026, 6, 1);
        const auto babyPrompts = ContentLibrary::promptsFor(builtIn(), baby, visit);
        QVERIFY(!babyPrompts.isEmpty());
        for (const auto &p : babyPrompts)
            QVERIFY2(p.kind == QLatin1String("observe") || p.id == QLatin1String("baby.routine"),
                qPrintable(p.id)); // babies are observed, not asked

        Child teen;
        teen.dateOfBirth = QDate(2012, 5, 5);
        QStringList contexts;
        for (const auto &p : ContentLibrary::promptsFor(builtIn(), teen, visit))
            contexts.append(p.context);
        for (const char *context : { "online", "peers", "places", "missing", "exploitation",
                 "self-harm", "loneliness", "caring" })
            QVERIFY2(contexts.contains(QLatin1String(context)), context);
        QVERIFY(!contexts.contains(QString())); // the disability prompt is not for every child
        teen.disability = QStringLiteral("Deaf, uses BSL");
        QCOMPARE(ContentLibrary::promptsFor(builtIn(), teen, visit).last().id,
            QStringLiteral("any.disability"));

        Child unborn;
        unborn.expectedDate = QDate(2027, 2, 1);
        QCOMPARE(ContentLibrary::promptsFor(builtIn(), unborn, visit).first().id,
            QStringLiteral("unborn.antenatal"));

        const VisitRequirements welsh
            = ContentLibrary::requirementsFor(builtIn(), QStringLiteral("cy"));
        QCOMPARE(welsh.neglectItems.first().label, QStringLiteral("Gofal deintyddol"));
        QCOMPARE(welsh.menPrompts.size(), builtIn().menPrompts.size());
    }

    void brokenPacksAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QJsonObject cases = QJsonDocument::fromJson(
            test::readAll(dataDir() + QStringLiteral("/expected-messages.json")))
                                      .object();
        QVERIFY(cases.size() >= 15);
        for (auto it = cases.begin(); it != cases.end(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
    }
    void brokenPacksAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        ContentLibrary library;
        auto result = library.loadFile(dataDir() + QLatin1Char('/') + file);
        QVERIFY(!result);
        QVERIFY2(
            result.error().message().startsWith(expected), qPrintable(result.error().message()));
        QVERIFY(library.packs().isEmpty()); // never half-loaded
    }

    void agencyPacksFromAFolder()
    {
        QTemporaryDir dir;
        for (const char *name :
            { "good-agency-pack.json", "broken-band-gap.json", "broken-syntax.json" })
            QVERIFY(QFile::copy(dataDir() + QLatin1Char('/') + QLatin1String(name),
                dir.filePath(QLatin1String(name))));
        ContentLibrary library;
        QVERIFY(library.loadBuiltIn());
        const QList<ContentError> refused = library.loadFolder(dir.path());
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.first().file, QStringLiteral("broken-band-gap.json"));
        QCOMPARE(library.packs().size(), 2);
        QCOMPARE(library.current()->id, QStringLiteral("hearth.england")); // until chosen
        library.setPreferredPackId(QStringLiteral("agency.example"));
        QCOMPARE(library.current()->version, QStringLiteral("2.1.0"));
        QVERIFY(library.find(QStringLiteral("hearth.england"), QStringLiteral("1.2.0")));

        // Loading the same pack again is harmless; the same version with other content is not.
        QVERIFY(library.loadFile(dir.filePath(QStringLiteral("good-agency-pack.json"))));
        QByteArray changed = test::readAll(dir.filePath(QStringLiteral("good-agency-pack.json")));
        changed.replace("Example agency pack", "Changed agency pack");
        auto clash = library.loadBytes(changed, QStringLiteral("changed.json"));
        QVERIFY(!clash);
        QVERIFY(clash.error().message().contains(
            QStringLiteral("give the changed pack a new version")));
        // A newer version becomes current; the older stays for drafts recorded with it.
        changed.replace("\"2.1.0\"", "\"2.10.0\"");
        QVERIFY(library.loadBytes(changed, QStringLiteral("newer.json")));
        QCOMPARE(library.current()->version, QStringLiteral("2.10.0"));
        QVERIFY(library.find(QStringLiteral("agency.example"), QStringLiteral("2.1.0")));
    }
};

QTEST_GUILESS_MAIN(TestContentPacks)
#include "tst_contentpacks.moc"
