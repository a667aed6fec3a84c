#include "consoleexport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace hearth::server {

namespace {
QString say(ConsoleLanguage language, const char *key)
{
    return ConsoleStrings::get(language, key);
}

// The first non-empty string among member paths ("start.purpose"), in the order given.
QString firstText(const QJsonObject &body, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        QJsonValue value = body;
        for (const QString &step : QString::fromLatin1(path).split(u'.'))
            value = value.toObject().value(step);
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

void collectWords(const QJsonValue &value, QStringList &words, int depth)
{
    if (depth > 32)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectWords(item, words, depth + 1);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("by")).toString() == u"child"
        && object.value(QLatin1String("quote")).isString()) {
        words.append(object.value(QLatin1String("quote")).toString());
        return;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Format 1 visits wrote the child's words as a plain string.
        if (it.key() == u"childsWords" && it.value().isString()) {
            if (!it.value().toString().trimmed().isEmpty())
                words.append(it.value().toString());
            continue;
        }
        collectWords(it.value(), words, depth + 1);
    }
}

QString signatureWord(ConsoleLanguage language, const ConsoleRecord &record)
{
    return say(language, record.signatureOk ? "sigVerified" : "sigFailed");
}
} // namespace

QString ConsoleExport::summary(const ConsoleRecord &record)
{
    const QJsonObject &body = record.body;
    if (record.kind == u"visit")
        return firstText(body, { "start.purpose", "review.whatItMeans", "lived.dayInTheLife" });
    if (record.kind == u"concern")
        return firstText(body, { "seen" });
    if (record.kind == u"missed-appointment")
        return firstText(body, { "what" });
    if (record.kind == u"child-voice-session")
        return firstText(body, { "practitionerWillDo" });
    if (record.kind == u"amendment")
        return firstText(body, { "reason" });
    if (record.kind == u"caseload-change")
        return firstText(body, { "change" });
    if (record.kind == u"profile-change")
        return firstText(body, { "knownFrom" });
    if (record.kind == u"going-missing")
        return firstText(body, { "whereFound" });
    if (record.kind == u"return-home-interview")
        return firstText(body, { "actions", "reason" });
    if (record.kind == u"life-event")
        return firstText(body, { "type", "note" });
    return firstText(body, { "note", "summary" });
}

QStringList ConsoleExport::childsWords(const QJsonValue &body)
{
    QStringList words;
    collectWords(body, words, 0);
    return words;
}

QString ConsoleExport::kindLabel(ConsoleLanguage language, const QString &kind)
{
    static const std::pair<const char *, const char *> kinds[] = {
        { "visit", "kindVisit" },
        { "amendment", "kindAmendment" },
        { "missed-appointment", "kindMissed" },
        { "caseload-change", "kindCaseload" },
        { "profile-change", "kindProfile" },
        { "flag-acknowledgement", "kindFlag" },
        { "concern", "kindConcern" },
        { "child-voice-session", "kindChildVoice" },
        { "going-missing", "kindMissing" },
        { "return-home-interview", "kindReturnInterview" },
        { "life-event", "kindLifeEvent" },
    };
    for (const auto &[name, key] : kinds) {
        if (kind == QLatin1String(name))
            return say(language, key);
    }
    return kind; // a kind this server does not know yet, shown as the record names it
}

QByteArray ConsoleExport::csvCell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r'))
        text.prepend(u'\'');
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray ConsoleExport::chronologyCsv(
    ConsoleLanguage language, const QList<ConsoleRecord> &records)
{
    QByteArray csv("\xEF\xBB\xBF");
    const char *headings[] = { "csvDate", "csvKind", "csvAuthor", "csvTablet", "csvRecord",
        "csvSignature", "csvSummary", "csvWords" };
    for (const char *heading : headings)
        csv += csvCell(say(language, heading)) + (heading == headings[7] ? "\r\n" : ",");
    for (const ConsoleRecord &record : records) {
        const QStringList words = childsWords(record.body);
        QStringList quoted;
        for (const QString &said : words)
            quoted.append(u'“' + said + u'”');
        const QString cells[] = { record.created, kindLabel(language, record.kind), record.author,
            record.stored.device, record.stored.id, signatureWord(language, record),
            summary(record), quoted.join(u'\n') };
        for (const QString &cell : cells)
            csv += csvCell(cell) + (&cell == &cells[7] ? "\r\n" : ",");
    }
    return csv;
}

