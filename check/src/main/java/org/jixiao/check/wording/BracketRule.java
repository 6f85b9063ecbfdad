package org.jixiao.check.wording;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jixiao.check.RuleInput;
import org.jixiao.check.RuleTally;
import org.jixiao.check.TalliedRule;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Finding;
import org.jixiao.model.Report;
import org.jixiao.model.Severity;

/**
 * Brackets and quotes that do not close (（…, “…, 《…) or close what was never opened, in a
 * complete paragraph. Full- and half-width brackets pair with each other (（款) is closed). A
 * paragraph split over two blocks (a page break) is not complete: a block that does not end a
 * sentence, or that continues one, is judged only where it is whole.
 */
public final class BracketRule extends TalliedRule {
    public static final String ID = "wording.brackets";
    private static final String OPEN = "（(“《【「";
    private static final String CLOSE = "）)”》】」";
    private static final String ENDS = "。！？!?：:；;";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String needs() {
        return "paragraphs";
    }

    @Override
    public Set<RuleInput> requires() {
        return Set.of(RuleInput.BLOCKS);
    }


    @Override
    public List<Finding> check(Report report, RuleTally tally) {
        SlipFinding found = new SlipFinding(ID);
        boolean previousEnded = true;
        for (Block b : report.blocks()) {
            if (b.type() == BlockType.TABLE) {
                previousEnded = true;
                continue;
            }
            String text = b.text().strip();
            boolean ends = !text.isEmpty() && ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
            int before = found.count();
            if (previousEnded && ends) {
                int at = unbalanced(text);
                if (at >= 0) {
                    int start = b.text().indexOf(text) + at;
                    found.add(b, start, start + 1);
                }
            }
            tally.evaluated(found.count() == before);
            previousEnded = ends || b.type() == BlockType.HEADING;
        }
        Finding f = found.finding(report.id(), Severity.WARNING, "括号或引号不成对", "unbalanced brackets or quotes");
        return f == null ? List.of() : List.of(f);
    }

    /** The offset of the first bracket that does not pair, or −1 when all pair. */
    static int unbalanced(String text) {
        Deque<int[]> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = OPEN.indexOf(c);
            int k = CLOSE.indexOf(c);
            if (o >= 0) {
                open.push(new int[] {kind(o), i});
            } else if (k >= 0) {
                if (open.isEmpty() || open.peek()[0] != kind(k)) {
                    return i;
                }
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peekLast()[1];
    }

    /** （ and ( are one kind; the others each their own. */
    private static int kind(int index) {
        return index <= 1 ? 0 : index;
    }
}
