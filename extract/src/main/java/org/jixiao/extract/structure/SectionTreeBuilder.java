package org.jixiao.extract.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Section;
import org.jixiao.model.Validate;

/**
 * Walks the blocks in reading order, keeps the numbered paragraphs that continue a numbering
 * sequence as headings, and builds the section tree. Levels are given to numbering styles in the
 * order they first appear (附件N is always level 0), so a Word file printing "一、" and its text
 * dump printing "1、" get the same levels. One builder per document.
 */
final class SectionTreeBuilder {
    /** A heading number may skip at most this many numbers (one lost heading) and still count. */
    private static final int MAX_SKIP = 2;

    private final HeadingRecognizer recognizer;
    private final Map<NumberingStyle, Integer> levels = new EnumMap<>(NumberingStyle.class);
    private final Map<Integer, Integer> lastOrdinal = new HashMap<>();
    private final Deque<Node> open = new ArrayDeque<>();
    private final List<Node> roots = new ArrayList<>();
    private final List<Block> out = new ArrayList<>();
    private boolean inAttachmentList;
    /** The numbering of the items of an "附件：" list, once its first item is seen. */
    private NumberingStyle listStyle;

    /** A section while the tree is built. */
    private static final class Node {
        final String number;
        final String title;
        final int level;
        final String blockId;
        final int ordinal;
        final String template;
        final List<Node> children = new ArrayList<>();

        Node(HeadingCandidate c, String title, int level, String blockId) {
            this.number = c.number();
            this.title = title;
            this.level = level;
            this.blockId = blockId;
            this.ordinal = c.ordinal();
            this.template = c.template();
        }

        Section toSection() {
            return new Section(number, title, level, blockId, children.stream().map(Node::toSection).toList(), ordinal,
                    template);
        }
    }

    SectionTreeBuilder(HeadingRecognizer recognizer) {
        this.recognizer = Validate.notNullParam(recognizer, "recognizer");
    }

    /** Adds all blocks of a document in order. */
    void addAll(List<Block> blocks) {
        WrappedLines wrapped = WrappedLines.of(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            add(blocks.get(i), wrapped.wrapsInto(blocks.get(i).text(), next, recognizer));
        }
    }

    private void add(Block block, boolean wrapsIntoNext) {
        if (block.type() == BlockType.TABLE) {
            inAttachmentList = false;
            out.add(block.withSectionPath(path()));
            return;
        }
        Optional<HeadingCandidate> c = recognizer.recognize(block.text());
        if (c.isPresent() && !wrapsIntoNext && !listItem(c.get()) && accept(c.get())) {
            out.add(open(block, c.get()));
            return;
        }
        boolean startsList = recognizer.attachmentList(block.text());
        inAttachmentList = startsList || inAttachmentList && c.isPresent();
        listStyle = startsList || !inAttachmentList ? null : listStyle;
        out.add(asParagraph(block).withSectionPath(path()));
    }

    List<Block> blocks() {
        return out;
    }

    List<Section> sections() {
        return roots.stream().map(Node::toSection).toList();
    }

    /** True for an item of an "附件：" list: the first numbered line after it sets the list's style. */
    private boolean listItem(HeadingCandidate c) {
        if (!inAttachmentList || c.style() == NumberingStyle.ATTACHMENT) {
            return false;
        }
        if (listStyle == null) {
            listStyle = c.style();
        }
        return listStyle == c.style();
    }

    private boolean accept(HeadingCandidate c) {
        if (c.style() == NumberingStyle.ATTACHMENT) {
            return true;
        }
        Integer level = levels.get(c.style());
        if (level == null) {
            return c.ordinal() == 1;
        }
        Integer last = lastOrdinal.get(level);
        if (c.ordinal() == 1) {
            return true;
        }
        return last == null ? c.ordinal() <= MAX_SKIP : c.ordinal() > last && c.ordinal() <= last + MAX_SKIP;
    }

    private Block open(Block block, HeadingCandidate c) {
        int level = c.style() == NumberingStyle.ATTACHMENT ? 0
                : levels.computeIfAbsent(c.style(), s -> levels.size() + 1);
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        lastOrdinal.keySet().removeIf(l -> l > level);
        lastOrdinal.put(level, c.ordinal());
        String title = c.title().isEmpty() ? c.number() : c.title();
        Node node = new Node(c, title, level, block.id());
        if (open.isEmpty()) {
            roots.add(node);
        } else {
            open.peek().children.add(node);
        }
        open.push(node);
        inAttachmentList = false;
        listStyle = null;
        return new Block(block.id(), BlockType.HEADING, block.text(), level, c.number(), path(), null, block.provenance(),
                block.lines());
    }

    private List<String> path() {
        List<String> titles = new ArrayList<>(open.size());
        open.descendingIterator().forEachRemaining(n -> titles.add(n.title));
        return titles;
    }

    /** A block an extractor marked as heading but that carries no numbering is a paragraph here. */
    private static Block asParagraph(Block b) {
        return b.type() == BlockType.PARAGRAPH ? b
                : new Block(b.id(), BlockType.PARAGRAPH, b.text(), -1, null, b.sectionPath(), b.tableId(), b.provenance(),
                        b.lines());
    }
}
