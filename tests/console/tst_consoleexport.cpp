// A child's chronology out of the console: the CSV a spreadsheet opens (byte order mark, one row
// per record, formulas neutralised, hostile text kept whole) and the printable page (every value
// escaped, the signature line, oldest first). The routes, their audit rows and the PDF itself
// are driven in the browser test (console.test.mjs).
#include "consoleexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hearth::server;

namespace {
// RFC 4180 back into rows of cells, so the test reads the file as a spreadsheet would.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

ConsoleRecord record(const QString &id, const QString &kind, const QString &author,
    const QString &created, const QJsonObject &body, bool signatureOk)
{
    ConsoleRecord out;
    out.stored.id = id;
    out.stored.device = QStringLiteral("dev-1");
    out.kind = kind;
    out.author = author;
    out.created = created;
    out.body = body;
    out.signatureOk = signatureOk;
    return out;
}

QJsonObject quote(const QString &words)
{
    return { { QStringLiteral("by"), QStringLiteral("child") },
        { QStringLiteral("quote"), words } };
}
} // namespace

class TestConsoleExport : public QObject
{
    Q_OBJECT

    const QString m_welsh = QStringLiteral("Mae Mam yn cysgu drwy’r dydd — ŵ ŷ â ê î ô û ẁ ẃ ỳ");
    const QString m_formula = QStringLiteral("=cmd|' /C calc'!A0");
    const QString m_awkward
        = QStringLiteral("Seen at home, with \"Dad\";\nthen at school,\r\nlater");

