package org.jixiao.extract.figures.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.NumberMatch;
import org.jixiao.extract.figures.NumberReader;
import org.jixiao.extract.figures.Vocabulary;
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
    private static final Pattern CHANGE = Pattern.compile("较上年|较20\\d\\d年|比上年|比20\\d\\d年|同比|增加|减少|增长|下降|节约|上升|降低");
    private static final int MAX_TAIL = 60;
    private static final Pattern MONEY_WORD = Pattern.compile("预算|决算|支出|经费|收入|资金");
    private static final Pattern DOWN = Pattern.compile("减少|下降|节约|降低");
    private static final Pattern ACTUAL_WORD = Pattern.compile("实际|实现|执行数|决算");
    private static final Pattern TRIM = Pattern.compile("^[\\s，,、；;：:（(）)。]+|[\\s为是达约]+$");

    private final NumberReader numbers;
    private final Vocabulary vocabulary;

    SentenceReader(NumberReader numbers, Vocabulary vocabulary) {
        this.numbers = numbers;
        this.vocabulary = vocabulary;
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
        }
        List<Fact> out = new ArrayList<>();
        int prevEnd = 0;
        for (NumberMatch m : numbers.findAll(sentence)) {
            // words broken off at the end of the previous block belong to the first number here
            String own = carried + sentence.substring(prevEnd, m.start());
            carried = "";
            prevEnd = m.end();
            Fact f = fact(own, m, ctx, where.withChars(start + m.start(), start + m.end()));
            if (f != null) {
                out.add(f);
            }
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
        Quantity q;
        String scope;
        String measure;
        String phase;
        boolean share;
        boolean shareBase;

        Draft(String own, Quantity q, Optional<Vocabulary.Hit> scopeHit, Optional<Vocabulary.Hit> phaseHit) {
            this.own = own;
            this.q = q;
            this.dim = q.unit().dimension();
            this.scopeHit = scopeHit;
            this.phaseHit = phaseHit;
        }
    }

    private Fact fact(String own, NumberMatch m, SentenceContext ctx, Provenance p) {
        if (own.contains("其中")) {
            ctx.inParts = true;
            ctx.parentKey = ctx.lastKey;
            ctx.parentFundMeasure = ctx.lastFundMeasure;
        }
        Draft d = new Draft(own, m.quantity(), last(Vocabulary.SCOPE, own), last(Vocabulary.PHASE, own));
        // a fund is named with 基金 (…失业保险基金预算收入); a bare 失业保险 in narrative is not a fund figure
        Optional<Vocabulary.Hit> fundHit = own.contains("基金") ? last(Vocabulary.FUND, own) : Optional.empty();
        fundHit.ifPresent(h -> ctx.fund = h.canonical());
        d.share = d.dim == Unit.Dimension.RATIO && (ctx.pendingShare || own.contains("占"));
        d.shareBase = !d.share && own.contains("占");
        d.scope = d.scopeHit.map(Vocabulary.Hit::canonical).orElseGet(() -> inheritedScope(d, ctx));
        if (d.share) {
            d.measure = "share";
            ctx.pendingShare = false;
        } else if (own.contains("目标值") || own.contains("指标值")) {
            d.measure = "target";
        } else if (CHANGE.matcher(own).find() && !own.contains("调整")) {
            readChange(d);
        } else if (ctx.fund != null && (d.scopeHit.isEmpty() || d.scope == null || d.scope.startsWith("fund"))
                && d.dim != Unit.Dimension.COUNT && d.dim != Unit.Dimension.SCORE) {
            readFund(d, ctx);
        } else {
            readPlain(d, ctx);
        }
        remember(d, ctx);
        String label = TRIM.matcher(own).replaceAll("");
        String subject = d.scopeHit.map(Vocabulary.Hit::synonym).orElse(label.isEmpty() ? null : label);
        return new Fact(d.measure, d.scope, subject, ctx.period, d.phase, d.q, label, p);
    }

    /** The paragraph's scope, where the units agree and the sentence has named a phase or scope. */
    private static String inheritedScope(Draft d, SentenceContext ctx) {
        boolean anchored = d.phaseHit.isPresent() || ctx.anchored;
        boolean inherited = compatible(ctx.scope, d.dim) && (!ctx.scopeFromSection || anchored);
        return inherited && anchored ? ctx.scope : null;
    }

    /** 较上年减少44.37万元, 下降比例为24.25%: signed changes. */
    private static void readChange(Draft d) {
        d.measure = d.dim == Unit.Dimension.RATIO ? "change-rate" : "change";
        d.phase = "change";
        if (DOWN.matcher(d.own).find() && d.q.value().signum() > 0) {
            d.q = new Quantity(d.q.value().negate(), d.q.decimals(), d.q.unit(), null, d.q.printed());
        }
        if (d.scopeHit.isEmpty() && d.dim != Unit.Dimension.MONEY && !MONEY_WORD.matcher(d.own).find()) {
            // 较2024年底增长6.22% in narrative: a change of something the vocabulary does not name
            d.scope = null;
        }
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
            ctx.scopeFromSection = false;
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
