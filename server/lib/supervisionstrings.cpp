#include "supervisionstrings.h"

namespace hearth::server {

std::initializer_list<SupervisionText> supervisionTexts()
{
    static const std::initializer_list<SupervisionText> texts {
        { "flagsTitle", "Patterns seen (%1 open)", "Patrymau a welwyd (%1 ar agor)" },
        { "noFlags", "No pattern in this child’s records calls for attention.",
            "Nid oes patrwm yng nghofnodion y plentyn hwn sy’n galw am sylw." },
        { "flagOpen", "Open: not yet acknowledged or reviewed.",
            "Ar agor: heb ei gydnabod na’i adolygu eto." },
        { "flagAcknowledged", "Acknowledged by the practitioner.",
            "Wedi’i gydnabod gan yr ymarferydd." },
        { "flagEvidence", "Records behind it:", "Y cofnodion y tu ôl iddo:" },
        { "flagReviewed", "Looked at in a supervisor’s review.",
            "Wedi’i ystyried mewn adolygiad gan oruchwyliwr." },
        { "navQueue", "Review queue", "Ciw adolygu" },
        { "queueTitle", "Review queue", "Ciw adolygu" },
        { "supervisorsOnly", "Only supervisors and managers can do this.",
            "Dim ond goruchwylwyr a rheolwyr sy’n gallu gwneud hyn." },
        { "queueExplains",
            "Children on your caseloads who need a supervisor’s review: open pattern flags, no "
            "review for %1 days or more, or %2 or more records with concern in %3 months since "
            "the last review. Most open flags first.",
            "Plant ar eich llwythi achosion sydd angen adolygiad gan oruchwyliwr: fflagiau patrwm "
            "agored, dim adolygiad ers %1 diwrnod neu fwy, neu %2 neu fwy o gofnodion sy’n peri "
            "pryder mewn %3 mis ers yr adolygiad diwethaf. Y mwyaf o fflagiau agored yn gyntaf." },
        { "queueEmpty", "No child on your caseloads is waiting for a review.",
            "Does dim plentyn ar eich llwythi achosion yn aros am adolygiad." },
        { "reasonFlags", "%1 open pattern flags:", "%1 fflag patrwm agored:" },
        { "reasonReviewDue", "Last supervisor review %1 days ago.",
            "Yr adolygiad diwethaf gan oruchwyliwr %1 diwrnod yn ôl." },
        { "reasonNeverReviewed", "Never reviewed; first record %1 days ago.",
            "Heb ei adolygu erioed; y cofnod cyntaf %1 diwrnod yn ôl." },
        { "reasonConcern",
            "Persistent concern: %1 records with concern in the last %2 months, none reviewed.",
            "Pryder parhaus: %1 cofnod sy’n peri pryder yn y %2 mis diwethaf, dim un wedi’i "
            "adolygu." },
        { "supervisionTitle", "Supervision", "Goruchwyliaeth" },
        { "supervisionSigned",
            "What you record here is signed with the agency server’s key in your name, shown in "
            "this chronology and sent to the practitioner’s tablet.",
            "Mae’r hyn a gofnodwch yma’n cael ei lofnodi ag allwedd gweinydd yr asiantaeth yn eich "
            "enw, yn cael ei ddangos yn y cronoleg hon ac yn cael ei anfon i dabled yr "
            "ymarferydd." },
        { "reviewTitle", "Record a supervisor review", "Cofnodi adolygiad goruchwyliwr" },
        { "reviewCovers", "This review covers the %1 pattern flags shown above.",
            "Mae’r adolygiad hwn yn cwmpasu’r %1 fflag patrwm a ddangosir uchod." },
        { "discussion", "What was discussed", "Beth a drafodwyd" },
        { "decision", "Decision", "Penderfyniad" },
        { "rationale", "Why (rationale)", "Pam (rhesymeg)" },
        { "actionsLegend", "Actions, each with an owner and a due date",
            "Camau gweithredu, pob un â pherchennog a dyddiad dyledus" },
        { "actionText", "Action %1", "Cam gweithredu %1" },
        { "owner", "Owner of action %1", "Perchennog cam gweithredu %1" },
        { "due", "Due date of action %1 (YYYY-MM-DD)",
            "Dyddiad dyledus cam gweithredu %1 (BBBB-MM-DD)" },
        { "signReview", "Sign the review", "Llofnodi’r adolygiad" },
        { "countersignTitle", "Countersign a record", "Gwrthlofnodi cofnod" },
        { "recordToCountersign", "Record", "Cofnod" },
        { "note", "Note", "Nodyn" },
        { "signCountersignature", "Countersign", "Gwrthlofnodi" },
        { "differenceOpenTitle", "Open a professional difference",
            "Agor anghytundeb proffesiynol" },
        { "raisedBy", "Raised by (who disagrees)", "Codwyd gan (pwy sy’n anghytuno)" },
        { "disagreesWith", "Disagrees with", "Yn anghytuno â" },
        { "about", "About what", "Ynghylch beth" },
        { "escalationStep", "Escalation step", "Cam uwchgyfeirio" },
        { "step-practitioners", "1. Between the practitioners", "1. Rhwng yr ymarferwyr" },
        { "step-line-managers", "2. Between line managers", "2. Rhwng rheolwyr llinell" },
        { "step-senior-managers", "3. Between senior managers", "3. Rhwng uwch reolwyr" },
        { "step-safeguarding-partnership", "4. The safeguarding partnership",
            "4. Y bartneriaeth diogelu" },
        { "signDifferenceOpen", "Sign and open", "Llofnodi ac agor" },
        { "differenceCloseTitle", "Close a professional difference",
            "Cau anghytundeb proffesiynol" },
        { "differenceToClose", "Difference", "Anghytundeb" },
        { "outcome", "Outcome", "Canlyniad" },
        { "signDifferenceClose", "Sign and close", "Llofnodi a chau" },
        { "chooseRecord", "Choose a practitioner’s record about this child to countersign.",
            "Dewiswch gofnod ymarferydd am y plentyn hwn i’w wrthlofnodi." },
        { "chooseDifference", "Choose a professional difference that is still open.",
            "Dewiswch anghytundeb proffesiynol sy’n dal ar agor." },
        { "notSigned", "Nothing was signed. Fill in the missing part:",
            "Ni lofnodwyd dim. Llenwch y rhan sydd ar goll:" },
        { "signConflict",
            "Another record was signed at the same moment. Nothing was signed; "
            "please send the form again.",
            "Llofnodwyd cofnod arall ar yr un eiliad. Ni lofnodwyd dim; anfonwch y ffurflen eto." },
        { "flagMoreEvidence", "and %1 more", "a %1 arall" },
        { "countersignFromPage",
            "The records listed are those on this page of records; to countersign an older one, "
            "go to its page.",
            "Y cofnodion a restrir yw’r rhai ar y dudalen hon o gofnodion; i wrthlofnodi un hŷn, "
            "ewch i’w dudalen." },
    };
    return texts;
}

} // namespace hearth::server
