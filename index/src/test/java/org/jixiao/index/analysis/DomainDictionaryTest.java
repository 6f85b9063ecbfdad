package org.jixiao.index.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The index reads extract's vocabulary for its budget terms instead of keeping its own copy. */
class DomainDictionaryTest {
    @Test
    void labelsOfTheExtractVocabularyAreTermsAndOurListDoesNotRepeatThem() {
        ClassLoader cl = getClass().getClassLoader();
        List<String> vocabulary = DomainDictionary.vocabularyLabels(cl, DomainDictionary.VOCABULARY_RESOURCE);
        assertTrue(vocabulary.contains("年初结转和结余"), "the vocabulary is on the test class path");
        List<String> ours = DomainDictionary.readResource(cl, DomainDictionary.TERMS_RESOURCE);
        assertFalse(ours.stream().anyMatch(vocabulary::contains),
                "terms.txt repeats vocabulary labels: " + ours.stream().filter(vocabulary::contains).toList());
        DomainDictionary standard = DomainDictionary.standard();
        assertTrue(vocabulary.stream().filter(s -> s.codePointCount(0, s.length()) >= 2).allMatch(standard::contains));
        assertTrue(standard.contains("三公经费") && standard.contains("部门整体支出绩效自评报告"));
    }

    @Test
    void aMissingVocabularyGivesNoLabels() {
        assertTrue(DomainDictionary.vocabularyLabels(getClass().getClassLoader(), "no/such/vocabulary.tsv").isEmpty());
    }
}
