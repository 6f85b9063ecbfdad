package org.jixiao.extract.figures.meta;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * Report metadata: department (full official name), region and level, fiscal year (the year
 * reported on, from the title, never the date the report was signed), report kind, and the
 * self-evaluation score and grade, each with the provenance of the text it was read from.
 */
public final class MetadataStage implements ReportStage {
    static final String EXTRACTOR = "meta";
    private static final int TITLE_BLOCKS = 4;
    private static final int HEAD_BLOCKS = 40;
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<!\\d)(\\d\\d)年(?:度)?(?:部门|单位)?预算");
    private static final Pattern FIELD = Pattern.compile(
            "(?:填报单位|省级预算部门名称|预算部门名称|部门名称|主管部门|预算单位名称|编制单位)\\s*[:：]?\\s*([^\\s:：，,。]{4,40})");
    private static final Pattern SCORE = Pattern.compile(
            "(?:自评(?:得)?分|自评得分|评价得分|综合得分|总得分)\\s*(?:为|是|[:：])?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*分");
    private static final Pattern GRADE = Pattern.compile("(?:为|评为|等级为|等级[:：])\\s*[“\"「]?([优良中差])[”\"」]?\\s*(?:等级|等次|档次)?");
    /** A year standing alone in a file name (松岗街道2023_…申报表.xlsx), not part of a date (2023-05-12, 20230512). */
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d|[-./_]\\d{1,2}(?!\\d))");
    private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]*》");
    private static final Pattern YEAR_OF_REPORT = Pattern.compile("(20\\d\\d)\\s*年度");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件\\s*[\\d一二三四五六七八九十-]*[:：]?$");

    private final DepartmentFinder departments;
    private final Vocabulary vocabulary;
    private final NumberReader numbers;

    public MetadataStage(DepartmentFinder departments, Vocabulary vocabulary, NumberReader numbers) {
        this.departments = Validate.notNullParam(departments, "departments");
        this.vocabulary = Validate.notNullParam(vocabulary, "vocabulary");
        this.numbers = Validate.notNullParam(numbers, "numbers");
    }

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.BLOCKS, Requirement.TABLES);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.META);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) throws ExtractionException {
        Validate.notNullParam(report, "report");
        Validate.notNullParam(ctx, "ctx");
        Map<String, Provenance> prov = new HashMap<>();
        List<Block> title = titleBlocks(report.blocks());
        String titleText = String.join("", title.stream().map(b -> b.text().strip()).toList());
        String fileName = report.source() == null || report.source().fileName() == null ? "" : report.source().fileName();

        String kind = vocabulary.match(Vocabulary.KIND, titleText)
                .or(() -> vocabulary.match(Vocabulary.KIND, fileName)).orElse("unknown");
        if (!title.isEmpty() && !"unknown".equals(kind)) {
            prov.put("kind", at(report, title.get(0)));
            prov.put("title", at(report, title.get(0)));
        }
        Integer year = year(report, title, titleText, fileName, prov);
        String department = department(report, title, fileName, prov);
        RegionLevel rl = RegionLevel.of(department);
        if (department != null && prov.containsKey("department")) {
            prov.put("region", prov.get("department"));
            prov.put("level", prov.get("department"));
        }
        Quantity score = null;
        String grade = null;
        ctx.checkDeadline();
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE) {
                continue;
            }
            Matcher m = SCORE.matcher(b.text());
            if (score == null && m.find()) {
                score = numbers.readCell(m.group(1), Unit.POINT).orElse(null);
                prov.put("selfScore", at(report, b).withChars(m.start(1), m.end(1)));
                Matcher g = GRADE.matcher(b.text());
                if (g.find(m.end()) && g.start() - m.end() < 12) {
                    grade = g.group(1);
                    prov.put("grade", at(report, b).withChars(g.start(1), g.end(1)));
                }
            }
        }
        if (score == null) {
            ScoreTotal total = ScoreTotal.find(report, numbers);
            if (total != null) {
                score = total.score();
                prov.put("selfScore", total.provenance());
            }
        }
        ReportMeta meta = new ReportMeta(department, rl.region(), rl.level(), year, kind,
                titleText.isEmpty() ? null : titleText, score, grade, prov);
        return report.withMeta(meta);
    }

    /** The first short paragraphs before the body starts, skipping "附件1" lines. */
    static List<Block> titleBlocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            String t = b.text().strip();
            if (b.type() == BlockType.TABLE) {
                if (out.isEmpty()) {
                    continue;
                }
                break;
            }
            if (t.isEmpty() || ATTACHMENT.matcher(t).matches()) {
                continue;
            }
            if (t.length() > 60 || t.contains("。") || (t.contains("：") && !out.isEmpty())) {
                break;
            }
            out.add(b);
            if (out.size() >= TITLE_BLOCKS || t.endsWith("报告") || t.endsWith("表")) {
                break;
            }
        }
        return out;
    }

    private Integer year(Report report, List<Block> title, String titleText, String fileName,
                         Map<String, Provenance> prov) {
        for (Block b : title) {
            Matcher m = YEAR.matcher(b.text());
            if (m.find()) {
                prov.put("fiscalYear", at(report, b).withChars(m.start(1), m.end(1)));
                return Integer.valueOf(m.group(1));
            }
        }
        Matcher f = YEAR.matcher(fileName);
        if (f.find()) {
            prov.put("fiscalYear", fileProvenance(report));
            return Integer.valueOf(f.group(1));
        }
        Matcher s = SHORT_YEAR.matcher(fileName);
        if (s.find()) {
            prov.put("fiscalYear", fileProvenance(report));
            return 2000 + Integer.parseInt(s.group(1));
        }
        Matcher bare = FILE_YEAR.matcher(fileName);
        if (bare.find()) {
            prov.put("fiscalYear", fileProvenance(report));
            return Integer.valueOf(bare.group(1));
        }
        // no year in title or name: the "20xx年度" printed most often near the top
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Provenance> first = new HashMap<>();
        for (Block b : head(report.blocks())) {
            Matcher m = YEAR_OF_REPORT.matcher(b.text());
            while (m.find()) {
                counts.merge(m.group(1), 1, Integer::sum);
                first.putIfAbsent(m.group(1), at(report, b).withChars(m.start(1), m.end(1)));
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> {
            prov.put("fiscalYear", first.get(e.getKey()));
            return Integer.valueOf(e.getKey());
        }).orElse(null);
    }

    private String department(Report report, List<Block> title, String fileName, Map<String, Provenance> prov) {
        for (Block b : title) {
            Optional<DepartmentDictionary.Hit> h = departments.find(b.text());
            if (h.isPresent()) {
                prov.put("department", at(report, b).withChars(h.get().start(), h.get().end()));
                return h.get().fullName();
            }
        }
        Optional<FieldHit> field = FieldHit.find(report, FIELD, departments);
        if (field.isPresent()) {
            prov.put("department", field.get().provenance());
            return field.get().name();
        }
        for (Block b : head(report.blocks())) {
            // names inside 《…》 are titles of other documents (《益阳市财政局关于…的通知》)
            String text = BOOK_TITLE.matcher(b.text()).replaceAll(m -> " ".repeat(m.group().length()));
            Optional<DepartmentDictionary.Hit> h = departments.find(text);
            if (h.isPresent() && b.type() != BlockType.TABLE) {
                prov.put("department", at(report, b).withChars(h.get().start(), h.get().end()));
                return h.get().fullName();
            }
        }
        Optional<DepartmentDictionary.Hit> h = departments.find(fileName);
        if (h.isPresent()) {
            prov.put("department", fileProvenance(report));
            return h.get().fullName();
        }
        return null;
    }

    private static List<Block> head(List<Block> blocks) {
        return blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()));
    }

    static Provenance at(Report report, Block b) {
        Provenance p = b.provenance();
        if (p == null) {
            return Provenance.ofBlock(report.id(), b.id(), null, EXTRACTOR);
        }
        return new Provenance(report.id(), p.page(), p.bbox(), b.id(), p.tableId(), p.row(), p.col(), null, null,
                EXTRACTOR);
    }

    private static Provenance fileProvenance(Report report) {
        return new Provenance(report.id(), null, null, null, null, null, null, null, null, "filename");
    }
}
