package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.NumberMatch;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
import org.jixiao.model.Basis;
import org.jixiao.model.Fact;
import org.jixiao.model.Provenance;
import org.jixiao.model.Quantity;
import org.jixiao.model.Unit;

/**
 * Facts from one sentence. Each number is read with the words printed since the previous number:
 * a phase word (决算支出, 预算执行率 …) or a scope word (基本支出, “三公经费” …) there applies to it;
 * otherwise it inherits the sentence's phase and the paragraph's scope, where the units agree.
 * Numbers in a 其中 list that would repeat their parent's scope and phase are parts, not the
 * whole, and get no scope. 较上年减少/下降 make signed changes; 占…% makes a share.
 */
final class SentenceReader {
    private static final Pattern YEAR = Pattern.compile("(?<![较比与同])(20\\d\\d)\\s*年(?!\\s*\\d{1,2}\\s*月)");
    private static final Pattern CHANGE = Pattern.compile("较上年|较20\\d\\d年|比上年|比20\\d\\d年|同比|增加|减少|增长|下降|节约|上升|降低|小于|大于|少于|多于|调减|调增");
    private static final int MAX_TAIL = 60;
    private static final Pattern MONEY_WORD = Pattern.compile("预算|决算|支出|经费|收入|资金");
    private static final Pattern DOWN = Pattern.compile("减少|下降|节约|降低|小于|少于|调减");
    private static final Pattern ACTUAL_WORD = Pattern.compile("实际|实现|执行数|决算");
    private static final Pattern TRIM = Pattern.compile("^[\\s，,、；;：:（(）)。]+|[\\s为是达约]+$");

    private static final Pattern DIRECTION = Pattern.compile("增加|减少|增长|下降|节约|上升|降低|提高|持平|小于|大于|少于|多于|调减|调增");
    private static final Pattern PRIOR = Pattern.compile("上年|上一年|去年|上年度");
    /** Words after which figures explain a change (主要原因是…增加X), not restate the subject's. */
    /** A change whose own words name another thing (一般公共服务支出减少, 项目经费支出安排减少). */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(支出|经费|费|收入|资金)[^，,。；;]{0,6}(增加|减少|增长|下降|节约|上升|降低|提高)[^，,]*$");
    private static final Pattern PHASE_WORDS = Pattern.compile("(决算|预算|执行|实际)(支出|收入)?数?");
    private static final Pattern DEFINED_BY_FUNDS = Pattern.compile("(operation|sangong)(\\.|:|$)");
    private static final Pattern EXPLAINING = Pattern.compile("主要原因|原因是|主要是|主要用于|主要因|用于|(?<![^，,。；;：:\\s])[一二三四五六七八九十]是");
    /** 调整 as a budget phase (调整后预算, 本年调整), not as a reason (提租补贴调整等原因). */
    private static final Pattern ADJUSTED = Pattern.compile("调整后|调整数|调整预算|本年调整|年中调整|预算调整");
    /** A title in 《》 names a table or a document, not the figure after it. */
    private static final Pattern TITLE = Pattern.compile("《[^》]{0,40}》");

    private final NumberReader numbers;
    private final Vocabulary vocabulary;
    private final SentenceCues cues;

    SentenceReader(NumberReader numbers, Vocabulary vocabulary) {
        this.numbers = numbers;
        this.vocabulary = vocabulary;
        this.cues = new SentenceCues(vocabulary);
    }

    /**
     * @param text   the block text
     * @param start  the sentence's start offset in the block text
     * @param end    its end offset
     * @param where  the block's provenance (offsets are set per number)
     */
    List<Fact> read(String text, int start, int end, SentenceContext ctx, Provenance where) {
        return read(text, start, end, ctx, where, false);
    }

