package org.jixiao.pipeline.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jixiao.model.Validate;

/**
 * Rows of named string columns, printed as aligned text, RFC 4180 CSV (for pandas / R) or a JSON
 * array of objects. Every command that prints a table uses this one writer.
 */
public final class ResultTable {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public ResultTable(List<String> columns) {
        this.columns = List.copyOf(Validate.notNullParam(columns, "columns"));
    }

    public void add(List<String> row) {
        Validate.isTrue(row.size() == columns.size(), "row has " + row.size() + " values for " + columns.size() + " columns");
        List<String> copy = new ArrayList<>(row.size());
        for (String v : row) {
            copy.add(v == null ? "" : v);
        }
        rows.add(copy);
    }

    public int size() {
        return rows.size();
    }

    public void print(OutputFormat format, PrintWriter out, ObjectMapper mapper) throws IOException {
        switch (format) {
            case CSV -> printCsv(out);
            case JSON -> out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(asMaps()));
            default -> printText(out);
        }
        out.flush();
    }

    public List<Map<String, String>> asMaps() {
        List<Map<String, String>> list = new ArrayList<>();
        for (List<String> r : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                m.put(columns.get(i), r.get(i));
            }
            list.add(m);
        }
        return list;
    }

    private void printCsv(PrintWriter out) {
        out.print(csvLine(columns));
        for (List<String> r : rows) {
            out.print(csvLine(r));
        }
    }

    static String csvLine(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }

    private void printText(PrintWriter out) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            width[i] = displayWidth(columns.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], displayWidth(r.get(i)));
            }
        }
        out.println(textLine(columns, width));
        for (List<String> r : rows) {
            out.println(textLine(r, width));
        }
    }

    private static String textLine(List<String> values, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i).replace('\n', ' ');
            sb.append(v);
            if (i < values.size() - 1) {
                sb.append(" ".repeat(Math.max(1, width[i] - displayWidth(v) + 2)));
            }
        }
        return sb.toString();
    }

    /** Terminal columns: CJK characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1;
        }
        return w;
    }
}
