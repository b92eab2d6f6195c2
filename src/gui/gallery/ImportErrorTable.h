#pragma once
// ImportErrorTable: shows the errors of an import run in a three-column table (file, row,
// problem), as the photo database browser and the import panel both do.
// Thread safety: GUI thread only.
#include <vector>

#include <QCoreApplication>

#include "db/records/ImportErrorRecord.h"

class QTableWidget;

namespace reunite::gui {

class ImportErrorTable {
    Q_DECLARE_TR_FUNCTIONS(reunite::gui::ImportErrorTable)

public:
    // Sets the headers (once) and the rows; rows before `keepRows` are kept as they are.
    static void fill(QTableWidget& table, const std::vector<db::ImportErrorRecord>& errors, int keepRows);
    static void prepare(QTableWidget& table);
};

}  // namespace reunite::gui
