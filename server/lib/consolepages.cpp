#include "consolepages.h"

#include "attachmentconsole.h"
#include "consoleexport.h"
#include "consolelabels.h"

#include <QJsonArray>

namespace hearth::server {

namespace {
QString say(ConsoleLanguage language, const char *key)
{
    return ConsoleStrings::get(language, key);
}

// packId: the content pack the record was written against, whose labels name its members.
void renderValue(
    Html &html, ConsoleLanguage language, const QJsonValue &value, const QString &packId, int depth)
{
    if (depth > 16) {
        html.markup("…");
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        // The child's own words are a quote, shown as said and marked as the child's.
        if (object.value(QLatin1String("by")).toString() == u"child"
            && object.value(QLatin1String("quote")).isString()) {
            html.markup("<figure class=\"quote\"><figcaption>")
                .text(say(language, "childSaid"))
                .markup("</figcaption><blockquote><p>")
                .text(object.value(QLatin1String("quote")).toString())
                .markup("</p></blockquote></figure>");
            return;
        }
        if (object.isEmpty()) {
            html.markup("—");
            return;
        }
        html.markup("<dl>");
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            // A member no label names is marked, so the browser test can find one.
            if (const auto label = ConsoleLabels::find(language, it.key(), packId))
                html.markup("<div><dt>").text(*label);
            else
                html.markup("<div><dt class=\"unlabelled\">")
                    .text(ConsoleLabels::humanize(it.key()));
            html.markup("</dt><dd>");
            renderValue(html, language, it.value(), packId, depth + 1);
            html.markup("</dd></div>");
        }
        html.markup("</dl>");
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            html.markup("—");
            return;
        }
        html.markup("<ul>");
        for (const QJsonValue &item : array) {
            html.markup("<li>");
            renderValue(html, language, item, packId, depth + 1);
            html.markup("</li>");
        }
        html.markup("</ul>");
    } else if (value.isBool()) {
        html.text(say(language, value.toBool() ? "yes" : "no"));
    } else if (value.isDouble()) {
        html.text(QString::number(value.toInteger()));
    } else if (value.isNull() || value.toString().isEmpty()) {
        html.markup("—");
    } else {
        html.text(value.toString());
    }
}

void navLink(
    Html &html, const PageFrame &frame, const char *section, const char *href, const char *labelKey)
{
    html.markup("<li><a href=\"").text(QString::fromLatin1(href)).markup("\"");
    if (frame.section == QLatin1String(section))
        html.markup(" aria-current=\"page\"");
    html.markup(">").text(say(frame.language, labelKey)).markup("</a></li>");
}
void pageLink(Html &html, const QString &childId, int page, const char *rel, const QString &label)
{
    html.markup("<li><a href=\"/console/child?id=")
        .url(childId)
        .markup("&amp;page=")
        .text(QString::number(page))
        .markup("#records\" rel=\"");
    html.text(QString::fromLatin1(rel)).markup("\">").text(label).markup("</a></li>");
}

void recordPager(
    Html &html, ConsoleLanguage language, const QString &childId, const RecordPage &paging)
{
    const int first = (paging.page - 1) * paging.perPage + 1;
    html.markup("<nav class=\"pager\" aria-label=\"")
        .text(say(language, "pagerLabel"))
        .markup("\"><p>")
        .text(say(language, "pagerStatus")
                  .arg(first)
                  .arg(std::min(paging.total, first + paging.perPage - 1))
                  .arg(paging.total)
                  .arg(paging.page)
                  .arg(paging.pages))
        .markup("</p><ul>");
    if (paging.page > 1) {
        pageLink(html, childId, 1, "first", say(language, "pagerNewest"));
        pageLink(html, childId, paging.page - 1, "prev", say(language, "pagerNewer"));
    }
    if (paging.page < paging.pages) {
        pageLink(html, childId, paging.page + 1, "next", say(language, "pagerOlder"));
        pageLink(html, childId, paging.pages, "last", say(language, "pagerOldest"));
    }
    html.markup("<li><a href=\"/console/child?id=")
        .url(childId)
        .markup("&amp;per=all#records\" class=\"all\">")
        .text(say(language, "pagerAll").arg(paging.total))
        .markup("</a></li></ul></nav>");
}

