package org.jixiao.extract.html;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Tells layout tables from data tables. Many government pages frame the whole article in tables;
 * read as data, the report would become one cell. A table is taken as layout when it has a single
 * column (a frame), or when a cell holds a heading or a data table of its own (a page region);
 * its cells are then read as ordinary content.
 */
final class LayoutTables {
    private LayoutTables() {
    }

    static boolean isLayout(Element table) {
        List<Element> rows = HtmlBlockReader.rows(table);
        if (rows.stream().noneMatch(tr -> cells(tr) > 1)) {
            return true;
        }
        for (Element tr : rows) {
            for (Element cell : tr.children()) {
                if (!cell.select("h1, h2, h3, h4, h5, h6").isEmpty()) {
                    return true;
                }
                for (Element nested : cell.select("table")) {
                    if (isData(nested)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** At least two rows, and some row with two cells or more. */
    private static boolean isData(Element table) {
        List<Element> rows = HtmlBlockReader.rows(table);
        return rows.size() >= 2 && rows.stream().anyMatch(tr -> cells(tr) > 1);
    }

    private static int cells(Element tr) {
        int n = 0;
        for (Element c : tr.children()) {
            if ("td".equals(c.normalName()) || "th".equals(c.normalName())) {
                n++;
            }
        }
        return n;
    }
}
