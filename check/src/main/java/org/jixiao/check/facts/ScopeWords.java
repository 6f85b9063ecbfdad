package org.jixiao.check.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words that name a scope in a sentence (GLOSSARY.md). A sentence fact is trusted for
 * comparison only when its own label names its scope: a scope carried over from an earlier clause
 * ("…，涉及项目预算资金6626万元" after a 政府采购 sentence) is too often another figure's. Broad
 * scopes (total, procurement) are named in too many sub-items' labels (一般公共预算拨款安排的会议费) to
 * be trusted from a sentence at all.
 */
final class ScopeWords {
    private static final Map<String, Pattern> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("staff.authorized", Pattern.compile("编制"));
        WORDS.put("staff.actual", Pattern.compile("在职|实有"));
        WORDS.put("sangong.reception", Pattern.compile("接待"));
        WORDS.put("sangong.abroad", Pattern.compile("出国|出境"));
        WORDS.put("sangong.vehicle.purchase", Pattern.compile("购置"));
        WORDS.put("sangong.vehicle.operation", Pattern.compile("运行"));
        // both parts named, or neither: "公务用车购置预算支出0万元" is the purchase part, not the whole
        WORDS.put("sangong.vehicle", Pattern.compile("^(?=.*(公务用车|公车))(?:(?=.*购置)(?=.*运行)|(?!.*购置)(?!.*运行)).*$"));
        WORDS.put("sangong", Pattern.compile("三公"));
        WORDS.put("basic", Pattern.compile("基本支出"));
        WORDS.put("project", Pattern.compile("项目支出"));
        WORDS.put("personnel", Pattern.compile("人员经费"));
        WORDS.put("public", Pattern.compile("公用经费"));
    }

    private ScopeWords() {
    }

    /** True when {@code label} names {@code scope} in words (false for scopes without known words). */
    static boolean named(String scope, String label) {
        if (scope == null || label == null) {
            return false;
        }
        Pattern p = WORDS.get(scope);
        return p != null && p.matcher(label).find();
    }
}
