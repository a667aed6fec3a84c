#pragma once

#include "common/expected.h"
#include "model/visit.h"
#include "visit/visitfield.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace hearth {

// The ids the content pack offers this visit: a value addressed by any other id is refused.
struct VisitItems
{
    QStringList lived; // the lived-experience prompts for this child's age band
    QStringList neglect;
    QStringList men;
    QStringList categories; // concern categories
};

// Why a write was refused. The wizard shows the practitioner that it was not kept; it never
// reports success for a value that was not stored.
struct VisitEditError
{
    enum class Code
    {
        UnknownField,
        UnknownItem, // the pack has no such prompt or item for this visit
        NoSuchRow,
        WrongType,  // text where a yes/no belongs, a fraction where a whole number does
        NotAllowed, // a word that is not one of the choices, a number out of range
        Closed      // the visit is no longer open for changes
    };
    Code code;
    QString detail; // for logs and tests, in English
};

// A visit edited through typed field ids (VisitField) with the pack item id or row number as
// separate arguments, so an id is always one whole key and never parsed as structure. Every
// change goes through VisitJson's reader: a value the visit cannot hold is refused and
// nothing changes. Text is NFC-normalised where it is entered (docs/record-format.md).
class VisitDocument
{
public:
    VisitDocument();
    explicit VisitDocument(Visit visit, VisitItems items = {});

    const Visit &visit() const { return m_visit; }
    const QJsonObject &json() const { return m_json; }
    const VisitItems &items() const { return m_items; }
    void setItems(VisitItems items) { m_items = std::move(items); }

    // The value of a field: a string, bool, number or list; invalid when not answered.
    [[nodiscard]] Expected<QVariant, VisitEditError> value(
        int field, const QString &item = {}, int row = -1) const;
    // Stores a value. true when it changed, false when the field already held it.
    [[nodiscard]] Expected<bool, VisitEditError> setValue(
        int field, const QString &item, int row, const QVariant &value);

    qsizetype count(int list) const;
    // The members of one row, by their JSON names (for the row models).
    QVariantMap row(int list, int row) const;
    // Appends a row (members not given take their defaults); a concern's category must be
    // one of the pack's. Returns the new row's index.
    [[nodiscard]] Expected<qsizetype, VisitEditError> addRow(
        int list, const QVariantMap &item = {});
    [[nodiscard]] Expected<void, VisitEditError> removeRow(int list, int row);

    // A change to values no wizard field writes (arrival, position, who a row is about).
    [[nodiscard]] Expected<void, VisitEditError> edit(const std::function<void(Visit &)> &change);

private:
    Expected<void, VisitEditError> address(
        const VisitField::Spec &spec, const QString &item, int row) const;
    Expected<void, VisitEditError> replace(const QJsonObject &json);

    Visit m_visit;
    QJsonObject m_json;
    VisitItems m_items;
};

} // namespace hearth