    /** @param continues true when this span continues a sentence broken off in the previous block (PDF lines) */
    List<Fact> read(String text, int start, int end, SentenceContext ctx, Provenance where, boolean continues) {
        String sentence = text.substring(start, end);
        if (!continues) {
            ctx.newSentence();
        }
        String carried = continues && ctx.tail != null ? ctx.tail : "";
        // with the words cut off before it, so that 较 / 2024年 across a line break is still a comparison
        Matcher y = YEAR.matcher(carried + sentence);
        if (y.find(carried.length()) || (y.find(0) && y.start() >= carried.length())) {
            ctx.period = y.group(1);
            ctx.periodCue = "cue:" + y.group(1) + "年";
        }
        List<Fact> out = new ArrayList<>();
        int prevEnd = 0;
        List<NumberMatch> found = numbers.findAll(sentence);
        // "与2024年预算持平" opening a sentence: no change of the previous sentence's subject
        FlatChange.read(sentence, 0, found.isEmpty() ? sentence.length() : found.get(0).start(), true, ctx, where, start, out);
        for (int i = 0; i < found.size(); i++) {
            NumberMatch m = found.get(i);
            // words broken off at the end of the previous block belong to the first number here
            String own = carried + sentence.substring(prevEnd, m.start());
            carried = "";
            prevEnd = m.end();
            ctx.inParens = inParens(sentence, m.start());
            out.addAll(facts(own, m, ctx, where.withChars(start + m.start(), start + m.end())));
            int next = i + 1 < found.size() ? found.get(i + 1).start() : sentence.length();
            FlatChange.read(sentence, m.end(), next, false, ctx, where, start, out);
        }
        String tail = carried + sentence.substring(prevEnd);
        ctx.tail = tail.length() > MAX_TAIL ? tail.substring(tail.length() - MAX_TAIL) : tail;
        return out;
    }

    /** One number being read: the words before it, what they name, and the figure's meaning so far. */
    private static final class Draft {
        final String own;
        final Unit.Dimension dim;
        final Optional<Vocabulary.Hit> scopeHit;
        final Optional<Vocabulary.Hit> phaseHit;
        SentenceCues.Scope cue;
        Quantity q;
        String scope;
        String measure;
        String phase;
        String period;
        List<String> qualifiers = List.of();
        String scopeBasis;
        String phaseBasis;
        String periodBasis;
        boolean share;
        boolean shareBase;
        boolean change;
        boolean inParens;

        Draft(String own, Quantity q, Optional<Vocabulary.Hit> scopeHit, Optional<Vocabulary.Hit> phaseHit) {
            this.own = own;
            this.q = q;
            this.dim = q.unit().dimension();
            this.scopeHit = scopeHit;
            this.phaseHit = phaseHit;
        }
    }

