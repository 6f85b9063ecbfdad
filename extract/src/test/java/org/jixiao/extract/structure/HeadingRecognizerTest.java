package org.jixiao.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HeadingRecognizerTest {
    private final HeadingRecognizer recognizer = new HeadingRecognizer();

    /** The numbering template siblings share, as check's section-numbering rule compares them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "十、其他|10|C、", "（十二）其他|12|（C）", "二十一、其他|21|C、", "附件3-1|3|附件#", "１．其他|1|#．",
        "1、其他|1|#、", "第二部分 预算表|2|第C部分"})
    void aHeadingsNumberIsReadOnceWithItsTemplate(String text, int ordinal, String template) {
        HeadingCandidate c = recognizer.recognize(text).orElseThrow();
        assertEquals(ordinal, c.ordinal());
        assertEquals(template, c.template());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、部门基本情况|CHINESE|1|一、|部门基本情况",
        "十、部门整体支出绩效自评结果拟应用和公开情况|CHINESE|10|十、|部门整体支出绩效自评结果拟应用和公开情况",
        "（二）项目支出情况|PAREN_CHINESE|2|（二）|项目支出情况",
        "(十二)其他|PAREN_CHINESE|12|(十二)|其他",
        "1.资金安排及支出明细|ARABIC_DOT|1|1.|资金安排及支出明细",
        "1.2024年基本支出情况|ARABIC_DOT|1|1.|2024年基本支出情况",
        "２．其他|ARABIC_DOT|2|２．|其他",
        "1、 部门（单位）基本情况|ARABIC_COMMA|1|1、|部门（单位）基本情况",
        "（3）运行维护经费|PAREN_ARABIC|3|（3）|运行维护经费",
        "附件3-1|ATTACHMENT|3|附件3-1|''",
        "附件14|ATTACHMENT|14|附件14|''",
        "附件2 2024年度部门整体支出绩效自评表|ATTACHMENT|2|附件2|2024年度部门整体支出绩效自评表",
        "第一部分部门概况|PART|1|第一部分|部门概况",
        "第二部分 2019年度部门预算表|PART|2|第二部分|2019年度部门预算表",
        "第三节|CHAPTER_SECTION|3|第三节|''",
    })
    void recognizesNumberedHeadings(String text, NumberingStyle style, int ordinal, String number, String title) {
        HeadingCandidate c = recognizer.recognize(text).orElseThrow();
        assertEquals(style, c.style());
        assertEquals(ordinal, c.ordinal());
        assertEquals(number, c.number());
        assertEquals(title, c.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.拟订全省人力资源和社会保障事业发展政策、规划，按规定起草相关地方性法规、规章草案并组织实施。",
        "3.效益指标该组指标共计30分，得分30分。",
        "（11）完成市委、市政府交办的其他任务。",
        "1、全力确保就业局势稳定；2、大力加强人才队伍建设；3、加强社会保障体系建设；4、",
        "一、期初余额 6.41 6.41 11.87 185.18%",
        "1.5万元用于培训",
        "我厅为省人民政府组成部门，主要职责如下：",
        "附件：",
        "（2024年度）",
        "2025年4月16日",
        "",
    })
    void rejectsSentencesRowsAndPlainText(String text) {
        assertTrue(recognizer.recognize(text).isEmpty(), text);
    }

    @Test
    void attachmentListIsRecognized() {
        assertTrue(recognizer.attachmentList("附件："));
        assertTrue(recognizer.attachmentList("附件：1.基础数据表"));
        assertFalse(recognizer.attachmentList("附件1"));
    }

    @Test
    void chineseNumerals() {
        assertEquals(1, NumberingStyle.chineseValue("一"));
        assertEquals(10, NumberingStyle.chineseValue("十"));
        assertEquals(14, NumberingStyle.chineseValue("十四"));
        assertEquals(20, NumberingStyle.chineseValue("二十"));
        assertEquals(23, NumberingStyle.chineseValue("二十三"));
        assertEquals(-1, NumberingStyle.chineseValue("一一"));
    }
}
