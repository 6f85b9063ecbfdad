package org.jixiao.extract.structure;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ReportStage;
import org.jixiao.extract.Requirement;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Report;
import org.jixiao.model.Section;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * Headings, the section tree, each block's and table's section path, and table captions and unit
 * lines, all from block text, so the same document gives the same tree from every format.
 */
public final class SectionStage implements ReportStage {
    private final HeadingRecognizer recognizer;
    private final CaptionAttacher captions;

    public SectionStage() {
        this(new HeadingRecognizer(), new CaptionAttacher());
    }

    public SectionStage(HeadingRecognizer recognizer, CaptionAttacher captions) {
        this.recognizer = Validate.notNullParam(recognizer, "recognizer");
        this.captions = Validate.notNullParam(captions, "captions");
    }

    @Override
    public String name() {
        return "sections";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.BLOCKS);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.SECTIONS, Requirement.CAPTIONS);
    }

    @Override
    public Report apply(Report report, ExtractContext ctx) {
        Validate.notNullParam(report, "report");
        SectionTreeBuilder builder = new SectionTreeBuilder(recognizer);
        builder.addAll(report.blocks());
        List<Block> blocks = builder.blocks();
        Map<String, List<String>> tablePaths = new HashMap<>();
        for (Block b : blocks) {
            if (b.type() == BlockType.TABLE && b.tableId() != null) {
                tablePaths.put(b.tableId(), b.sectionPath());
            }
        }
        List<Table> tables = captions.attach(blocks, report.tables()).stream()
                .map(t -> t.withSectionPath(tablePaths.getOrDefault(t.id(), t.sectionPath())))
                .toList();
        return new Report(report.id(), report.source(), report.meta(), blocks, tables, builder.sections(),
                report.facts(), report.indicators(), report.diagnostics());
    }

    /**
     * The sections of report JSON written before schema 3, their numbers read as this stage reads a
     * heading's (ordinal and numbering template); sections already read are returned as they are.
     */
    public List<Section> numbered(List<Section> sections) {
        return sections.stream().map(this::numbered).toList();
    }

    private Section numbered(Section s) {
        if (s.ordinal() != null) {
            return s;
        }
        var c = recognizer.recognize(s.number() + s.title());
        return new Section(s.number(), s.title(), s.level(), s.blockId(), numbered(s.children()),
                c.map(HeadingCandidate::ordinal).orElse(null), c.map(HeadingCandidate::template).orElse(null));
    }
}