    private List<Fact> facts(String printed, NumberMatch m, SentenceContext ctx, Provenance p) {
        String own = TITLE.matcher(printed).replaceAll("");
        if (own.contains("其中")) {
            ctx.inParts = true;
            ctx.parentKey = ctx.lastKey;
            ctx.parentFundMeasure = ctx.lastFundMeasure;
            ctx.parentScope = ctx.lastScope;
        }
        if (EXPLAINING.matcher(own).find()) {
            ctx.explaining = true;
        }
        Optional<SentenceCues.Scope> cue = cues.scope(own).filter(c -> fits(c, m.quantity().unit()));
        Draft d = new Draft(own, m.quantity(), cue.map(c -> new Vocabulary.Hit(c.canonical(), c.synonym(), 0, c.end())),
                last(Vocabulary.PHASE, own));
        d.cue = cue.orElse(null);
        d.inParens = ctx.inParens;
        // a fund is named with 基金 (…失业保险基金预算收入); a bare 失业保险 in narrative is not a fund figure
        Optional<Vocabulary.Hit> fundHit = own.contains("基金") ? last(Vocabulary.FUND, own) : Optional.empty();
        fundHit.ifPresent(h -> ctx.fund = h.canonical());
        d.share = d.dim == Unit.Dimension.RATIO && (ctx.pendingShare || own.contains("占"));
        d.shareBase = !d.share && own.contains("占");
        d.scope = d.scopeHit.map(Vocabulary.Hit::canonical).orElseGet(() -> inheritedScope(d, ctx));
        d.scopeBasis = d.cue != null ? "cue:" + d.cue.synonym() : d.scope != null ? ctx.scopeBasis : null;
        d.change = CHANGE.matcher(own).find() && DIRECTION.matcher(own).find() && !ADJUSTED.matcher(own).find();
        if (d.share && "staff.authorized".equals(d.scope) && "staff.actual".equals(ctx.lastScope)) {
            // 实际在职人数347人，占编制数的93.28%: 在职 / 编制 is the staff control rate
            d.share = false;
            ctx.pendingShare = false;
            d.scope = "staff.actual";
            d.scopeBasis = "cue:占编制 after the staff in post (在职/编制 = 控制率)";
            d.measure = "rate";
            d.phase = "rate";
            d.phaseBasis = "cue:占编制";
        } else if (d.share) {
            d.measure = "share";
            ctx.pendingShare = false;
            if (d.scope != null && d.scope.startsWith("total")) {
                // a share of the whole is a share of something else the sentence names: the relation keeps it
                d.scope = null;
            }
        } else if (own.contains("目标值") || own.contains("指标值")) {
            d.measure = "target";
        } else if (d.change) {
            readChange(d, ctx);
        } else if (ctx.fund != null && (d.scopeHit.isEmpty() || d.scope == null || d.scope.startsWith("fund"))
                && d.dim != Unit.Dimension.COUNT && d.dim != Unit.Dimension.SCORE) {
            readFund(d, ctx);
        } else {
            readPlain(d, ctx);
        }
        if (d.cue != null && d.cue.measure() != null && "amount".equals(d.measure)) {
            d.measure = d.cue.measure();
        }
        period(d, ctx);
        documentPhase(d, ctx);
        qualify(d, ctx);
        boolean parentsWhole = d.scope != null && ctx.parentScope != null && ctx.parentScope.startsWith(d.scope + ".");
        if (ctx.inParts && d.cue != null && d.scope != null && (d.scope.equals(ctx.parentScope) || parentsWhole)
                && !d.change && !d.share) {
            // 政府采购预算X，其中：政府采购货物预算Y: a part named with its whole's words is not the whole
            d.scope = null;
            d.scopeBasis = null;
        }
        remember(d, ctx);
        ctx.numbersInSentence++;
        String label = TRIM.matcher(own).replaceAll("");
        String subject = d.scopeHit.map(Vocabulary.Hit::synonym).orElse(label.isEmpty() ? null : label);
        String entity = d.scope != null && !d.scope.contains(":") ? "department" : null;
        Basis basis = new Basis(d.scopeBasis, d.phase == null ? null : d.phaseBasis, d.periodBasis);
        Fact f = new Fact(d.measure, d.scope, subject, d.period, d.phase, d.q, label, p, null, entity, d.qualifiers, basis);
        boolean isSubject = d.dim == Unit.Dimension.MONEY && d.scope != null && !d.change && !d.share && !d.shareBase
                && !d.inParens && ("amount".equals(d.measure) || "income".equals(d.measure));
        ctx.lastSubject = isSubject ? f : null;
        if (d.cue != null && d.cue.both() && "amount".equals(d.measure)) {
            // 收、支预算总计 X: one printed figure that is the income total and the expense total
            return List.of(f, new Fact("income", d.scope, subject, d.period, d.phase, d.q, label, p, null, entity,
                    d.qualifiers, basis));
        }
        return List.of(f);
    }

