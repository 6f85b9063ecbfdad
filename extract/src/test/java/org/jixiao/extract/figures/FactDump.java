package org.jixiao.extract.figures;

import java.util.List;

import org.jixiao.model.Fact;

/** Test helper: facts as one line each, for failure messages. */
final class FactDump {
    private FactDump() {
    }

    static String lines(List<Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append(line(f)).append('\n');
        }
        return sb.toString();
    }

    static String line(Fact f) {
        return String.join(" | ", f.measure(), String.valueOf(f.scope()), String.valueOf(f.subject()),
                String.valueOf(f.period()), String.valueOf(f.phase()), f.quantity().toString(), f.label(),
                f.provenance() == null ? "" : f.provenance().describe());
    }
}
