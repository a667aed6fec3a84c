#include "consolelabels.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace hearth::server {

namespace {
using Words = std::pair<QString, QString>; // English, Welsh
using Table = QHash<QString, Words>;

// The members of the bodies Hearth signs (docs/record-format.md) and of a caseload entry that
// no content pack names.
Table structure()
{
    const std::initializer_list<std::pair<const char *, std::pair<const char *, const char *>>>
        rows {
            { "about", { "About", "Ynghylch" } },
            { "accuracyM", { "Accuracy (metres)", "Cywirdeb (metrau)" } },
            { "action", { "Action taken", "Camau a gymerwyd" } },
            { "actionDetail", { "Action in detail", "Manylion y camau" } },
            { "actions", { "Actions", "Camau gweithredu" } },
            { "address", { "Address", "Cyfeiriad" } },
            { "adult", { "Adult it concerns", "Yr oedolyn dan sylw" } },
            { "adultId", { "Adult", "Oedolyn" } },
            { "adults", { "Adults", "Oedolion" } },
            { "adultsNotSeen", { "Adults not seen", "Oedolion na welwyd" } },
            { "adultsPresent", { "Adults present", "Oedolion a oedd yno" } },
            { "amends", { "Corrects record", "Yn cywiro cofnod" } },
            { "answer", { "Answer", "Ateb" } },
            { "answers", { "Answers", "Atebion" } },
            { "appointmentsKept", { "Appointments kept", "Apwyntiadau a gadwyd" } },
            { "appointmentsOffered", { "Appointments offered", "Apwyntiadau a gynigiwyd" } },
            { "arrangedBy", { "Arranged by", "Trefnwyd gan" } },
            { "arrivalUtc", { "Arrived", "Cyrraedd" } },
            { "at", { "Said at", "Dywedwyd am" } },
            { "author", { "Author", "Awdur" } },
            { "bedroomSeen", { "Bedroom seen", "Gwelwyd yr ystafell wely" } },
            { "betterIf",
                { "What would make things better", "Beth fyddai’n gwneud pethau’n well" } },
            { "body", { "Record body", "Corff y cofnod" } },
            { "bodyMap", { "Body map", "Map corff" } },
            { "by", { "By", "Gan" } },
            { "byWhen", { "By when", "Erbyn pryd" } },
            { "bytes", { "Size (bytes)", "Maint (beitiau)" } },
            { "caption", { "Caption", "Capsiwn" } },
            { "caresForChild", { "Cares for the child", "Yn gofalu am y plentyn" } },
            { "category", { "Category", "Categori" } },
            { "change", { "Change", "Newid" } },
            { "changes", { "Changes", "Newidiadau" } },
            { "child", { "Child", "Plentyn" } },
            { "childContribution", { "What the child made", "Beth a wnaeth y plentyn" } },
            { "childDetails", { "Child’s details", "Manylion y plentyn" } },
            { "childId", { "Child", "Plentyn" } },
            { "children", { "Children", "Plant" } },
            { "childrenPresent", { "Children present", "Plant a oedd yno" } },
            { "childsWords", { "The child’s words", "Geiriau’r plentyn" } },
            { "childToldNext",
                { "What the child was told will happen next",
                    "Beth a ddywedwyd wrth y plentyn fydd yn digwydd nesaf" } },
            { "closed", { "Closed", "Wedi’i gau" } },
            { "colour", { "Colour", "Lliw" } },
            { "communication", { "Communication", "Cyfathrebu" } },
            { "communicationNeeds", { "Communication needs", "Anghenion cyfathrebu" } },
            { "completedUtc", { "Completed", "Cwblhawyd" } },
            { "concernId", { "Concern draft", "Drafft y pryder" } },
            { "concerns", { "Concerns", "Pryderon" } },
            { "conditions", { "Conditions", "Cyflyrau" } },
            { "context", { "Talking about", "Yn sôn am" } },
            { "cooperation", { "Co-operation", "Cydweithredu" } },
            { "createdUtc", { "Created", "Crëwyd" } },
            { "date", { "Date", "Dyddiad" } },
            { "dateOfBirth", { "Date of birth", "Dyddiad geni" } },
            { "decision", { "Decision", "Penderfyniad" } },
            { "demo", { "Demonstration data", "Data arddangos" } },
            { "description", { "Description", "Disgrifiad" } },
            { "detail", { "Detail", "Manylion" } },
            { "device", { "Tablet", "Llechen" } },
            { "differences", { "Professional differences", "Gwahaniaethau proffesiynol" } },
            { "disability", { "Disability", "Anabledd" } },
            { "disagreesWith", { "Disagrees with", "Yn anghytuno â" } },
            { "discussion", { "Discussion", "Trafodaeth" } },
            { "dreams", { "Dreams", "Breuddwydion" } },
            { "due", { "Due", "Erbyn" } },
            { "entity", { "Entry", "Cofnod" } },
            { "escalated", { "Escalated", "Uwchgyfeiriwyd" } },
            { "escalationStep", { "Escalation step", "Cam uwchgyfeirio" } },
            { "ethnicity", { "Ethnicity", "Ethnigrwydd" } },
            { "evidence", { "Evidence", "Tystiolaeth" } },
            { "expectedDate", { "Expected date", "Dyddiad disgwyliedig" } },
            { "familyName", { "Family name", "Cyfenw" } },
            { "firstLanguage", { "First language", "Iaith gyntaf" } },
            { "flags", { "Flags", "Baneri" } },
            { "followUp", { "Follow-up", "Camau dilynol" } },
            { "format", { "Body format", "Fformat y corff" } },
            { "givenName", { "Given name", "Enw cyntaf" } },
            { "goodThings", { "Good things", "Pethau da" } },
            { "gp", { "GP", "Meddyg teulu" } },
            { "happenedOn", { "Happened on", "Digwyddodd ar" } },
            { "hash", { "Photograph’s hash", "Hash y ffotograff" } },
            { "health", { "Health", "Iechyd" } },
            { "height", { "Height (pixels)", "Uchder (picseli)" } },
            { "household", { "Household", "Aelwyd" } },
            { "householdId", { "Household", "Aelwyd" } },
            { "households", { "Households", "Aelwydydd" } },
            { "houses", { "The three houses", "Y tri thŷ" } },
            { "id", { "Id", "Dynodydd" } },
            { "immediate", { "Immediate safety", "Diogelwch uniongyrchol" } },
            { "immediateSafety", { "In immediate danger", "Mewn perygl uniongyrchol" } },
            { "injuredOn", { "Injured on", "Anafwyd ar" } },
            { "interpreter", { "Interpreter", "Cyfieithydd" } },
            { "missingFrom", { "Missing from", "Ar goll o" } },
            { "points", { "Points of the drawing", "Pwyntiau’r llun" } },
            { "readAloud", { "Read aloud to the child", "Darllenwyd yn uchel i’r plentyn" } },
            { "returned", { "Came back", "Daeth yn ôl" } },
            { "reportedToPolice",
                { "Reported missing to the police", "Rhoi gwybod i’r heddlu am fynd ar goll" } },
            { "policeReference", { "Police reference", "Cyfeirnod yr heddlu" } },
            { "scope", { "Who it touches", "Pwy y mae’n effeithio arnynt" } },
            { "strokes", { "Lines of the drawing", "Llinellau’r llun" } },
            { "subject", { "Who or what the flag is about", "Am bwy neu beth mae’r faner" } },
            { "whereFound", { "Where they were found", "Ble y cawsant eu canfod" } },
            { "whoWith", { "Who they were with", "Gyda phwy yr oeddent" } },
            { "howReturned", { "How they came back", "Sut y daethant yn ôl" } },
            { "harmNoticed", { "Harm noticed", "Niwed a sylwyd arno" } },
            { "exploitationContext",
                { "Exploitation: what was observed", "Camfanteisio: yr hyn a welwyd" } },
            { "indicator", { "Indicator", "Dangosydd" } },
            { "observed", { "What was observed", "Yr hyn a welwyd" } },
            { "episode", { "Going-missing episode", "Achos o fynd ar goll" } },
            { "offeredAt", { "Offered at", "Cynigiwyd am" } },
            { "heldAt", { "Held at", "Cynhaliwyd am" } },
            { "agency", { "Agency", "Asiantaeth" } },
            { "independent", { "Independent of the case", "Yn annibynnol ar yr achos" } },
            { "places",
                { "Places they were found or taken to",
                    "Lleoedd y cawsant eu canfod neu eu cludo iddynt" } },
            { "peers",
                { "Older peers or adults around them", "Cyfoedion hŷn neu oedolion o’u cwmpas" } },
            { "online", { "Contact online", "Cyswllt ar-lein" } },
            { "money-goods",
                { "Money, phones or clothes not explained",
                    "Arian, ffonau neu ddillad heb esboniad" } },
            { "education",
                { "Excluded from or missing education",
                    "Wedi’u gwahardd o addysg neu’n colli addysg" } },
            { "interpreterConcern",
                { "Concern about the interpreter", "Pryder am y cyfieithydd" } },
            { "kind", { "Kind", "Math" } },
            { "knownAs", { "Known as", "Adwaenir fel" } },
            { "knownFrom", { "Known from", "Yn hysbys o" } },
            { "latMicroDeg",
                { "Latitude (millionths of a degree)", "Lledred (miliynfedau gradd)" } },
            { "lengthMm", { "Length (mm)", "Hyd (mm)" } },
            { "level", { "Level", "Lefel" } },
            { "links", { "Links", "Cysylltiadau" } },
            { "lived", { "Lived experience", "Profiad bywyd" } },
            { "livesWithChild", { "Lives with the child", "Yn byw gyda’r plentyn" } },
            { "living", { "Where they live", "Ble maen nhw’n byw" } },
            { "location", { "Location", "Lleoliad" } },
            { "lonMicroDeg",
                { "Longitude (millionths of a degree)", "Hydred (miliynfedau gradd)" } },
            { "mark", { "Body map mark", "Marc ar y map corff" } },
            { "marks", { "Marks", "Marciau" } },
            { "mediaType", { "Media type", "Math o gyfrwng" } },
            { "menPrompts", { "Men in the child’s life", "Dynion ym mywyd y plentyn" } },
            { "missedAppointments", { "Missed appointments", "Apwyntiadau a gollwyd" } },
            { "mobility", { "Mobility", "Symudedd" } },
            { "name", { "Name", "Enw" } },
            { "neglect", { "Neglect", "Esgeulustod" } },
            { "nextContactDate", { "Next contact date", "Dyddiad y cyswllt nesaf" } },
            { "newAdultIds", { "Adults new to the record", "Oedolion newydd i’r cofnod" } },
            { "newPeople",
                { "Anyone new in the home since the last visit",
                    "Unrhyw un newydd yn y cartref ers yr ymweliad diwethaf" } },
            { "nextStep", { "Next step", "Cam nesaf" } },
            { "nextSteps", { "Next steps", "Camau nesaf" } },
            { "note", { "Note", "Nodyn" } },
            { "notes", { "Notes", "Nodiadau" } },
            { "notice", { "Notice given", "Rhybudd a roddwyd" } },
            { "notSeenAloneReason", { "Why not seen alone", "Pam na welwyd ar ei ben ei hun" } },
            { "notSeenReason", { "Why not seen", "Pam na welwyd" } },
            { "number", { "The child’s number (0 to 10)", "Rhif y plentyn (0 i 10)" } },
            { "open", { "Open", "Ar agor" } },
            { "opened", { "Opened", "Agorwyd" } },
            { "othersPresent", { "Others there", "Eraill a oedd yno" } },
            { "outcome", { "Outcome", "Canlyniad" } },
            { "outline", { "Outline", "Amlinell" } },
            { "owner", { "Owner", "Perchennog" } },
            { "packId", { "Content pack", "Pecyn cynnwys" } },
            { "packVersion", { "Content pack version", "Fersiwn y pecyn cynnwys" } },
            { "parentalResponsibility", { "Parental responsibility", "Cyfrifoldeb rhiant" } },
            { "photos", { "Photographs", "Ffotograffau" } },
            { "place", { "Place", "Lle" } },
            { "placeOther", { "Other place", "Lle arall" } },
            { "postcode", { "Postcode", "Cod post" } },
            { "povertyContext", { "Poverty and circumstances", "Tlodi ac amgylchiadau" } },
            { "practice", { "Practice", "Meddygfa" } },
            { "practitioners", { "Practitioners", "Ymarferwyr" } },
            { "practitionerWillDo",
                { "What the practitioner will do with it",
                    "Beth fydd yr ymarferydd yn ei wneud ag ef" } },
            { "present", { "Present", "Yn bresennol" } },
            { "purpose", { "Purpose", "Diben" } },
            { "question", { "Question", "Cwestiwn" } },
            { "quote", { "Words", "Geiriau" } },
            { "raisedBy", { "Raised by", "Codwyd gan" } },
            { "ratings", { "Ratings", "Graddfeydd" } },
            { "rationale", { "Rationale", "Rhesymeg" } },
            { "reason", { "Reason", "Rheswm" } },
            { "record", { "Record", "Cofnod" } },
            { "region", { "Part of the body", "Rhan o’r corff" } },
            { "registered", { "Registered", "Wedi cofrestru" } },
            { "relation", { "Relation", "Perthynas" } },
            { "relationship", { "Relationship", "Perthynas" } },
            { "religion", { "Religion", "Crefydd" } },
            { "reluctance", { "Reluctance", "Amharodrwydd" } },
            { "review", { "Review", "Adolygiad" } },
            { "reviews", { "Reviews", "Adolygiadau" } },
            { "risks", { "Risks", "Risgiau" } },
            { "role", { "Role", "Rôl" } },
            { "rooms", { "Rooms seen", "Ystafelloedd a welwyd" } },
            { "rule", { "Pattern rule", "Rheol patrwm" } },
            { "scales", { "Scaling questions", "Cwestiynau graddfa" } },
            { "seeing", { "Seeing the child", "Gweld y plentyn" } },
            { "seen", { "Seen", "Gwelwyd" } },
            { "seenAlone", { "Seen alone", "Gwelwyd ar ei ben ei hun" } },
            { "seenOn", { "Seen on", "Gwelwyd ar" } },
            { "sessionId", { "Session draft", "Drafft y sesiwn" } },
            { "sex", { "Sex", "Rhyw" } },
            { "sexualisedBehaviour", { "Sexualised behaviour", "Ymddygiad rhywioledig" } },
            { "sexualisedBehaviourDescription",
                { "Sexualised behaviour described", "Disgrifiad o’r ymddygiad rhywioledig" } },
            { "sharingBasis", { "Basis for sharing", "Sail dros rannu" } },
            { "side", { "Side", "Ochr" } },
            { "sig", { "Signature", "Llofnod" } },
            { "sleepingPlace", { "Where the child sleeps", "Ble mae’r plentyn yn cysgu" } },
            { "source", { "Source", "Ffynhonnell" } },
            { "specialNeeds", { "Special needs", "Anghenion arbennig" } },
            { "spokenTo", { "Spoken to", "Siaradwyd â nhw" } },
            { "start", { "Start of the visit", "Dechrau’r ymweliad" } },
            { "status", { "Status", "Statws" } },
            { "strengths", { "Strengths", "Cryfderau" } },
            { "summary", { "Summary", "Crynodeb" } },
            { "supervisionRecords", { "Supervision records", "Cofnodion goruchwylio" } },
            { "supervisor", { "Supervisor", "Goruchwyliwr" } },
            { "takenUtc", { "Taken", "Tynnwyd" } },
            { "threeHouses", { "Three houses", "Tri thŷ" } },
            { "told", { "Told", "Dywedwyd wrth" } },
            { "toldAt", { "Told at", "Dywedwyd am" } },
            { "trusts", { "Who the child trusts", "Pwy mae’r plentyn yn ymddiried ynddynt" } },
            { "type", { "Type", "Math" } },
            { "used", { "Used", "Defnyddiwyd" } },
            { "viewOfPlan", { "The child’s view of their plan", "Barn y plentyn am ei gynllun" } },
            { "visitId", { "Visit", "Ymweliad" } },
            { "visitSummaries", { "Visit summaries", "Crynodebau ymweliadau" } },
            { "what", { "What", "Beth" } },
            { "when", { "When", "Pryd" } },
            { "where", { "Where", "Ble" } },
            { "who", { "Who", "Pwy" } },
            { "whoTold", { "Who was told", "Pwy a gafodd wybod" } },
            { "width", { "Width (pixels)", "Lled (picseli)" } },
            { "widthMm", { "Width (mm)", "Lled (mm)" } },
            { "with", { "With", "Gyda" } },
            { "worries", { "Worries", "Pryderon" } },
            { "x", { "Across", "Ar draws" } },
            { "y", { "Down", "I lawr" } },
            { "yearGroup", { "Year group", "Grŵp blwyddyn" } },
        };
    Table table;
    for (const auto &[key, words] : rows)
        table.insert(QString::fromLatin1(key),
            { QString::fromUtf8(words.first), QString::fromUtf8(words.second) });
    return table;
}

// "disguised-compliance" as "disguisedCompliance": how a pack id becomes a body member.
QString camelCase(const QString &id)
{
    QString out;
    bool upper = false;
    for (const QChar c : id) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

void addLabelled(Table &table, const QJsonArray &list, const char *textMember)
{
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        const QJsonObject text = object.value(QLatin1String(textMember)).toObject();
        const Words words { text.value(QLatin1String("en")).toString(),
            text.value(QLatin1String("cy")).toString() };
        const QString id = object.value(QLatin1String("id")).toString();
        table.insert(id, words);
        if (const QString member = camelCase(id); member != id)
            table.insert(member, words);
    }
}

// The labels of one shipped pack by id. The pack was validated when it was shipped (the tablet's
// ContentPackReader and its tests); here it is only read.
Table packTable(const QJsonObject &pack)
{
    Table table;
    const QJsonObject questions = pack.value(QLatin1String("questions")).toObject();
    for (auto it = questions.constBegin(); it != questions.constEnd(); ++it) {
        const QJsonObject text = it.value().toObject();
        table.insert(it.key(),
            { text.value(QLatin1String("en")).toString(),
                text.value(QLatin1String("cy")).toString() });
    }
    addLabelled(table, pack.value(QLatin1String("livedExperience")).toArray(), "text");
    const QJsonArray neglect = pack.value(QLatin1String("neglect")).toArray();
    addLabelled(table, neglect, "label");
    for (const QJsonValue &domain : neglect)
        addLabelled(table, domain.toObject().value(QLatin1String("items")).toArray(), "label");
    addLabelled(table, pack.value(QLatin1String("menPrompts")).toArray(), "text");
    addLabelled(table,
        pack.value(QLatin1String("cooperation")).toObject().value(QLatin1String("flags")).toArray(),
        "label");
    return table;
}

struct Labels
{
    Table structure;
    QList<std::pair<QString, Table>> packs; // shipped order: the first pack wins a shared id
};

const Labels &labels()
{
    static const Labels all = [] {
        Labels built { structure(), {} };
        for (const char *file :
            { ":/hearth/console-packs/england.json", ":/hearth/console-packs/wales.json" }) {
            QFile pack(QString::fromLatin1(file));
            if (!pack.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "hearth-server: console: %s is not compiled in\n", file);
                continue;
            }
            const QJsonObject object = QJsonDocument::fromJson(pack.readAll()).object();
            built.packs.append({ object.value(QLatin1String("id")).toString(), packTable(object) });
        }
        return built;
    }();
    return all;
}

