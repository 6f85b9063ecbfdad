package org.jixiao.check.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups text figures by their block, keeping reading order. */
final class ByBlock {
    private ByBlock() {
    }

    static List<List<TextFigure>> group(List<TextFigure> figures) {
        Map<String, List<TextFigure>> m = new LinkedHashMap<>();
        for (TextFigure f : figures) {
            m.computeIfAbsent(f.passage(), k -> new ArrayList<>()).add(f);
        }
        return new ArrayList<>(m.values());
    }
}
