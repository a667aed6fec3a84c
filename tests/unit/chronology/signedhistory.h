#pragma once

#include "chronology/verifiedrecords.h"
#include "common/clock.h"
#include "record/devicekeypair.h"
#include "record/recordwriter.h"
#include "record/uuidv7generator.h"

#include <QTimeZone>

#include <optional>

namespace hearth::test {

// A child's history signed with a real Ed25519 key through the device's own writer, each
// record created on the day it describes, for the chronology and pattern tests.
class SignedHistory
{
public:
    static constexpr auto Child = u"child-maya";

    struct Visit
    {
        QDate date;
        std::optional<bool> seen = true;
        std::optional<qint64> level;
        qint64 offered = 0;
        qint64 kept = 0;
        QList<QDate> missed;
        QList<QPair<QString, QString>> concerns; // category, detail
        QList<QPair<QString, bool>> adults;      // name, spoken to
        QString quote;
        QDate injuredOn; // a body-map mark seen on the visit's date
        bool immediate = false;
        QString toldAt;
    };

    SignedHistory()
        : m_writer(m_key, ChainState::genesis(QStringLiteral("tablet-1")), m_ids)
    { }

    // Later visits are about this child (a caseload of many children on one tablet).
    void setChild(const QString &child) { m_child = child; }

    QString visit(const Visit &v)
    {
        return add(RecordKind::Visit, v.date, visitBody(v, m_child, ++m_visits));
    }

    // The body of a visit as the app signs it (the members the chronology reads).
    static JsonValue visitBody(const Visit &v, const QString &child, int number)
    {
        JsonValue body = JsonValue::object({ { QStringLiteral("child"), child },
            { QStringLiteral("visitId"), QStringLiteral("visit-%1").arg(number) },
            { QStringLiteral("format"), 3 } });
        body.insert(QStringLiteral("start"),
            JsonValue::object({ { QStringLiteral("notice"), QStringLiteral("announced") },
                { QStringLiteral("purpose"), QStringLiteral("Visit %1").arg(number) } }));
        JsonValue seeing = JsonValue::object();
        if (v.seen)
            seeing.insert(QStringLiteral("seen"), *v.seen);
        body.insert(QStringLiteral("seeing"), seeing);
        if (v.level)
            body.insert(QStringLiteral("cooperation"),
                JsonValue::object({ { QStringLiteral("level"), *v.level },
                    { QStringLiteral("evidence"), QStringLiteral("What happened.") },
                    { QStringLiteral("appointmentsOffered"), v.offered },
                    { QStringLiteral("appointmentsKept"), v.kept } }));
        JsonValue missed = JsonValue::array();
        for (const QDate &when : v.missed)
            missed.append(JsonValue::object({ { QStringLiteral("what"), QStringLiteral("Clinic") },
                { QStringLiteral("when"), when.toString(Qt::ISODate) },
                { QStringLiteral("followUp"), QStringLiteral("Rebooked.") } }));
        body.insert(QStringLiteral("missedAppointments"), missed);
        JsonValue concerns = JsonValue::array();
        for (const auto &[category, detail] : v.concerns)
            concerns.append(JsonValue::object({ { QStringLiteral("category"), category },
                { QStringLiteral("detail"), detail } }));
        JsonValue immediate = JsonValue::object({ { QStringLiteral("present"), v.immediate } });
        if (!v.toldAt.isEmpty())
            immediate.insert(QStringLiteral("toldAt"), v.toldAt);
        body.insert(QStringLiteral("concerns"),
            JsonValue::object({ { QStringLiteral("concerns"), concerns },
                { QStringLiteral("immediate"), immediate } }));
        JsonValue adults = JsonValue::array();
        for (const auto &[name, spokenTo] : v.adults)
            adults.append(JsonValue::object(
                { { QStringLiteral("name"), name }, { QStringLiteral("spokenTo"), spokenTo } }));
        body.insert(QStringLiteral("who"),
            JsonValue::object({ { QStringLiteral("adultsPresent"), adults } }));
        if (!v.quote.isEmpty())
            body.insert(QStringLiteral("lived"),
                JsonValue::object({ { QStringLiteral("childsWords"),
                    JsonValue::object({ { QStringLiteral("by"), QStringLiteral("child") },
                        { QStringLiteral("quote"), v.quote } }) } }));
        if (v.injuredOn.isValid())
            body.insert(QStringLiteral("bodyMap"), bodyMap(v.date, v.injuredOn));
        return body;
    }

    QString add(RecordKind kind, QDate date, JsonValue body)
    {
        // Records are created in order even when a history revisits a day.
        const QDateTime day = QDateTime(date, QTime(10, 0), QTimeZone::utc());
        m_clock.now = std::max(day, m_clock.now.addMSecs(1));
        auto record = m_writer.append(kind, QStringLiteral("hv-0042"),
            { QStringLiteral("hearth.england"), QStringLiteral("1.2.0") }, std::move(body));
        if (!record)
            qFatal("test history: %s", qPrintable(record.error().message));
        m_records.append(record->bytes);
        return record->envelope.id;
    }

    QString acknowledge(
        QDate date, const QString &rule, const QStringList &evidence, const QString &subject = {})
    {
        return add(
            RecordKind::FlagAcknowledgement, date, acknowledgementBody(rule, evidence, subject));
    }
    static JsonValue acknowledgementBody(
        const QString &rule, const QStringList &evidence, const QString &subject = {})
    {
        JsonValue ids = JsonValue::array();
        for (const QString &id : evidence)
            ids.append(id);
        JsonValue body = JsonValue::object({ { QStringLiteral("child"), childId() },
            { QStringLiteral("rule"), rule }, { QStringLiteral("evidence"), ids },
            { QStringLiteral("note"), QStringLiteral("Talked through with the named nurse.") } });
        if (!subject.isEmpty())
            body.insert(QStringLiteral("subject"), subject);
        return body;
    }

    QList<QByteArray> &bytes() { return m_records; }
    PublicKeyLookup lookup() const
    {
        return RecordVerifier::singleDevice(QStringLiteral("tablet-1"), m_key.publicKey());
    }
    VerifiedRecords verified() const { return VerifiedRecords::fromChain(m_records, lookup()); }
    static QString childId() { return QString::fromUtf16(Child); }

private:
    static JsonValue bodyMap(QDate seen, QDate injured)
    {
        JsonValue mark = JsonValue::object({ { QStringLiteral("side"), QStringLiteral("front") },
            { QStringLiteral("x"), 5000 }, { QStringLiteral("y"), 3000 },
            { QStringLiteral("region"), QStringLiteral("chest") },
            { QStringLiteral("lengthMm"), 20 }, { QStringLiteral("widthMm"), 10 },
            { QStringLiteral("colour"), QStringLiteral("blue") },
            { QStringLiteral("description"), QStringLiteral("Oval bruise, two finger widths.") },
            { QStringLiteral("seenOn"), seen.toString(Qt::ISODate) },
            { QStringLiteral("injuredOn"), injured.toString(Qt::ISODate) } });
        return JsonValue::object({ { QStringLiteral("outline"), QStringLiteral("baby") },
            { QStringLiteral("marks"), JsonValue::array({ mark }) } });
    }

    class HandClock final : public Clock
    {
    public:
        QDateTime now = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc());
        QDateTime nowUtc() const override { return now; }
    };
    HandClock m_clock;
    UuidV7Generator m_ids { m_clock };
    DeviceKeyPair m_key = DeviceKeyPair::generate();
    RecordWriter m_writer;
    QList<QByteArray> m_records;
    QString m_child = childId();
    int m_visits = 0;
};

} // namespace hearth::test
