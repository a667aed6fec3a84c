#include "supervisionpages.h"

#include "consolequeue.h"
#include "record/supervisionbody.h"

#include <QHash>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace hearth::server {

namespace {
QString say(ConsoleLanguage language, const char *key)
{
    return ConsoleStrings::get(language, key);
}
} // namespace

QString SupervisionPages::recordAnchor(const QString &recordId)
{
    return QStringLiteral("record-") + recordId;
}

Html SupervisionPages::flags(ConsoleLanguage language, const ChildFlags &judged,
    const QList<ConsoleRecord> &records, const QString &childId, int pageSize)
{
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < records.size(); ++i)
        byId.insert(records.at(i).stored.id, i);
    Html html;
    html.markup("<section aria-labelledby=\"flags\" class=\"flags\"><h2 id=\"flags\">")
        .text(say(language, "flagsTitle").arg(judged.openCount()))
        .markup("</h2>");
    if (judged.flags.isEmpty()) {
        html.markup("<p>").text(say(language, "noFlags")).markup("</p></section>");
        return html;
    }
    html.markup("<ul class=\"flag-list\">");
    const QString code = ConsoleStrings::code(language);
    for (const PatternFlag &flag : judged.flags) {
        html.markup("<li class=\"flag\"><p class=\"says\">")
            .text(flag.text(code))
            .markup("</p><p class=\"state\">");
        if (flag.reviewed)
            html.text(say(language, "flagReviewed"));
        else if (flag.acknowledged)
            html.text(say(language, "flagAcknowledged"));
        else
            html.markup("<strong>").text(say(language, "flagOpen")).markup("</strong>");
        html.markup("</p><p class=\"evidence\">").text(say(language, "flagEvidence"));
        // A flag over a year of visits can rest on thousands: the newest few are links, the rest
        // a count (every one is in the chronology and the review that covers the flag).
        for (const QString &id :
            flag.evidence.mid(std::max<qsizetype>(0, flag.evidence.size() - evidenceLinks))) {
            const qsizetype at = byId.value(id, -1);
            html.markup(" <a href=\"/console/child?id=")
                .url(childId)
                .markup("&amp;page=")
                .text(QString::number(at < 0 ? 1 : at / pageSize + 1))
                .markup("#")
                .text(recordAnchor(id))
                .markup("\">");
            if (at >= 0)
                html.text(ConsolePages::readableTime(records.at(at).created).left(10));
            else
                html.text(id);
            html.markup("</a>");
        }
        if (flag.evidence.size() > evidenceLinks)
            html.markup(" ").text(
                say(language, "flagMoreEvidence").arg(flag.evidence.size() - evidenceLinks));
        html.markup("</p></li>");
    }
    html.markup("</ul></section>");
    return html;
}

