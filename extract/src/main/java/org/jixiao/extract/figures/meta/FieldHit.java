package org.jixiao.extract.figures.meta;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Table;

/**
 * A department named by a form field: "填报单位：…" in text, or a label cell such as 预算部门名称
 * or 主管部门 with the name in the cell to its right.
 *
 * @param name       the full name
 * @param provenance where it was printed
 */
record FieldHit(String name, Provenance provenance) {
    private static final Pattern LABEL_CELL = Pattern.compile(
            "^(省级|市级|县级)?(预算部门名称|部门名称|主管部门|填报单位|预算单位)[:：]?$");

    static Optional<FieldHit> find(Report report, Pattern field, DepartmentFinder finder) {
        for (Table t : report.tables()) {
            List<Cell> cells = t.cells().stream()
                    .sorted(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col)).toList();
            for (int i = 0; i < cells.size() - 1; i++) {
                Cell label = cells.get(i);
                Cell value = cells.get(i + 1);
                if (value.row() == label.row() && LABEL_CELL.matcher(label.text().replaceAll("\\s+", "")).matches()) {
                    Optional<DepartmentDictionary.Hit> h = finder.find(value.text().strip());
                    if (h.isPresent()) {
                        Provenance p = value.provenance() != null ? value.provenance()
                                : Provenance.ofCell(report.id(), t.id(), value.row(), value.col(), null, "meta");
                        return Optional.of(new FieldHit(h.get().fullName(), p.withReportId(report.id())));
                    }
                }
            }
        }
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE) {
                continue;
            }
            Matcher m = field.matcher(b.text());
            while (m.find()) {
                Optional<DepartmentDictionary.Hit> h = finder.find(m.group(1));
                if (h.isPresent()) {
                    int start = m.start(1) + h.get().start();
                    return Optional.of(new FieldHit(h.get().fullName(),
                            MetadataStage.at(report, b).withChars(start, start + h.get().printed().length())));
                }
            }
        }
        return Optional.empty();
    }
}
