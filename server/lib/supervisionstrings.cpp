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
    };
    return texts;
}

} // namespace hearth::server
