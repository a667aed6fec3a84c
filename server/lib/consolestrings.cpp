#include "consolestrings.h"

#include "supervisionstrings.h"

#include <QHash>
#include <QStringList>

#include <utility>

namespace hearth::server {

namespace {
using Texts = QHash<QString, std::pair<QString, QString>>;

Texts makeTexts()
{
    const std::initializer_list<std::pair<const char *, std::pair<const char *, const char *>>>
        rows {
            { "app", { "Hearth agency console", "Consol asiantaeth Hearth" } },
            { "skip", { "Skip to main content", "Neidio i’r prif gynnwys" } },
            { "navLabel", { "Console sections", "Adrannau’r consol" } },
            { "navPractitioners", { "Practitioners and tablets", "Ymarferwyr a thabledi" } },
            { "navSearch", { "Caseload search", "Chwilio’r llwythi achosion" } },
            { "navAudit", { "Audit log", "Log archwilio" } },
            { "signOut", { "Sign out", "Allgofnodi" } },
            { "signedInAs", { "Signed in as %1 (%2)", "Wedi mewngofnodi fel %1 (%2)" } },
            { "otherLanguage", { "Cymraeg", "English" } },
            { "otherLanguageCode", { "cy", "en" } },
            { "roleSupervisor", { "supervisor", "goruchwyliwr" } },
            { "roleManager", { "manager", "rheolwr" } },
            { "roleAuditor", { "auditor", "archwiliwr" } },
            { "signInTitle", { "Sign in", "Mewngofnodi" } },
            { "userName", { "User name", "Enw defnyddiwr" } },
            { "password", { "Password", "Cyfrinair" } },
            { "signInWrong",
                { "The user name or password is not right.",
                    "Nid yw’r enw defnyddiwr na’r cyfrinair yn gywir." } },
            { "signInThrottled",
                { "Too many attempts to sign in. Try again in %1 seconds.",
                    "Gormod o ymdrechion i fewngofnodi. Rhowch gynnig arall ymhen %1 eiliad." } },
            { "formExpired",
                { "This form has expired or did not come from the console. Please try again.",
                    "Mae’r ffurflen hon wedi dod i ben neu ni ddaeth o’r consol. Rhowch gynnig "
                    "arall arni." } },
            { "practitionersTitle", { "Practitioners and tablets", "Ymarferwyr a thabledi" } },
            { "practitioner", { "Practitioner", "Ymarferydd" } },
            { "role-health-visitor", { "Health visitor", "Ymwelydd iechyd" } },
            { "role-social-worker", { "Social worker", "Gweithiwr cymdeithasol" } },
            { "role-school-nurse", { "School nurse", "Nyrs ysgol" } },
            { "tablet", { "Tablet", "Tabled" } },
            { "enrolled", { "Enrolled", "Cofrestrwyd" } },
            { "lastSync", { "Last sync", "Cysoni diwethaf" } },
            { "recordsReceived", { "Records received", "Cofnodion a dderbyniwyd" } },
            { "recordsWaiting", { "Records waiting", "Cofnodion yn aros" } },
            { "waitingReported", { "%1 (reported %2)", "%1 (adroddwyd %2)" } },
            { "waitingNotReported", { "Not reported", "Heb ei adrodd" } },
            { "status", { "Status", "Statws" } },
            { "active", { "Active", "Gweithredol" } },
            { "revoked", { "Revoked %1", "Diddymwyd %1" } },
            { "never", { "Never", "Byth" } },
            { "noTablets", { "No tablets enrolled.", "Dim tabledi wedi’u cofrestru." } },
            { "noCaseloads",
                { "No caseloads have been given to you yet. Ask the console administrator.",
                    "Nid oes llwythi achosion wedi’u rhoi i chi eto. Gofynnwch i weinyddwr y "
                    "consol." } },
            { "searchTitle", { "Caseload search", "Chwilio’r llwythi achosion" } },
            { "searchLabel", { "Child’s name or id", "Enw neu ddynodydd y plentyn" } },
            { "searchButton", { "Search", "Chwilio" } },
            { "child", { "Child", "Plentyn" } },
            { "dateOfBirth", { "Date of birth", "Dyddiad geni" } },
            { "results", { "Children found: %1", "Plant a ganfuwyd: %1" } },
            { "noResults",
                { "No child on your caseloads matches.",
                    "Does dim plentyn ar eich llwythi achosion yn cyfateb." } },
            { "details", { "Details", "Manylion" } },
            { "recordsTitle", { "Records, newest first", "Cofnodion, y diweddaraf yn gyntaf" } },
            { "noRecords",
                { "No records about this child have reached the agency.",
                    "Nid oes cofnodion am y plentyn hwn wedi cyrraedd yr asiantaeth." } },
            { "recordBy", { "By %1 on tablet %2", "Gan %1 ar dabled %2" } },
            { "signatureOk", { "Signature verified", "Llofnod wedi’i wirio" } },
            { "signatureBad", { "Signature does not verify", "Nid yw’r llofnod yn dilysu" } },
            { "chainOk",
                { "Number %1 in the tablet’s chain, checked when received",
                    "Rhif %1 yng nghadwyn y tabled, wedi’i wirio pan ddaeth i law" } },
            { "download",
                { "Download the signed record (JSON)",
                    "Lawrlwytho’r cofnod wedi’i lofnodi (JSON)" } },
            { "exportCsv", { "Download the chronology as CSV", "Lawrlwytho’r gronoleg fel CSV" } },
            { "exportPrint",
                { "The chronology for a conference (print or save as PDF)",
                    "Y gronoleg ar gyfer cynhadledd (argraffu neu gadw fel PDF)" } },
            { "printTitle", { "Chronology: %1", "Cronoleg: %1" } },
            { "printFor",
                { "For a child protection conference", "Ar gyfer cynhadledd amddiffyn plant" } },
            { "printBack", { "Back to the child’s page.", "Yn ôl i dudalen y plentyn." } },
            { "printHow",
                { "Use your browser’s Print command to print this chronology or save it as a PDF.",
                    "Defnyddiwch orchymyn Argraffu eich porwr i argraffu’r gronoleg hon neu ei "
                    "chadw fel PDF." } },
            { "printedBy", { "Printed by %1 (%2) on %3", "Argraffwyd gan %1 (%2) ar %3" } },
            { "builtFrom",
                { "Built from %1 signed records received by the agency: %2 signatures verified, "
                  "%3 failed.",
                    "Wedi’i llunio o %1 cofnod wedi’u llofnodi a ddaeth i’r asiantaeth: %2 "
                    "llofnod wedi’u gwirio, %3 wedi methu." } },
            { "printOrder", { "Oldest first.", "Yr hynaf yn gyntaf." } },
            { "printEnd",
                { "End of the chronology: %1 entries.", "Diwedd y gronoleg: %1 cofnod." } },
            { "recordSource",
                { "Record %1 from tablet %2: signature %3.",
                    "Cofnod %1 o dabled %2: llofnod %3." } },
            { "sigVerified", { "verified", "wedi’i wirio" } },
            { "sigFailed", { "failed", "wedi methu" } },
            { "childId", { "Child’s id", "Dynodydd y plentyn" } },
            { "csvDate", { "Date", "Dyddiad" } },
            { "csvKind", { "Kind", "Math" } },
            { "csvAuthor", { "Author", "Awdur" } },
            { "csvTablet", { "Tablet", "Tabled" } },
            { "csvRecord", { "Record id", "Dynodydd y cofnod" } },
            { "csvSignature", { "Signature", "Llofnod" } },
            { "csvSummary", { "Summary", "Crynodeb" } },
            { "csvWords", { "The child’s words", "Geiriau’r plentyn" } },
            { "kindVisit", { "Visit", "Ymweliad" } },
            { "kindAmendment", { "Correction", "Cywiriad" } },
            { "kindMissed", { "Missed appointment", "Apwyntiad a gollwyd" } },
            { "kindCaseload", { "Caseload change", "Newid i’r llwyth achosion" } },
            { "kindProfile", { "Household and health", "Aelwyd ac iechyd" } },
            { "kindFlag", { "Pattern flag acknowledged", "Baner patrwm wedi’i chydnabod" } },
            { "kindConcern", { "Concern", "Pryder" } },
            { "kindChildVoice", { "Child-voice session", "Sesiwn llais y plentyn" } },
            { "kindMissing", { "Going missing", "Mynd ar goll" } },
            { "kindReturnInterview", { "Return home interview", "Cyfweliad dychwelyd adref" } },
            { "kindLifeEvent", { "Life event", "Digwyddiad bywyd" } },
            { "pagerLabel", { "Pages of records", "Tudalennau o gofnodion" } },
            { "pagerStatus",
                { "Records %1 to %2 of %3 (page %4 of %5)",
                    "Cofnodion %1 i %2 o %3 (tudalen %4 o %5)" } },
            { "pagerNewest", { "Newest records", "Y cofnodion diweddaraf" } },
            { "pagerNewer", { "Newer records", "Cofnodion mwy diweddar" } },
            { "pagerOlder", { "Older records", "Cofnodion hŷn" } },
            { "pagerOldest", { "Oldest records", "Y cofnodion hynaf" } },
            { "pagerAll", { "All %1 records on one page", "Pob un o’r %1 cofnod ar un dudalen" } },
            { "pagerPaged", { "Records in full, 50 a page", "Cofnodion yn llawn, 50 y dudalen" } },
            { "allStatus",
                { "All %1 records, in short: open a record’s page to read it in full.",
                    "Pob un o’r %1 cofnod, yn fyr: agorwch dudalen cofnod i’w ddarllen yn "
                    "llawn." } },
            { "inFull", { "Read in full", "Darllen yn llawn" } },
            { "childSaid", { "The child said", "Dywedodd y plentyn" } },
            { "photo", { "Photograph %1", "Ffotograff %1" } },
            { "forbiddenTitle", { "Not on your caseloads", "Ddim ar eich llwythi achosion" } },
            { "forbiddenText",
                { "This child is not on a caseload you have been given. This attempt has been "
                  "recorded in the audit log.",
                    "Nid yw’r plentyn hwn ar lwyth achosion a roddwyd i chi. Mae’r ymgais hon "
                    "wedi’i chofnodi yn y log archwilio." } },
            { "notFoundTitle", { "Not found", "Heb ei ganfod" } },
            { "notFoundText",
                { "There is no such page, child or record.",
                    "Nid oes tudalen, plentyn na chofnod o’r fath." } },
            { "auditTitle", { "Audit log", "Log archwilio" } },
            { "auditCsv",
                { "Download the audit log as CSV", "Lawrlwytho’r log archwilio fel CSV" } },
            { "auditOnly",
                { "Only auditors can read the audit log.",
                    "Dim ond archwilwyr sy’n gallu darllen y log archwilio." } },
            { "auditNewest",
                { "The newest %1 entries, newest first.",
                    "Y %1 cofnod diweddaraf, y diweddaraf yn gyntaf." } },
            { "when", { "When", "Pryd" } },
            { "who", { "Who", "Pwy" } },
            { "action", { "Action", "Gweithred" } },
            { "detail", { "Detail", "Manylion" } },
            { "client", { "From address", "O gyfeiriad" } },
            { "yes", { "Yes", "Ie" } },
            { "no", { "No", "Na" } },
            { "serverError",
                { "The console could not read the store. Try again; if it persists, tell the "
                  "administrator.",
                    "Ni allai’r consol ddarllen y storfa. Rhowch gynnig arall; os yw’n parhau, "
                    "dywedwch wrth y gweinyddwr." } },
        };
    Texts texts;
    for (const auto &[key, text] : rows)
        texts.insert(QString::fromLatin1(key),
            { QString::fromUtf8(text.first), QString::fromUtf8(text.second) });
    for (const SupervisionText &text : supervisionTexts())
        texts.insert(QString::fromLatin1(text.key),
            { QString::fromUtf8(text.english), QString::fromUtf8(text.welsh) });
    return texts;
}

const Texts &texts()
{
    static const Texts all = makeTexts();
    return all;
}
} // namespace

QString ConsoleStrings::get(ConsoleLanguage language, const char *key)
{
    const auto found = texts().constFind(QString::fromLatin1(key));
    if (found == texts().cend())
        return QString::fromLatin1(key);
    return language == ConsoleLanguage::Welsh ? found->second : found->first;
}

QStringList ConsoleStrings::keys()
{
    return texts().keys();
}

ConsoleLanguage ConsoleStrings::choose(const QByteArray &cookie, const QByteArray &acceptLanguage)
{
    if (cookie == "cy")
        return ConsoleLanguage::Welsh;
    if (cookie == "en")
        return ConsoleLanguage::English;
    // Listed order, not q-values: browsers list languages in the order the user prefers them.
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QByteArray tag = part.split(';').first().trimmed().toLower();
        if (tag == "cy" || tag.startsWith("cy-"))
            return ConsoleLanguage::Welsh;
        if (tag == "en" || tag.startsWith("en-"))
            return ConsoleLanguage::English;
    }
    return ConsoleLanguage::English;
}

} // namespace hearth::server
