// A child's page of the console: the caseload entry, then the child's records a page at a time
// (or all of them in short), each with its checks and its body in the pack's own labels.
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

} // namespace hearth::server
