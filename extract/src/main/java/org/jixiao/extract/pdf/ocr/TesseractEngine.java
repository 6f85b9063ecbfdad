package org.jixiao.extract.pdf.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;

/**
 * Tesseract through tess4j, which loads the system's libtesseract (Debian: tesseract-ocr, with
 * tesseract-ocr-chi-sim for Chinese). Inter-word spaces are preserved so that Chinese is not split
 * by spaces the engine invents; the process should run with OMP_THREAD_LIMIT=1 (the jixiao launcher
 * and the build set it) so that one page uses one core. One instance per thread: the engine is not
 * thread-safe.
 */
public final class TesseractEngine implements OcrEngine {
    /** Where Debian and others install the language data, newest first. */
    private static final List<String> TESSDATA = List.of("/usr/share/tesseract-ocr/5/tessdata",
            "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata", "/usr/local/share/tessdata");

    private final Tesseract tesseract = new Tesseract();
    /** One line of figures: digits and their signs only, read with the Latin model. */
    private final Tesseract figures = new Tesseract();
    private final String languages;

    private TesseractEngine(Path tessdata, String languages) {
        this.languages = languages;
        tesseract.setDatapath(tessdata.toString());
        tesseract.setLanguage(languages);
        tesseract.setPageSegMode(ITessAPI.TessPageSegMode.PSM_AUTO);
        tesseract.setVariable("preserve_interword_spaces", "1");
        // the engine's progress notes (Detected N diacritics) go to stdout otherwise
        tesseract.setVariable("debug_file", "/dev/null");
        figures.setDatapath(tessdata.toString());
        figures.setLanguage(Files.isRegularFile(tessdata.resolve("eng.traineddata")) ? "eng" : languages);
        figures.setPageSegMode(ITessAPI.TessPageSegMode.PSM_SINGLE_LINE);
        figures.setVariable("tessedit_char_whitelist", "0123456789.,%-");
        figures.setVariable("debug_file", "/dev/null");
    }

    /**
     * The engine when tesseract's language data is installed (Chinese and English when both are,
     * else English), else empty. Whether the native library loads shows on the first page.
     */
    public static Optional<OcrEngine> find() {
        List<String> dirs = new ArrayList<>();
        String env = System.getenv("TESSDATA_PREFIX");
        if (env != null && !env.isBlank()) {
            dirs.add(env);
        }
        dirs.addAll(TESSDATA);
        for (String d : dirs) {
            Path dir = Path.of(d);
            boolean chi = Files.isRegularFile(dir.resolve("chi_sim.traineddata"));
            boolean eng = Files.isRegularFile(dir.resolve("eng.traineddata"));
            if (chi || eng) {
                return Optional.of(new TesseractEngine(dir, chi && eng ? "chi_sim+eng" : chi ? "chi_sim" : "eng"));
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "tesseract " + languages;
    }

    @Override
    public List<OcrWord> read(BufferedImage image, int dpi) throws OcrException {
        tesseract.setVariable("user_defined_dpi", Integer.toString(dpi));
        List<Word> words;
        try {
            words = tesseract.getWords(image, ITessAPI.TessPageIteratorLevel.RIL_WORD);
        } catch (RuntimeException | LinkageError e) {
            // JNA reports a missing libtesseract as UnsatisfiedLinkError, tess4j failures as runtime errors
            throw new OcrException("tesseract failed: " + e.getMessage(), e);
        }
        List<OcrWord> out = new ArrayList<>(words.size());
        for (Word w : words) {
            String text = w.getText() == null ? "" : w.getText().strip();
            if (!text.isEmpty()) {
                java.awt.Rectangle b = w.getBoundingBox();
                out.add(new OcrWord(text, b.x, b.y, b.width, b.height, w.getConfidence()));
            }
        }
        return out;
    }

    @Override
    public OcrWord readFigure(BufferedImage image, java.awt.Rectangle box, int dpi) throws OcrException {
        figures.setVariable("user_defined_dpi", Integer.toString(dpi));
        java.awt.Rectangle r = box.intersection(new java.awt.Rectangle(0, 0, image.getWidth(), image.getHeight()));
        if (r.isEmpty()) {
            return null;
        }
        List<Word> words;
        try {
            words = figures.getWords(image.getSubimage(r.x, r.y, r.width, r.height),
                    ITessAPI.TessPageIteratorLevel.RIL_TEXTLINE);
        } catch (RuntimeException | LinkageError e) {
            throw new OcrException("tesseract failed: " + e.getMessage(), e);
        }
        if (words.size() != 1 || words.get(0).getText() == null || words.get(0).getText().isBlank()) {
            return null;
        }
        Word w = words.get(0);
        java.awt.Rectangle b = w.getBoundingBox();
        return new OcrWord(w.getText().strip(), r.x + b.x, r.y + b.y, b.width, b.height, w.getConfidence());
    }
}
