package org.jixiao.check.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.check.wording.Sentences;
import org.jixiao.check.wording.SlipFinding;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Finding;
import org.jixiao.model.Provenance;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;
import org.jixiao.model.YearMention;

/**
 * A classification subject printed under the name it had before a reform (医疗卫生与计划生育支出 in a
 * 2019 or later report, where the subject is 卫生健康支出), in the text or in a table: the old
 * classification kept from last year's template. A sentence that dates the old name to a year
 * before the reform (2018年医疗卫生与计划生育支出…) is quoting the past and is not a slip. The renames
 * are data ({@code renamed-subjects.tsv}).
 */
public final class RenamedSubjectRule extends TalliedRule {
    public static final String ID = "names.renamed-subject";

    /** One rename: the old name was replaced by the new one from {@code since} on. */
    record Rename(String code, String oldName, String newName, int since) {
    }

    private final List<Rename> renames;

    public RenamedSubjectRule() {
        this(load());
    }

    RenamedSubjectRule(List<Rename> renames) {
        this.renames = List.copyOf(renames);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "the report's fiscal year, paragraphs and table cells";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.META);
    }


    /** One finding per report, naming every old name found: together they are one stale classification. */
    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        int fy = report.meta().fiscalYear();
        SlipFinding found = new SlipFinding(ID);
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Rename r : renames) {
            if (fy < r.since()) {
                tally.notEvaluated("report before the rename of " + r.code());
                continue;
            }
            int before = found.count();
            for (Block b : report.blocks()) {
                if (b.type() != BlockType.TABLE) {
                    search(b.text(), r, found, (s, e) -> at(b.provenanceAt(s), s, e),
                            i -> datedBefore(report, b, i, r.since()));
                }
            }
            for (Table t : report.tables()) {
                for (Cell c : t.cells()) {
                    search(c.text(), r, found, (s, e) -> at(c.provenance(), s, e), null);
                }
            }
            tally.evaluated(found.count() == before);
            if (found.count() > before) {
                zh.add("「" + r.oldName() + "」（" + r.code() + "，" + r.since() + " 年起为「" + r.newName() + "」）");
                en.add(r.oldName() + " (" + r.code() + ", " + r.newName() + " from " + r.since() + ")");
            }
        }
        Finding f = found.finding(report.id(), Severity.WARNING, "科目仍用改革前的名称：" + String.join("、", zh),
                "subjects printed under their names before the reform: " + String.join(", ", en));
        return f == null ? List.of() : List.of(f);
    }

    private interface Where {
        Provenance at(int start, int end);
    }

    /** Every print of the old name; in a paragraph ({@code dated} not null) unless its sentence dates it. */
    private static void search(String text, Rename r, SlipFinding found, Where where, IntPredicate dated) {
        int i = text.indexOf(r.oldName());
        while (i >= 0) {
            int end = i + r.oldName().length();
            String quote = dated != null ? Sentences.around(text, i, end) : text.strip();
            if (dated == null || !dated.test(i)) {
                found.add(r.oldName(), where.at(i, end), quote);
            }
            i = text.indexOf(r.oldName(), end);
        }
    }

    /** True when the sentence names a year before the rename ahead of the old name (extract's year mentions). */
    private static boolean datedBefore(Report report, Block b, int at, int since) {
        int sentence = Sentences.start(b.text(), at);
        for (YearMention y : report.yearMentions()) {
            if (y.year() < since && !y.relative() && y.inBlockBefore(b.id(), at) && y.provenance().charStart() >= sentence) {
                return true;
            }
        }
        return false;
    }

    private static Provenance at(Provenance p, int start, int end) {
        return p == null ? null : p.withChars(start, end);
    }

    static List<Rename> load() {
        try (InputStream in = RenamedSubjectRule.class.getResourceAsStream("renamed-subjects.tsv")) {
            Validate.isTrue(in != null, "renamed-subjects.tsv missing from the classpath");
            List<Rename> out = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Validate.isTrue(f.length >= 4, "renamed-subjects.tsv: 4 fields expected: " + line);
                out.add(new Rename(f[0], f[1], f[2], Integer.parseInt(f[3].strip())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read renamed-subjects.tsv", e);
        }
    }
}
