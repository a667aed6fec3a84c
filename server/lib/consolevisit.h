#pragma once

#include "consolehandler.h"

#include <QHash>
#include <QUrlQuery>

namespace hearth::server {

// One console request while it is handled: who (session), from where, in which language, at
// what time (the injected clock), and the cookies to set on the answer.
struct ConsoleHandler::Visit
{
    Visit(const IncomingRequest &incoming, const QHostAddress &from);

    const IncomingRequest &request;
    QString client;
    QHash<QByteArray, QByteArray> cookies;
    ConsoleLanguage language = ConsoleLanguage::English;
    qint64 now = 0;
    QString nowText;
    std::optional<StaffSession> session;
    QUrlQuery form;
    QList<std::pair<QByteArray, QByteArray>> headers; // Set-Cookie and the like
    QString section;
};

// A child the visitor may read, with its records: what readChild gives the child page and the
// exports, so each is refused, audited and read the same way.
struct ConsoleHandler::ReadableChild
{
    const char *action;  // the audit row's action when the visitor may read the child
    const char *refusal; // ... and when they may not
    ChildSummary child;
    QList<ConsoleRecord> records;
    // False: the caller writes the audit row itself (the child page says more in it).
    bool auditRead = true;
};

// The caseload entry of one child, or nullopt when there is no such child.
Expected<std::optional<ChildSummary>, StoreError> findConsoleChild(
    const Database &database, const QString &id);

} // namespace hearth::server
