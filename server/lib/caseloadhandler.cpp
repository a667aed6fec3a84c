#include "caseloadhandler.h"

#include "caseloadfeed.h"
#include "problem.h"
#include "requestauthenticator.h"

#include <algorithm>

namespace hearth::server {

namespace {
// A non-negative decimal of at most 15 digits, or -1.
qint64 parseCount(const QString &text)
{
    if (text.isEmpty() || text.size() > 15
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return -1;
    return text.toLongLong();
}
} // namespace

HttpReply CaseloadHandler::handle(const IncomingRequest &request) const
{
    auto device = RequestAuthenticator(m_context).authenticate(request);
    if (!device)
        return device.error().toReply();
    auto withDevice = [&](HttpReply reply) {
        reply.device = device->id;
        return reply;
    };
    for (const auto &[key, value] : request.query.queryItems()) {
        if (key != u"cursor" && key != u"limit")
            return withDevice(Problem::make(ProblemType::InvalidRequest, 400,
                QStringLiteral("unknown query parameter \"%1\"").arg(key.left(40)))
                                  .toReply());
    }
    qint64 cursor = 0;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        cursor = parseCount(request.query.queryItemValue(QStringLiteral("cursor")));
        if (cursor < 0)
            return withDevice(Problem::make(ProblemType::InvalidRequest, 400,
                QStringLiteral("cursor must be a value from an earlier nextCursor"))
                                  .toReply());
    }
    qint64 limit = m_context.limits.pageLimit;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        limit = parseCount(request.query.queryItemValue(QStringLiteral("limit")));
        if (limit < 1 || limit > maxLimit)
            return withDevice(Problem::make(ProblemType::InvalidRequest, 400,
                QStringLiteral("limit must be between 1 and %1").arg(maxLimit))
                                  .toReply());
    }
    auto page = CaseloadFeed(m_context.database).page(device->practitionerId, cursor, int(limit));
    if (!page)
        return withDevice(Problem::fromStore(page.error()).toReply());
    return withDevice(HttpReply::json(200, page->json));
}

} // namespace hearth::server
