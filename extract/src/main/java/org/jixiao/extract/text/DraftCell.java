package org.jixiao.extract.text;

/**
 * A cell while a table is being read: its text and where it was printed in the decoded text.
 *
 * @param text  cell text, wrapped lines joined
 * @param start offset of its first character
 * @param end   offset after its last character
 * @param col   the grid column it was aligned to, or -1 when it simply follows the previous cell
 */
record DraftCell(String text, int start, int end, int col) {
    DraftCell append(String more, int moreEnd, String joiner) {
        String t = text.isEmpty() ? more : more.isEmpty() ? text : text + joiner + more;
        return new DraftCell(t, text.isEmpty() ? moreEnd - more.length() : start, moreEnd, col);
    }
}
