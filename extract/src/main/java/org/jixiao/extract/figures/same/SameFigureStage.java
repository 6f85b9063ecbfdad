package org.jixiao.extract.figures.same;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.sentence.SentenceRelationStage;
import org.jixiao.model.Block;
import org.jixiao.model.Fact;
import org.jixiao.model.Reading;
import org.jixiao.model.Relation;
import org.jixiao.model.RelationTerm;
import org.jixiao.model.Report;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * One quantity printed in two places (rule {@code figure.duplicate}): a sentence against another
 * sentence (in its paragraph or another section) or against the table cell with the same meaning,
 * 元 and 万元 compared by value. Only facts with the same scope, qualifiers, entity, measure, phase
 * and period in the same part of the report (the body, or one 附件: attachments describe other
 * things) are the same figure: never a budget against an actual, never a unit against the
 * department, never two cells of tables (their columns differ in basis more often than their keys
 * show). A sentence figure counts only when its own words named its scope; the broad scopes
 * (total, procurement) only when both are sentences, since a table's 合计 is too often another whole.
 */
public final class SameFigureStage implements ReportStage {
    public static final String RULE = "figure.duplicate";
    private static final String PREFIX = "sd";
    private static final Pattern ATTACHMENT = Pattern.compile("^\\s*附件\\s*[0-9０-９一二三四五六七八九十\\-－]+");
    /** Words of a part (其中), a change or a classification line, not of the figure itself. */
    private static final Pattern NOT_THE_FIGURE = Pattern.compile(
            "其中|增加|减少|增长|下降|节约|比上年|较上年|[（(][类款项][）)]|占|分别");
    private static final Set<String> MEASURES = Set.of("amount", "income", "count");
    private static final Set<String> BROAD = Set.of("total", "procurement");

    @Override
    public String name() {
        return "same-figure-relations";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.FACTS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.noneOf(Requirement.class);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) {
        Validate.notNullParam(report, "report");
        Report numbered = SentenceRelationStage.numbered(report);
        Parts parts = new Parts(numbered);
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : numbered.facts()) {
            if (comparable(f)) {
                String key = String.join("|", f.measure(), f.scope(), String.join("+", f.qualifiers()), String.valueOf(f.phase()),
                        String.valueOf(f.period()), f.quantity().unit().dimension().name(), parts.of(f));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<Relation> all = new ArrayList<>(numbered.relations());
        int n = 0;
        for (List<Fact> g : groups.values()) {
            for (Relation r : relations(g, parts)) {
                all.add(new Relation(PREFIX + n++, r.rule(), r.result(), r.readings(), r.origin(), r.cue()));
            }
        }
        return numbered.withRelations(all);
    }

    private static boolean comparable(Fact f) {
        boolean count = f.quantity().unit().dimension() == org.jixiao.model.Unit.Dimension.COUNT;
        // a money figure without a phase could be any of them; a count of staff has none
        if (f.scope() == null || (f.phase() == null && !count) || "change".equals(f.phase()) || !MEASURES.contains(f.measure())
                || f.scope().startsWith("item:") || f.scope().startsWith("unit:") || f.scope().startsWith("fund:")
                || f.provenance() == null) {
            return false;
        }
        if (!sentence(f)) {
            return f.provenance().tableId() != null && !BROAD.contains(base(f.scope()));
        }
        String label = f.label() == null ? "" : f.label();
        return f.basis() != null && f.basis().scope() != null && f.basis().scope().startsWith("cue:")
                && !f.basis().scope().startsWith("cue:change") && !f.basis().scope().startsWith("cue:rate")
                && !NOT_THE_FIGURE.matcher(label).find();
    }

    /** The anchor (the first sentence figure) against the first other print of every value. */
    private static List<Relation> relations(List<Fact> group, Parts parts) {
        Fact anchor = group.stream().filter(SameFigureStage::sentence).findFirst().orElse(null);
        List<Relation> out = new ArrayList<>();
        if (anchor == null) {
            return out;
        }
        // one relation per value printed elsewhere: the agreeing one is a hold, each other value a disagreement
        Set<String> seen = new HashSet<>();
        for (Fact f : group) {
            if (f == anchor || !pairable(anchor, f) || !seen.add(value(f))) {
                continue;
            }
            Reading r = new Reading("the same " + anchor.scope() + " · " + anchor.phase() + " · " + anchor.period()
                    + " printed at " + f.provenance().describe(), List.of(term(f, "second", parts)), List.of());
            out.add(new Relation(null, RULE, term(anchor, "first", parts), List.of(r), "same-figure",
                    anchor.label() + " / " + f.label()));
        }
        return out;
    }

    private static boolean pairable(Fact a, Fact b) {
        if (a.entity() != null && b.entity() != null && !a.entity().equals(b.entity())) {
            return false;
        }
        if (!sentence(b) && BROAD.contains(base(a.scope()))) {
            return false;
        }
        return Objects.equals(a.qualifiers(), b.qualifiers());
    }

    private static RelationTerm term(Fact f, String role, Parts parts) {
        return new RelationTerm(f.id(), role, 1, f.quantity(), f.label(), f.provenance(), parts.context(f));
    }

    private static boolean sentence(Fact f) {
        return f.provenance() != null && f.provenance().tableId() == null && f.provenance().blockId() != null;
    }

    private static String base(String scope) {
        int i = scope.indexOf(':');
        return i < 0 ? scope : scope.substring(0, i);
    }

    private static String value(Fact f) {
        return f.quantity().normalized().stripTrailingZeros().toPlainString();
    }

    /** Which part of the report a figure is in, and the words to quote for it. */
    private static final class Parts {
        private final Map<String, Block> blocks = new HashMap<>();
        private final Report report;

        Parts(Report report) {
            this.report = report;
            report.blocks().forEach(b -> blocks.put(b.id(), b));
        }

        String of(Fact f) {
            List<String> path = null;
            if (f.provenance().tableId() != null && report.table(f.provenance().tableId()) != null) {
                path = report.table(f.provenance().tableId()).sectionPath();
            } else if (blocks.containsKey(f.provenance().blockId())) {
                path = blocks.get(f.provenance().blockId()).sectionPath();
            }
            for (String s : path == null ? List.<String>of() : path) {
                Matcher m = ATTACHMENT.matcher(s);
                if (m.find()) {
                    return m.group().replaceAll("\\s+", "");
                }
            }
            return "body";
        }

        String context(Fact f) {
            if (f.provenance().tableId() != null) {
                Table t = report.table(f.provenance().tableId());
                return t == null ? f.label() : (t.caption() == null ? "" : t.caption() + ": ") + f.label();
            }
            Block b = blocks.get(f.provenance().blockId());
            return b == null ? f.label() : b.text().length() > 300 ? b.text().substring(0, 300) + "…" : b.text();
        }
    }
}
