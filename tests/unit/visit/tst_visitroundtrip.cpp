// Every word kept (issue 10). For every shipped content pack (core/content/packs/*.json, read
// through the real ContentLibrary) in both languages, and for every age band of the pack, a
// visit is filled in through the wizard's own API (VisitController::write, addRow, addConcern,
// addNewAdult, setAdultPresence: what QML calls): every field of the catalogue (VisitField),
// for every prompt, item and category the pack offers and every row the visit holds. The ids
// come from the pack and the catalogue, never from a hand-picked list. Each value is
// distinctive: the field, the id (dots included), quotes, emoji, Welsh diacritics, and a
// 10,000-character note. Then the vault is locked, unlocked, every draft reopened and every
// value read back; the review summary shows every text; the visit is signed; the records are
// exported (RecordStore::envelopes, what `hearthctl records export` writes) and every value is
// found in the signed body, byte for byte in the stored bytes, the child's words as quotes;
// and the signed screen's summary shows every text again.

#include "promptlistmodel.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "signedvisit.h"
#include "summarymodel.h"
#include "visitcontroller.h"
#include "workspace.h"

#include "content/contentlibrary.h"
#include "content/contentpackreader.h"
#include "record/canonicaljson.h"
#include "visit/visitbody.h"
#include "visit/visitdates.h"
#include "visit/visitfield.h"
#include "visit/visitservices.h"

#include "../testsupport.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
constexpr int SlowMs = 20000;

// One value written through the wizard's API, and where.
struct Written
{
    int field;
    QString item;
    int row;
    QVariant value;
    QString where() const
    {
        return QStringLiteral("%1 [%2] row %3")
            .arg(VisitField::name(VisitField::Id(field)), item)
            .arg(row);
    }
};

struct FilledVisit
{
    QString id;
    QString band;
    QList<Written> written;
};

// 10,000 UTF-16 code units of Welsh, quotes and an emoji at the end.
QString longNote(const QString &tag)
{
    QString note = tag + QStringLiteral(" ");
    while (note.size() < 9998)
        note += QStringLiteral("Ŵ ŷ â. “Dw i’n iawn,” meddai. \"Fine.\" a.b.c ");
    note.truncate(9998);
    note += QStringLiteral("😀");
    return note;
}

QString choiceFor(int field)
{
    switch (field) {
    case VisitField::Notice:
        return QStringLiteral("unannounced");
    case VisitField::Place:
        return QStringLiteral("other");
    case VisitField::InterpreterRelation:
        return QStringLiteral("professional");
    case VisitField::MenAnswer:
        return QStringLiteral("not-known");
    case VisitField::NewPeople:
        return QStringLiteral("yes");
    case VisitField::NeglectLevel:
        return QStringLiteral("some-concern");
    case VisitField::BodyOutline:
        return QStringLiteral("older-child");
    case VisitField::BodyMarkColour:
        return QStringLiteral("purple");
    default:
        return {};
    }
}

QStringList ids(const PromptListModel *model)
{
    QStringList out;
    for (const PromptListModel::Prompt &prompt : model->prompts())
        out.append(prompt.id);
    return out;
}

// The addresses the wizard can write a field at: the pack's ids for it, or the visit's rows.
QList<std::pair<QString, int>> addresses(const VisitController &visit, const VisitField::Spec &spec)
{
    QList<std::pair<QString, int>> out;
    QStringList items;
    switch (spec.scope) {
    case VisitField::Scope::Visit:
        return { { QString(), -1 } };
    case VisitField::Scope::LivedPrompt:
        items = ids(visit.livedPrompts());
        break;
    case VisitField::Scope::NeglectItem:
        items = ids(visit.neglectItems());
        break;
    case VisitField::Scope::MenPrompt:
        items = ids(visit.menPrompts());
        break;
    case VisitField::Scope::Row:
        for (int row = 0; row < visit.rowCount(spec.list); ++row)
            out.append({ QString(), row });
        return out;
    }
    for (const QString &item : items)
        out.append({ item, -1 });
    return out;
}

// The value in a signed body at a field's place.
const JsonValue &bodyValue(const JsonValue &body, const Written &w)
{
    const JsonValue *node = &body;
    for (const QString &segment :
        VisitField::segments(VisitField::spec(VisitField::Id(w.field)), w.item, w.row)) {
        if (node->isArray()) {
            bool ok = false;
            const qsizetype index = segment.toLongLong(&ok);
            static const JsonValue missing;
            if (!ok || index < 0 || size_t(index) >= node->items().size())
                return missing;
            node = &node->items().at(size_t(index));
        } else {
            node = &(*node)[segment];
        }
    }
    return *node;
}

