#pragma once

#include "content/localtext.h"

namespace hearth::LifeEventWords {

// A life event's type (LifeEventBody::types()) in words, in English and Welsh. The types are
// Hearth's own closed list, not a pack's, so their words are Hearth's too: a flag names the
// type in the flag's language on the tablet, in hearthctl and on the agency server alike.
LocalText type(const QString &type);

} // namespace hearth::LifeEventWords
