// The supervisor's records in a child's chronology on the tablet, in English and Welsh: a review
// with its decision and each action's owner and due date, a countersignature naming the visit it
// countersigns, a professional difference opened (who, with whom, the escalation step) and
// closed (the outcome and what it was about). Checked through ChronologyModel, the words the
// screen and the PDF share, and rendered by the real ChronologyEntryCard in a window.
#include "chronologyflagmodel.h"
#include "chronologymodel.h"
#include "displaysettings.h"
#include "displaysingleton.h"

#include "chronology/chronology.h"
#include "record/recordwriter.h"
#include "record/uuidv7generator.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace hearth;
using Kind = ChronologyEntry::Kind;

namespace {
const QString ChildId = QStringLiteral("child-ada");
const Envelope::PackRef Pack { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") };

JsonValue supervision(JsonValue body)
{
    body.insert(QStringLiteral("format"), 1);
    body.insert(QStringLiteral("child"), ChildId);
    body.insert(QStringLiteral("supervisor"), QStringLiteral("sup-a"));
    return body;
}

QList<QQuickItem *> labels(QQuickItem *root)
{
    QList<QQuickItem *> out;
    for (QQuickItem *child : root->childItems()) {
        if (child->property("text").isValid())
            out.append(child);
        out += labels(child);
    }
    return out;
}
} // namespace

class TestSupervisionEntries : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DisplaySettings> m_display;
    ChildHistory::OfChild m_history;
    QString m_visitId;

