package org.jixiao.extract.figures;

import java.util.List;

import org.jixiao.extract.ReportStage;
import org.jixiao.extract.figures.meta.DepartmentDictionary;
import org.jixiao.extract.figures.meta.DepartmentFinder;
import org.jixiao.extract.figures.layout.LayoutReader;
import org.jixiao.extract.figures.layout.LayoutStage;
import org.jixiao.extract.figures.layout.QualifierStage;
import org.jixiao.extract.figures.layout.TableKinds;
import org.jixiao.extract.figures.layout.TableRelationStage;
import org.jixiao.extract.figures.meta.MetadataStage;
import org.jixiao.extract.figures.score.ScoreSheetStage;
import org.jixiao.extract.figures.sentence.FigureBlockFilter;
import org.jixiao.extract.figures.same.SameFigureStage;
import org.jixiao.extract.figures.sentence.SentenceFactStage;
import org.jixiao.extract.figures.sentence.SentenceRelationStage;
import org.jixiao.extract.figures.table.TableFactStage;
import org.jixiao.extract.figures.years.YearCues;
import org.jixiao.extract.figures.years.YearMentionStage;

/** The figure stages in their order, sharing one number reader and one vocabulary. */
public final class FigureStages {
    private FigureStages() {
    }

    /** The stage that reads the years printed in the text, for report JSON written before it existed. */
    public static ReportStage yearMentions() {
        return new YearMentionStage(new NumberReader(), YearCues.load());
    }

    /** Metadata, then facts from tables and sentences; run after the structure stage. */
    public static List<ReportStage> create() {
        NumberReader numbers = new NumberReader();
        Vocabulary vocabulary = Vocabulary.load();
        TableUnits units = new TableUnits();
        DepartmentFinder departments = new DepartmentFinder(DepartmentDictionary.load());
        TableKinds kinds = TableKinds.load();
        return List.of(
                new MetadataStage(departments, vocabulary, numbers),
                new YearMentionStage(numbers, YearCues.load()),
                new LayoutStage(new LayoutReader(numbers, vocabulary, units, kinds)),
                new TableFactStage(numbers, units, vocabulary, kinds),
                new TableRelationStage(numbers),
                new SentenceFactStage(numbers, vocabulary, FigureBlockFilter.all()),
                new QualifierStage(),
                new ScoreSheetStage(numbers, vocabulary),
                new SentenceRelationStage(vocabulary),
                new SameFigureStage());
    }
}
