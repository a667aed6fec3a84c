#include "historyfile.h"

#include "content/contentlibrary.h"
#include "model/caseloadjson.h"
#include "model/visitvalidator.h"
#include "record/bodyvalidator.h"
#include "record/lifeeventbody.h"
#include "record/missingbody.h"
#include "visit/visitbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace hearth::cli {

namespace {

using Refusal = Unexpected<QString>;

Refusal refuse(const QString &path, const QString &message)
{
    return unexpected(path + QStringLiteral(": ") + message);
}

// Paths from the app's readers start at the body ("$.seeing.seen"); the file's reader wants
// them from the top of the file ("$.entries[3].body.seeing.seen").
QString underPath(const QString &path, const QString &prefix)
{
    return path.startsWith(QLatin1Char('$')) ? prefix + path.mid(1)
                                             : prefix + QStringLiteral(": ") + path;
}

// The verifier's paths start at the envelope's body ("$.body.bodyMap").
QString fromBodyPath(const QString &path, const QString &prefix)
{
    const QString body = QStringLiteral("$.body");
    return path.startsWith(body) ? prefix + path.mid(body.size()) : prefix;
}

// The moment a visit was signed: RFC 3339 with a zone, so the record's "created" is exact.
std::optional<QDateTime> parseMoment(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    return moment.toUTC();
}

QString formatMoment(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

// Sets a member the entry decides, or checks that the body says the same.
Expected<void, QString> settle(QJsonObject &object, const QString &key, const QJsonValue &value,
    const QString &path, const QString &why)
{
    const QJsonValue given = object.value(key);
    if (given.isUndefined() || given.isNull() || given == QJsonValue(QString()))
        object.insert(key, value);
    else if (given != value)
        return refuse(path + QLatin1Char('.') + key, why);
    return {};
}

// A time the body may give (arrival, draft started); the entry's moment when it does not.
Expected<void, QString> settleTime(
    QJsonObject &object, const QString &key, const QDateTime &at, const QString &path)
{
    const QJsonValue given = object.value(key);
    if (given.isUndefined() || given.isNull() || given == QJsonValue(QString())) {
        object.insert(key, formatMoment(at));
        return {};
    }
    const auto moment = given.isString() ? parseMoment(given.toString()) : std::nullopt;
    if (!moment)
        return refuse(path + QLatin1Char('.') + key,
            QStringLiteral("must be a time with its zone (2026-01-14T10:30:00Z)"));
    if (*moment > at)
        return refuse(path + QLatin1Char('.') + key,
            QStringLiteral("must not be after the entry's \"at\" (%1)").arg(formatMoment(at)));
    object.insert(key, formatMoment(*moment));
    return {};
}

// The members the signing path decides: as VisitSigning::signAndFinish sets them when a
// practitioner taps "Sign and finish" at the entry's moment.
Expected<QJsonObject, QString> completeBody(
    QJsonObject body, const HistoryEntry &entry, const ContentPack &pack, const QString &path)
{
    const QString childMismatch = QStringLiteral("names another child than the entry's \"child\"");
    if (auto ok = settle(body, QStringLiteral("format"), qint64(VisitBody::FormatVersion), path,
            QStringLiteral("must be %1, the body format the app signs")
                .arg(VisitBody::FormatVersion));
        !ok)
        return unexpected(ok.error());
    if (auto ok = settle(body, QStringLiteral("child"), entry.child, path, childMismatch); !ok)
        return unexpected(ok.error());
    if (auto ok = settle(body, QStringLiteral("packId"), pack.id, path,
            QStringLiteral("must be the built-in pack \"%1\"").arg(pack.id));
        !ok)
        return unexpected(ok.error());
    if (auto ok = settle(body, QStringLiteral("packVersion"), pack.version, path,
            QStringLiteral("must be the built-in pack's version \"%1\"").arg(pack.version));
        !ok)
        return unexpected(ok.error());
    // The draft's id is the signed visit's "visitId": either may be given, or neither.
    QString visitId = body.value(QStringLiteral("visitId")).toString();
    if (visitId.isEmpty())
        visitId = body.value(QStringLiteral("id")).toString();
    if (visitId.isEmpty())
        visitId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto ok = settle(body, QStringLiteral("visitId"), visitId, path,
            QStringLiteral("must be the same as \"id\""));
        !ok)
        return unexpected(ok.error());
    if (auto ok = settle(body, QStringLiteral("id"), visitId, path,
            QStringLiteral("must be the same as \"visitId\""));
        !ok)
        return unexpected(ok.error());
    if (auto ok = settleTime(body, QStringLiteral("createdUtc"), entry.at, path); !ok)
        return unexpected(ok.error());
    const QString startPath = path + QStringLiteral(".start");
    QJsonObject start = body.value(QStringLiteral("start")).toObject();
    if (auto ok = settle(start, QStringLiteral("childId"), entry.child, startPath, childMismatch);
        !ok)
        return unexpected(ok.error());
    if (auto ok = settleTime(start, QStringLiteral("arrivalUtc"), entry.at, startPath); !ok)
        return unexpected(ok.error());
    body.insert(QStringLiteral("start"), start);
    QJsonObject review = body.value(QStringLiteral("review")).toObject();
    review.insert(QStringLiteral("status"), QStringLiteral("complete"));
    review.insert(QStringLiteral("completedUtc"), formatMoment(entry.at));
    body.insert(QStringLiteral("review"), review);
    return body;
}

// A member the app's reader does not know would be dropped without a word; a typo in a
// history must not silently lose what the practitioner wrote.
std::optional<QString> unknownMember(
    const QJsonValue &given, const QJsonValue &signedValue, const QString &path)
{
    if (given.isObject()) {
        const QJsonObject in = given.toObject();
        const QJsonObject out = signedValue.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString memberPath = path + QLatin1Char('.') + it.key();
            if (!out.contains(it.key()))
                return memberPath;
            if (auto found = unknownMember(it.value(), out.value(it.key()), memberPath))
                return found;
        }
    } else if (given.isArray()) {
        const QJsonArray in = given.toArray();
        const QJsonArray out = signedValue.toArray();
        for (qsizetype i = 0; i < in.size() && i < out.size(); ++i)
            if (auto found
                = unknownMember(in.at(i), out.at(i), path + QStringLiteral("[%1]").arg(i)))
                return found;
    }
    return std::nullopt;
}

