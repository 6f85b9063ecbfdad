package org.jixiao.extract.figures.sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import org.jixiao.model.Validate;

/**
 * An OpenNLP document categorizer telling paragraphs that state the department's budget figures
 * ("budget") from narrative with numbers ("other"), trained at construction from the labelled
 * paragraphs in {@code figure-blocks.tsv} (maxent with fixed iterations and cutoff: the same data
 * gives the same model). Text is tokenized into character bigrams with digits folded, so the model
 * learns wording, not one report's numbers.
 */
public final class FigureBlockClassifier implements FigureBlockFilter {
    /** A labelled paragraph. */
    public record Example(String label, String document, String text) {
    }

    static final String BUDGET = "budget";
    private static final Pattern HAS_FIGURE = Pattern.compile("\\d\\s*(万元|亿元|元|%|％|人|名|分)");
    private static final int ITERATIONS = 200;

    private final DocumentCategorizerME categorizer;

    public FigureBlockClassifier(List<Example> training) {
        Validate.notNullParam(training, "training");
        this.categorizer = new DocumentCategorizerME(train(training));
    }

    /** Trained on the labelled paragraphs shipped with jixiao. */
    public static FigureBlockClassifier shipped() {
        return new FigureBlockClassifier(load());
    }

    public static List<Example> load() {
        try (InputStream in = FigureBlockClassifier.class.getResourceAsStream("/org/jixiao/extract/figures/figure-blocks.tsv")) {
            if (in == null) {
                throw new IllegalStateException("figure-blocks.tsv is missing from the classpath");
            }
            List<Example> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", 3);
                if (!line.startsWith("#") && f.length == 3) {
                    out.add(new Example(f[0], f[1], f[2]));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figure-blocks.tsv", e);
        }
    }

    @Override
    public boolean statesFigures(String text) {
        return HAS_FIGURE.matcher(text).find() && BUDGET.equals(category(text));
    }

    /** The best category of a paragraph. */
    public String category(String text) {
        double[] p = categorizer.categorize(tokens(text));
        return categorizer.getBestCategory(p);
    }

    static String[] tokens(String text) {
        String t = text.replaceAll("\\d+(?:[.,，]\\d+)*", "0").replaceAll("\\s+", "");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out.toArray(String[]::new);
    }

    private static DoccatModel train(List<Example> training) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Example e : training) {
            samples.add(new DocumentSample(e.label(), tokens(e.text())));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {
                    new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator()});
            return DocumentCategorizerME.train("zh", new CollectionObjectStream<>(samples), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training the figure-block categorizer failed", e);
        }
    }
}
