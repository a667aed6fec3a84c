#include "envelope.h"

#include "record/bodyvalidator.h"
#include "record/jsonpath.h"
#include "record/lifeeventbody.h"
#include "record/uuidv7generator.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace hearth {

namespace {
constexpr qsizetype maxDeviceIdLength = 128;
constexpr qsizetype maxAuthorLength = 256;
constexpr qsizetype maxPackFieldLength = 128;

Unexpected<JsonError> fail(const QString &member, const QString &message)
{
    return unexpected(JsonError { -1, JsonPath::child(QStringLiteral("$"), member), message });
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

Expected<void, JsonError> requireMember(
    const JsonValue &json, const QString &key, JsonValue::Type type, const QString &typeName)
{
    const JsonValue *value = json.find(key);
    if (!value)
        return fail(key, QStringLiteral("required member is missing"));
    if (value->type() != type)
        return fail(key, QStringLiteral("must be %1").arg(typeName));
    return {};
}
} // namespace

JsonValue Envelope::toJson(bool withSignature) const
{
    JsonValue json = JsonValue::object({
        { QStringLiteral("version"), version },
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), recordKindName(kind) },
        { QStringLiteral("device"), device },
        { QStringLiteral("author"), author },
        { QStringLiteral("seq"), seq },
        { QStringLiteral("prev"), prev },
        { QStringLiteral("created"), created },
        { QStringLiteral("pack"),
            JsonValue::object({ { QStringLiteral("id"), pack.id },
                { QStringLiteral("version"), pack.version } }) },
        { QStringLiteral("body"), body },
    });
    if (withSignature)
        json.insert(QStringLiteral("sig"), QString::fromLatin1(signature.toBase64()));
    return json;
}

Expected<Envelope, JsonError> Envelope::fromJson(const JsonValue &json)
{
    if (!json.isObject())
        return unexpected(
            JsonError { -1, QStringLiteral("$"), QStringLiteral("envelope must be an object") });

    const QString string = QStringLiteral("a string");
    const QString integer = QStringLiteral("an integer");
    const QString object = QStringLiteral("an object");
    const std::array<std::tuple<QString, JsonValue::Type, QString>, 11> expected { {
        { QStringLiteral("author"), JsonValue::Type::String, string },
        { QStringLiteral("body"), JsonValue::Type::Object, object },
        { QStringLiteral("created"), JsonValue::Type::String, string },
        { QStringLiteral("device"), JsonValue::Type::String, string },
        { QStringLiteral("id"), JsonValue::Type::String, string },
        { QStringLiteral("kind"), JsonValue::Type::String, string },
        { QStringLiteral("pack"), JsonValue::Type::Object, object },
        { QStringLiteral("prev"), JsonValue::Type::String, string },
        { QStringLiteral("seq"), JsonValue::Type::Integer, integer },
        { QStringLiteral("sig"), JsonValue::Type::String, string },
        { QStringLiteral("version"), JsonValue::Type::Integer, integer },
    } };
    for (const auto &[key, type, typeName] : expected) {
        if (auto ok = requireMember(json, key, type, typeName); !ok)
            return unexpected(ok.error());
    }
    // Unknown members are refused: a verifier that ignored them would accept signed data it
    // does not understand, and the version field is how the format grows.
    if (json.size() != expected.size()) {
        for (const JsonMember &member : json.members()) {
            if (std::none_of(expected.begin(), expected.end(),
                    [&](const auto &e) { return std::get<0>(e) == member.key; }))
                return fail(member.key, QStringLiteral("unknown member"));
        }
    }

    const JsonValue &packJson = json[u"pack"];
    const QString packPath = QStringLiteral("pack");
    for (const QString &key : { QStringLiteral("id"), QStringLiteral("version") }) {
        if (auto ok = requireMember(packJson, key, JsonValue::Type::String, string); !ok)
            return fail(
                packPath, QStringLiteral("must have string members \"id\" and \"version\""));
    }
    if (packJson.size() != 2)
        return fail(
            packPath, QStringLiteral("must have exactly the members \"id\" and \"version\""));

    const auto kind = recordKindFromName(json[u"kind"].toString());
    if (!kind)
        return fail(QStringLiteral("kind"),
            QStringLiteral("unknown record kind \"%1\"").arg(json[u"kind"].toString()));

    Envelope envelope;
    envelope.version = json[u"version"].toInteger();
    envelope.id = json[u"id"].toString();
    envelope.kind = *kind;
    envelope.device = json[u"device"].toString();
    envelope.author = json[u"author"].toString();
    envelope.seq = json[u"seq"].toInteger();
    envelope.prev = json[u"prev"].toString();
    envelope.created = json[u"created"].toString();
    envelope.pack = { packJson[u"id"].toString(), packJson[u"version"].toString() };
    envelope.body = json[u"body"];
    if (auto ok = envelope.validate(); !ok)
        return unexpected(ok.error());

    // Only the one standard, padded base64 spelling of the 64 bytes is accepted, so the
    // signature cannot be re-spelled without changing the record's bytes.
    const QByteArray sigText = json[u"sig"].toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(
        sigText, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != signatureBytes
        || decoded.decoded.toBase64() != sigText)
        return fail(QStringLiteral("sig"),
            QStringLiteral("must be the padded standard base64 of 64 bytes"));
    envelope.signature = decoded.decoded;
    return envelope;
}

