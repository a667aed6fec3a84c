#include "consolepages.h"

namespace hearth::server {

namespace {
QString say(ConsoleLanguage language, const char *key)
{
    return ConsoleStrings::get(language, key);
}

void navLink(
    Html &html, const PageFrame &frame, const char *section, const char *href, const char *labelKey)
{
    html.markup("<li><a href=\"").text(QString::fromLatin1(href)).markup("\"");
    if (frame.section == QLatin1String(section))
        html.markup(" aria-current=\"page\"");
    html.markup(">").text(say(frame.language, labelKey)).markup("</a></li>");
}
} // namespace

QString ConsolePages::roleName(ConsoleLanguage language, const QString &role)
{
    if (role == u"supervisor")
        return say(language, "roleSupervisor");
    if (role == u"manager")
        return say(language, "roleManager");
    return say(language, "roleAuditor");
}

QString ChildSummary::displayName() const
{
    const QString given = payload.value(QLatin1String("givenName")).toString();
    const QString family = payload.value(QLatin1String("familyName")).toString();
    const QString knownAs = payload.value(QLatin1String("knownAs")).toString();
    QString name = (given + u' ' + family).trimmed();
    if (!knownAs.isEmpty())
        name += QStringLiteral(" (") + knownAs + u')';
    return name.isEmpty() ? id : name;
}

QString ConsolePages::readableTime(const QString &utc)
{
    if (utc.size() >= 16 && utc.at(10) == u'T' && utc.endsWith(u'Z'))
        return utc.left(10) + u' ' + utc.mid(11, 5) + QStringLiteral(" UTC");
    return utc;
}

QByteArray ConsolePages::document(const PageFrame &frame, const QString &title, const Html &main)
{
    const ConsoleLanguage language = frame.language;
    Html html;
    html.markup("<!DOCTYPE html>\n<html lang=\"")
        .text(ConsoleStrings::code(language))
        .markup("\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                "<title>")
        .text(title)
        .markup(" – ")
        .text(say(language, "app"))
        .markup("</title><link rel=\"stylesheet\" href=\"/console/static/console.css\">"
                "<link rel=\"stylesheet\" href=\"/console/static/print.css\" media=\"print\">"
                "</head><body><a class=\"skip\" href=\"#main\">")
        .text(say(language, "skip"))
        .markup("</a><header class=\"banner\"><p class=\"app\">")
        .text(say(language, "app"))
        .markup("</p>");
    if (!frame.userName.isEmpty()) {
        html.markup("<nav aria-label=\"").text(say(language, "navLabel")).markup("\"><ul>");
        navLink(html, frame, "practitioners", "/console/practitioners", "navPractitioners");
        navLink(html, frame, "search", "/console/search", "navSearch");
        if (frame.role == u"supervisor" || frame.role == u"manager")
            navLink(html, frame, "queue", "/console/queue", "navQueue");
        if (frame.mayReadAudit)
            navLink(html, frame, "audit", "/console/audit", "navAudit");
        html.markup("</ul></nav><div class=\"account\"><p>")
            .text(say(language, "signedInAs").arg(frame.userName, roleName(language, frame.role)))
            .markup("</p><form method=\"post\" action=\"/console/sign-out\">"
                    "<input type=\"hidden\" name=\"csrf\" value=\"")
            .text(QString::fromLatin1(frame.csrfToken))
            .markup("\"><button type=\"submit\">")
            .text(say(language, "signOut"))
            .markup("</button></form></div>");
    }
    const QString other = say(language, "otherLanguageCode");
    html.markup("<a class=\"language\" lang=\"")
        .text(other)
        .markup("\" hreflang=\"")
        .text(other)
        .markup("\" href=\"/console/language?to=")
        .url(other)
        .markup("&amp;back=")
        .url(frame.path)
        .markup("\">")
        .text(say(language, "otherLanguage"))
        .markup("</a></header><main id=\"main\" tabindex=\"-1\"><h1>")
        .text(title)
        .markup("</h1>")
        .append(main)
        .markup("</main></body></html>\n");
    return html.toString().toUtf8();
}

Html ConsolePages::message(const QString &text)
{
    Html html;
    html.markup("<p class=\"message\">").text(text).markup("</p>");
    return html;
}

Html ConsolePages::signIn(ConsoleLanguage language, const QByteArray &formToken,
    const QString &userName, const QString &error)
{
    Html html;
    if (!error.isEmpty())
        html.markup("<p class=\"error\" role=\"alert\" id=\"sign-in-error\">")
            .text(error)
            .markup("</p>");
    html.markup("<form method=\"post\" action=\"/console/sign-in\" class=\"sign-in\">"
                "<input type=\"hidden\" name=\"csrf\" value=\"")
        .text(QString::fromLatin1(formToken))
        .markup("\"><p><label for=\"name\">")
        .text(say(language, "userName"))
        .markup("</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required "
                "value=\"")
        .text(userName)
        .markup("\"></p><p><label for=\"password\">")
        .text(say(language, "password"))
        .markup("</label><input id=\"password\" name=\"password\" type=\"password\" "
                "autocomplete=\"current-password\" required></p><p><button type=\"submit\">")
        .text(say(language, "signInTitle"))
        .markup("</button></p></form>");
    return html;
}

Html ConsolePages::practitioners(ConsoleLanguage language, const QList<PractitionerTablets> &list)
{
    Html html;
    if (list.isEmpty())
        return message(say(language, "noCaseloads"));
    for (const PractitionerTablets &practitioner : list) {
        html.markup("<section class=\"practitioner\"><h2>")
            .text(practitioner.name)
            .markup(" <span class=\"id\">")
            .text(practitioner.id)
            .markup("</span> <span class=\"role\">")
            .text(say(language,
                (QStringLiteral("role-") + PractitionerRoles::slug(practitioner.role))
                    .toLatin1()
                    .constData()))
            .markup("</span></h2>");
        if (practitioner.devices.isEmpty()) {
            html.markup("<p>").text(say(language, "noTablets")).markup("</p></section>");
            continue;
        }
        html.markup("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">")
            .text(say(language, "tablet"))
            .markup("</th><th scope=\"col\">")
            .text(say(language, "enrolled"))
            .markup("</th><th scope=\"col\">")
            .text(say(language, "lastSync"))
            .markup("</th><th scope=\"col\" class=\"number\">")
            .text(say(language, "recordsReceived"))
            .markup("</th><th scope=\"col\">")
            .text(say(language, "recordsWaiting"))
            .markup("</th><th scope=\"col\">")
            .text(say(language, "status"))
            .markup("</th></tr></thead><tbody>");
        for (const DeviceRow &device : practitioner.devices) {
            html.markup("<tr><th scope=\"row\">")
                .text(device.name)
                .markup(" <span class=\"id\">")
                .text(device.id)
                .markup("</span></th><td>")
                .text(readableTime(device.enrolledAt))
                .markup("</td><td>")
                .text(device.lastSeen.isEmpty() ? say(language, "never")
                                                : readableTime(device.lastSeen))
                .markup("</td><td class=\"number\">")
                .text(QString::number(device.recordCount))
                .markup("</td><td class=\"waiting\">")
                .text(device.waiting ? say(language, "waitingReported")
                                           .arg(*device.waiting)
                                           .arg(readableTime(device.waitingReportedAt))
                                     : say(language, "waitingNotReported"))
                .markup("</td><td>");
            if (device.isRevoked())
                html.markup("<strong class=\"revoked\">")
                    .text(say(language, "revoked").arg(readableTime(device.revokedAt)))
                    .markup("</strong>");
            else
                html.text(say(language, "active"));
            html.markup("</td></tr>");
        }
        html.markup("</tbody></table></div></section>");
    }
    return html;
}

Html ConsolePages::search(
    ConsoleLanguage language, const QString &query, const QList<ChildSummary> &children)
{
    Html html;
    html.markup("<form method=\"get\" action=\"/console/search\" role=\"search\" "
                "class=\"search\"><label for=\"q\">")
        .text(say(language, "searchLabel"))
        .markup("</label><input id=\"q\" name=\"q\" type=\"search\" value=\"")
        .text(query)
        .markup("\"><button type=\"submit\">")
        .text(say(language, "searchButton"))
        .markup("</button></form>");
    if (children.isEmpty())
        return html.append(message(say(language, "noResults")));
    html.markup("<p role=\"status\">")
        .text(say(language, "results").arg(children.size()))
        .markup("</p><div class=\"scroll\"><table><thead><tr><th scope=\"col\">")
        .text(say(language, "child"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "dateOfBirth"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "practitioner"))
        .markup("</th></tr></thead><tbody>");
    for (const ChildSummary &child : children) {
        html.markup("<tr><th scope=\"row\"><a href=\"/console/child?id=")
            .url(child.id)
            .markup("\">")
            .text(child.displayName())
            .markup("</a></th><td>")
            .text(child.payload.value(QLatin1String("dateOfBirth")).toString())
            .markup("</td><td>")
            .text(child.practitionerId)
            .markup("</td></tr>");
    }
    html.markup("</tbody></table></div>");
    return html;
}

Html ConsolePages::audit(ConsoleLanguage language, const QList<AuditEntry> &entries)
{
    Html html;
    html.markup("<p><a href=\"/console/audit.csv\" download>")
        .text(say(language, "auditCsv"))
        .markup("</a></p><p>")
        .text(say(language, "auditNewest").arg(entries.size()))
        .markup("</p><div class=\"scroll\"><table class=\"audit\"><thead><tr><th scope=\"col\">")
        .text(say(language, "when"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "who"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "action"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "child"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "detail"))
        .markup("</th><th scope=\"col\">")
        .text(say(language, "client"))
        .markup("</th></tr></thead><tbody>");
    for (const AuditEntry &entry : entries) {
        html.markup("<tr><td>")
            .text(readableTime(entry.at))
            .markup("</td><td>")
            .text(entry.userName)
            .markup("</td><td>")
            .text(entry.action)
            .markup("</td><td>")
            .text(entry.childId)
            .markup("</td><td>")
            .text(entry.detail)
            .markup("</td><td>")
            .text(entry.client)
            .markup("</td></tr>");
    }
    html.markup("</tbody></table></div>");
    return html;
}

} // namespace hearth::server
