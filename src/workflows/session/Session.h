#pragma once
// Session: what one action runs with — a database connection of the calling thread, the acting
// user, the shared Engine, whom to tell about changed records, and the database's data key when
// it is encrypted (security/DataKey.h; null for a plain database). Actions receive a Session and
// authorize their permission (and, for one case's data, the case) through it before they touch
// anything.
// Inputs: the connection must stay open for the Session's lifetime; listener may be null.
// Thread safety: a Session belongs to the thread whose connection it holds; the Engine and the
// listener are shared and thread-safe.
#include <cstdint>
#include <string>
#include <type_traits>

#include "db/sqlite/Database.h"
#include "db/sqlite/Transaction.h"
#include "domain/Result.h"
#include "security/DataKey.h"
#include "workflows/audit/AuditTrail.h"
#include "workflows/encryption/DataKeySealer.h"
#include "workflows/session/AccessPolicy.h"
#include "workflows/session/Actor.h"
#include "workflows/session/Engine.h"
#include "workflows/session/RecordChange.h"
#include "workflows/storage/PhotoStore.h"

namespace reunite::workflows {

class Session {
public:
    Session(db::Database& database, Actor actor, Engine& engine, ChangeListener* listener = nullptr,
            security::DataKey key = nullptr)
        : database_(database), actor_(std::move(actor)), engine_(engine), listener_(listener), key_(std::move(key)) {
        // The connection seals and opens personal values with the key (db/sealing/FieldSealer.h).
        useKey(database_, key_);
    }

    db::Database& database() const { return database_; }
    const Actor& actor() const { return actor_; }
    const std::string& userName() const { return actor_.name; }
    Engine& engine() const { return engine_; }
    // The workstation's copies of photos, beside the database file (sealed when it is encrypted).
    PhotoStore photoStore() const { return PhotoStore::besideDatabase(database_.path(), key_); }
    const security::DataKey& dataKey() const { return key_; }

    Status authorize(Permission permission) const { return workflows::authorize(actor_, permission); }
    // authorize(), and for analysts the case must be assigned to them (AccessPolicy.h). An
    // unknown case -> NotFound (only after the role check, so refusals do not reveal cases).
    Status authorizeCase(Permission permission, std::int64_t caseId) const;
    // An action's read of one case's data: authorizeCase, then read().
    template <typename Read>
    auto authorizedForCase(Permission permission, std::int64_t caseId, Read&& read) const -> std::invoke_result_t<Read> {
        if (Status allowed = authorizeCase(permission, caseId); !allowed) return allowed.error();
        return read();
    }
    // An action's read: authorized for `permission`, then read() (which returns a Result).
    template <typename Read>
    auto authorized(Permission permission, Read&& read) const -> std::invoke_result_t<Read> {
        if (Status allowed = authorize(permission); !allowed) return allowed.error();
        return read();
    }
    // An action's write of one record: authorized, then write(); when it succeeds, listeners hear
    // of the record (its id, and the case that caseOf(record) names).
    template <typename CaseOf, typename Write>
    auto authorizedWrite(Permission permission, RecordKind kind, CaseOf&& caseOf, Write&& write) const
        -> std::invoke_result_t<Write> {
        auto written = authorized(permission, write);
        if (written) changed(kind, written.value().id, caseOf(written.value()));
        return written;
    }
    // Appends what this Session's account did to the audit trail (workflows/audit/AuditTrail.h),
    // inside the caller's transaction when one is open.
    [[nodiscard]] Status audit(const AuditEvent& event) const { return appendAuditEntry(database_, actor_, event); }
    // `result`, after describe(value) was appended to the audit trail when it succeeded; a failed
    // append becomes the result (nothing happens unrecorded).
    template <typename T, typename Describe>
    Result<T> recorded(Result<T> result, Describe&& describe) const {
        if (!result) return result;
        if (Status logged = audit(describe(result.value())); !logged) return logged.error();
        return result;
    }
    // A write and its audit entry in one transaction: write() (a Result), then describe(value)
    // appended; when either fails nothing of the two is stored.
    template <typename Write, typename Describe>
    auto recordedWrite(Write&& write, Describe&& describe) const -> std::invoke_result_t<Write> {
        Result<db::Transaction> transaction = db::Transaction::begin(database_);
        if (!transaction) return transaction.error();
        auto written = write();
        if (!written) return written;
        if (Status logged = audit(describe(written.value())); !logged) return logged.error();
        if (Status committed = transaction.value().commit(); !committed) return committed.error();
        return written;
    }
    // Tells the listener (if any) that a committed action changed a record.
    void changed(RecordKind kind, std::int64_t id, std::int64_t caseId = 0) const {
        if (listener_) listener_->onRecordsChanged(RecordChange{kind, id, caseId});
    }

private:
    db::Database& database_;
    Actor actor_;
    Engine& engine_;
    ChangeListener* listener_;
    security::DataKey key_;
};

}  // namespace reunite::workflows