QString pick(ConsoleLanguage language, const Words &words)
{
    return language == ConsoleLanguage::Welsh ? words.second : words.first;
}
} // namespace

std::optional<QString> ConsoleLabels::find(
    ConsoleLanguage language, const QString &member, const QString &packId)
{
    const Labels &all = labels();
    // A record written against a shipped pack is named by that pack alone: another pack's
    // question is not what this practitioner was asked.
    const bool knownPack = std::any_of(all.packs.cbegin(), all.packs.cend(),
        [&packId](const auto &pack) { return pack.first == packId; });
    std::optional<QString> fromPack;
    for (const auto &[id, table] : all.packs) {
        if (knownPack && id != packId)
            continue;
        const auto found = table.constFind(member);
        if (found != table.cend() && !pick(language, *found).isEmpty()) {
            fromPack = pick(language, *found);
            break;
        }
    }
    if (fromPack)
        return fromPack;
    const auto found = all.structure.constFind(member);
    if (found != all.structure.cend())
        return pick(language, *found);
    return std::nullopt;
}

QString ConsoleLabels::humanize(const QString &member)
{
    QString out;
    for (const QChar c : member) {
        if (c.isUpper() && !out.isEmpty()) {
            out += u' ';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

QStringList ConsoleLabels::packIds()
{
    QStringList ids;
    for (const auto &pack : labels().packs)
        ids.append(pack.first);
    return ids;
}

} // namespace hearth::server