namespace {
// What was typed into a refused form, put back; empty for every other form.
QString typed(const SupervisionForm &form, const char *action, const QString &name)
{
    return form.action == QLatin1String(action)
        ? form.values.queryItemValue(name, QUrl::FullyDecoded)
        : QString();
}

void formStart(Html &html, ConsoleLanguage language, const char *action, const char *titleKey,
    const QByteArray &csrf, const QString &childId, const SupervisionForm &form)
{
    html.markup("<form method=\"post\" class=\"supervision\" action=\"/console/supervision/")
        .text(QString::fromLatin1(action))
        .markup("\"><h3>")
        .text(say(language, titleKey))
        .markup("</h3>");
    if (form.action == QLatin1String(action) && !form.error.isEmpty())
        html.markup("<p class=\"error\" role=\"alert\">").text(form.error).markup("</p>");
    html.markup("<input type=\"hidden\" name=\"csrf\" value=\"")
        .text(QString::fromLatin1(csrf))
        .markup("\"><input type=\"hidden\" name=\"child\" value=\"")
        .text(childId)
        .markup("\">");
}

// A labelled field; ids are the form's action plus the name, so labels stay unique on the page.
void textField(Html &html, ConsoleLanguage language, const char *action, const char *name,
    const char *labelKey, const SupervisionForm &form, bool area, const char *type = "text")
{
    const QString id = QString::fromLatin1(action) + u'-' + QString::fromLatin1(name);
    const QString value = typed(form, action, QString::fromLatin1(name));
    html.markup("<p><label for=\"").text(id).markup("\">").text(say(language, labelKey));
    if (area) {
        html.markup("</label><textarea rows=\"3\" id=\"")
            .text(id)
            .markup("\" name=\"")
            .text(QString::fromLatin1(name))
            .markup("\">")
            .text(value)
            .markup("</textarea></p>");
        return;
    }
    html.markup("</label><input type=\"")
        .text(QString::fromLatin1(type))
        .markup("\" id=\"")
        .text(id)
        .markup("\" name=\"")
        .text(QString::fromLatin1(name))
        .markup("\" value=\"")
        .text(value)
        .markup("\"></p>");
}

void submit(Html &html, ConsoleLanguage language, const char *key)
{
    html.markup("<p><button type=\"submit\">")
        .text(say(language, key))
        .markup("</button></p></form>");
}

QString recordLabel(const ConsoleRecord &record)
{
    return record.kind + QStringLiteral(" · ") + ConsolePages::readableTime(record.created)
        + QStringLiteral(" · ") + record.author;
}
} // namespace

Html SupervisionPages::forms(ConsoleLanguage language, const QByteArray &csrf,
    const QString &childId, const QList<ConsoleRecord> &records, const ChildFlags &judged,
    const QList<const ConsoleRecord *> &openDifferences, const SupervisionForm &form)
{
    Html html;
    html.markup("<section aria-labelledby=\"supervision\"><h2 id=\"supervision\">")
        .text(say(language, "supervisionTitle"))
        .markup("</h2><p>")
        .text(say(language, "supervisionSigned"))
        .markup("</p>");

    formStart(html, language, "review", "reviewTitle", csrf, childId, form);
    html.markup("<p>").text(say(language, "reviewCovers").arg(judged.flags.size())).markup("</p>");
    textField(html, language, "review", "discussion", "discussion", form, true);
    textField(html, language, "review", "decision", "decision", form, true);
    textField(html, language, "review", "rationale", "rationale", form, true);
    html.markup("<fieldset><legend>").text(say(language, "actionsLegend")).markup("</legend>");
    for (int i = 0; i < actionRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        html.markup("<div class=\"action-row\">");
        const QString number = QString::number(i + 1);
        for (const auto &[name, key, type] : { std::tuple { "action", "actionText", "text" },
                 std::tuple { "owner", "owner", "text" }, std::tuple { "due", "due", "text" } }) {
            const QString input = QString::fromLatin1(name) + QString::fromLatin1(n);
            const QString id = QStringLiteral("review-") + input;
            html.markup("<p><label for=\"")
                .text(id)
                .markup("\">")
                .text(say(language, key).arg(number))
                .markup("</label><input type=\"")
                .text(QString::fromLatin1(type))
                .markup("\" id=\"")
                .text(id)
                .markup("\" name=\"")
                .text(input)
                .markup("\" value=\"")
                .text(typed(form, "review", input))
                .markup("\"></p>");
        }
        html.markup("</div>");
    }
    html.markup("</fieldset>");
    submit(html, language, "signReview");

    formStart(html, language, "countersign", "countersignTitle", csrf, childId, form);
    html.markup("<p><label for=\"countersign-record\">")
        .text(say(language, "recordToCountersign"))
        .markup("</label><select id=\"countersign-record\" name=\"record\">");
    const QString chosen = typed(form, "countersign", QStringLiteral("record"));
    for (const ConsoleRecord &record : records) {
        if (record.stored.device == u"hearth-server")
            continue;
        const QString value = record.stored.device + u'/' + record.stored.id;
        html.markup("<option value=\"").text(value).markup("\"");
        if (value == chosen)
            html.markup(" selected");
        html.markup(">").text(recordLabel(record)).markup("</option>");
    }
    html.markup("</select></p><p class=\"hint\">")
        .text(say(language, "countersignFromPage"))
        .markup("</p>");
    textField(html, language, "countersign", "note", "note", form, true);
    submit(html, language, "signCountersignature");

    formStart(html, language, "difference-open", "differenceOpenTitle", csrf, childId, form);
    textField(html, language, "difference-open", "raisedBy", "raisedBy", form, false);
    textField(html, language, "difference-open", "disagreesWith", "disagreesWith", form, false);
    textField(html, language, "difference-open", "about", "about", form, true);
    html.markup("<p><label for=\"difference-open-step\">")
        .text(say(language, "escalationStep"))
        .markup("</label><select id=\"difference-open-step\" name=\"escalationStep\">");
    const QString step = typed(form, "difference-open", QStringLiteral("escalationStep"));
    for (const QString &word : SupervisionBody::escalationSteps()) {
        html.markup("<option value=\"").text(word).markup("\"");
        if (word == step)
            html.markup(" selected");
        html.markup(">")
            .text(say(language, ("step-" + word.toLatin1()).constData()))
            .markup("</option>");
    }
    html.markup("</select></p>");
    submit(html, language, "signDifferenceOpen");

    if (!openDifferences.isEmpty()) {
        formStart(html, language, "difference-close", "differenceCloseTitle", csrf, childId, form);
        html.markup("<p><label for=\"difference-close-opened\">")
            .text(say(language, "differenceToClose"))
            .markup("</label><select id=\"difference-close-opened\" name=\"opened\">");
        for (const ConsoleRecord *record : openDifferences)
            html.markup("<option value=\"")
                .text(record->stored.id)
                .markup("\">")
                .text(record->body.value(QLatin1String("about")).toString() + QStringLiteral(" · ")
                    + ConsolePages::readableTime(record->created))
                .markup("</option>");
        html.markup("</select></p>");
        textField(html, language, "difference-close", "outcome", "outcome", form, true);
        submit(html, language, "signDifferenceClose");
    }
    html.markup("</section>");
    return html;
}