QByteArray ConsoleExport::printDocument(
    const PrintHeader &header, const QList<ConsoleRecord> &records)
{
    const ConsoleLanguage language = header.language;
    const qsizetype verified = std::count_if(records.cbegin(), records.cend(),
        [](const ConsoleRecord &record) { return record.signatureOk; });
    const QString title = say(language, "printTitle").arg(header.child.displayName());
    Html html;
    html.markup("<!DOCTYPE html>\n<html lang=\"")
        .text(ConsoleStrings::code(language))
        .markup("\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
        .text(title)
        .markup("</title><link rel=\"stylesheet\" href=\"/console/static/console.css\">"
                "<link rel=\"stylesheet\" href=\"/console/static/print.css\">"
                "</head><body class=\"conference\"><p class=\"screen-only\"><a "
                "href=\"/console/child?id=")
        .url(header.child.id)
        .markup("\">")
        .text(say(language, "printBack"))
        .markup("</a> ")
        .text(say(language, "printHow"))
        .markup("</p><header class=\"conference-header\"><p class=\"agency\">")
        .text(header.agency)
        .markup("</p><p class=\"purpose\">")
        .text(say(language, "printFor"))
        .markup("</p><h1>")
        .text(title)
        .markup("</h1><dl class=\"facts\"><div><dt>")
        .text(say(language, "dateOfBirth"))
        .markup("</dt><dd>")
        .text(header.child.payload.value(QLatin1String("dateOfBirth")).toString())
        .markup("</dd></div><div><dt>")
        .text(say(language, "childId"))
        .markup("</dt><dd>")
        .text(header.child.id)
        .markup("</dd></div></dl><p class=\"printed\">")
        .text(say(language, "printedBy")
                  .arg(header.printedBy, header.role, ConsolePages::readableTime(header.printedAt)))
        .markup("</p><p class=\"built-from\">")
        .text(say(language, "builtFrom")
                  .arg(records.size())
                  .arg(verified)
                  .arg(records.size() - verified))
        .markup("</p></header><main><p class=\"order\">")
        .text(say(language, "printOrder"))
        .markup("</p><ol class=\"chronology\">");
    // A conference reads a chronology forwards in time; the console's list is newest first.
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        const ConsoleRecord &record = *it;
        html.markup("<li class=\"entry\"><h2><time>")
            .text(ConsolePages::readableTime(record.created))
            .markup("</time> · ")
            .text(kindLabel(language, record.kind))
            .markup("</h2><p class=\"meta\">")
            .text(say(language, "recordBy").arg(record.author, record.stored.device))
            .markup("</p>");
        if (const QString text = summary(record); !text.isEmpty())
            html.markup("<p class=\"summary\">").text(text).markup("</p>");
        for (const QString &said : childsWords(record.body))
            html.markup("<figure class=\"quote\"><figcaption>")
                .text(say(language, "childSaid"))
                .markup("</figcaption><blockquote><p>")
                .text(said)
                .markup("</p></blockquote></figure>");
        if (record.signatureOk)
            html.markup("<p class=\"source ok\">");
        else
            html.markup("<p class=\"source bad\">");
        html.text(say(language, "recordSource")
                      .arg(record.stored.id, record.stored.device, signatureWord(language, record)))
            .markup("</p></li>");
    }
    html.markup("</ol><p class=\"end\">")
        .text(say(language, "printEnd").arg(records.size()))
        .markup("</p></main></body></html>\n");
    return html.toString().toUtf8();
}

} // namespace hearth::server