// What the practitioner typed: the summaries show it word for word (choices, flags and
// numbers are shown as sentences in the practitioner's language instead).
QStringList texts(const Written &w)
{
    if (VisitField::spec(VisitField::Id(w.field)).kind == VisitField::Kind::Choice)
        return {};
    if (w.value.typeId() == QMetaType::QString)
        return { w.value.toString() };
    if (w.value.typeId() == QMetaType::QStringList)
        return w.value.toStringList();
    return {};
}
bool isDate(const Written &w)
{
    return VisitField::spec(VisitField::Id(w.field)).kind == VisitField::Kind::Date;
}
// The places whose text a summary does not show, word for word.
QStringList missingFrom(const QString &summary, const FilledVisit &filled)
{
    QStringList out;
    for (const Written &w : filled.written)
        for (const QString &text : texts(w))
            // Dates are signed as ISO and shown dd/mm/yyyy.
            if (!summary.contains(isDate(w) ? VisitDates::showDate(text) : text))
                out.append(w.where());
    out.removeDuplicates();
    return out;
}
} // namespace

class TestVisitRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyFieldOfEveryPack_data()
    {
        QTest::addColumn<QString>("packFile");
        QTest::addColumn<QString>("language");
        const QDir packs(QStringLiteral(HEARTH_PACKS_DIR));
        const QStringList files = packs.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY2(!files.isEmpty(), "the shipped packs are found");
        for (const QString &file : files) {
            for (const QString &language : { QStringLiteral("en"), QStringLiteral("cy") })
                QTest::newRow(qPrintable(file + u'/' + language))
                    << packs.filePath(file) << language;
        }
    }

    void everyFieldOfEveryPack()
    {
        QFETCH(QString, packFile);
        QFETCH(QString, language);
        auto pack = ContentPackReader::read(test::readAll(packFile), packFile);
        QVERIFY2(pack, qPrintable(packFile));
        QVERIFY(pack->languages.contains(language));
        QLocale::setDefault(
            QLocale(language == u"cy" ? QLocale::Welsh : QLocale::English, QLocale::UnitedKingdom));

        QTemporaryDir dir;
        const QString path = dir.path();
        // A pack that is not built in is read from the vault's packs folder, as an agency's.
        if (pack->id != ContentLibrary::builtInId()) {
            QVERIFY(QDir(path).mkpath(QStringLiteral("packs")));
            QVERIFY(QFile::copy(packFile, path + QStringLiteral("/packs/pack.json")));
        }
        test::FakeClock clock;
        SessionController session(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        Workspace workspace(session, nullptr, nullptr, clock);
        session.setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return workspace.ready(); }, SlowMs));
        QCOMPARE(workspace.services()->language(), language);
        QVERIFY(workspace.services()->content().find(pack->id, pack->version));

        QList<FilledVisit> visits;
        for (const ContentPack::AgeBand &band : pack->ageBands) {
            visits.append(FilledVisit {});
            fill(workspace, clock, *pack, band, language, visits.last());
            if (QTest::currentTestFailed())
                return;
        }

        // Everything is read again from the SQLCipher file, not from memory.
        session.lock();
        session.unlock(Passcode);
        QVERIFY(QTest::qWaitFor([&] { return workspace.ready(); }, SlowMs));
        for (const FilledVisit &filled : std::as_const(visits)) {
            reopenAndSign(workspace, filled);
            if (QTest::currentTestFailed())
                return;
        }
        exportAndFind(workspace, visits);
        qsizetype proved = 0;
        for (const FilledVisit &filled : std::as_const(visits))
            proved += filled.written.size();
        qInfo("%s in %s: %lld fields written, signed and found again over %lld visits",
            qPrintable(pack->key()), qPrintable(language), static_cast<long long>(proved),
            static_cast<long long>(visits.size()));
    }