Expected<JsonValue, QString> readBody(const QJsonObject &given, const HistoryEntry &entry,
    const ContentPack &pack, const QString &language, const QString &path)
{
    auto completed = completeBody(given, entry, pack, path);
    if (!completed)
        return unexpected(completed.error());
    auto body = VisitBody::fromQt(completed.value());
    if (!body)
        return refuse(path, body.error());
    // The verifier's own check, then the app's reader and its "can this visit be finished?".
    if (auto ok = BodyValidator::validate(RecordKind::Visit, body.value()); !ok)
        return refuse(fromBodyPath(ok.error().path, path), ok.error().message);
    auto visit = VisitBody::fromBody(body.value());
    if (!visit) {
        // The reader lists every problem, one per indented line; the first is named.
        const QStringList lines = visit.error().split(QLatin1Char('\n'));
        const QString first = lines.size() > 1 ? lines.at(1).trimmed() : lines.first();
        return unexpected(underPath(first, path));
    }
    const QList<MissingItem> missing
        = VisitValidator::missing(visit.value(), ContentLibrary::requirementsFor(pack, language));
    if (!missing.isEmpty())
        return refuse(path + QLatin1Char('.') + missing.first().field,
            QStringLiteral("the app would not sign this visit yet: ") + missing.first().text);
    const QString day = entry.at.date().toString(Qt::ISODate);
    for (qsizetype i = 0; i < visit->bodyMap.marks.size(); ++i)
        if (visit->bodyMap.marks.at(i).seenOn > day)
            return refuse(path + QStringLiteral(".bodyMap.marks[%1].seenOn").arg(i),
                QStringLiteral("must not be after the entry's day (%1)").arg(day));
    auto rebuilt = VisitBody::toBody(visit.value());
    if (!rebuilt)
        return refuse(path, rebuilt.error());
    if (auto unknown = unknownMember(completed.value(), VisitBody::toQt(rebuilt.value()), path))
        return refuse(*unknown, QStringLiteral("is not a member of the visit body the app signs"));
    if (auto ok = BodyValidator::validate(RecordKind::Visit, rebuilt.value()); !ok)
        return refuse(fromBodyPath(ok.error().path, path), ok.error().message);
    // Like every demo record: training data must never pass for a real visit.
    rebuilt->insert(QStringLiteral("demo"), true);
    return rebuilt;
}

