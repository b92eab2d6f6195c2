#pragma once
// Parameter: names a prepared-statement parameter either by 1-based index or by its name
// including the prefix (":case_number"). Implicitly built from an int or a string literal, so
// Statement::bindText(":name", value) and bindText(1, value) both read naturally.
// Guarantees: holds the name pointer only; the string must outlive the bind call (literals do).
// Thread safety: plain value type, no shared state.

namespace reunite::db {

class Parameter {
public:
    Parameter(int index) : index_(index) {}
    Parameter(const char* name) : name_(name) {}
    int index() const { return index_; }
    const char* name() const { return name_; }

private:
    int index_ = 0;
    const char* name_ = nullptr;
};

}  // namespace reunite::db
