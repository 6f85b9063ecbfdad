package org.jixiao.index.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.jixiao.model.Block;
import org.jixiao.model.Evidence;
import org.jixiao.model.Fact;
import org.jixiao.model.Finding;
import org.jixiao.model.Quantity;
import org.jixiao.model.Report;
import org.jixiao.model.ReportMeta;
import org.jixiao.model.Source;
import org.jixiao.model.Unit;
import org.jixiao.model.Validate;

/**
 * Variant {@code i} of a set of seed reports: seed {@code i mod n} as if published by another
 * department (region × agency) for another year, its money figures scaled by a factor and its
 * rates moved a little. Deterministic for a given seed list and index, so a bench is repeatable.
 */
public final class ReportVariants {
    static final List<String> PROVINCES = List.of("湖南省", "湖北省", "广东省", "江苏省", "浙江省", "山东省", "河南省",
            "四川省", "福建省", "安徽省", "江西省", "河北省", "山西省", "陕西省", "云南省", "贵州省", "辽宁省", "吉林省",
            "甘肃省", "海南省");
    static final List<String> CITIES = List.of("益阳市", "长沙市", "岳阳市", "常德市", "衡阳市", "株洲市", "湘潭市",
            "邵阳市", "郴州市", "永州市", "怀化市", "娄底市", "张家界市", "武汉市", "宜昌市", "襄阳市", "南京市", "苏州市",
            "杭州市", "宁波市");
    static final List<String> AGENCIES = List.of("人力资源和社会保障", "财政", "教育", "民政", "卫生健康", "交通运输",
            "自然资源", "生态环境", "住房和城乡建设", "水利", "农业农村", "商务", "文化和旅游", "应急管理", "审计",
            "市场监督管理", "统计", "医疗保障", "退役军人事务", "司法", "科学技术", "工业和信息化", "林业", "体育", "公安");
    public static final int FIRST_YEAR = 2015;
    public static final int YEARS = 11;
    private static final Pattern YEAR_WORD = Pattern.compile("20\\d\\d(?=年)");

    private final List<Report> seeds;
    private final Map<String, List<Finding>> findings;

    /**
     * @param seeds    reports with a department and a year, as extracted
     * @param findings the seeds' findings by report id
     */
    public ReportVariants(List<Report> seeds, Map<String, List<Finding>> findings) {
        Validate.notNullParam(seeds, "seeds");
        Validate.isTrue(!seeds.isEmpty(), "at least one seed report is needed");
        this.seeds = List.copyOf(seeds);
        this.findings = Map.copyOf(Validate.notNullParam(findings, "findings"));
    }

    /** How many distinct departments the variants spread over. */
    public static int departments() {
        return (PROVINCES.size() + CITIES.size()) * AGENCIES.size();
    }

    /** The department of variant {@code i}: a province's 厅 or a city's 局. */
    public static String department(int i) {
        int d = (i / YEARS) % departments();
        int r = d / AGENCIES.size();
        String agency = AGENCIES.get(d % AGENCIES.size());
        return r < PROVINCES.size() ? PROVINCES.get(r) + agency + "厅" : CITIES.get(r - PROVINCES.size()) + agency + "局";
    }

    static String region(int i) {
        int r = ((i / YEARS) % departments()) / AGENCIES.size();
        return r < PROVINCES.size() ? PROVINCES.get(r) : CITIES.get(r - PROVINCES.size());
    }

    public Report report(int i) {
        Report seed = seeds.get(i % seeds.size());
        Random rnd = new Random(31L * i + 7);
        BigDecimal money = BigDecimal.valueOf(0.5 + rnd.nextDouble());
        BigDecimal rate = BigDecimal.valueOf(0.9 + 0.2 * rnd.nextDouble());
        int year = FIRST_YEAR + i % YEARS;
        String dept = department(i);
        String oldDept = seed.meta().department();
        String id = sha256(seed.id() + ":" + i);
        List<Block> blocks = new ArrayList<>(seed.blocks().size());
        for (Block b : seed.blocks()) {
            String text = rewrite(b.text(), oldDept, dept, year);
            blocks.add(new Block(b.id(), b.type(), text, b.level(), b.number(), b.sectionPath(), b.tableId(), b.provenance()));
        }
        List<Fact> facts = new ArrayList<>(seed.facts().size());
        for (Fact f : seed.facts()) {
            facts.add(new Fact(f.measure(), f.scope(), f.subject(), f.period(), f.phase(), scale(f.quantity(), money, rate),
                    f.label(), f.provenance() == null ? null : f.provenance().withReportId(id)));
        }
        ReportMeta m = seed.meta();
        boolean province = region(i).endsWith("省");
        ReportMeta meta = new ReportMeta(dept, region(i), province ? "province" : "city", year, m.kind(),
                m.title() == null ? null : rewrite(m.title(), oldDept, dept, year), m.selfScore(), m.grade(), m.provenance());
        String file = String.format("variant-%05d-%s", i, seed.source() == null ? "report" : seed.source().fileName());
        Source src = new Source("bench/" + file, file, seed.source() == null ? null : seed.source().mediaType(),
                seed.source() == null ? 0 : seed.source().size(), id);
        return new Report(id, src, meta, blocks, seed.tables(), seed.sections(), facts, seed.indicators(), List.of());
    }

    /** The seed's findings, moved to variant {@code i}. */
    public List<Finding> findings(int i) {
        Report seed = seeds.get(i % seeds.size());
        String id = sha256(seed.id() + ":" + i);
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings.getOrDefault(seed.id(), List.of())) {
            List<Evidence> ev = f.evidence().stream().map(e -> new Evidence(e.role(), e.label(), e.quantity(),
                    e.provenance() == null ? null : e.provenance().withReportId(id), e.context())).toList();
            out.add(new Finding(id, f.rule(), f.severity(), f.messageZh(), f.messageEn(), f.expected(), f.actual(),
                    f.difference(), f.unit(), ev));
        }
        return out;
    }

    private static String rewrite(String text, String oldDept, String dept, int year) {
        String t = oldDept == null ? text : text.replace(oldDept, dept);
        return YEAR_WORD.matcher(t).replaceAll(Integer.toString(year));
    }

    private static Quantity scale(Quantity q, BigDecimal money, BigDecimal rate) {
        BigDecimal k = q.unit() == Unit.PERCENT ? rate : q.unit().dimension() == Unit.Dimension.MONEY ? money : BigDecimal.ONE;
        BigDecimal v = q.value().multiply(k).setScale(q.decimals(), RoundingMode.HALF_EVEN);
        return new Quantity(v, q.decimals(), q.unit(), null, v.toPlainString());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
