package org.jixiao.pipeline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import picocli.CommandLine;

/** {@code --pages 1,3-5} or {@code all}: which 1-based pages to read. */
final class PageRanges implements IntPredicate {
    private final List<int[]> ranges;

    private PageRanges(List<int[]> ranges) {
        this.ranges = ranges;
    }

    static PageRanges all() {
        return new PageRanges(List.of());
    }

    @Override
    public boolean test(int page) {
        if (ranges.isEmpty()) {
            return true;
        }
        for (int[] r : ranges) {
            if (page >= r[0] && page <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Parses "N,M-K" (or "all"); a bad value is a usage error. */
    static final class Converter implements CommandLine.ITypeConverter<PageRanges> {
        @Override
        public PageRanges convert(String value) {
            if (value.trim().equalsIgnoreCase("all")) {
                return all();
            }
            List<int[]> out = new ArrayList<>();
            for (String part : value.split(",")) {
                String p = part.trim();
                try {
                    int dash = p.indexOf('-');
                    int a = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
                    int b = dash < 0 ? a : Integer.parseInt(p.substring(dash + 1).trim());
                    if (a < 1 || b < a) {
                        throw new NumberFormatException();
                    }
                    out.add(new int[] {a, b});
                } catch (NumberFormatException e) {
                    throw new CommandLine.TypeConversionException("'" + value
                            + "' is not a page list; use e.g. 1,3-5 (pages count from 1)");
                }
            }
            return new PageRanges(out);
        }
    }
}