private:
    void fill(Workspace &workspace, const test::FakeClock &clock, const ContentPack &pack,
        const ContentPack::AgeBand &band, const QString &language, FilledVisit &filled)
    {
        filled.band = band.id;
        VisitServices &services = *workspace.services();
        // A child in the middle of the band, with a disability so its prompts show too.
        Child child;
        child.source = Source::Device;
        child.givenName = QStringLiteral("Band");
        child.familyName = band.id;
        child.disability = QStringLiteral("Deaf; uses BSL.");
        const QDate today = clock.now.date();
        if (band.unborn)
            child.expectedDate = today.addMonths(2);
        else
            child.dateOfBirth = today.addMonths(
                -(band.fromMonths + (band.toMonths ? (*band.toMonths - band.fromMonths) / 2 : 12)));
        auto created = services.caseload().createChild(child);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto draft = services.drafts().create(created->id, pack.id, pack.version);
        QVERIFY(draft);
        QVERIFY(workspace.openDraft(draft->id));
        VisitController &visit = *workspace.visit();
        filled.id = visit.visitId();
        // Calendars and time pickers open on the injected clock's day and time.
        const QDateTime local = clock.now.toLocalTime();
        QCOMPARE(workspace.today(), local.date().toString(Qt::ISODate));
        QCOMPARE(visit.today(), local.date().toString(Qt::ISODate));
        QCOMPARE(visit.timeNow(), local.time().toString(QStringLiteral("HH:mm")));
        QVERIFY2(visit.livedPrompts()->count() > 0, qPrintable(band.id));

        // Rows as the practitioner makes them: adults met (one present, one not seen), every
        // concern category of the pack, one row in every other list.
        QVERIFY2(visit.addNewAdult(QStringLiteral("Tomos"), QStringLiteral("Prŷs"),
                     QStringLiteral("other"), true),
            "present");
        QVERIFY2(visit.addNewAdult(
                     QStringLiteral("Gwen"), QStringLiteral("Ŵyn"), QStringLiteral("other"), true),
            "not seen");
        visit.setAdultPresence(visit.visit().who.newAdultIds.last(), QStringLiteral("Gwen Ŵyn"),
            QStringLiteral("not-seen"));
        for (int list : { VisitField::ChildrenPresent, VisitField::MissedAppointments,
                 VisitField::Differences, VisitField::NextSteps })
            QVERIFY2(visit.addRow(list) == 0, "a row is added");
        for (const QString &category : ids(visit.concernCategories()))
            QVERIFY2(visit.addConcern(category) >= 0, qPrintable(category));
        // A mark on the chest, which every outline has there.
        QVERIFY2(visit.placeBodyMark(QStringLiteral("front"), 5000, 4000) == 0, "a mark");
        // A photograph of it (one per band, so each visit's differs).
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(QColor::fromHsv(int(qHash(band.id) % 360), 120, 160));
        QVERIFY2(visit.addPhotoImage(photo), qPrintable(visit.errorText()));
        visit.setManualLocation(QStringLiteral("Fflat 3, Heol y Bont"));
        visit.setArrivalNow();

        int n = 0;
        for (int id = 0; id < VisitField::Count; ++id) {
            const VisitField::Spec &spec = VisitField::spec(VisitField::Id(id));
            const auto where = addresses(visit, spec);
            QVERIFY2(!where.isEmpty(), qPrintable(VisitField::name(spec.id)));
            for (const auto &[item, row] : where) {
                ++n;
                const QString text
                    = QStringLiteral("%1 %2 [%3] row %4: “quoted” \"straight\" ŵ ŷ â 😀 no.%5")
                          .arg(language, VisitField::name(spec.id), item)
                          .arg(row)
                          .arg(n);
                QVariant value;
                switch (spec.kind) {
                case VisitField::Kind::Text:
                    value = (id == VisitField::DayInTheLife
                                || (id == VisitField::ChildsWords && n % 5 == 0))
                        ? longNote(text)
                        : text;
                    break;
                case VisitField::Kind::Date:
                    value = today.addDays(-n).toString(Qt::ISODate);
                    break;
                case VisitField::Kind::Flag:
                case VisitField::Kind::MaybeFlag:
                    value = true;
                    break;
                case VisitField::Kind::Number:
                    value = id == VisitField::CooperationLevel ? 2
                        : id == VisitField::PhotoMark          ? 1 // the one mark placed above
                                                               : 10 + id;
                    break;
                case VisitField::Kind::Choice:
                    value = choiceFor(id);
                    break;
                case VisitField::Kind::TextList:
                    value = QStringList { text + QStringLiteral(" one"),
                        text + QStringLiteral(" two") };
                    break;
                }
                const Written written { id, item, row, value };
                QVERIFY2(visit.write(id, item, row, value),
                    qPrintable(written.where() + u' ' + visit.errorText()));
                filled.written.append(written);
            }
        }
        QVERIFY2(visit.flush(), "saved");
        workspace.closeVisit();
    }

    void reopenAndSign(Workspace &workspace, const FilledVisit &filled)
    {
        QVERIFY(workspace.openDraft(filled.id));
        VisitController &visit = *workspace.visit();
        for (const Written &w : filled.written) {
            const QVariant read = visit.read(w.field, w.item, w.row);
            const QVariant expected = w.value.typeId() == QMetaType::QStringList
                ? QVariant(QVariantList(w.value.toList()))
                : w.value.typeId() == QMetaType::Int ? QVariant(qint64(w.value.toInt()))
                                                     : w.value;
            QVERIFY2(read == expected, qPrintable(filled.band + u' ' + w.where()));
        }
        visit.setStep(VisitController::StepCount - 1);
        const QStringList notInReview = missingFrom(visit.summary()->plainText(), filled);
        QVERIFY2(notInReview.isEmpty(),
            qPrintable(
                QStringLiteral("review of %1 lacks: %2").arg(filled.band, notInReview.join(u'|'))));
        QStringList missing;
        for (const QVariant &item : visit.missing())
            missing << item.toMap().value(QStringLiteral("text")).toString();
        QVERIFY2(visit.canFinish(), qPrintable(missing.join(u'|')));

        QSignalSpy signedSpy(&workspace, &Workspace::visitSigned);
        workspace.sign(Passcode);
        QVERIFY2(signedSpy.wait(SlowMs), qPrintable(workspace.signError()));
        QVERIFY(workspace.signedVisit());
        const QStringList notShown
            = missingFrom(workspace.signedVisit()->summary()->plainText(), filled);
        QVERIFY2(notShown.isEmpty(),
            qPrintable(QStringLiteral("signed view of %1 lacks: %2")
                           .arg(filled.band, notShown.join(u'|'))));
        workspace.closeSigned();
    }

    void exportAndFind(Workspace &workspace, const QList<FilledVisit> &visits)
    {
        RecordStore &records = workspace.services()->records();
        QVERIFY(records.verifyAll());
        auto envelopes = records.envelopes(0);
        QVERIFY(envelopes);
        QCOMPARE(envelopes->size(), visits.size());
        for (const QByteArray &bytes : std::as_const(envelopes.value())) {
            const auto envelope = VisitBody::parseEnvelope(bytes);
            QVERIFY(envelope);
            const JsonValue &body = envelope->body;
            QCOMPARE(body[u"format"].toInteger(), VisitBody::FormatVersion);
            const auto filled = std::find_if(visits.cbegin(), visits.cend(),
                [&](const FilledVisit &v) { return v.id == body[u"visitId"].toString(); });
            QVERIFY(filled != visits.cend());
            for (const Written &w : filled->written) {
                const JsonValue &found = bodyValue(body, w);
                const QString what = filled->band + u' ' + w.where();
                JsonValue expected;
                if (w.value.typeId() == QMetaType::QStringList) {
                    expected = JsonValue::array();
                    for (const QString &text : w.value.toStringList())
                        expected.append(JsonValue(text));
                } else if (w.value.typeId() == QMetaType::QString) {
                    expected = JsonValue(w.value.toString());
                } else if (w.value.typeId() == QMetaType::Bool) {
                    expected = JsonValue(w.value.toBool());
                } else {
                    expected = JsonValue(qint64(w.value.toInt()));
                }
                if (VisitField::spec(VisitField::Id(w.field)).childsWords) {
                    // The child's words, marked as theirs: a quote, never plain text.
                    QVERIFY2(found.isObject(), qPrintable(what));
                    QCOMPARE(found[u"by"].toString(), QStringLiteral("child"));
                    QVERIFY2(found[u"quote"] == expected, qPrintable(what));
                } else {
                    QVERIFY2(found == expected, qPrintable(what));
                }
                // And byte for byte in what was signed and exported.
                for (const QString &text : texts(w)) {
                    auto encoded = CanonicalJson::serialize(JsonValue(text));
                    QVERIFY(encoded);
                    QVERIFY2(bytes.contains(encoded.value()), qPrintable(what));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVisitRoundTrip)

#include "tst_visitroundtrip.moc"
