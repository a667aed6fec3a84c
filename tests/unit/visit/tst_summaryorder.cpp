// The summary in the order asked (issue 15): the review, the sign dialog and a signed visit
// list answers in the wizard's step order and, within a step, in the pack's item order, not in
// the order of internal ids; so do the review's nudges. Every id of every shipped pack is
// answered, in English and Welsh.

#include "../testsupport.h"
#include "content/contentpackreader.h"
#include "visit/visitsummarytext.h"

#include <QDir>

#include <QTest>
#include <algorithm>

using namespace hearth;

namespace {
// A marker no pack text contains, numbered in the pack's order.
QString marker(QChar kind, qsizetype index)
{
    return QStringLiteral("#%1%2#").arg(kind).arg(index, 4, 10, QLatin1Char('0'));
}

// The markers of one kind in the order the text shows them.
QList<qsizetype> shownOrder(const QString &text, QChar kind, qsizetype count)
{
    QList<std::pair<qsizetype, qsizetype>> found; // position in text, index in pack
    for (qsizetype i = 0; i < count; ++i)
        found.append({ text.indexOf(marker(kind, i)), i });
    std::sort(found.begin(), found.end());
    QList<qsizetype> order;
    for (const auto &[position, index] : found)
        order.append(position < 0 ? -1 : index);
    return order;
}

QList<qsizetype> packOrder(qsizetype count)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < count; ++i)
        order.append(i);
    return order;
}
} // namespace

class TestSummaryOrder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersInTheOrderAsked_data()
    {
        QTest::addColumn<QString>("packFile");
        QTest::addColumn<QString>("language");
        const QDir packs(QStringLiteral(HEARTH_PACKS_DIR));
        const QStringList files = packs.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY2(files.size() >= 2, "the England and Wales packs are found");
        for (const QString &file : files)
            for (const QString &language : { QStringLiteral("en"), QStringLiteral("cy") })
                QTest::addRow("%s %s", qPrintable(file), qPrintable(language))
                    << packs.filePath(file) << language;
    }

    void answersInTheOrderAsked()
    {
        QFETCH(QString, packFile);
        QFETCH(QString, language);
        auto pack = ContentPackReader::read(test::readAll(packFile), packFile);
        QVERIFY2(pack, pack ? "" : qPrintable(pack.error().message()));

        Visit visit;
        const QList<ContentPack::NeglectItem> neglect = pack->neglectItems();
        for (qsizetype i = 0; i < pack->livedExperience.size(); ++i)
            visit.lived.answers.insert(pack->livedExperience.at(i).id, { marker(u'L', i), {} });
        for (qsizetype i = 0; i < neglect.size(); ++i)
            visit.neglect.ratings.insert(
                neglect.at(i).id, { NeglectLevel::SomeConcern, marker(u'N', i) });
        for (qsizetype i = 0; i < pack->menPrompts.size(); ++i)
            visit.who.menPrompts.insert(
                pack->menPrompts.at(i).id, { QStringLiteral("yes"), marker(u'M', i) });
        visit.who.newPeople = QStringLiteral("no");
        // An id an older pack had, kept in a draft: still shown, after the pack's own.
        const qsizetype retired = pack->livedExperience.size();
        visit.lived.answers.insert(QStringLiteral("aaa.retired"), { marker(u'L', retired), {} });

        const auto sections = VisitSummaryText::sections(
            visit, QStringLiteral("Test Child"), &pack.value(), language);
        QCOMPARE(sections.size(), 9);
        for (qsizetype i = 0; i < sections.size(); ++i)
            QCOMPARE(sections.at(i).step, int(i) + 1);

        QVERIFY(pack->livedExperience.size() > 1);
        QVERIFY(neglect.size() > 1);
        QVERIFY(pack->menPrompts.size() > 1);
        QCOMPARE(shownOrder(sections.at(3).body, u'L', retired + 1), packOrder(retired + 1));
        QCOMPARE(shownOrder(sections.at(4).body, u'N', neglect.size()), packOrder(neglect.size()));
        QCOMPARE(shownOrder(sections.at(1).body, u'M', pack->menPrompts.size()),
            packOrder(pack->menPrompts.size()));
        // The question the step asks first is answered first.
        QCOMPARE(sections.at(1).body.section(u'\n', 0, 0),
            QStringLiteral("Anyone new in the home since the last visit: no"));

        // The review's "more specific?" list follows the same order.
        QStringList livedAsked;
        for (const ContentPack::LivedPrompt &p : pack->livedExperience)
            livedAsked << p.id;
        livedAsked << QStringLiteral("aaa.retired");
        QStringList neglectAsked;
        for (const ContentPack::NeglectItem &item : neglect)
            neglectAsked << item.id;
        QStringList livedText;
        QStringList neglectText;
        for (const auto &field : VisitSummaryText::freeText(visit, &pack.value())) {
            if (field.field == VisitField::LivedNote)
                livedText << field.item;
            if (field.field == VisitField::NeglectDescription)
                neglectText << field.item;
        }
        QCOMPARE(livedText, livedAsked);
        QCOMPARE(neglectText, neglectAsked);

        // Some list of the pack is not in id order, or this test could not fail.
        QStringList lists[3];
        for (const ContentPack::LivedPrompt &p : pack->livedExperience)
            lists[0] << p.id;
        for (const ContentPack::NeglectItem &item : neglect)
            lists[1] << item.id;
        for (const ContentPack::Labelled &p : pack->menPrompts)
            lists[2] << p.id;
        bool unsorted = false;
        for (const QStringList &ids : lists)
            unsorted = unsorted || !std::is_sorted(ids.cbegin(), ids.cend());
        QVERIFY2(unsorted, "every list of the pack is already in id order");
    }
};

QTEST_GUILESS_MAIN(TestSummaryOrder)
#include "tst_summaryorder.moc"