void allOnOne(
    Html &html, ConsoleLanguage language, const QString &childId, const RecordPage &paging)
{
    html.markup("<nav class=\"pager\" aria-label=\"")
        .text(say(language, "pagerLabel"))
        .markup("\"><p>")
        .text(say(language, "allStatus").arg(paging.total))
        .markup("</p><ul>");
    pageLink(html, childId, 1, "first", say(language, "pagerPaged"));
    html.markup("</ul></nav>");
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

Html ConsolePages::child(ConsoleLanguage language, const ChildSummary &child,
    const QList<ConsoleRecord> &records, const RecordPage &paging)
{
    Html html;
    html.markup("<section aria-labelledby=\"details\"><h2 id=\"details\">")
        .text(say(language, "details"))
        .markup("</h2>");
    renderValue(html, language, child.payload, {}, 0);
    html.markup("<ul class=\"exports\"><li><a href=\"/console/child/print?id=")
        .url(child.id)
        .markup("\">")
        .text(say(language, "exportPrint"))
        .markup("</a></li><li><a download href=\"/console/child.csv?id=")
        .url(child.id)
        .markup("\">")
        .text(say(language, "exportCsv"))
        .markup("</a></li></ul>");
    html.markup("</section><section aria-labelledby=\"records\"><h2 id=\"records\">")
        .text(say(language, "recordsTitle"))
        .markup("</h2>");
    if (records.isEmpty())
        html.append(message(say(language, "noRecords")));
    if (paging.all)
        allOnOne(html, language, child.id, paging);
    else if (paging.pages > 1)
        recordPager(html, language, child.id, paging);
    if (paging.all)
        html.markup("<ol class=\"records compact\">");
    else
        html.markup("<ol class=\"records\">");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ConsoleRecord &record = records.at(i);
        html.markup("<li id=\"")
            .text(QStringLiteral("record-") + record.stored.id)
            .markup("\"><article class=\"record\" aria-label=\"")
            .text(ConsoleExport::kindLabel(language, record.kind) + u' '
                + readableTime(record.created))
            .markup("\"><h3>")
            .text(ConsoleExport::kindLabel(language, record.kind))
            .markup(" · ")
            .text(readableTime(record.created))
            .markup("</h3><p class=\"meta\">")
            .text(say(language, "recordBy").arg(record.author, record.stored.device))
            .markup("</p><p class=\"checks\">");
        if (record.signatureOk)
            html.markup("<span class=\"ok\">").text(say(language, "signatureOk"));
        else
            html.markup("<span class=\"bad\">").text(say(language, "signatureBad"));
        html.markup("</span> <span>")
            .text(say(language, "chainOk").arg(record.stored.seq))
            .markup("</span></p>");
        if (paging.all) {
            html.markup("<p class=\"summary\">")
                .text(ConsoleExport::summary(record))
                .markup("</p><p><a href=\"/console/child?id=")
                .url(child.id)
                .markup("&amp;page=")
                .text(QString::number(i / paging.perPage + 1))
                .markup("#")
                .text(QStringLiteral("record-") + record.stored.id)
                .markup("\">")
                .text(say(language, "inFull"))
                .markup("</a> ");
        } else {
            renderValue(html, language, record.body,
                record.body.value(QLatin1String("packId")).toString(), 0);
            html.append(AttachmentConsole::figures(language, record));
            html.markup("<p>");
        }
        html.markup("<a class=\"download\" download href=\"/console/record?device=")
            .url(record.stored.device)
            .markup("&amp;id=")
            .url(record.stored.id)
            .markup("\">")
            .text(say(language, "download"))
            .markup("</a></p></article></li>");
    }
    html.markup("</ol></section>");
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
