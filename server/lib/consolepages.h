#pragma once

#include "consoleaudit.h"
#include "consolechildrecords.h"
#include "consolehtml.h"
#include "consolestrings.h"
#include "devicerepository.h"
#include "practitionerrole.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hearth::server {

struct PractitionerTablets
{
    QString id;
    QString name;
    PractitionerRole role = PractitionerRole::HealthVisitor;
    QList<DeviceRow> devices;
};

// Which slice of a child's records a page shows (1-based page of pages), or all of them in short.
struct RecordPage
{
    int page = 1;
    int pages = 1;
    int total = 0;
    int perPage = 0;
    // Every record on one page, each as its heading, checks and summary with a link to the page
    // that shows it in full: a year of thousands read as one chronology.
    bool all = false;
};

struct ChildSummary
{
    QString id;
    QString practitionerId;
    QJsonObject payload; // the caseload entry (docs/caseload-format.md)

    QString displayName() const;
};

// Who is looking, in which language, from which page: what the frame around every page needs.
struct PageFrame
{
    ConsoleLanguage language = ConsoleLanguage::English;
    QString userName; // empty before sign-in
    QString role;
    QByteArray csrfToken;
    QString path;    // the page's own path and query, for the language switch to come back to
    QString section; // "practitioners", "search", "audit": marks the current navigation link
    bool mayReadAudit = false;
};

// The console's pages as HTML, written only through Html (every value escaped). Content only:
// no data access, no decisions about who may see what (ConsoleHandler makes those).
class ConsolePages
{
public:
    static QByteArray document(const PageFrame &frame, const QString &title, const Html &main);

    static Html signIn(ConsoleLanguage language, const QByteArray &formToken,
        const QString &userName, const QString &error);
    static Html practitioners(ConsoleLanguage language, const QList<PractitionerTablets> &list);
    static Html search(
        ConsoleLanguage language, const QString &query, const QList<ChildSummary> &children);
    static Html child(ConsoleLanguage language, const ChildSummary &child,
        const QList<ConsoleRecord> &records, const RecordPage &paging);
    static Html audit(ConsoleLanguage language, const QList<AuditEntry> &entries);
    static Html message(const QString &text);

    // "2026-03-01T09:30:00.000Z" as "2026-03-01 09:30 UTC"; anything else unchanged.
    static QString readableTime(const QString &utc);
    static QString roleName(ConsoleLanguage language, const QString &role);
};

} // namespace hearth::server
