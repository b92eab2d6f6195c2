#include "gui/gallery/ImportErrorTable.h"

#include <QTableWidget>

#include "gui/common/NoticeText.h"
#include "gui/shell/QtBridge.h"

namespace reunite::gui {

void ImportErrorTable::prepare(QTableWidget& table) {
    table.setColumnCount(3);
    table.setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Problem")});
}

void ImportErrorTable::fill(QTableWidget& table, const std::vector<db::ImportErrorRecord>& errors, int keepRows) {
    const int first = std::clamp(keepRows, 0, static_cast<int>(errors.size()));
    table.setRowCount(static_cast<int>(errors.size()));
    for (std::size_t i = static_cast<std::size_t>(first); i < errors.size(); ++i) {
        const db::ImportErrorRecord& error = errors[i];
        const int row = static_cast<int>(i);
        table.setItem(row, 0, new QTableWidgetItem(toQString(error.file)));
        table.setItem(row, 1, new QTableWidgetItem(error.rowNumber ? QString::number(*error.rowNumber) : QString()));
        table.setItem(row, 2, new QTableWidgetItem(NoticeText::ofImportError(error)));
    }
    table.resizeColumnToContents(1);
}

}  // namespace reunite::gui
