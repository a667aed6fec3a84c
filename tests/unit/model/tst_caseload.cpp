#include "model/caseloadjson.h"
#include "model/caseloadrepository.h"
#include "modeltestsupport.h"
#include "protocol/caseloadvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

using namespace hearth;
namespace Vocabulary = hearth::CaseloadVocabulary;

namespace {
const QString Ada = QStringLiteral("c0000001-0000-4000-8000-000000000001");
const QString Zoe = QStringLiteral("c0000002-0000-4000-8000-000000000002");
const QString Unborn = QStringLiteral("c0000003-0000-4000-8000-000000000003");
const QString Sian = QStringLiteral("c0000004-0000-4000-8000-000000000004");
const QString HomeOne = QStringLiteral("11111111-1111-4111-8111-111111111111");

QByteArray sample()
{
    return test::readAll(test::dataPath("model/caseload-sample.json"));
}

// The sample with members of one entry replaced (or removed when a value is undefined).
QByteArray sampleWith(
    const QString &list, int index, std::initializer_list<std::pair<QString, QJsonValue>> changes)
{
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    QJsonArray items = root.value(list).toArray();
    QJsonObject item = items.at(index).toObject();
    for (const auto &[key, value] : changes) {
        if (value.isUndefined())
            item.remove(key);
        else
            item.insert(key, value);
    }
    items.replace(index, item);
    root.insert(list, items);
    return QJsonDocument(root).toJson();
}

QByteArray sampleWith(const QString &list, int index, const QString &key, const QJsonValue &value)
{
    return sampleWith(list, index, { { key, value } });
}

// Ids must also be UUIDs, so only other text can be filled to the limit and still be read.
bool isIdMember(const QString &name)
{
    return name == u"id" || name.endsWith(u"Id");
}

QStringList namesOf(const QList<Child> &children)
{
    QStringList names;
    for (const Child &c : children)
        names.append(c.displayName());
    return names;
}
} // namespace

