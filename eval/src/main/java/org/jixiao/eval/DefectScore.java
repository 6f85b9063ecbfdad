package org.jixiao.eval;

import java.util.List;

/**
 * Findings of one rendition against its labelled defects.
 *
 * @param outcomes one per labelled defect
 * @param alarms   one per ERROR or WARNING finding
 */
public record DefectScore(List<DefectOutcome> outcomes, List<Alarm> alarms) {
    public DefectScore {
        outcomes = List.copyOf(outcomes);
        alarms = List.copyOf(alarms);
    }

    public long labelled(boolean error) {
        return outcomes.stream().filter(o -> o.defect().isError() == error).count();
    }

    public long found(boolean error) {
        return outcomes.stream().filter(o -> o.defect().isError() == error && o.found()).count();
    }

    public long errors() {
        return alarms.stream().filter(Alarm::isError).count();
    }

    public long falseErrors() {
        return alarms.stream().filter(a -> a.isError() && a.isFalse()).count();
    }

    public long warnings() {
        return alarms.stream().filter(a -> !a.isError()).count();
    }

    public long falseWarnings() {
        return alarms.stream().filter(a -> !a.isError() && a.isFalse()).count();
    }
}
