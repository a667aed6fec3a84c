// The agency's side of the shared caseload vocabulary: every member of every kind, read from
// core/protocol/caseloadvocabulary.h rather than listed here, is checked against the shared
// text limit, so a member added to the vocabulary is covered without touching this test. The
// device's side is tests/unit/model/tst_caseload.cpp.
#include "caseloadvalidator.h"

#include <QTest>

using namespace hearth;
using namespace hearth::server;
namespace Vocabulary = hearth::CaseloadVocabulary;

namespace {
// A valid value of each type, so an entry built from the vocabulary alone is accepted.
JsonValue validValue(Vocabulary::FieldType type)
{
    using T = Vocabulary::FieldType;
    switch (type) {
    case T::Text:
        return JsonValue(QStringLiteral("x"));
    case T::Date:
    case T::NullableDate:
        return JsonValue(QStringLiteral("2024-01-05"));
    case T::Bool:
        return JsonValue(true);
    case T::Sex:
        return JsonValue(Vocabulary::sexes().constFirst());
    case T::Role:
        return JsonValue(Vocabulary::roles().constFirst());
    case T::Source:
        return JsonValue(QStringLiteral("agency"));
    }
    return {};
}

JsonValue entryWith(Vocabulary::Kind kind, const QString &member, const QString &text)
{
    JsonValue entry = JsonValue::object();
    for (const Vocabulary::Field &field : Vocabulary::fields(kind))
        entry.insert(field.name, field.name == member ? JsonValue(text) : validValue(field.type));
    return entry;
}
} // namespace

class TestCaseloadValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTextMemberHasTheSharedLimit_data()
    {
        QTest::addColumn<QString>("kindName");
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

    void everyTextMemberHasTheSharedLimit()
    {
        QFETCH(QString, kindName);
        QFETCH(QString, member);
        const Vocabulary::Kind kind = *Vocabulary::kindFromName(kindName);
        const QString atLimit(Vocabulary::MaxTextLength, u'x');
        auto accepted = CaseloadValidator::validate(kind, entryWith(kind, member, atLimit));
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error()));
        QCOMPARE(accepted->member(member), atLimit);

        auto refused = CaseloadValidator::validate(kind, entryWith(kind, member, atLimit + u'x'));
        QVERIFY(!refused);
        QCOMPARE(
            refused.error(), QStringLiteral("\"%1\" %2").arg(member, Vocabulary::tooLongMessage()));
    }

    void kindsAndValuesAreTheSharedOnes()
    {
        for (Vocabulary::Kind kind : Vocabulary::Kinds)
            QCOMPARE(CaseloadValidator::kindFromName(Vocabulary::kindName(kind)), kind);
        QCOMPARE(CaseloadValidator::kindFromName(u"child"), std::nullopt);
        for (const QString &role : Vocabulary::roles()) {
            JsonValue link = entryWith(Vocabulary::Kind::Link, {}, {});
            link.insert(QStringLiteral("role"), role);
            QVERIFY2(CaseloadValidator::validate(Vocabulary::Kind::Link, link), qPrintable(role));
        }
        JsonValue link = entryWith(Vocabulary::Kind::Link, {}, {});
        link.insert(QStringLiteral("role"), QStringLiteral("dad"));
        QVERIFY(!CaseloadValidator::validate(Vocabulary::Kind::Link, link));
    }

    // The agency's planned next contact: optional, a real day or null, never anything else.
    void nextContactDateIsADayOrNull_data()
    {
        QTest::addColumn<QString>("cell"); // as a CSV cell: empty means null
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a day") << "2026-12-03" << true;
        QTest::newRow("empty cell is null") << "" << true;
        QTest::newRow("no such day") << "2026-02-30" << false;
        QTest::newRow("day first") << "03/12/2026" << false;
        QTest::newRow("with a time") << "2026-12-03T09:00" << false;
        QTest::newRow("words") << "next week" << false;
    }

    void nextContactDateIsADayOrNull()
    {
        QFETCH(QString, cell);
        QFETCH(bool, accepted);
        QList<std::pair<QString, QString>> cells;
        for (const Vocabulary::Field &field : Vocabulary::fields(Vocabulary::Kind::Child))
            cells.append({ field.name,
                field.name == u"nextContactDate" ? cell : validValue(field.type).toString() });
        const auto entity = CaseloadValidator::validate(
            Vocabulary::Kind::Child, CaseloadValidator::fromCells(Vocabulary::Kind::Child, cells));
        QCOMPARE(bool(entity), accepted);
        if (!accepted) {
            QVERIFY(
                entity.error().startsWith(QStringLiteral("\"nextContactDate\" must be a date")));
            return;
        }
        QCOMPARE(entity->payload[u"nextContactDate"].isNull(), cell.isEmpty());
        // Missing altogether is null too: the member is optional.
        JsonValue without = entryWith(Vocabulary::Kind::Child, {}, {});
        without.remove(QStringLiteral("nextContactDate"));
        QVERIFY(CaseloadValidator::validate(Vocabulary::Kind::Child, without)
                    ->payload[u"nextContactDate"]
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestCaseloadValidator)
#include "tst_caseloadvalidator.moc"