Expected<void, JsonError> Envelope::validate() const
{
    if (version != currentVersion)
        return fail(
            QStringLiteral("version"), QStringLiteral("unsupported version %1").arg(version));
    if (!UuidV7Generator::isValid(id))
        return fail(QStringLiteral("id"), QStringLiteral("must be a lowercase UUIDv7"));
    if (!isValidDeviceId(device))
        return fail(QStringLiteral("device"),
            QStringLiteral("must be 1-%1 characters of A-Z a-z 0-9 . _ : -")
                .arg(maxDeviceIdLength));
    if (author.trimmed().isEmpty() || author.size() > maxAuthorLength
        || hasControlCharacters(author))
        return fail(QStringLiteral("author"),
            QStringLiteral("must be 1-%1 characters without control characters")
                .arg(maxAuthorLength));
    if (seq < 1 || seq > JsonValue::maxSafeInteger)
        return fail(QStringLiteral("seq"), QStringLiteral("must be between 1 and 2^53 - 1"));
    if (!isValidChainHash(prev))
        return fail(QStringLiteral("prev"), QStringLiteral("must be 64 lowercase hex digits"));
    if (!isValidCreated(created))
        return fail(QStringLiteral("created"),
            QStringLiteral("must be a UTC time like 2024-05-14T09:30:00.000Z"));
    for (const QString &field : { pack.id, pack.version }) {
        if (field.trimmed().isEmpty() || field.size() > maxPackFieldLength
            || hasControlCharacters(field))
            return fail(QStringLiteral("pack"),
                QStringLiteral("id and version must be 1-%1 characters").arg(maxPackFieldLength));
    }
    if (auto ok = BodyValidator::validate(kind, body); !ok || kind != RecordKind::LifeEvent)
        return ok;
    // Only here is the day of signing known, so "not in the future" is checked with the
    // envelope rather than with the body alone.
    return LifeEventBody::validateNotAfter(
        body, QDate::fromString(created.left(10), Qt::ISODate), QStringLiteral("$.body"));
}

QString Envelope::formatCreated(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

bool Envelope::isValidCreated(const QString &text)
{
    // Exactly one spelling per instant, so the same moment always signs the same bytes.
    static const QString pattern = QStringLiteral("dddd-dd-ddTdd:dd:dd.dddZ");
    if (text.size() != pattern.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar expected = pattern[i];
        if (expected == u'd' ? !(text[i] >= u'0' && text[i] <= u'9') : text[i] != expected)
            return false;
    }
    auto number = [&text](qsizetype from, qsizetype length) {
        return QStringView(text).mid(from, length).toInt();
    };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2)) && number(11, 2) < 24
        && number(14, 2) < 60 && number(17, 2) < 60;
}

bool Envelope::isValidDeviceId(const QString &text)
{
    if (text.isEmpty() || text.size() > maxDeviceIdLength)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u':' || u == u'-';
    });
}

bool Envelope::isValidChainHash(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace hearth
