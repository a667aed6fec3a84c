#pragma once

#include "consolechildrecords.h"
#include "consolehtml.h"
#include "consolestrings.h"

namespace hearth::server {

// A visit's photographs in the console's record view: one figure each, the image served by the
// audited /console/photo route (ConsoleHandler) from the server's store, so the page itself holds
// no image bytes and every view of a photo passes the same caseload check and leaves an audit row.
namespace AttachmentConsole {

Html figures(ConsoleLanguage language, const ConsoleRecord &record);

} // namespace AttachmentConsole
} // namespace hearth::server
