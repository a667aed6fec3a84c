// The review's plain-language check covers the visit's whole field catalogue: every text
// field the practitioner writes is checked wherever the visit holds it (a pack prompt, a
// neglect item, a row of a list), and the child's own words never are.

#include "language/phrasebook.h"
#include "language/plainlanguagecheck.h"
#include "visit/bodymarks.h"
#include "visit/visitdocument.h"
#include "visit/visitfield.h"
#include "visit/visitsummarytext.h"

#include <QTest>

#include <optional>

using namespace hearth;

namespace {
const VisitItems Items { { QStringLiteral("middle.home") }, { QStringLiteral("dental") },
    { QStringLiteral("father") }, { QStringLiteral("parental-mental-health") } };

// A visit with one row in every list, so a row field has somewhere to live.
VisitDocument visitWithRows()
{
    VisitDocument document(Visit {}, Items);
    for (int list = 0; list < VisitField::ListCount; ++list) {
        if (list == VisitField::BodyMarks) {
            // A body-map mark is placed by a tap on the outline, never added as a bare row.
            const auto placed = BodyMarks::place(
                document, BodyOutline::Child, BodySide::Front, 7470, 4775, QDate(2026, 3, 14));
            Q_ASSERT(placed.hasValue());
            continue;
        }
        if (list == VisitField::Photos) {
            // A photo comes from an image stored in the vault, never a bare row: its entry
            // as the vault's import would leave it.
            const auto added = document.edit([](Visit &visit) {
                VisitPhoto photo;
                photo.hash = QString(64, QLatin1Char('a'));
                photo.bytes = 1000;
                photo.mediaType = QStringLiteral("image/jpeg");
                photo.width = 640;
                photo.height = 480;
                photo.takenUtc = QStringLiteral("2026-03-14T10:00:00.000Z");
                visit.photos.append(photo);
            });
            Q_ASSERT(added.hasValue());
            continue;
        }
        QVariantMap row;
        if (list == VisitField::Concerns)
            row.insert(QStringLiteral("category"), Items.categories.first());
        const auto added = document.addRow(list, row);
        Q_ASSERT(added.hasValue());
    }
    // A neglect item's description belongs to its rating.
    const auto rated = document.setValue(
        VisitField::NeglectLevel, Items.neglect.first(), -1, QStringLiteral("some-concern"));
    Q_ASSERT(rated.hasValue());
    return document;
}

QString itemFor(const VisitField::Spec &spec)
{
    switch (spec.scope) {
    case VisitField::Scope::LivedPrompt:
        return Items.lived.first();
    case VisitField::Scope::NeglectItem:
        return Items.neglect.first();
    case VisitField::Scope::MenPrompt:
        return Items.men.first();
    case VisitField::Scope::Visit:
    case VisitField::Scope::Row:
        break;
    }
    return {};
}
} // namespace

class TestReviewNudges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PhraseBook book;
        QVERIFY(book.loadBuiltIn());
        m_check.emplace(book);
    }

    // One row per text field of the catalogue and language, never a hand-picked list: a
    // text field added to the visit is checked here without anyone remembering to.
    void everyTextFieldIsChecked_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        int textFields = 0;
        for (int id = 0; id < VisitField::Count; ++id) {
            if (VisitField::spec(VisitField::Id(id)).kind != VisitField::Kind::Text)
                continue;
            ++textFields;
            const QByteArray name = VisitField::name(VisitField::Id(id)).toUtf8();
            QTest::addRow("en %s", name.constData())
                << id << QStringLiteral("en") << QStringLiteral("Mum DNA’d. Poor home conditions.");
            QTest::addRow("cy %s", name.constData())
                << id << QStringLiteral("cy") << QStringLiteral("Mam wedi dna’d. Amodau’n wael.");
        }
        QVERIFY(textFields >= 40);
    }
    void everyTextFieldIsChecked()
    {
        QFETCH(int, field);
        QFETCH(QString, language);
        QFETCH(QString, text);
        const VisitField::Spec &spec = VisitField::spec(VisitField::Id(field));
        VisitDocument document = visitWithRows();
        const int row = spec.scope == VisitField::Scope::Row ? 0 : -1;
        const auto set = document.setValue(field, itemFor(spec), row, text);
        QVERIFY2(set.hasValue(), qPrintable(set ? QString() : set.error().detail));

        const QList<VisitSummaryText::TextField> found
            = VisitSummaryText::freeText(document.visit());
        if (spec.childsWords) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found.first().field), field);
        QCOMPARE(found.first().item, itemFor(spec));
        QCOMPARE(found.first().row, row);
        QCOMPARE(found.first().step, spec.step);
        QStringList ids;
        for (const Nudge &nudge : m_check->check(found.first().text, language))
            ids.append(nudge.phraseId);
        QCOMPARE(
            ids, QStringList({ QStringLiteral("dna"), QStringLiteral("poor-home-conditions") }));
    }

private:
    std::optional<PlainLanguageCheck> m_check;
};

QTEST_GUILESS_MAIN(TestReviewNudges)
#include "tst_reviewnudges.moc"