// The caseload in a real vault: agency downloads validated as a whole, device-made entries,
// the caseload list and its search, household and adult lookups.
class TestCaseload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheSampleAndWritesItBack()
    {
        auto caseload = CaseloadJson::parse(sample());
        QVERIFY2(caseload, qPrintable(caseload ? QString() : caseload.error().toString()));
        QCOMPARE(caseload->children.size(), 4);
        QVERIFY(caseload->children[2].isUnborn());
        QCOMPARE(caseload->children[2].expectedDate, QDate(2027, 1, 20));
        QCOMPARE(caseload->children[1].sex, Child::Sex::Female);
        // Written back and read again, nothing changes.
        const QByteArray again
            = QJsonDocument(CaseloadJson::toJson(caseload.value())).toJson(QJsonDocument::Compact);
        auto reread = CaseloadJson::parse(again);
        QVERIFY(reread);
        QCOMPARE(reread->children, caseload->children);
        QCOMPARE(reread->links, caseload->links);
        QCOMPARE(QJsonDocument(CaseloadJson::toJson(reread.value())).toJson(QJsonDocument::Compact),
            again);
    }

    // The members the device writes are exactly the vocabulary it shares with the server.
    void writesTheSharedVocabulary()
    {
        auto caseload = CaseloadJson::parse(sample());
        QVERIFY(caseload);
        const QJsonObject all = CaseloadJson::toJson(caseload.value());
        QCOMPARE(all.size(), qsizetype(std::size(Vocabulary::Kinds)));
        for (Vocabulary::Kind kind : Vocabulary::Kinds) {
            const QJsonArray entries = all.value(Vocabulary::kindName(kind)).toArray();
            QVERIFY2(!entries.isEmpty(), qPrintable(Vocabulary::kindName(kind)));
            QStringList expected;
            for (const Vocabulary::Field &field : Vocabulary::fields(kind))
                expected.append(field.name);
            QStringList written = entries.first().toObject().keys();
            expected.sort();
            written.sort();
            QCOMPARE(written, expected);
        }
        QCOMPARE(AdultLink::roles(), Vocabulary::roles());
    }

    // Every text member of every kind, enumerated from the vocabulary: the device refuses
    // what the agency server refuses (tests/server/tst_caseloadvalidator.cpp), and reads text
    // right up to the limit.
    void refusesTextOverTheSharedLimit_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("member");
        for (Vocabulary::Kind kind : Vocabulary::Kinds) {
            for (const Vocabulary::Field &field : Vocabulary::fields(kind)) {
                if (field.type == Vocabulary::FieldType::Text)
                    QTest::addRow(
                        "%s.%s", qPrintable(Vocabulary::kindName(kind)), qPrintable(field.name))
                        << Vocabulary::kindName(kind) << field.name;
            }
        }
    }

    void refusesTextOverTheSharedLimit()
    {
        QFETCH(QString, list);
        QFETCH(QString, member);
        const QString atLimit(Vocabulary::MaxTextLength, u'x');
        if (!isIdMember(member)) {
            auto accepted = CaseloadJson::parse(sampleWith(list, 0, member, atLimit));
            QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));
        }
        auto refused = CaseloadJson::parse(sampleWith(list, 0, member, atLimit + u'x'));
        QVERIFY(!refused);
        const QString path = QStringLiteral("$.%1[0].%2").arg(list, member);
        const auto &problems = refused.error().problems;
        QVERIFY2(std::any_of(problems.begin(), problems.end(),
                     [&](const JsonProblem &p) {
                         return p.path == path && p.message == Vocabulary::tooLongMessage();
                     }),
            qPrintable(refused.error().toString()));
    }

    void refusesBadDownloads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"children\": [") << QStringLiteral("$")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("bad id") << sampleWith(
            QStringLiteral("children"), 0, QStringLiteral("id"), QStringLiteral("child-7f3a"))
                                << QStringLiteral("$.children[0].id")
                                << QStringLiteral("\"child-7f3a\" is not a UUID");
        QTest::newRow("bad date") << sampleWith(QStringLiteral("children"), 1,
            QStringLiteral("dateOfBirth"), QStringLiteral("2019-02-30"))
                                  << QStringLiteral("$.children[1].dateOfBirth")
                                  << QStringLiteral("not a date in the form YYYY-MM-DD");
        QTest::newRow("unborn without due date")
            << sampleWith(
                   QStringLiteral("children"), 2, QStringLiteral("expectedDate"), QJsonValue())
            << QStringLiteral("$.children[2].expectedDate")
            << QStringLiteral("an unborn child (dateOfBirth null) needs an expectedDate");
        QTest::newRow("dob missing")
            << sampleWith(QStringLiteral("children"), 0, QStringLiteral("dateOfBirth"),
                   QJsonValue(QJsonValue::Undefined))
            << QStringLiteral("$.children[0].dateOfBirth") << QStringLiteral("is missing");
        QTest::newRow("bad sex") << sampleWith(QStringLiteral("children"), 0, QStringLiteral("sex"),
            QStringLiteral("F")) << QStringLiteral("$.children[0].sex")
                                 << QStringLiteral("\"F\" is not one of");
        QTest::newRow("bad role") << sampleWith(QStringLiteral("links"), 0, QStringLiteral("role"),
            QStringLiteral("dad")) << QStringLiteral("$.links[0].role")
                                  << QStringLiteral("\"dad\" is not one of");
        QTest::newRow("lives with as text") << sampleWith(
            QStringLiteral("links"), 1, QStringLiteral("livesWithChild"), QStringLiteral("yes"))
                                            << QStringLiteral("$.links[1].livesWithChild")
                                            << QStringLiteral("must be true or false");
        QTest::newRow("no name") << sampleWith(QStringLiteral("adults"), 0,
            { { QStringLiteral("givenName"), QString() },
                { QStringLiteral("familyName"), QString() } })
                                 << QStringLiteral("$.adults[0].givenName")
                                 << QStringLiteral("an adult needs a name");
        QTest::newRow("duplicate id")
            << sampleWith(QStringLiteral("children"), 1, QStringLiteral("id"), Ada)
            << QStringLiteral("$.children[1]") << QStringLiteral("appears twice");
        QTest::newRow("dangling household")
            << sampleWith(QStringLiteral("children"), 3, QStringLiteral("householdId"),
                   QStringLiteral("99999999-9999-4999-8999-999999999999"))
            << QStringLiteral("$.children[3].householdId")
            << QStringLiteral("is not in this download or on this device");
        QTest::newRow("dangling adult")
            << sampleWith(QStringLiteral("links"), 0, QStringLiteral("adultId"),
                   QStringLiteral("99999999-9999-4999-8999-999999999999"))
            << QStringLiteral("$.links[0].adultId")
            << QStringLiteral("is not in this download or on this device");
    }
    void refusesBadDownloads()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        test::TempVault tv;
        QVERIFY(tv.open());
        CaseloadRepository repo(tv.db());
        auto result = repo.upsertFromJson(json);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ModelError::Code::Invalid);
        const JsonProblem first = result.error().problems.first();
        QVERIFY2(first.path.startsWith(path), qPrintable(result.error().toString()));
        QVERIFY2(first.message.contains(message), qPrintable(result.error().toString()));
        // All or nothing: not one entry of the download was stored.
        QCOMPARE(tv.db().scalar(QStringLiteral("SELECT count(*) FROM household")).value(), 0);
        QCOMPARE(tv.db().scalar(QStringLiteral("SELECT count(*) FROM child")).value(), 0);
        QCOMPARE(repo.children()->size(), 0);
    }

    void upsertsAndReads()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        CaseloadRepository repo(tv.db());
        auto report = repo.upsertFromJson(sample());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->children, 4);
        QCOMPARE(report->links, 2);
        // The same download again replaces, it does not duplicate.
        QVERIFY(repo.upsertFromJson(sample()));
        QCOMPARE(repo.children()->size(), 4);

        QCOMPARE(namesOf(repo.children().value()),
            QStringList({ QStringLiteral("Ada Example"), QStringLiteral("Example (Baby Example)"),
                QStringLiteral("Zoë Example (Zo)"), QStringLiteral("Siân O'Brien-Jones") }));
        QCOMPARE(repo.child(Sian)->firstLanguage, QStringLiteral("Cymraeg"));
        QCOMPARE(repo.household(HomeOne)->postcode, QStringLiteral("EX1 2MP"));
        QCOMPARE(repo.child(QStringLiteral("nope")).error().code, ModelError::Code::NotFound);

        auto others = repo.otherChildren(Ada);
        QVERIFY(others);
        QCOMPARE(others->size(), 2);
        QCOMPARE(others->at(0).id, Zoe);    // eldest first
        QCOMPARE(others->at(1).id, Unborn); // the unborn sibling is considered too

        auto adults = repo.adultsFor(Ada);
        QVERIFY(adults);
        QCOMPARE(adults->size(), 2);
        QCOMPARE(adults->at(0).link.role, QStringLiteral("mother")); // lives with the child
        QCOMPARE(adults->at(1).adult.givenName, QStringLiteral("Lee"));
        QVERIFY(adults->at(1).link.caresForChild);
        QVERIFY(!adults->at(1).link.livesWithChild);

        auto unlinked = repo.unlinkedHouseholdAdults(Ada);
        QVERIFY(unlinked);
        QCOMPARE(unlinked->size(), 1);
        QCOMPARE(unlinked->first().familyName, QStringLiteral("Lodger"));

        auto summaries = repo.visitSummaries(Ada);
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 2);
        QCOMPARE(summaries->first().date, QDate(2026, 11, 1));
    }

    void searchIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("empty") << QString() << QStringList { Ada, Unborn, Zoe, Sian };
        QTest::newRow("accent typed plain") << QStringLiteral("zoe") << QStringList { Zoe };
        QTest::newRow("accent typed") << QStringLiteral("ZOË") << QStringList { Zoe };
        QTest::newRow("sian") << QStringLiteral("sian") << QStringList { Sian };
        QTest::newRow("prefix") << QStringLiteral("exa") << QStringList { Ada, Unborn, Zoe };
        QTest::newRow("two words") << QStringLiteral("ada exam") << QStringList { Ada };
        QTest::newRow("known as") << QStringLiteral("zo") << QStringList { Zoe };
        QTest::newRow("apostrophe") << QStringLiteral("obrien") << QStringList { Sian };
        QTest::newRow("apostrophe typed") << QStringLiteral("O’Brien") << QStringList { Sian };
        QTest::newRow("hyphen part") << QStringLiteral("jones") << QStringList { Sian };
        QTest::newRow("postcode") << QStringLiteral("ll55 4") << QStringList { Sian };
        QTest::newRow("postcode no space") << QStringLiteral("ll554ab") << QStringList { Sian };
        QTest::newRow("postcode outward")
            << QStringLiteral("EX1") << QStringList { Ada, Unborn, Zoe };
        QTest::newRow("nothing") << QStringLiteral("xyz") << QStringList {};
        QTest::newRow("not inside words") << QStringLiteral("xample") << QStringList {};
    }
    void searchIgnoresCaseAndAccents()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        test::TempVault tv;
        QVERIFY(tv.open());
        CaseloadRepository repo(tv.db());
        QVERIFY(repo.upsertFromJson(sample()));
        auto found = repo.search(query);
        QVERIFY(found);
        QStringList got;
        for (const Child &c : found.value())
            got.append(c.id);
        QCOMPARE(got, ids);
    }

    void createsOnDevice()
    {
        test::TempVault tv;
        QVERIFY(tv.open());
        CaseloadRepository repo(tv.db());
        QVERIFY(repo.upsertFromJson(sample()));
        QCOMPARE(repo.children()->size(), 4); // index loaded before the new child

        Child child;
        child.givenName = QStringLiteral("Émile");
        child.familyName = QStringLiteral("Example");
        child.householdId = HomeOne;
        child.dateOfBirth = QDate(2024, 1, 5);
        auto made = repo.createChild(child);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        QVERIFY(JsonReader::isUuid(made->id));
        QCOMPARE(made->source, Source::Device);
        QCOMPARE(repo.search(QStringLiteral("emile"))->size(), 1);
        QCOMPARE(repo.search(QStringLiteral("ex1 2mp"))->size(), 4);
        QCOMPARE(repo.otherChildren(Ada)->size(), 3);

        Adult adult;
        adult.givenName = QStringLiteral("Kai");
        adult.householdId = HomeOne;
        AdultLink link;
        link.childId = Ada;
        link.role = QStringLiteral("partner");
        link.relationship = QStringLiteral("mother's new partner");
        link.livesWithChild = true;
        auto newAdult = repo.createAdult(adult, link);
        QVERIFY(newAdult);
        QCOMPARE(repo.adultsFor(Ada)->size(), 3);
        QCOMPARE(repo.adult(newAdult->id)->source, Source::Device);

        // Refused: an adult linked to a child that does not exist, and a nameless child.
        link.childId = QStringLiteral("99999999-9999-4999-8999-999999999999");
        QCOMPARE(repo.createAdult(adult, link).error().code, ModelError::Code::Invalid);
        QCOMPARE(repo.createChild(Child {}).error().code, ModelError::Code::Invalid);
        // Made on the tablet or downloaded, text over the shared limit is refused, not cut.
        Child wordy = child;
        wordy.communicationNeeds = QString(Vocabulary::MaxTextLength + 1, u'x');
        QCOMPARE(repo.createChild(wordy).error().code, ModelError::Code::Invalid);
        QCOMPARE(repo.children()->size(), 5);

        // A fresh repository (the app restarted) sees the device entries too.
        CaseloadRepository reopened(tv.db());
        QCOMPARE(reopened.children()->size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
