package org.jixiao.index.query;

import static org.jixiao.index.IndexFields.*;

import java.math.BigDecimal;
import java.util.List;

import org.apache.lucene.document.Document;

import org.jixiao.model.Basis;
import org.jixiao.model.Provenance;

/**
 * One fact as stored, with the report's keys and the fact's provenance.
 *
 * @param value    the normalized value (元, ratio, count), exact
 * @param printed  the number as printed, in {@code unit}
 * @param factId    the fact's id in its report, or null
 * @param entity    whose figure it is (department, unit:…, item:…), or null
 * @param qualifiers what restricts it as printed (财政拨款, 不含专项资金 …)
 * @param basis     what decided its scope, phase and period, or null when extract did not say
 * @param canonical a department-wide canonical figure, the kind compare counts
 */
public record FactRow(String reportId, String department, String region, String level, Integer year, String kind,
                      String measure, String scope, String subject, String period, String phase, String unit,
                      BigDecimal value, String printed, int decimals, String label, Integer page, String blockId,
                      String tableId, Integer row, Integer col, Integer charStart, Integer charEnd,
                      String extractor, String factId, String entity, List<String> qualifiers, Basis basis,
                      boolean canonical) {
    public FactRow {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
    }

    /** The fact of a stored document; the report keys come from its report ({@code null} when unknown). */
    public static FactRow of(Document d, ReportInfo r) {
        return r == null ? of(d, null, null, null, null, null)
                : of(d, r.department(), r.region(), r.level(), r.year(), r.kind());
    }

    /** The fact of a stored document with its report's keys as given (read from the fact's doc values). */
    static FactRow of(Document d, String department, String region, String level, Integer year, String kind) {
        String exact = d.get(VALUE_EXACT);
        return new FactRow(d.get(REPORT_ID), department, region, level, year, kind, d.get(MEASURE),
                d.get(SCOPE), d.get(SUBJECT), d.get(PERIOD), d.get(PHASE), d.get(UNIT),
                exact == null ? null : new BigDecimal(exact), d.get(PRINTED), Stored.intOr0(d, DECIMALS), d.get(LABEL),
                Stored.intOrNull(d, PAGE), d.get(BLOCK_ID), d.get(TABLE_ID), Stored.intOrNull(d, ROW),
                Stored.intOrNull(d, COL), Stored.intOrNull(d, CHAR_START), Stored.intOrNull(d, CHAR_END),
                d.get(EXTRACTOR), d.get(FACT_ID), d.get(ENTITY), List.of(d.getValues(QUALIFIER)), basis(d),
                CANONICAL_YES.equals(d.get(CANONICAL)));
    }

    private static Basis basis(Document d) {
        String s = d.get(BASIS_SCOPE);
        String p = d.get(BASIS_PHASE);
        String t = d.get(BASIS_PERIOD);
        return s == null && p == null && t == null ? null : new Basis(s, p, t);
    }

    /** Why the fact counts, for people: "scope: row:基本支出; phase: header:全年预算数; period: report-year". */
    public String basisText() {
        return basisText(basis);
    }

    /** {@link #basisText()} of any basis; "" for null. */
    public static String basisText(Basis basis) {
        if (basis == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        part(sb, "scope", basis.scope());
        part(sb, "phase", basis.phase());
        part(sb, "period", basis.period());
        return sb.toString();
    }

    private static void part(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(name).append(": ").append(value);
        }
    }

    /** The printed value with its unit, e.g. "86.56%" or "33,502.94万元". */
    public String printedWithUnit() {
        return printed + ("none".equals(unit) || unit == null ? "" : unit);
    }

    /** The provenance as the model record (no bbox: the index does not keep it). */
    public Provenance provenance() {
        return new Provenance(reportId, page, null, blockId, tableId, row, col, charStart, charEnd, extractor);
    }

    /** The printed value without thousands separators, e.g. 33502.94. */
    public String plainValue() {
        return printed == null ? "" : printed.replace(",", "").replace("，", "");
    }

    /** Where it was printed: "p.3 table t2 r4c5" or "p.1 block b7 [12,20)". */
    public String where() {
        StringBuilder sb = new StringBuilder();
        if (page != null) {
            sb.append("p.").append(page).append(' ');
        }
        if (tableId != null) {
            sb.append("table ").append(tableId);
            if (row != null && col != null) {
                sb.append(" r").append(row).append('c').append(col);
            }
        } else if (blockId != null) {
            sb.append("block ").append(blockId);
            if (charStart != null) {
                sb.append(" [").append(charStart).append(',').append(charEnd).append(')');
            }
        }
        return sb.toString().trim();
    }
}
