package org.jixiao.eval.truth;

/**
 * Where a labelled figure is printed, as a reader would say it. Every part is optional.
 *
 * @param page  1-based page in the primary rendition
 * @param table the table's number or caption as printed
 * @param row   the row label as printed
 * @param col   the column label as printed
 * @param text  a short quote of the sentence holding the figure
 */
public record Where(Integer page, String table, String row, String col, String text) {

    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (page != null) {
            sb.append("p.").append(page);
        }
        for (String s : new String[] {table, row, col}) {
            if (s != null && !s.isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(s);
            }
        }
        if (text != null && !text.isBlank()) {
            sb.append(sb.length() > 0 ? " " : "").append('“').append(text).append('”');
        }
        return sb.toString();
    }
}