    /** True when {@code at} is inside brackets opened earlier in the sentence. */
    private static boolean inParens(String sentence, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = sentence.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * Staff scopes count persons; money and rate scopes never do. The sentence words of the whole
     * (支出预算, 收入合计) name money: "完成支出预算的115.45%" is not a rate of the department's total.
     */
    private static boolean fits(SentenceCues.Scope cue, Unit unit) {
        String scope = cue.canonical();
        if (cue.textscope() && "total".equals(scope) && unit.dimension() != Unit.Dimension.MONEY) {
            return false;
        }
        boolean persons = unit == Unit.PERSON;
        return scope.startsWith("staff") ? persons || unit.dimension() == Unit.Dimension.RATIO : !persons;
    }

    /**
     * The year a figure is for: a year printed in its own words (2026年预算安排X), the year before the
     * subject's for 上年X, the subject's for a change, else the sentence's.
     */
    private static void period(Draft d, SentenceContext ctx) {
        Matcher y = YEAR.matcher(d.own);
        String year = null;
        while (y.find()) {
            year = y.group(1);
        }
        if (d.change) {
            d.period = ctx.subjectPeriod != null ? ctx.subjectPeriod : ctx.period;
            d.periodBasis = ctx.subjectPeriod != null ? "cue:change of the sentence's subject" : basisOr(ctx.periodCue);
        } else if (year != null) {
            d.period = year;
            d.periodBasis = "cue:" + year + "年";
        } else if (PRIOR.matcher(d.own).find() && ctx.period != null && ctx.period.matches("\\d{4}")
                && d.phaseHit.map(h -> !h.synonym().contains("上年")).orElse(true)) {
            d.period = String.valueOf(Integer.parseInt(ctx.period) - 1);
            d.periodBasis = "cue:上年";
        } else {
            d.period = ctx.period;
            d.periodBasis = basisOr(ctx.periodCue);
        }
    }

    private static String basisOr(String cue) {
        return cue != null ? cue : "report-year";
    }

    /** In a budget a money figure of the budget year without a phase word is its budget; in final accounts its actual. */
    private static void documentPhase(Draft d, SentenceContext ctx) {
        if (d.phase != null) {
            d.phaseBasis = d.phaseBasis != null ? d.phaseBasis
                    : d.phaseHit.map(h -> "cue:" + h.synonym()).orElse("sentence:phase named earlier");
            return;
        }
        boolean plainMoney = d.dim == Unit.Dimension.MONEY && d.scope != null && !d.scope.startsWith("fund")
                && ("amount".equals(d.measure) || "income".equals(d.measure));
        // a budget states its staff as of the budget year too
        boolean staff = d.scope != null && d.scope.startsWith("staff") && d.q.unit() == Unit.PERSON
                && "budget-final".equals(ctx.documentPhase);
        plainMoney = plainMoney || staff;
        if (!plainMoney || ctx.documentPhase == null || d.period == null || !d.period.equals(ctx.reportYear)) {
            return;
        }
        d.phase = ctx.documentPhase;
        d.phaseBasis = "document:" + ctx.documentKind;
    }

    /** 财政拨款, 一般公共预算, 不含…: a qualified figure keeps its qualifier in its scope. */
    private void qualify(Draft d, SentenceContext ctx) {
        List<String> q = new ArrayList<>(cues.qualifiers(d.own));
        if (d.cue != null && !d.cue.textscope()) {
            // a vocabulary term of the whole (一般公共预算总金额) names the whole, not a part of it
            q.removeIf(w -> d.cue.synonym().contains(w));
        }
        if (q.isEmpty() && d.cue == null && d.scope != null) {
            q.addAll(d.change ? ctx.subjectQualifiers : ctx.scopeQualifiers);
        }
        if (q.isEmpty() && d.dim == Unit.Dimension.MONEY && d.scope != null && !d.scope.contains(":")
                && (d.cue == null || !d.cue.synonym().contains("一般公共预算"))) {
            // "财政拨款基本支出预算情况说明": its 人员经费 and 公用经费 are the 财政拨款 ones
            q.addAll(ctx.sectionQualifiers);
        }
        if (d.scope != null && DEFINED_BY_FUNDS.matcher(d.scope).lookingAt()) {
            // 机关运行经费 and 三公经费 are by definition paid from 一般公共预算 财政拨款: that is no restriction
            q.removeIf(w -> w.equals("一般公共预算") || w.equals("财政拨款"));
        }
        if (d.scope == null || d.scope.startsWith("fund") || d.scope.contains(":")) {
            d.qualifiers = q;
            return;
        }
        d.qualifiers = List.copyOf(q);
        if (!q.isEmpty()) {
            d.scope = d.scope + ":" + q.get(q.size() - 1);
        }
    }

    /** The paragraph's scope, where the units agree and the sentence has named a phase or scope. */
    private static String inheritedScope(Draft d, SentenceContext ctx) {
        boolean anchored = d.phaseHit.isPresent() || ctx.anchored;
        boolean inherited = compatible(ctx.scope, d.dim) && (!ctx.scopeFromSection || anchored);
        return inherited && anchored ? ctx.scope : null;
    }

    /**
     * 较上年减少44.37万元, 下降比例为24.25%: signed changes. A change names its own subject or is the
     * change of the sentence's subject (or of the previous sentence's: "X万元。与2024年度相比，增加…"); a
     * rate right after a change is that change's rate; changes explained after 主要原因 are of other things.
     */
    private static void readChange(Draft d, SentenceContext ctx) {
        if (d.scopeHit.isEmpty()) {
            if (d.dim == Unit.Dimension.RATIO) {
                d.scope = ctx.lastChangeScope;
                d.scopeBasis = d.scope == null ? null : "cue:rate of the change before it";
            } else if (ctx.explaining || OTHER_SUBJECT.matcher(PHASE_WORDS.matcher(d.own).replaceAll("")).find()) {
                d.scope = null;
            } else {
                String subject = ctx.subjectScope != null ? ctx.subjectScope
                        : ctx.numbersInSentence == 0 ? ctx.previousSubjectScope : null;
                d.scope = subject;
                d.scopeBasis = subject == null ? null : "cue:change of the sentence's subject";
            }
        }
        d.measure = d.dim == Unit.Dimension.RATIO ? "change-rate" : "change";
        d.phase = "change";
        if (DOWN.matcher(d.own).find() && d.q.value().signum() > 0) {
            d.q = new Quantity(d.q.value().negate(), d.q.decimals(), d.q.unit(), null, d.q.printed());
        }
        if (d.scopeHit.isEmpty() && d.dim != Unit.Dimension.MONEY && d.dim != Unit.Dimension.RATIO
                && !MONEY_WORD.matcher(d.own).find()) {
            // 较2024年底增长6.22人 in narrative: a change of something the vocabulary does not name
            d.scope = null;
        }
        d.phaseBasis = "cue:" + d.own.strip();
    }

    private void readFund(Draft d, SentenceContext ctx) {
        d.scope = "fund:" + ctx.fund;
        String measure = last(Vocabulary.FUND_MEASURE, d.own).map(Vocabulary.Hit::canonical).orElse(null);
        if (ctx.inParts && ctx.parentFundMeasure != null && (measure == null || measure.equals(ctx.parentFundMeasure))) {
            // 其中 …劳动能力鉴定支出: a part of the parent's measure, named by its own words
            measure = ctx.parentFundMeasure + ".part:" + Vocabulary.normalize(TRIM.matcher(d.own).replaceAll(""));
        }
        d.phase = fundPhase(d.own, measure, d.dim, ctx);
        if (!ctx.inParts) {
            ctx.lastFundMeasure = measure;
        }
        d.measure = measure != null ? measure : d.dim == Unit.Dimension.RATIO ? "rate" : "amount";
    }

    private static void readPlain(Draft d, SentenceContext ctx) {
        d.phase = d.phaseHit.map(Vocabulary.Hit::canonical).orElse(null);
        if (d.phase == null && ctx.phase != null && !"rate".equals(ctx.phase) && d.dim == Unit.Dimension.MONEY) {
            d.phase = ctx.phase;
        }
        d.measure = measureOf(d.own, d.q.unit(), d.phase);
        if (d.dim == Unit.Dimension.RATIO && d.scopeHit.isEmpty() && !MONEY_WORD.matcher(d.own).find()
                && !d.own.contains("执行")) {
            // 完成率 of an indicator is not the execution rate of the inherited scope
            d.scope = null;
        }
        if (d.dim == Unit.Dimension.SCORE || (d.dim == Unit.Dimension.RATIO && !"rate".equals(d.phase))) {
            d.phase = null;
        }
    }

    /** What later numbers inherit from this one; a 其中 part repeating its parent loses its scope. */
    private static void remember(Draft d, SentenceContext ctx) {
        if (d.shareBase) {
            ctx.pendingShare = true;
        } else if (d.scopeHit.isPresent() && !d.share && !"change".equals(d.phase) && !ctx.inParts) {
            ctx.scope = d.scopeHit.get().canonical();
            ctx.scopeQualifiers = d.qualifiers;
            ctx.scopeBasis = "inherited:" + d.scopeHit.get().synonym();
            ctx.scopeFromSection = false;
        }
        if (!d.change && !d.share && !d.shareBase && !d.inParens && d.dim == Unit.Dimension.MONEY && d.scope != null
                && !ctx.explaining && (!ctx.inParts || d.scopeHit.isPresent())) {
            ctx.subjectScope = d.scope;
            ctx.subjectQualifiers = d.qualifiers;
            if (!ctx.inParts) {
                ctx.mainSubjectScope = d.scope;
            }
        }
        if (!d.change && !d.share && !d.shareBase && !d.inParens && d.dim == Unit.Dimension.MONEY && !ctx.explaining) {
            ctx.subjectPeriod = d.period;
        }
        ctx.lastChangeScope = d.change && d.dim == Unit.Dimension.MONEY ? d.scope : null;
        if (!ctx.inParts && !d.change && !d.share && !d.shareBase) {
            ctx.lastScope = d.scope;
        }
        if (d.phase != null && !"change".equals(d.phase) && !"rate".equals(d.phase) && !d.shareBase) {
            ctx.phase = d.phase;
        }
        if (d.scopeHit.isPresent() || d.phaseHit.isPresent()) {
            ctx.anchored = true;
        }
        String key = d.scope + "|" + d.phase + "|" + d.measure;
        if (ctx.inParts && key.equals(ctx.parentKey) && d.scopeHit.isEmpty() && !d.measure.contains(".part")) {
            // a part of the parent figure printed without its own name in the vocabulary
            d.scope = null;
        } else if (!ctx.inParts && !d.shareBase) {
            ctx.lastKey = key;
        }
    }

    private String fundPhase(String own, String measure, Unit.Dimension dim, SentenceContext ctx) {
        if (dim == Unit.Dimension.RATIO) {
            return "rate";
        }
        String explicit = null;
        if (ACTUAL_WORD.matcher(own).find()) {
            explicit = "actual";
        } else if (own.contains("预算")) {
            explicit = "budget-final";
        }
        if (explicit != null) {
            ctx.phase = explicit;
            return explicit;
        }
        if (ctx.phase != null) {
            return ctx.phase;
        }
        // balances and the year's surplus printed without a budget word are the year's results
        return measure != null && (measure.startsWith("balance") || measure.equals("surplus")) ? "actual" : null;
    }

    private static String measureOf(String own, Unit unit, String phase) {
        switch (unit.dimension()) {
            case RATIO:
                return "rate";
            case COUNT:
                return "count";
            case SCORE:
                if (own.contains("扣")) {
                    return "deduction";
                }
                return own.contains("共计") || own.contains("分值") || own.contains("权重") ? "weight" : "score";
            case MONEY:
                return "amount";
            default:
                return phase == null ? "number" : "amount";
        }
    }

    /** Money and rate scopes do not carry to counts, nor staff scopes to money. */
    private static boolean compatible(String scope, Unit.Dimension dim) {
        if (scope == null) {
            return false;
        }
        boolean staff = scope.startsWith("staff");
        return switch (dim) {
            case MONEY -> !staff;
            case COUNT -> staff;
            case RATIO -> true;
            default -> false;
        };
    }

    private Optional<Vocabulary.Hit> last(String kind, String own) {
        List<Vocabulary.Hit> hits = vocabulary.findAll(kind, own);
        return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(hits.size() - 1));
    }

}
