package org.jixiao.extract.pdf.ocr;

/**
 * One word as the OCR engine read it, in image pixels.
 *
 * @param text       the word (Chinese words may hold several characters)
 * @param left       left edge
 * @param top        top edge
 * @param width      width
 * @param height     height
 * @param confidence the engine's confidence, 0–100
 */
public record OcrWord(String text, int left, int top, int width, int height, double confidence) {
}
