package org.jixiao.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Cell;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Interval;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Severity;
import org.jixiao.model.Source;
import org.jixiao.model.Table;
import org.jixiao.model.Unit;

/**
 * Reports for index tests built from the sample texts (../samples/selfeval/*.txt) without the
 * extract module: one paragraph block per line, headings by their 一、/（一） numbering, and
 * facts placed where their figure is printed (offsets found in the text, so provenance is real).
 */
public final class TestReports {
    public static final Path SAMPLES = Path.of("..", "samples", "selfeval");
    public static final String HR_HUNAN = "湖南省人力资源和社会保障厅";
    public static final String HR_YIYANG = "益阳市人力资源和社会保障局";
    private static final Pattern H1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern H2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");

    private TestReports() {
    }

    /** The three sample reports with a few facts each. */
    public static List<Report> all() throws IOException {
        return List.of(hunan2025(), hunan2024(), yiyang2024());
    }

    public static Report hunan2025() throws IOException {
        Report r = read("000_c5690e2b1ac97a5d.txt", HR_HUNAN, "湖南省", "province", 2025);
        return withFacts(r, List.of(
                fact(r, "预算执行率为86.56%", "86.56", Unit.PERCENT, "rate", "total", "rate"),
                fact(r, "总金额为33,502.94万元", "33,502.94", Unit.WAN_YUAN, "amount", "total", "budget-final"),
                fact(r, "决算支出数为29,000.52万元", "29,000.52", Unit.WAN_YUAN, "amount", "total", "actual"),
                fact(r, "预算执行率为55.34%", "55.34", Unit.PERCENT, "rate", "sangong", "rate")));
    }

    public static Report hunan2024() throws IOException {
        Report r = read("001_cc1de7232e773706.txt", HR_HUNAN, "湖南省", "province", 2024);
        return withFacts(r, List.of(fact(r, "三公经费 159.32", "159.32", Unit.WAN_YUAN, "amount", "sangong", "budget-initial")));
    }

    public static Report yiyang2024() throws IOException {
        Report r = read("003_d7c6b592d197c283.txt", HR_YIYANG, "益阳市", "city", 2024);
        return withFacts(r, List.of(
                fact(r, "87.90%", "87.90", Unit.PERCENT, "rate", "total", "rate"),
                fact(r, "年初预算数为58万元", "58", Unit.WAN_YUAN, "amount", "sangong", "budget-initial")));
    }

    public static Report read(String file, String department, String region, String level, int year) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve(file));
        return fromText(bytes, file, department, region, level, year);
    }

    public static Report fromText(byte[] bytes, String file, String department, String region, String level, int year) {
        String id = sha256(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Provenance p = Provenance.ofBlock(id, "b" + blocks.size(), null, "text");
            if (H1.matcher(s).matches() || H2.matcher(s).matches()) {
                int level1 = H1.matcher(s).matches() ? 1 : 2;
                while (path.size() >= level1) {
                    path.remove(path.size() - 1);
                }
                path.add(s);
                blocks.add(new Block("b" + blocks.size(), BlockType.HEADING, s, level1, null, path, null, p));
            } else {
                blocks.add(new Block("b" + blocks.size(), BlockType.PARAGRAPH, s, -1, null, path, null, p));
            }
        }
        ReportMeta meta = new ReportMeta(department, region, level, year, "selfeval-report",
                year + "年度" + department + "部门整体支出绩效自评报告", null, null, Map.of());
        Source src = new Source(SAMPLES.resolve(file).toString(), file, "text/plain", bytes.length, id);
        return new Report(id, src, meta, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A fact for the figure {@code printed} inside the first block that contains {@code context}. */
    public static Fact fact(Report r, String context, String printed, Unit unit, String measure, String scope, String phase) {
        for (Block b : r.blocks()) {
            int at = b.text().indexOf(context);
            if (at >= 0) {
                int start = b.text().indexOf(printed, at);
                Quantity q = new Quantity(new BigDecimal(printed.replace(",", "")),
                        printed.contains(".") ? printed.length() - printed.indexOf('.') - 1 : 0, unit, null, printed);
                return new Fact(measure, scope, null, Integer.toString(r.meta().fiscalYear()), phase, q, context,
                        b.provenance().withChars(start, start + printed.length()));
            }
        }
        throw new IllegalStateException("'" + context + "' is not in " + r.source().fileName());
    }

    public static Report withFacts(Report r, List<Fact> facts) {
        Table t = smallTable(r);
        return r.withFigures(r.meta(), facts, List.of(), List.of(t));
    }

    /** A two-row table with the report's first facts, so row documents are exercised. */
    private static Table smallTable(Report r) {
        List<Cell> cells = List.of(
                Cell.of(0, 0, "项目", Provenance.ofCell(r.id(), "t0", 0, 0, 1, "text")),
                Cell.of(0, 1, "金额", Provenance.ofCell(r.id(), "t0", 0, 1, 1, "text")),
                Cell.of(1, 0, "三公经费", Provenance.ofCell(r.id(), "t0", 1, 0, 2, "text")),
                Cell.of(1, 1, "12.50", Provenance.ofCell(r.id(), "t0", 1, 1, 2, "text")));
        return new Table("t0", "表1 三公经费", "单位：万元", List.of(1, 2), List.of("附件1"), "text", 2, 2, cells,
                Provenance.ofCell(r.id(), "t0", 0, 0, 1, "text"));
    }

    /** Two findings on a report: an error and a warning, with evidence. */
    public static List<Finding> findings(Report r) {
        Fact first = r.facts().get(0);
        Evidence e = new Evidence("printed", first.label(), first.quantity(), first.provenance(), first.label());
        Interval printed = first.quantity().interval();
        Interval computed = new Interval(printed.lo().add(BigDecimal.ONE), printed.hi().add(BigDecimal.ONE));
        return List.of(
                new Finding(r.id(), "ratio.execution-rate", Severity.ERROR, "执行率与决算/预算不符",
                        "execution rate does not match actual / budget", computed, printed, BigDecimal.ONE.negate(),
                        first.quantity().unit(), List.of(e)),
                new Finding(r.id(), "table.column-sum", Severity.WARNING, "合计与明细之和相差一个末位单位",
                        "total differs from the sum of parts by one unit of the last digit", computed, printed,
                        new BigDecimal("0.01"), first.quantity().unit(), List.of(e)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
