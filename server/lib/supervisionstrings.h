#pragma once

#include <initializer_list>

namespace hearth::server {

// The supervision pages' words (flags, the review queue, supervisor records) in English and
// Welsh, kept beside those pages; ConsoleStrings serves them with the rest of the console's.
struct SupervisionText
{
    const char *key;
    const char *english;
    const char *welsh;
};

std::initializer_list<SupervisionText> supervisionTexts();

} // namespace hearth::server