// Stands in for the episode's record id while the file is checked; never signed.
const QString PendingEpisode = QStringLiteral("01900000-0000-7000-8000-000000000000");

// A going-missing episode or a return home interview: the body the app signs for that kind,
// checked by the verifier's own rules, with the moments it gives no later than the entry's.
Expected<JsonValue, QString> readMissingBody(
    QJsonObject given, HistoryEntry &entry, const QList<HistoryEntry> &earlier, const QString &path)
{
    const qint64 format
        = entry.kind == RecordKind::LifeEvent ? LifeEventBody::Format : MissingBody::Format;
    if (auto ok = settle(given, QStringLiteral("format"), format, path,
            QStringLiteral("must be %1, the body format the app signs").arg(format));
        !ok)
        return unexpected(ok.error());
    if (auto ok = settle(given, QStringLiteral("child"), entry.child, path,
            QStringLiteral("names another child than the entry's \"child\""));
        !ok)
        return unexpected(ok.error());
    if (entry.kind == RecordKind::ReturnHomeInterview) {
        static const QRegularExpression reference(QStringLiteral("^\\$\\.entries\\[(\\d+)\\]$"));
        const auto match = reference.match(given.value(QStringLiteral("episode")).toString());
        const qsizetype index = match.hasMatch() ? match.captured(1).toLongLong() : -1;
        if (index < 0 || index >= earlier.size()
            || earlier.at(index).kind != RecordKind::GoingMissing
            || earlier.at(index).child != entry.child)
            return refuse(path + QStringLiteral(".episode"),
                QStringLiteral("must name an earlier going-missing entry of the same child, "
                               "such as \"$.entries[2]\""));
        entry.episodeEntry = index;
        given.insert(QStringLiteral("episode"), PendingEpisode);
    }
    auto body = VisitBody::fromQt(given);
    if (!body)
        return refuse(path, body.error());
    if (auto ok = BodyValidator::validate(entry.kind, body.value()); !ok)
        return refuse(fromBodyPath(ok.error().path, path), ok.error().message);
    for (const char *key : { "missingFrom", "returned", "offeredAt", "heldAt" }) {
        const auto moment = parseMoment(given.value(QLatin1String(key)).toString());
        if (moment && *moment > entry.at)
            return refuse(path + QLatin1Char('.') + QLatin1String(key),
                QStringLiteral("must not be after the entry's \"at\" (%1)")
                    .arg(formatMoment(entry.at)));
    }
    body->insert(QStringLiteral("demo"), true);
    return body;
}

bool validAuthor(const QString &text)
{
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    return !text.trimmed().isEmpty() && text.size() <= 100 && !control.match(text).hasMatch();
}

Expected<Caseload, QString> readCaseload(const QJsonObject &root)
{
    const QJsonValue value = root.value(QStringLiteral("caseload"));
    if (value.isUndefined())
        return Caseload {};
    if (!value.isObject())
        return refuse(QStringLiteral("$.caseload"),
            QStringLiteral("must be an object in the caseload format (docs/caseload-format.md)"));
    auto caseload
        = CaseloadJson::parse(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (!caseload) {
        const ModelError &error = caseload.error();
        if (error.problems.isEmpty())
            return refuse(QStringLiteral("$.caseload"), error.message);
        return refuse(underPath(error.problems.first().path, QStringLiteral("$.caseload")),
            error.problems.first().message);
    }
    return std::move(caseload.value());
}

} // namespace

