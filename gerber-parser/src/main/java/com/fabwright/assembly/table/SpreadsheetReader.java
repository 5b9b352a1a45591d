package com.fabwright.assembly.table;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads XLSX and XLS workbooks with Apache POI, one {@link Table} per sheet, cells as Excel shows
 * them (formulas by their cached results, numbers with their display format). Row numbers are
 * Excel's (1-based). Opened read-only; POI's own zip-bomb guard applies to XLSX.
 */
final class SpreadsheetReader {
    private final String codePrefix;

    SpreadsheetReader(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    List<Table> read(Path file, String displayName, String format) throws IOException {
        List<Table> tables = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
            fmt.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<Table.Row> rows = new ArrayList<>();
                List<Diagnostic> diags = new ArrayList<>();
                for (Row r : sheet) {
                    if (rows.size() >= TableReader.MAX_ROWS) {
                        diags.add(new Diagnostic(Severity.WARNING, codePrefix + "-W002", displayName, SourcePosition.UNKNOWN,
                                "sheet " + sheet.getSheetName() + ": only the first " + TableReader.MAX_ROWS + " rows are read", ""));
                        break;
                    }
                    List<String> cells = new ArrayList<>();
                    int last = Math.min(r.getLastCellNum(), TableReader.MAX_CELLS);
                    for (int c = 0; c < last; c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null ? "" : fmt.formatCellValue(cell).replace('\u00a0', ' ').strip());
                    }
                    if (cells.stream().anyMatch(x -> !x.isEmpty())) {
                        rows.add(new Table.Row(r.getRowNum() + 1, cells, false));
                    }
                }
                tables.add(new Table(displayName, format + " sheet '" + sheet.getSheetName() + "'", "", rows, diags));
            }
        }
        return tables;
    }
}