    // Each kind's row of a model built over the history, in the language now installed.
    std::unique_ptr<ChronologyModel> model(const QString &language)
    {
        auto out = std::make_unique<ChronologyModel>(ChildId, QStringLiteral("Ada Example"),
            ChronologyModel::Context { language, {}, {}, QStringLiteral("hv-0042") });
        out->setHistory(m_history, 0);
        return out;
    }
    static QStringList whats(const ChronologyModel &model, Kind kind)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.entry(row).kind == kind)
                out << model.data(model.index(row), ChronologyModel::WhatRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_display
            = std::make_unique<DisplaySettings>(m_dir.filePath(QStringLiteral("display.ini")));
        DisplaySingleton::setInstance(m_display.get());

        UuidV7Generator ids(Clock::system());
        const DeviceKeyPair tablet = DeviceKeyPair::generate();
        RecordWriter visits(tablet, ChainState::genesis(QStringLiteral("dev-1")), ids);
        auto visit = visits.append(RecordKind::Visit, QStringLiteral("hv-0042"), Pack,
            JsonValue::object({ { QStringLiteral("child"), ChildId },
                { QStringLiteral("visitId"), QStringLiteral("v-1") },
                { QStringLiteral("start"),
                    JsonValue::object({ { QStringLiteral("arrivalUtc"),
                        QStringLiteral("2026-11-03T10:00:00.000Z") } }) } }));
        QVERIFY(visit);
        m_visitId = visit->envelope.id;

        const DeviceKeyPair server = DeviceKeyPair::generate();
        RecordWriter agency(server, ChainState::genesis(QStringLiteral("hearth-server")), ids);
        QList<VerifiedRecord> records;
        const auto add = [&](RecordKind kind, JsonValue body) {
            auto made = agency.append(
                kind, QStringLiteral("hearth-server"), Pack, supervision(std::move(body)));
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            records.append({ made->envelope, SignatureStatus::Verified });
        };
        JsonValue actions = JsonValue::array();
        actions.append(
            JsonValue::object({ { QStringLiteral("action"), QStringLiteral("Ask the GP") },
                { QStringLiteral("owner"), QStringLiteral("Alex Example") },
                { QStringLiteral("due"), QStringLiteral("2026-12-10") } }));
        add(RecordKind::SupervisorReview,
            JsonValue::object({ { QStringLiteral("discussion"), QStringLiteral("Missed checks.") },
                { QStringLiteral("decision"), QStringLiteral("Strategy discussion.") },
                { QStringLiteral("rationale"), QStringLiteral("A new adult at home.") },
                { QStringLiteral("actions"), actions } }));
        add(RecordKind::Countersignature,
            JsonValue::object({ { QStringLiteral("device"), QStringLiteral("dev-1") },
                { QStringLiteral("record"), m_visitId },
                { QStringLiteral("note"), QStringLiteral("Agreed.") } }));
        add(RecordKind::ProfessionalDifference,
            JsonValue::object({ { QStringLiteral("status"), QStringLiteral("open") },
                { QStringLiteral("raisedBy"), QStringLiteral("Health visitor") },
                { QStringLiteral("disagreesWith"), QStringLiteral("Social care") },
                { QStringLiteral("about"), QStringLiteral("A strategy meeting") },
                { QStringLiteral("escalationStep"), QStringLiteral("line-managers") } }));
        const QString opened = records.last().envelope.id;
        add(RecordKind::ProfessionalDifference,
            JsonValue::object({ { QStringLiteral("status"), QStringLiteral("closed") },
                { QStringLiteral("opened"), opened },
                { QStringLiteral("outcome"), QStringLiteral("Meeting held.") } }));
        m_history.chronology = ChronologyBuilder::build(
            ChildId, { { visit->envelope, SignatureStatus::Verified } }, {}, records);
    }

    void englishWords()
    {
        const auto m = model(QStringLiteral("en"));
        QAbstractItemModelTester tester(m.get());
        const QString review = whats(*m, Kind::SupervisorReview).value(0);
        QVERIFY2(
            review.contains(QStringLiteral("Decision: Strategy discussion.")), qPrintable(review));
        QVERIFY2(review.contains(QStringLiteral("Action: Ask the GP (owner: Alex Example, due "
                                                "10/12/2026)")),
            qPrintable(review));
        const QString countersigned = whats(*m, Kind::Countersignature).value(0);
        QCOMPARE(countersigned,
            QStringLiteral("Countersigned by sup-a: Visit of 03/11/2026. Note: Agreed."));
        const QStringList differences = whats(*m, Kind::ProfessionalDifference);
        QCOMPARE(differences.size(), 2);
        QVERIFY(differences.contains(
            QStringLiteral("Professional difference opened: Health visitor disagrees with Social "
                           "care about: A strategy meeting. Escalation step: line managers.")));
        QVERIFY(differences.join(u'|').contains(QStringLiteral("about: A strategy meeting). "
                                                               "Outcome: Meeting held.")));
        m->setFilter(ChronologyModel::Supervision);
        QCOMPARE(m->rowCount(), 4);

        // The PDF a conference reads says the same, the action on a line of its own.
        const QString pdf = m_dir.filePath(QStringLiteral("supervision.pdf"));
        QVERIFY(m->exportPdf(QUrl::fromLocalFile(pdf)));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(60000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        for (const QString &words :
            { QStringLiteral("Action: Ask the GP (owner: Alex Example, due 10/12/2026)"),
                QStringLiteral("Countersigned by sup-a: Visit of"), QStringLiteral("Note: Agreed."),
                QStringLiteral("Escalation step: line managers"),
                QStringLiteral("Outcome: Meeting held.") })
            QVERIFY2(printed.contains(words), qPrintable(words));
    }

    void reviewedFlagSaysSo()
    {
        PatternFlag reviewed;
        reviewed.ruleId = QStringLiteral("repeated-concern");
        reviewed.evidence = { QStringLiteral("a"), QStringLiteral("b") };
        reviewed.reviewed = true;
        PatternFlag plain = reviewed;
        plain.reviewed = false;
        ChronologyFlagModel flags;
        flags.reset({ reviewed, plain }, QStringLiteral("en"));
        QVERIFY2(flags.status(0).startsWith(
                     QStringLiteral("Reviewed by a supervisor, not yet acknowledged · rests on 2")),
            qPrintable(flags.status(0)));
        QVERIFY2(flags.status(1).startsWith(QStringLiteral("Not yet acknowledged · rests on 2")),
            qPrintable(flags.status(1)));
        QCOMPARE(flags.open(), 2); // still the practitioner's to acknowledge
    }

    void welshWordsOnTheCard()
    {
        // The words are made when asked for: the English ones before Welsh is installed.
        const auto en = model(QStringLiteral("en"));
        QMap<Kind, QStringList> english;
        for (Kind kind :
            { Kind::SupervisorReview, Kind::Countersignature, Kind::ProfessionalDifference })
            english.insert(kind, whats(*en, kind));
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QStringLiteral("cy")), QStringLiteral("hearth"),
            QStringLiteral("_"), QStringLiteral(HEARTH_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&translator);
        const auto cy = model(QStringLiteral("cy"));
        for (Kind kind :
            { Kind::SupervisorReview, Kind::Countersignature, Kind::ProfessionalDifference }) {
            const QStringList welsh = whats(*cy, kind);
            QVERIFY(!welsh.isEmpty());
            QCOMPARE(welsh.size(), english.value(kind).size());
            for (qsizetype i = 0; i < welsh.size(); ++i)
                QVERIFY2(welsh[i] != english.value(kind)[i], qPrintable(welsh[i]));
        }
        const QString review = whats(*cy, Kind::SupervisorReview).value(0);
        QVERIFY2(review.contains(QStringLiteral("Alex Example")) && review.contains(u"10/12/2026"),
            qPrintable(review));

        // The real card, in Welsh, shows the whole of the words at a phone's width.
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(
            &engine, QUrl(QStringLiteral("qrc:/qt/qml/Hearth/ChronologyEntryCard.qml")));
        QQuickWindow window;
        window.resize(360, 800);
        int row = 0;
        while (cy->entry(row).kind != Kind::SupervisorReview)
            ++row;
        const QModelIndex index = cy->index(row);
        QVariantMap properties { { QStringLiteral("index"), row } };
        const QHash<int, QByteArray> roles = cy->roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            properties.insert(QString::fromLatin1(it.value()), cy->data(index, it.key()));
        std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *card = qobject_cast<QQuickItem *>(object.get());
        card->setParentItem(window.contentItem());
        card->setWidth(window.width());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QQuickItem *what = nullptr;
        for (QQuickItem *label : labels(card))
            if (label->property("text").toString() == review)
                what = label;
        QVERIFY(what);
        QVERIFY(what->isVisible());
        QVERIFY(what->height() >= what->implicitHeight() - 1);
        QVERIFY(card->height() > what->height());
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestSupervisionEntries)
#include "tst_supervisionentries.moc"
