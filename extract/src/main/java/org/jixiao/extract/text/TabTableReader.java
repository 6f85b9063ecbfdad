package org.jixiao.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one table of a Word-extraction dump: every cell is a line starting with a TAB, a line
 * without a TAB directly under a cell continues that cell (a wrapped or multi-paragraph cell), and
 * a blank line ends the row. The table ends at the first line after a blank line that is not a
 * cell line.
 */
final class TabTableReader {

    /** Reads the table whose first cell line is {@code lines.get(first)}. */
    TableDraft read(List<TextLine> lines, int first) {
        TableDraft draft = new TableDraft(first);
        List<DraftCell> row = new ArrayList<>();
        DraftCell current = null;
        boolean afterBlank = false;
        int i = first;
        for (; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.cellLine()) {
                if (current != null) {
                    row.add(current);
                }
                current = cell(line);
                afterBlank = false;
                draft.touch(i);
            } else if (line.blank()) {
                if (current != null) {
                    row.add(current);
                    current = null;
                }
                draft.addRow(row, draft.lastLine());
                row.clear();
                if (afterBlank) {
                    break;
                }
                afterBlank = true;
            } else if (!afterBlank && current != null) {
                current = current.append(line.text(), line.contentEnd(), "\n");
                draft.touch(i);
            } else {
                break;
            }
        }
        if (current != null) {
            row.add(current);
        }
        draft.addRow(row, draft.lastLine());
        return draft;
    }

    private static DraftCell cell(TextLine line) {
        String text = line.text();
        if (text.isEmpty()) {
            int at = line.start() + 1;
            return new DraftCell("", at, at, -1);
        }
        return new DraftCell(text, line.contentStart(), line.contentEnd(), -1);
    }
}
