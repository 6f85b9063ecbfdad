package org.jixiao.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * Gives each table the caption and unit line printed just above it: short paragraphs between the
 * previous heading or table and the table, such as "表1基本支出资金明细表" or "…情况表", and
 * "单位：万元" / "金额单位：万元" (also accepted as the first row of the table). The paragraphs
 * stay blocks.
 */
public final class CaptionAttacher {
    /** How many paragraphs above a table are searched. */
    private static final int LOOK_BACK = 6;
    private static final int MAX_CAPTION = 60;
    private static final Pattern UNIT = Pattern.compile("((?:金额|计量|数量)?单位\\s*[：:]\\s*(?:人民币)?\\s*(?:亿元|万元|千元|百元|元|%|人|个))");
    private static final Pattern NUMBERED_CAPTION = Pattern.compile("^(?:续)?表\\s*[0-9一二三四五六七八九十]+.*");
    private static final Pattern ATTACHMENT_NUMBER = Pattern.compile("^附\\s*件\\s*\\d+(?:\\s*[-－—]\\s*\\d+)?[\\s：:、.．]*");
    private static final Pattern NAMED_CAPTION = Pattern.compile(".*表\\s*(?:[（(][^）)]{1,16}[)）])?$");

    /** The tables with captions and unit lines set where they were found. */
    public List<Table> attach(List<Block> blocks, List<Table> tables) {
        Validate.notNullParam(blocks, "blocks");
        Validate.notNullParam(tables, "tables");
        Map<String, Table> byId = new HashMap<>();
        tables.forEach(t -> byId.put(t.id(), t));
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Table t = b.type() == BlockType.TABLE ? byId.get(b.tableId()) : null;
            if (t != null) {
                byId.put(t.id(), label(blocks, i, t));
            }
        }
        List<Table> out = new ArrayList<>(tables.size());
        tables.forEach(t -> out.add(byId.get(t.id())));
        return out;
    }

    private Table label(List<Block> blocks, int tableIndex, Table t) {
        String caption = t.caption();
        String unit = t.unitLine() != null ? t.unitLine() : unitInFirstRow(t);
        for (int j = tableIndex - 1; j >= Math.max(0, tableIndex - LOOK_BACK); j--) {
            Block b = blocks.get(j);
            if (b.type() == BlockType.HEADING && caption == null && b.level() == 0) {
                caption = attachmentTitle(b.text());
            }
            if (b.type() != BlockType.PARAGRAPH || b.text().length() > MAX_CAPTION * 2) {
                break;
            }
            String text = b.text().strip();
            Matcher unitMatch = UNIT.matcher(text);
            if (unit == null && text.length() <= MAX_CAPTION * 2 && unitMatch.find()) {
                unit = unitMatch.group(1).replaceAll("\\s+", "");
            } else if (caption == null && isCaption(text)) {
                caption = text;
                break;
            }
        }
        return caption == null && unit == null ? t : t.withCaption(caption, unit);
    }

    /** True for "表3项目支出明细表", "2024年度部门整体支出绩效自评表", "…情况表 （省本级）". */
    static boolean isCaption(String text) {
        if (text.length() > MAX_CAPTION || text.contains("。") || text.contains("，")) {
            return false;
        }
        return NUMBERED_CAPTION.matcher(text).matches() || NAMED_CAPTION.matcher(text).matches();
    }

    /** The title printed with an attachment number ("附件2 2024年度部门整体支出绩效自评表"), or null. */
    private static String attachmentTitle(String heading) {
        Matcher m = ATTACHMENT_NUMBER.matcher(heading.strip());
        if (!m.find()) {
            return null;
        }
        String title = heading.strip().substring(m.end()).strip();
        return title.isEmpty() || title.length() > MAX_CAPTION ? null : title;
    }

    private static String unitInFirstRow(Table t) {
        return t.cells().stream().filter(c -> c.row() == 0)
                .map(c -> UNIT.matcher(c.text().strip()))
                .filter(m -> m.find() && m.start() == 0)
                .map(m -> m.group(1).replaceAll("\\s+", ""))
                .findFirst().orElse(null);
    }
}
