package org.jixiao.pipeline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jixiao.extract.pdf.table.GridCell;
import org.jixiao.extract.pdf.table.PageTable;

/** Prints recognized page tables as our JSON (with spans), CSV, or tabula-java's JSON layout. */
final class TableWriter {
    enum Format { JSON, CSV, TABULA_JSON }

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(List<PageTable> tables, Format format, PrintWriter out) throws JsonProcessingException {
        switch (format) {
            case CSV -> csv(tables, out);
            case TABULA_JSON -> out.println(mapper.writeValueAsString(tabula(tables)));
            default -> out.println(mapper.writeValueAsString(ours(tables)));
        }
        out.flush();
    }

    private static List<Map<String, Object>> ours(List<PageTable> tables) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PageTable t : tables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", t.page());
            m.put("method", t.method());
            m.put("top", t.bbox().top());
            m.put("left", t.bbox().left());
            m.put("bottom", t.bbox().bottom());
            m.put("right", t.bbox().right());
            m.put("rows", t.rows());
            m.put("cols", t.cols());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (GridCell c : t.cells()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("row", c.row());
                cm.put("col", c.col());
                cm.put("rowSpan", c.rowSpan());
                cm.put("colSpan", c.colSpan());
                cm.put("text", c.text());
                cells.add(cm);
            }
            m.put("cells", cells);
            out.add(m);
        }
        return out;
    }

    /** tabula-java's JSON: one object per table, data as rows of {"text": …} cells. */
    private static List<Map<String, Object>> tabula(List<PageTable> tables) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PageTable t : tables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("extraction_method", t.method());
            m.put("page_number", t.page());
            m.put("top", t.bbox().top());
            m.put("left", t.bbox().left());
            m.put("width", t.bbox().width());
            m.put("height", t.bbox().height());
            m.put("right", t.bbox().right());
            m.put("bottom", t.bbox().bottom());
            List<List<Map<String, Object>>> data = new ArrayList<>();
            for (List<String> row : t.grid()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (String text : row) {
                    cells.add(Map.of("text", text));
                }
                data.add(cells);
            }
            m.put("data", data);
            out.add(m);
        }
        return out;
    }

    /** Tables one after the other, a blank line between them; a spanned cell's text in its first slot. */
    private static void csv(List<PageTable> tables, PrintWriter out) {
        boolean first = true;
        for (PageTable t : tables) {
            if (!first) {
                out.println();
            }
            first = false;
            for (List<String> row : t.grid()) {
                List<String> quoted = new ArrayList<>();
                for (String s : row) {
                    quoted.add(s.matches("(?s).*[\",\\r\\n].*") ? '"' + s.replace("\"", "\"\"") + '"' : s);
                }
                out.println(String.join(",", quoted));
            }
        }
    }
}
