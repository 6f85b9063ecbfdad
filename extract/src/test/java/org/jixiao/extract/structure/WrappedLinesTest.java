package org.jixiao.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Report;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {
    private static final String FULL = "这是一行排满的正文文字用于测量页面宽度这是一行排满的正文文字"; // 30 characters

    private static Report report(List<String> texts) {
        List<Block> blocks = new ArrayList<>();
        for (String t : texts) {
            blocks.add(Block.paragraph("b" + blocks.size(), t, null));
        }
        return new Report("r", null, null, blocks, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void numberedFirstLineOfAWrappedPdfParagraphIsNotAHeading() {
        List<String> texts = new ArrayList<>(List.of("一、主要职能", "1、依法审判法律规定由高级人民法院管辖的和其认为应当由自",
                "己审判的刑事、民事、行政等第一审案件。", "2、办公室"));
        for (int i = 0; i < 12; i++) {
            texts.add(FULL);
        }
        Report r = new SectionStage().apply(report(texts), null);
        assertEquals(BlockType.PARAGRAPH, r.blocks().get(1).type());
        assertEquals(BlockType.HEADING, r.blocks().get(0).type());
        assertEquals(1, r.sections().size());
    }

    @Test
    void wordParagraphsOfVaryingLengthChangeNothing() {
        List<String> texts = new ArrayList<>(List.of("一、主要职能", "1、依法审判法律规定由高级人民法院管辖的和其认为应当由自",
                "己审判的刑事、民事、行政等第一审案件。"));
        for (int i = 0; i < 12; i++) {
            texts.add((FULL + FULL).substring(0, 10 + i * 2) + "。");
        }
        Report r = new SectionStage().apply(report(texts), null);
        assertEquals(BlockType.HEADING, r.blocks().get(1).type());
    }
}