    // Newest first, as ConsoleChildRecords gives them.
    QList<ConsoleRecord> records() const
    {
        const QJsonObject visit {
            { QStringLiteral("start"), QJsonObject { { QStringLiteral("purpose"), m_awkward } } },
            { QStringLiteral("lived"),
                QJsonObject { { QStringLiteral("answers"),
                    QJsonObject { { QStringLiteral("middle.home"),
                        QJsonObject { { QStringLiteral("childsWords"), quote(m_welsh) } } } } } } },
        };
        const QJsonObject concern { { QStringLiteral("seen"), QStringLiteral("+SUM(A1:A9)") },
            { QStringLiteral("childsWords"), quote(QStringLiteral("@he said \"no\", twice")) } };
        const QJsonObject missed { { QStringLiteral("what"), QStringLiteral("-Dental check") } };
        const QJsonObject oldVisit { { QStringLiteral("format"), 1 },
            { QStringLiteral("lived"),
                QJsonObject { { QStringLiteral("answers"),
                    QJsonObject { { QStringLiteral("young.online"),
                        QJsonObject { { QStringLiteral("childsWords"),
                            QStringLiteral("<script>alert(1)</script>") } } } } } } } };
        return { record(QStringLiteral("r4"), QStringLiteral("concern"), m_formula,
                     QStringLiteral("2026-11-04T10:00:00.000Z"), concern, true),
            record(QStringLiteral("r3"), QStringLiteral("visit"), QStringLiteral("Siân Owen"),
                QStringLiteral("2026-09-16T14:00:00.000Z"), visit, false),
            record(QStringLiteral("r2"), QStringLiteral("missed-appointment"),
                QStringLiteral("hv-a"), QStringLiteral("2026-05-13T10:00:00.000Z"), missed, true),
            record(QStringLiteral("r1"), QStringLiteral("visit"), QStringLiteral("hv-a"),
                QStringLiteral("2025-11-19T10:30:00.000Z"), oldVisit, true) };
    }

private Q_SLOTS:
    void csvStartsWithByteOrderMarkAndHeader()
    {
        const QByteArray csv = ConsoleExport::chronologyCsv(ConsoleLanguage::English, records());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF\"Date\",\"Kind\",\"Author\",\"Tablet\",\"Record id\","
                               "\"Signature\",\"Summary\",\"The child’s words\"\r\n"));
        const QByteArray welsh = ConsoleExport::chronologyCsv(ConsoleLanguage::Welsh, records());
        QVERIFY(welsh.startsWith("\xEF\xBB\xBF\"Dyddiad\",\"Math\""));
    }

    void csvOneRowPerRecordWithHostileValuesWhole()
    {
        const QByteArray csv = ConsoleExport::chronologyCsv(ConsoleLanguage::English, records());
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 1 + records().size());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 8);
        // Row order is the records' order; each names its record and signature status.
        QCOMPARE(rows.at(1).at(4), QStringLiteral("r4"));
        QCOMPARE(rows.at(1).at(5), QStringLiteral("verified"));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("failed"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("Concern"));
        QCOMPARE(rows.at(3).at(1), QStringLiteral("Missed appointment"));
        // Formulas are shown, never run: an apostrophe before = + - @.
        QCOMPARE(rows.at(1).at(2), u'\'' + m_formula);
        QCOMPARE(rows.at(1).at(6), QStringLiteral("'+SUM(A1:A9)"));
        QCOMPARE(rows.at(1).at(7), QStringLiteral("“@he said \"no\", twice”"));
        QCOMPARE(rows.at(3).at(6), QStringLiteral("'-Dental check"));
        // Commas, quotes and line breaks stay inside their cell; Welsh letters survive UTF-8.
        QCOMPARE(rows.at(2).at(6), m_awkward);
        QCOMPARE(rows.at(2).at(2), QStringLiteral("Siân Owen"));
        QCOMPARE(rows.at(2).at(7), u'“' + m_welsh + u'”');
        // Format 1 wrote the child's words as a plain string; they are still the child's.
        QCOMPARE(rows.at(4).at(7), QStringLiteral("“<script>alert(1)</script>”"));
    }

    void csvCellNeutralisesEveryFormulaStart_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("cell");
        QTest::addRow("equals") << QStringLiteral("=1+1") << QByteArray("\"'=1+1\"");
        QTest::addRow("plus") << QStringLiteral("+1") << QByteArray("\"'+1\"");
        QTest::addRow("minus") << QStringLiteral("-1") << QByteArray("\"'-1\"");
        QTest::addRow("at") << QStringLiteral("@SUM(1)") << QByteArray("\"'@SUM(1)\"");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
        QTest::addRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::addRow("quote") << QStringLiteral("a\"b") << QByteArray("\"a\"\"b\"");
        QTest::addRow("plain") << QStringLiteral("Maya") << QByteArray("\"Maya\"");
        QTest::addRow("empty") << QString() << QByteArray("\"\"");
    }

    void csvCellNeutralisesEveryFormulaStart()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, cell);
        QCOMPARE(ConsoleExport::csvCell(value), cell);
    }

    void printIsEscapedOldestFirstWithSignatureLines()
    {
        PrintHeader header;
        header.child = { QStringLiteral("c-1"), QStringLiteral("hv-a"),
            QJsonObject { { QStringLiteral("givenName"), QStringLiteral("<b>Maya</b>") },
                { QStringLiteral("familyName"), QStringLiteral("Ŵyn") },
                { QStringLiteral("dateOfBirth"), QStringLiteral("2025-09-24") } } };
        header.agency = QStringLiteral("Cyngor <Sir> Example");
        header.printedBy = QStringLiteral("sup-a");
        header.role = QStringLiteral("supervisor");
        header.printedAt = QStringLiteral("2026-12-01T09:30:00.000Z");
        const QString page = QString::fromUtf8(ConsoleExport::printDocument(header, records()));
        QVERIFY(!page.contains(QLatin1String("<script>")));
        QVERIFY(!page.contains(QLatin1String("<b>Maya")));
        QVERIFY(!page.contains(QLatin1String("<form")));
        QVERIFY(!page.contains(QLatin1String("<nav")));
        QVERIFY(page.contains(QStringLiteral("Chronology: &lt;b&gt;Maya&lt;/b&gt; Ŵyn")));
        QVERIFY(page.contains(QLatin1String("Cyngor &lt;Sir&gt; Example")));
        QVERIFY(
            page.contains(QLatin1String("Printed by sup-a (supervisor) on 2026-12-01 09:30 UTC")));
        QVERIFY(page.contains(QLatin1String("Built from 4 signed records received by the agency: 3 "
                                            "signatures verified, 1 failed.")));
        QVERIFY(page.contains(QLatin1String("Record r3 from tablet dev-1: signature failed.")));
        QVERIFY(page.contains(QLatin1String("<blockquote><p>") + m_welsh));
        QVERIFY(
            page.indexOf(QLatin1String("Record r1 ")) < page.indexOf(QLatin1String("Record r4 ")));
        QCOMPARE(page.count(QLatin1String("<li class=\"entry\">")), records().size());
    }
};

QTEST_GUILESS_MAIN(TestConsoleExport)
#include "tst_consoleexport.moc"
