package org.jixiao.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.extract.figures.sentence.FigureBlockClassifier;
import org.jixiao.extract.figures.sentence.FigureBlockClassifier.Example;
import org.junit.jupiter.api.Test;

/**
 * Measures the OpenNLP figure-block categorizer against the pattern rule alone, leaving one
 * document out at a time (train on the other documents' labelled paragraphs, test on its own).
 */
class FigureBlockClassifierTest {
    /** The pattern rule: a paragraph with a money amount, a rate or a score states budget figures. */
    private static final Pattern PATTERN = Pattern.compile("\\d\\s*(万元|亿元|元|%|％|分)");

    @Test
    void leaveOneDocumentOutAgainstThePatternRule() {
        List<Example> all = FigureBlockClassifier.load();
        int n = 0;
        int patternRight = 0;
        int classifierRight = 0;
        int bothRight = 0;
        StringBuilder report = new StringBuilder();
        for (String doc : all.stream().map(Example::document).distinct().toList()) {
            List<Example> train = all.stream().filter(e -> !e.document().equals(doc)).toList();
            List<Example> test = all.stream().filter(e -> e.document().equals(doc)).toList();
            FigureBlockClassifier c = new FigureBlockClassifier(train);
            int p = 0;
            int k = 0;
            int b = 0;
            for (Example e : test) {
                boolean truth = e.label().equals("budget");
                p += PATTERN.matcher(e.text()).find() == truth ? 1 : 0;
                boolean cat = c.category(e.text()).equals("budget");
                k += cat == truth ? 1 : 0;
                b += (cat && PATTERN.matcher(e.text()).find()) == truth ? 1 : 0;
            }
            report.append(String.format("%s: %d paragraphs, pattern %d right, categorizer %d right, both %d right%n",
                    doc, test.size(), p, k, b));
            n += test.size();
            patternRight += p;
            classifierRight += k;
            bothRight += b;
        }
        report.append(String.format("all: %d paragraphs, pattern accuracy %.3f, categorizer %.3f, pattern and categorizer %.3f%n",
                n, patternRight / (double) n, classifierRight / (double) n, bothRight / (double) n));
        System.out.print(report);
        assertTrue(n >= 80, "labelled paragraphs: " + n);
        // the measurement is the point; the categorizer must at least beat always answering the majority label
        long budget = all.stream().filter(e -> e.label().equals("budget")).count();
        assertTrue(classifierRight > Math.max(budget, n - budget), report.toString());
    }

    @Test
    void trainingIsReproducible() {
        List<Example> all = FigureBlockClassifier.load();
        FigureBlockClassifier a = new FigureBlockClassifier(all);
        FigureBlockClassifier b = new FigureBlockClassifier(all);
        for (Example e : all) {
            assertEquals(a.category(e.text()), b.category(e.text()));
        }
    }
}