Expected<History, QString> readHistory(
    const QByteArray &json, const ContentPack &pack, const QString &language)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unexpected(QStringLiteral("not JSON: %1 at byte %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    if (!document.isObject())
        return refuse(QStringLiteral("$"),
            QStringLiteral("must be an object with \"format\", \"caseload\" and \"entries\""));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")) != QJsonValue(1))
        return refuse(QStringLiteral("$.format"), QStringLiteral("must be 1"));
    History history;
    auto caseload = readCaseload(root);
    if (!caseload)
        return unexpected(caseload.error());
    history.caseload = std::move(caseload.value());

    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    if (entries.isEmpty())
        return refuse(
            QStringLiteral("$.entries"), QStringLiteral("must be a list of at least one entry"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("$.entries[%1]").arg(i);
        if (!entries.at(i).isObject())
            return refuse(path, QStringLiteral("must be an object"));
        const QJsonObject object = entries.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!QStringList { QStringLiteral("kind"), QStringLiteral("at"),
                    QStringLiteral("child"), QStringLiteral("practitioner"),
                    QStringLiteral("body") }
                     .contains(it.key()))
                return refuse(path + QLatin1Char('.') + it.key(),
                    QStringLiteral("is not a member of an entry (kind, at, child, practitioner, "
                                   "body)"));
        HistoryEntry entry;
        const QString kind = object.value(QStringLiteral("kind")).toString(QStringLiteral("visit"));
        const auto known = recordKindFromName(kind);
        if (!known
            || !QList { RecordKind::Visit, RecordKind::GoingMissing,
                RecordKind::ReturnHomeInterview, RecordKind::LifeEvent }
                    .contains(*known))
            return refuse(path + QStringLiteral(".kind"),
                QStringLiteral(
                    "must be visit, going-missing, return-home-interview or life-event"));
        entry.kind = *known;
        const auto at = parseMoment(object.value(QStringLiteral("at")).toString());
        if (!at)
            return refuse(path + QStringLiteral(".at"),
                QStringLiteral("must be the date and time with its zone, e.g. "
                               "2026-01-14T10:30:00Z"));
        entry.at = *at;
        if (!history.entries.isEmpty() && entry.at < history.entries.last().at)
            return refuse(path + QStringLiteral(".at"),
                QStringLiteral("%1 is before entry %2 (%3): entries must be in date order")
                    .arg(formatMoment(entry.at))
                    .arg(i - 1)
                    .arg(formatMoment(history.entries.last().at)));
        entry.child = object.value(QStringLiteral("child")).toString();
        if (entry.child.isEmpty())
            return refuse(path + QStringLiteral(".child"),
                QStringLiteral("must be the id of a child in \"caseload\" or in the vault"));
        entry.practitioner = object.value(QStringLiteral("practitioner")).toString();
        if (!validAuthor(entry.practitioner))
            return refuse(path + QStringLiteral(".practitioner"),
                QStringLiteral("must be 1 to 100 characters without control characters"));
        if (!object.value(QStringLiteral("body")).isObject())
            return refuse(path + QStringLiteral(".body"),
                QStringLiteral("must be a body of the entry's kind (docs/history-format.md)"));
        const QJsonObject given = object.value(QStringLiteral("body")).toObject();
        auto body = entry.kind == RecordKind::Visit
            ? readBody(given, entry, pack, language, path + QStringLiteral(".body"))
            : readMissingBody(given, entry, history.entries, path + QStringLiteral(".body"));
        if (!body)
            return unexpected(body.error());
        entry.body = std::move(body.value());
        history.entries.append(std::move(entry));
    }
    return history;
}

} // namespace hearth::cli
