#include "chronologymodel.h"

#include "chronologypdf.h"

#include <QSet>

namespace hearth {

using Kind = ChronologyEntry::Kind;

ChronologyModel::ChronologyModel(
    QString childId, QString childName, Context context, QObject *parent)
    : QAbstractListModel(parent)
    , m_childId(std::move(childId))
    , m_childName(std::move(childName))
    , m_context(std::move(context))
    , m_text(m_context.labels)
    , m_flags(this)
{ }

int ChronologyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const ChronologyEntry &ChronologyModel::entry(int row) const
{
    return m_history.chronology.entries.at(m_rows.at(row));
}

QVariant ChronologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChronologyEntry &e = entry(index.row());
    switch (role) {
    case KindRole:
        return entryKindName(e.kind);
    case KindLabelRole:
        return ChronologyText::kind(e.kind);
    case DateRole:
        return ChronologyText::date(e.date);
    case WhatRole:
    case Qt::DisplayRole:
        return m_text.what(e);
    case SeeingRole:
        return ChronologyText::seeing(e);
    case RecordedByRole:
        return ChronologyText::recordedBy(authorName(e));
    case SignatureRole:
        return ChronologyText::signature(e);
    case SignatureFailedRole:
        return e.kind != Kind::AgencySummary && e.signature != SignatureStatus::Verified;
    case AmendedRole:
        return !e.amendedBy.isEmpty();
    case RecordRole:
        return e.recordId;
    default:
        return {};
    }
}

QString ChronologyModel::authorName(const ChronologyEntry &e) const
{
    return m_context.nameOf && !e.author.isEmpty() ? m_context.nameOf(e.author) : e.author;
}

QHash<int, QByteArray> ChronologyModel::roleNames() const
{
    return { { KindRole, "kind" }, { KindLabelRole, "kindLabel" }, { DateRole, "date" },
        { WhatRole, "what" }, { SeeingRole, "seeing" }, { RecordedByRole, "recordedBy" },
        { SignatureRole, "signature" }, { SignatureFailedRole, "signatureFailed" },
        { AmendedRole, "amended" }, { RecordRole, "record" } };
}

void ChronologyModel::setHistory(ChildHistory::OfChild history, qsizetype unreadable)
{
    beginResetModel();
    m_history = std::move(history);
    m_unreadable = unreadable;
    // An acknowledgement names its rule by id: shown as the flag's own words where it is listed.
    QHash<QString, QString> labels = m_context.labels;
    for (const PatternFlag &flag : std::as_const(m_history.flags))
        labels.insert(flag.ruleId, flag.text(m_context.language));
    m_text = ChronologyText(std::move(labels));
    m_loading = false;
    m_errorText.clear();
    if (m_evidenceFlag >= m_history.flags.size())
        m_evidenceFlag = -1;
    m_rows.clear();
    for (int i = 0; i < m_history.chronology.entries.size(); ++i)
        if (shows(m_history.chronology.entries.at(i)))
            m_rows.append(i);
    endResetModel();
    m_flags.reset(m_history.flags, m_context.language);
    Q_EMIT loaded();
    Q_EMIT rowsChanged();
}

void ChronologyModel::setError(const QString &error)
{
    m_loading = false;
    m_errorText = error;
    Q_EMIT loaded();
}

QStringList ChronologyModel::filters() const
{
    return { tr("Everything"), tr("Visits"), tr("Was not brought"), tr("Concerns and injuries"),
        tr("Life events"), tr("Co-operation"), tr("The child's words"), tr("Agency summaries"),
        tr("Amendments"), tr("Flags acknowledged"), tr("Supervision") };
}

void ChronologyModel::setFilter(int filter)
{
    if (filter < All || filter > Supervision)
        return;
    if (filter == m_filter && m_evidenceFlag < 0)
        return;
    m_filter = filter;
    m_evidenceFlag = -1;
    applyFilter();
}

void ChronologyModel::setEvidenceFlag(int flag)
{
    if (flag < -1 || flag >= m_history.flags.size() || flag == m_evidenceFlag)
        return;
    m_evidenceFlag = flag;
    if (flag >= 0)
        m_filter = All;
    applyFilter();
}

