// Every member the console shows has words in English and Welsh, checked against the real
// shipped data, not a list made for the test: every id of every shipped content pack
// (core/content/packs) takes that pack's own label in both languages, and every member of the
// record bodies documented in docs/record-format.md, of the fictional year in
// docs/examples/history-maya.json and of the caseload entries (docs/caseload-format.md) the
// console shows has a label.
#include "consolelabels.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace hearth::server;

namespace {
const QString sourceDir = QStringLiteral(HEARTH_TEST_DATA_DIR "/../..");

QJsonObject readJson(const QString &relative)
{
    QFile file(sourceDir + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void collectMembers(const QJsonValue &value, QSet<QString> &members)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectMembers(item, members);
        return;
    }
    const QJsonObject object = value.toObject();
    // The child's words are shown as a quote, never as members.
    if (object.value(QLatin1String("by")).toString() == u"child")
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        members.insert(it.key());
        collectMembers(it.value(), members);
    }
}

// Member names from the record format's tables, between "### Bodies" and "## Canonical form":
// the first column of each table ("`adults[]`", "`health.gp`"), and the required members of the
// kinds table's second column. Values ("`\"added\"`", "`YYYY-MM-DD`", "`dsl`" in a rule cell)
// are not in those places or do not look like member names.
QSet<QString> documentedMembers()
{
    QFile file(sourceDir + QStringLiteral("/docs/record-format.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read docs/record-format.md");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression name(QStringLiteral("^[a-z][A-Za-z]*$"));
    QSet<QString> members;
    bool inBodies = false;
    bool kindsTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("### Bodies")))
            inBodies = true;
        if (line.startsWith(QLatin1String("## Canonical form")))
            break;
        if (!inBodies || !line.startsWith(u'|'))
            continue;
        const QStringList cells = line.split(u'|');
        if (cells.size() < 3)
            continue;
        if (cells.at(1).trimmed().startsWith(u'-'))
            continue; // the line under a table's header
        if (!cells.at(1).contains(u'`')) {
            kindsTable = cells.at(1).trimmed() == u"Kind";
            continue;
        }
        const QString cell = kindsTable ? cells.at(2) : cells.at(1);
        for (auto match = code.globalMatch(cell); match.hasNext();) {
            QString token = match.next().captured(1);
            token.remove(QStringLiteral("[]"));
            for (const QString &part : token.split(u'.')) {
                if (name.match(part).hasMatch())
                    members.insert(part);
            }
        }
    }
    return members;
}
// The example in docs/caseload-format.md: the first JSON block, every member of every entry.
QJsonObject documentedCaseload()
{
    QFile file(sourceDir + QStringLiteral("/docs/caseload-format.md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read docs/caseload-format.md");
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QLatin1String("```json\n")) + 8;
    const qsizetype end = text.indexOf(QLatin1String("```"), start);
    return QJsonDocument::fromJson(text.mid(start, end - start).toUtf8()).object();
}
} // namespace

class TestConsoleLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShippedPackIsCompiledIn()
    {
        QStringList shipped;
        const QDir packs(sourceDir + QStringLiteral("/core/content/packs"));
        for (const QString &file : packs.entryList({ QStringLiteral("*.json") }, QDir::Files))
            shipped.append(readJson(QStringLiteral("core/content/packs/") + file)
                               .value(QLatin1String("id"))
                               .toString());
        QVERIFY(shipped.size() >= 2);
        QStringList compiled = ConsoleLabels::packIds();
        shipped.sort();
        compiled.sort();
        QCOMPARE(compiled, shipped);
    }

    void everyPackIdHasThePacksOwnLabel_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("welsh");
        const QDir packs(sourceDir + QStringLiteral("/core/content/packs"));
        for (const QString &file : packs.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            const QJsonObject pack = readJson(QStringLiteral("core/content/packs/") + file);
            const QString id = pack.value(QLatin1String("id")).toString();
            auto row = [&](const QString &member, const QJsonValue &text) {
                const QJsonObject words = text.toObject();
                QTest::addRow("%s %s", qPrintable(id), qPrintable(member))
                    << id << member << words.value(QLatin1String("en")).toString()
                    << words.value(QLatin1String("cy")).toString();
            };
            const QJsonObject questions = pack.value(QLatin1String("questions")).toObject();
            for (auto it = questions.constBegin(); it != questions.constEnd(); ++it)
                row(it.key(), it.value());
            for (const QJsonValue &prompt : pack.value(QLatin1String("livedExperience")).toArray())
                row(prompt[QLatin1String("id")].toString(), prompt[QLatin1String("text")]);
            for (const QJsonValue &domain : pack.value(QLatin1String("neglect")).toArray()) {
                row(domain[QLatin1String("id")].toString(), domain[QLatin1String("label")]);
                for (const QJsonValue &item : domain[QLatin1String("items")].toArray())
                    row(item[QLatin1String("id")].toString(), item[QLatin1String("label")]);
            }
            for (const QJsonValue &prompt : pack.value(QLatin1String("menPrompts")).toArray())
                row(prompt[QLatin1String("id")].toString(), prompt[QLatin1String("text")]);
            for (const QJsonValue &flag :
                pack.value(QLatin1String("cooperation"))[QLatin1String("flags")].toArray())
                row(flag[QLatin1String("id")].toString(), flag[QLatin1String("label")]);
        }
    }

    void everyPackIdHasThePacksOwnLabel()
    {
        QFETCH(QString, packId);
        QFETCH(QString, member);
        QFETCH(QString, english);
        QFETCH(QString, welsh);
        QVERIFY(!english.isEmpty() && !welsh.isEmpty());
        QCOMPARE(ConsoleLabels::find(ConsoleLanguage::English, member, packId).value_or(QString()),
            english);
        QCOMPARE(
            ConsoleLabels::find(ConsoleLanguage::Welsh, member, packId).value_or(QString()), welsh);
    }

    void everyShownMemberHasALabel_data()
    {
        QTest::addColumn<QString>("member");
        QSet<QString> members = documentedMembers();
        QVERIFY(members.size() > 40);
        const QJsonObject history = readJson(QStringLiteral("docs/examples/history-maya.json"));
        for (const QJsonValue &entry : history.value(QLatin1String("entries")).toArray())
            collectMembers(entry[QLatin1String("body")], members);
        collectMembers(
            history.value(QLatin1String("caseload"))[QLatin1String("children")], members);
        collectMembers(readJson(QStringLiteral("server/demo/demo-caseload.json"))
                           .value(QLatin1String("children")),
            members);
        const QJsonObject caseload = documentedCaseload();
        QVERIFY(caseload.contains(QLatin1String("children")));
        collectMembers(caseload, members);
        // The visit the app's model writes (every section filled): tests/data/model.
        collectMembers(readJson(QStringLiteral("tests/data/model/visit-full.json")), members);
        QStringList sorted = members.values();
        sorted.sort();
        for (const QString &member : sorted)
            QTest::addRow("%s", qPrintable(member)) << member;
    }

    void everyShownMemberHasALabel()
    {
        QFETCH(QString, member);
        const auto english = ConsoleLabels::find(ConsoleLanguage::English, member);
        const auto welsh = ConsoleLabels::find(ConsoleLanguage::Welsh, member);
        QVERIFY2(english && !english->isEmpty(), "no English label");
        QVERIFY2(welsh && !welsh->isEmpty(), "no Welsh label");
    }

    void unknownMembersAndCamelCasePackIds()
    {
        // A member no pack or table knows has no label; the console then shows its name.
        QVERIFY(!ConsoleLabels::find(ConsoleLanguage::English, QStringLiteral("newThing")));
        QCOMPARE(ConsoleLabels::humanize(QStringLiteral("newThing")), QStringLiteral("New thing"));
        // Pack ids written as camelCase body members ("disguisedCompliance") are found too.
        QVERIFY(ConsoleLabels::find(ConsoleLanguage::Welsh, QStringLiteral("disguisedCompliance")));
        // Only the Wales pack asks "nextSteps" as a question: a record of the England pack is
        // named by the console's table, not by the other pack's question.
        const QString england = QStringLiteral("hearth.england");
        const QString wales = QStringLiteral("hearth.wales");
        QCOMPARE(ConsoleLabels::find(ConsoleLanguage::English, QStringLiteral("nextSteps"), england)
                     .value_or(QString()),
            QStringLiteral("Next steps"));
        QVERIFY(ConsoleLabels::find(ConsoleLanguage::English, QStringLiteral("nextSteps"), wales)
                    .value_or(QString())
                    .startsWith(QLatin1String("What will happen next")));
    }
};

QTEST_GUILESS_MAIN(TestConsoleLabels)
#include "tst_consolelabels.moc"
