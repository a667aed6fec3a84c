#pragma once

#include "common/expected.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// A child's chronology as a PDF for a conference (QPdfWriter, A4), written only to the file the
// practitioner chose and only whole (QSaveFile): a failure leaves neither a partial file nor a
// temporary one. The text is set in DejaVu Sans, built into the app and embedded in the PDF, so
// Welsh letters such as ŵ and ŷ print on any reader. The words come translated from the screen.
namespace ChronologyPdf {

struct Flag
{
    QString text;
    QString status;
};

struct Entry
{
    QString date;
    QString kind;
    QString what;
    QString recordedBy;
    QString signature;
    bool signatureFailed = false;
};

struct Document
{
    QString title;
    QString exported; // who exported it and when
    QString filter;   // which entries are shown
    QString builtFrom;
    QString flagsHeading;
    QString noFlags;
    QList<Flag> flags;
    QString entriesHeading;
    QStringList columns; // date, what, recorded by, signature
    QList<Entry> entries;
};

// The family every page is set in (registered from the app's resources on first use).
QString fontFamily();
[[nodiscard]] Expected<void, QString> write(const Document &document, const QString &path);

} // namespace ChronologyPdf
} // namespace hearth