bool ChronologyModel::shows(const ChronologyEntry &e) const
{
    if (m_evidenceFlag >= 0)
        return m_history.flags.at(m_evidenceFlag).evidence.contains(e.recordId);
    switch (m_filter) {
    case Visits:
        return e.kind == Kind::Visit || e.kind == Kind::ChildVoiceSession;
    case WasNotBrought:
        return e.kind == Kind::WasNotBrought;
    case ConcernsAndInjuries:
        return e.kind == Kind::Concern || e.kind == Kind::Injury;
    case LifeEvents:
        return e.kind == Kind::LifeEvent;
    case Cooperation:
        return e.kind == Kind::Cooperation;
    case ChildsWords:
        return e.kind == Kind::ChildsWords;
    case AgencySummaries:
        return e.kind == Kind::AgencySummary;
    case Amendments:
        return e.kind == Kind::Amendment;
    case Acknowledgements:
        return e.kind == Kind::FlagAcknowledgement;
    case Supervision:
        return e.kind == Kind::SupervisorReview || e.kind == Kind::Countersignature
            || e.kind == Kind::ProfessionalDifference;
    default:
        return true;
    }
}

void ChronologyModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < m_history.chronology.entries.size(); ++i)
        if (shows(m_history.chronology.entries.at(i)))
            m_rows.append(i);
    endResetModel();
    Q_EMIT rowsChanged();
}

QString ChronologyModel::filterText() const
{
    if (m_evidenceFlag >= 0)
        return tr("Showing what the %n record(s) behind this flag hold: %1", nullptr,
            int(m_history.flags.at(m_evidenceFlag).evidence.size()))
            .arg(m_flags.text(m_evidenceFlag));
    if (m_filter == All)
        return tr("Showing every entry (%n).", nullptr, int(m_rows.size()));
    return tr("Showing only: %1 (%2 of %3 entries).")
        .arg(filters().value(m_filter))
        .arg(m_rows.size())
        .arg(total());
}

QString ChronologyModel::builtFromText() const
{
    if (m_loading)
        return {};
    return ChronologyText::builtFrom(m_history.chronology.recordIds.size(), m_history.byStatus,
        m_unreadable, m_history.agencySummaries);
}

QString ChronologyModel::suggestedFileName() const
{
    QString name = m_childName;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-')
            c = u' ';
    return tr("Chronology %1 %2.pdf")
        .arg(name.simplified(),
            m_context.clock->nowUtc().toLocalTime().date().toString(Qt::ISODate));
}

bool ChronologyModel::exportPdf(const QUrl &file)
{
    if (m_loading || !m_errorText.isEmpty())
        return false;
    if (!file.isLocalFile()) {
        m_exportText = tr("The PDF was not saved: choose a folder on this device.");
        Q_EMIT exportTextChanged();
        return false;
    }
    ChronologyPdf::Document doc;
    doc.title = tr("Chronology: %1").arg(m_childName);
    doc.exported
        = tr("Exported by %1 on %2 at %3, from the records on this tablet.")
              .arg(m_context.exportedBy,
                  ChronologyText::date(m_context.clock->nowUtc().toLocalTime().date()),
                  m_context.clock->nowUtc().toLocalTime().time().toString(QStringLiteral("HH:mm")));
    doc.filter = filterText();
    doc.builtFrom = builtFromText();
    doc.flagsHeading = tr("Flags (%1)").arg(m_flags.rowCount());
    for (int row = 0; row < m_flags.rowCount(); ++row)
        doc.flags.append({ m_flags.text(row), m_flags.status(row) });
    doc.entriesHeading = tr("Entries, newest first");
    doc.columns = { tr("Date"), tr("What"), tr("Recorded by"), tr("Signature") };
    doc.noFlags = tr("No flags.");
    for (int row = 0; row < m_rows.size(); ++row) {
        const QModelIndex i = index(row);
        const QString seeing = data(i, SeeingRole).toString();
        doc.entries.append({ data(i, DateRole).toString(), data(i, KindLabelRole).toString(),
            seeing.isEmpty() ? data(i, WhatRole).toString()
                             : tr("%1. %2").arg(seeing, data(i, WhatRole).toString()),
            authorName(entry(row)), data(i, SignatureRole).toString(),
            data(i, SignatureFailedRole).toBool() });
    }
    auto written = ChronologyPdf::write(doc, file.toLocalFile());
    m_exportText = written ? tr("Saved as %1.").arg(file.toLocalFile())
                           : tr("The PDF was not saved: %1").arg(written.error());
    Q_EMIT exportTextChanged();
    return bool(written);
}

} // namespace hearth
