#include "consolehandler.h"

#include "consolestyle.h"
#include "consolevisit.h"
#include "record/envelope.h"
#include "staffpassword.h"
#include "staffrepository.h"
#include "staffthrottle.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrl>

#include <sodium.h>

namespace hearth::server {

namespace {
constexpr auto base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 signInFormSeconds = 60 * 60;

// No inline script or style and nothing from another origin; no framing; forms post only here.
constexpr char contentSecurityPolicy[]
    = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
      "form-action 'self'; frame-ancestors 'none'";

QHash<QByteArray, QByteArray> parseCookies(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> cookies;
    for (const QByteArray &part : header.split(';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals > 0)
            cookies.insert(part.left(equals).trimmed(), part.mid(equals + 1).trimmed());
    }
    return cookies;
}

QUrlQuery parseForm(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(spaced));
}

QString formValue(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    return !a.isEmpty() && a.size() == b.size()
        && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
}

HttpReply redirect(const QByteArray &location)
{
    HttpReply reply;
    reply.status = 303;
    reply.contentType = "text/plain; charset=utf-8";
    reply.headers.append({ QByteArray("Location"), location });
    return reply;
}

// A back link for the language switch: only a console path, never another site.
bool isConsolePath(const QString &path)
{
    return path.startsWith(QLatin1String("/console/")) && !path.contains(QLatin1String("//"))
        && !path.contains(u'\\');
}
} // namespace

ConsoleHandler::Visit::Visit(const IncomingRequest &incoming, const QHostAddress &from)
    : request(incoming)
    , client(from.toString())
    , cookies(parseCookies(incoming.header("Cookie")))
{ }

ConsoleHandler::ConsoleHandler(ServiceContext context)
    : m_context(context)
    , m_sessions(context.database,
          SessionPolicy {
              context.limits.consoleIdleSeconds, context.limits.consoleAbsoluteSeconds })
{ }

bool ConsoleHandler::owns(const QString &path)
{
    return path == u"/console" || path.startsWith(QLatin1String("/console/"));
}

QByteArray ConsoleHandler::sessionCookieName() const
{
    // The __Host- prefix makes the browser insist on Secure, Path=/ and no Domain; browsers
    // honour it only over HTTPS, so a plain-HTTP trial on 127.0.0.1 uses the bare name.
    return m_context.limits.consoleBehindTls ? "__Host-hearth-session" : "hearth-session";
}

QByteArray ConsoleHandler::cookie(
    const char *name, const QByteArray &value, qint64 maxAgeSeconds) const
{
    const QByteArray prefix = m_context.limits.consoleBehindTls ? "__Host-" : "";
    return prefix + name + '=' + value + "; Path=/; Max-Age=" + QByteArray::number(maxAgeSeconds)
        + "; HttpOnly; Secure; SameSite=Strict";
}

HttpReply ConsoleHandler::handle(const IncomingRequest &request, const QHostAddress &client) const
{
    Visit visit(request, client);
    visit.language = ConsoleStrings::choose(
        visit.cookies.value("hearth-language"), request.header("Accept-Language"));
    const QDateTime now = m_context.clock.nowUtc();
    visit.now = now.toSecsSinceEpoch();
    visit.nowText = Envelope::formatCreated(now);
    HttpReply reply = route(visit);
    reply.headers.append(visit.headers);
    reply.headers.append({ QByteArray("Content-Security-Policy"), contentSecurityPolicy });
    reply.headers.append({ QByteArray("X-Content-Type-Options"), QByteArray("nosniff") });
    reply.headers.append({ QByteArray("X-Frame-Options"), QByteArray("DENY") });
    reply.headers.append({ QByteArray("Referrer-Policy"), QByteArray("no-referrer") });
    reply.headers.append({ QByteArray("Cross-Origin-Opener-Policy"), QByteArray("same-origin") });
    reply.headers.append({ QByteArray("Cross-Origin-Resource-Policy"), QByteArray("same-origin") });
    if (m_context.limits.consoleBehindTls)
        reply.headers.append(
            { QByteArray("Strict-Transport-Security"), QByteArray("max-age=31536000") });
    const bool stylesheet = request.path == u"/console/static/console.css"
        || request.path == u"/console/static/print.css";
    reply.headers.append({ QByteArray("Cache-Control"),
        stylesheet ? QByteArray("no-cache") : QByteArray("no-store") });
    if (!visit.session.has_value())
        reply.headers.append({ QByteArray("Vary"), QByteArray("Accept-Language, Cookie") });
    return reply;
}

HttpReply ConsoleHandler::route(Visit &visit) const
{
    const QString &path = visit.request.path;
    const QByteArray &method = visit.request.method;
    auto only = [&](const char *allowed) -> std::optional<HttpReply> {
        if (method == allowed)
            return std::nullopt;
        HttpReply reply = message(visit, 405, "notFoundTitle", "notFoundText");
        reply.headers.append({ QByteArray("Allow"), QByteArray(allowed) });
        return reply;
    };
    if (path == u"/console/static/console.css" || path == u"/console/static/print.css") {
        if (auto refused = only("GET"))
            return *refused;
        HttpReply reply;
        reply.contentType = "text/css; charset=utf-8";
        reply.body = QByteArray(path.endsWith(u"print.css") ? printCss : consoleCss);
        return reply;
    }
    if (path == u"/console/language") {
        if (auto refused = only("GET"))
            return *refused;
        return language(visit);
    }
    if (path == u"/console/sign-in") {
        if (method == "POST")
            return signIn(visit);
        if (auto refused = only("GET"))
            return *refused;
        return signInPage(visit, 200, {});
    }

    // Everything else needs a live session.
    auto session = m_sessions.resolve(visit.cookies.value(sessionCookieName()), visit.now);
    if (!session)
        return storeFailed(visit, session.error());
    visit.session = *session;
    if (!visit.session)
        return redirect("/console/sign-in");
    if (method == "POST") {
        visit.form = parseForm(visit.request.body);
        // The synchronizer token: a form from another site cannot know it.
        if (!StaffSessions::csrfMatches(*visit.session, formValue(visit.form, "csrf").toLatin1()))
            return message(visit, 403, "signInTitle", "formExpired");
    }
    if (path == u"/console/sign-out") {
        if (auto refused = only("POST"))
            return *refused;
        return signOut(visit);
    }
    if (path.startsWith(QLatin1String("/console/supervision/"))) {
        if (auto refused = only("POST"))
            return *refused;
        return supervise(visit);
    }
    if (auto refused = only("GET"))
        return *refused;
    if (path == u"/console" || path == u"/console/")
        return redirect("/console/practitioners");
    if (path == u"/console/practitioners")
        return practitioners(visit);
    if (path == u"/console/search")
        return search(visit);
    if (path == u"/console/child")
        return child(visit);
    if (path == u"/console/record")
        return record(visit);
    if (path == u"/console/audit")
        return audit(visit);
    if (path == u"/console/audit.csv")
        return auditCsv(visit);
    if (path == u"/console/queue")
        return queue(visit);
    if (path == u"/console/photo")
        return photo(visit);
    if (path == u"/console/child.csv")
        return childCsv(visit);
    if (path == u"/console/child/print")
        return childPrint(visit);
    return message(visit, 404, "notFoundTitle", "notFoundText");
}

HttpReply ConsoleHandler::page(
    const Visit &visit, int status, const QString &title, const Html &main) const
{
    PageFrame frame;
    frame.language = visit.language;
    frame.path = QString::fromUtf8(visit.request.target);
    frame.section = visit.section;
    if (visit.session) {
        frame.userName = visit.session->userName;
        frame.role = visit.session->role;
        frame.csrfToken = visit.session->csrfToken;
        frame.mayReadAudit = visit.session->role == u"auditor";
    }
    HttpReply reply;
    reply.status = status;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = ConsolePages::document(frame, title, main);
    return reply;
}

HttpReply ConsoleHandler::message(
    const Visit &visit, int status, const char *titleKey, const char *textKey) const
{
    return page(visit, status, ConsoleStrings::get(visit.language, titleKey),
        ConsolePages::message(ConsoleStrings::get(visit.language, textKey)));
}

HttpReply ConsoleHandler::storeFailed(const Visit &visit, const StoreError &error) const
{
    std::fprintf(stderr, "hearth-server: console: %s\n", qUtf8Printable(error.message));
    return message(visit, 503, "notFoundTitle", "serverError");
}

void ConsoleHandler::audit(
    const Visit &visit, const QString &action, const QString &childId, const QString &detail) const
{
    const QString user = visit.session ? visit.session->userName : QString();
    if (auto written = ConsoleAudit(m_context.database)
                           .append({ visit.nowText, user, action, childId, detail, visit.client });
        !written)
        std::fprintf(stderr, "hearth-server: console audit not written: %s\n",
            qUtf8Printable(written.error().message));
}

HttpReply ConsoleHandler::language(Visit &visit) const
{
    const QString to = visit.request.query.queryItemValue(QStringLiteral("to"));
    const QString back
        = visit.request.query.queryItemValue(QStringLiteral("back"), QUrl::FullyDecoded);
    if (to == u"cy" || to == u"en")
        visit.headers.append({ QByteArray("Set-Cookie"),
            "hearth-language=" + to.toLatin1()
                + "; Path=/; Max-Age=31536000; Secure; SameSite=Strict" });
    return redirect(isConsolePath(back) ? QUrl::toPercentEncoding(back, "/?&=") : "/console/");
}

HttpReply ConsoleHandler::signInPage(
    Visit &visit, int status, const QString &error, const QString &userName) const
{
    // Before sign-in there is no session to tie a token to, so the form's token is paired with
    // a cookie of the same value (only this origin can read the page or set the cookie).
    QByteArray token = visit.cookies.value(
        m_context.limits.consoleBehindTls ? "__Host-hearth-sign-in" : "hearth-sign-in");
    if (token.size() != 43) {
        QByteArray random(32, '\0');
        randombytes_buf(random.data(), std::size_t(random.size()));
        token = random.toBase64(base64);
        visit.headers.append(
            { QByteArray("Set-Cookie"), cookie("hearth-sign-in", token, signInFormSeconds) });
    }
    return page(visit, status, ConsoleStrings::get(visit.language, "signInTitle"),
        ConsolePages::signIn(visit.language, token, userName, error));
}

HttpReply ConsoleHandler::signIn(Visit &visit) const
{
    visit.form = parseForm(visit.request.body);
    const QByteArray expected = visit.cookies.value(
        m_context.limits.consoleBehindTls ? "__Host-hearth-sign-in" : "hearth-sign-in");
    if (!sameToken(expected, formValue(visit.form, "csrf").toLatin1()))
        return signInPage(visit, 403, ConsoleStrings::get(visit.language, "formExpired"));
    const QString name = formValue(visit.form, "name").trimmed();
    const QByteArray password = formValue(visit.form, "password").toUtf8();
    const QString wrong = ConsoleStrings::get(visit.language, "signInWrong");
    if (!StaffRepository::isValidName(name))
        return signInPage(visit, 401, wrong);

    const StaffThrottle throttle(m_context.database);
    auto wait = throttle.waitSeconds(name, visit.client, visit.now);
    if (!wait)
        return storeFailed(visit, wait.error());
    if (*wait > 0) {
        audit(visit, QStringLiteral("sign-in-throttled"), {}, name);
        HttpReply reply = signInPage(
            visit, 429, ConsoleStrings::get(visit.language, "signInThrottled").arg(*wait), name);
        reply.headers.append({ QByteArray("Retry-After"), QByteArray::number(*wait) });
        return reply;
    }
    auto user = StaffRepository(m_context.database).find(name);
    if (!user)
        return storeFailed(visit, user.error());
    // An unknown or disabled name still costs one Argon2id check, so the answer's timing does
    // not tell a guesser which names exist.
    static const QString unknownUserHash = [] {
        auto hash = StaffPassword::hash("no account has this password");
        return hash ? *hash : QString();
    }();
    const bool known = user->has_value() && !(*user)->isDisabled();
    const bool ok
        = StaffPassword::verify(known ? (*user)->passwordHash : unknownUserHash, password) && known;
    if (!ok) {
        if (auto counted = throttle.failed(name, visit.client, visit.now); !counted)
            return storeFailed(visit, counted.error());
        audit(visit, QStringLiteral("sign-in-failed"), {}, name);
        return signInPage(visit, 401, wrong, name);
    }
    if (auto cleared = throttle.succeeded(name); !cleared)
        return storeFailed(visit, cleared.error());
    auto created = m_sessions.create(name, visit.now);
    if (!created)
        return storeFailed(visit, created.error());
    visit.session = StaffSession { name, (*user)->role, created->csrfToken };
    audit(visit, QStringLiteral("sign-in"), {}, {});
    // The name is fixed, not passed through cookie(): the session cookie's own prefix rule.
    visit.headers.append({ QByteArray("Set-Cookie"),
        sessionCookieName() + '=' + created->cookieValue
            + "; Path=/; Max-Age=" + QByteArray::number(m_context.limits.consoleAbsoluteSeconds)
            + "; HttpOnly; Secure; SameSite=Strict" });
    visit.headers.append({ QByteArray("Set-Cookie"), cookie("hearth-sign-in", "", 0) });
    return redirect("/console/practitioners");
}

HttpReply ConsoleHandler::signOut(Visit &visit) const
{
    if (auto ended = m_sessions.destroy(visit.cookies.value(sessionCookieName())); !ended)
        return storeFailed(visit, ended.error());
    audit(visit, QStringLiteral("sign-out"), {}, {});
    visit.headers.append({ QByteArray("Set-Cookie"),
        sessionCookieName() + "=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict" });
    return redirect("/console/sign-in");
}

} // namespace hearth::server
