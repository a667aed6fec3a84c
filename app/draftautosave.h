#pragma once

#include "draft/quickdraftstore.h"
#include "visit/visitservices.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace hearth {

// What every quick record's page controller does with its draft the same way: a change is
// saved within 250 ms, flush() saves at once (lock, close, before signing), a failed save is
// said in the owner's words and cleared by the next good one, and after forget() (signed, or
// the vault locked) nothing is saved again. The owner keeps the draft; this keeps a reference.
template<typename Draft> class DraftAutosave
{
public:
    // couldNotSave: the owner's translated words for a failed save, %1 being why.
    // errorChanged: the owner's notify signal for errorText().
    DraftAutosave(QObject *owner, VisitServices &services, const Draft &draft, QString couldNotSave,
        std::function<void()> errorChanged)
        : m_store(services.database(), services.clock())
        , m_draft(draft)
        , m_couldNotSave(std::move(couldNotSave))
        , m_errorChanged(std::move(errorChanged))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(250);
        QObject::connect(&m_timer, &QTimer::timeout, owner, [this] { flush(); });
    }

    void changed() { m_timer.start(); }

    void flush()
    {
        m_timer.stop();
        if (!m_attached)
            return;
        if (auto saved = m_store.save(m_draft); !saved)
            setErrorText(m_couldNotSave.arg(saved.error().message));
        else
            setErrorText({});
    }

    // The draft was signed or the vault locked: the store's database is no longer there.
    void forget()
    {
        m_timer.stop();
        m_attached = false;
    }

    QuickDraftStore<Draft> &store() { return m_store; }
    QString errorText() const { return m_errorText; }
    void setErrorText(const QString &text)
    {
        if (text == m_errorText)
            return;
        m_errorText = text;
        m_errorChanged();
    }

private:
    QuickDraftStore<Draft> m_store;
    const Draft &m_draft;
    QString m_couldNotSave;
    std::function<void()> m_errorChanged;
    QString m_errorText;
    QTimer m_timer;
    bool m_attached = true;
};

} // namespace hearth