Html SupervisionPages::queue(
    ConsoleLanguage language, const QList<QueueRow> &rows, const QueuePolicy &policy)
{
    Html html;
    html.markup("<p>")
        .text(say(language, "queueExplains")
                  .arg(policy.reviewIntervalDays)
                  .arg(policy.concernCount)
                  .arg(policy.concernMonths))
        .markup("</p>");
    if (rows.isEmpty())
        return html.append(ConsolePages::message(say(language, "queueEmpty")));
    const QString code = ConsoleStrings::code(language);
    html.markup("<ol class=\"queue\">");
    for (const QueueRow &row : rows) {
        html.markup("<li><h2><a href=\"/console/child?id=")
            .url(row.child.id)
            .markup("\">")
            .text(row.child.displayName())
            .markup("</a> <span class=\"id\">")
            .text(row.child.practitionerId)
            .markup("</span></h2><ul class=\"reasons\">");
        if (!row.openFlags.isEmpty()) {
            html.markup("<li>").text(say(language, "reasonFlags").arg(row.openFlags.size()));
            html.markup("<ul>");
            for (const PatternFlag &flag : row.openFlags)
                html.markup("<li>").text(flag.text(code)).markup("</li>");
            html.markup("</ul></li>");
        }
        if (row.reviewDue) {
            html.markup("<li>");
            if (row.daysSinceReview)
                html.text(say(language, "reasonReviewDue").arg(*row.daysSinceReview));
            else
                html.text(say(language, "reasonNeverReviewed").arg(row.daysUnreviewed));
            html.markup("</li>");
        }
        if (row.persistentConcern)
            html.markup("<li>")
                .text(say(language, "reasonConcern")
                          .arg(row.recentConcerns)
                          .arg(policy.concernMonths))
                .markup("</li>");
        html.markup("</ul></li>");
    }
    html.markup("</ol>");
    return html;
}

} // namespace hearth::server
