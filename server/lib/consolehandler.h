#pragma once

#include "consolepages.h"
#include "httpreply.h"
#include "incomingrequest.h"
#include "servicecontext.h"
#include "staffsessions.h"
#include "supervisionpages.h"

#include <QHostAddress>

#include <optional>

namespace hearth::server {

// The agency console under /console/ (server/README.md, "The console"): sign-in, the
// practitioners and their tablets, caseload search, a child's records and the audit log.
// Decides who may see what (sessions, CSRF tokens, caseload grants, roles), writes the audit
// rows, and puts the security headers on every answer. Runs on the router's worker threads.
class ConsoleHandler
{
public:
    explicit ConsoleHandler(ServiceContext context);

    HttpReply handle(const IncomingRequest &request, const QHostAddress &client) const;

    static bool owns(const QString &path);

    static constexpr int searchLimit = 200;
    static constexpr int auditPageRows = 500;
    // Records shown in full on one page of a child's records: a chronology of thousands in
    // full would be hundreds of megabytes of HTML (the printable chronology lists them all).
    static constexpr int childPageRecords = 50;

private:
    struct Visit;

    HttpReply route(Visit &visit) const;
    HttpReply signInPage(
        Visit &visit, int status, const QString &error, const QString &userName = {}) const;
    HttpReply signIn(Visit &visit) const;
    HttpReply signOut(Visit &visit) const;
    HttpReply language(Visit &visit) const;
    HttpReply practitioners(Visit &visit) const;
    HttpReply search(Visit &visit) const;
    HttpReply child(Visit &visit) const;
    HttpReply record(Visit &visit) const;
    HttpReply audit(Visit &visit) const;
    HttpReply auditCsv(Visit &visit) const;
    // Supervision (supervisionviews.cpp): the review queue and the supervisor's records.
    HttpReply queue(Visit &visit) const;
    HttpReply supervise(Visit &visit) const;
    HttpReply childPage(Visit &visit, const ChildSummary &child,
        const QList<ConsoleRecord> &records, int status, const SupervisionForm &form) const;
    bool maySupervise(const Visit &visit) const;
    HttpReply photo(Visit &visit) const;
    HttpReply childCsv(Visit &visit) const;
    HttpReply childPrint(Visit &visit) const;
    struct ReadableChild;
    std::optional<HttpReply> readChild(Visit &visit, ReadableChild &child) const;

    HttpReply page(const Visit &visit, int status, const QString &title, const Html &main) const;
    HttpReply message(
        const Visit &visit, int status, const char *titleKey, const char *textKey) const;
    HttpReply storeFailed(const Visit &visit, const StoreError &error) const;
    void audit(const Visit &visit, const QString &action, const QString &childId,
        const QString &detail) const;
    QByteArray cookie(const char *name, const QByteArray &value, qint64 maxAgeSeconds) const;
    QByteArray sessionCookieName() const;

    ServiceContext m_context;
    StaffSessions m_sessions;
};

} // namespace hearth::server
