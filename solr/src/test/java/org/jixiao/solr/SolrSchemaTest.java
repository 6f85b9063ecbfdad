package org.jixiao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.jixiao.index.IndexFields;

class SolrSchemaTest {
    /** IndexFields constants that are not field names: the schema version and values of fields. */
    private static boolean isFieldName(Field f) {
        String n = f.getName();
        return !n.startsWith("TYPE_") && !n.equals("SCHEMA_VERSION") && !n.equals("CANONICAL_YES");
    }

    @Test
    void everyFieldOfIndexFieldsIsInTheSchemaOrSaysWhyNot() throws Exception {
        Set<String> names = new HashSet<>();
        for (Field f : IndexFields.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && isFieldName(f)) {
                names.add((String) f.get(null));
            }
        }
        assertTrue(names.size() > 50, "IndexFields read: " + names.size());
        for (String n : names) {
            assertTrue(SolrSchema.kind(n) != null || SolrSchema.notMirrored().containsKey(n), "no Solr kind for " + n);
        }
        for (String n : SolrSchema.fieldKinds().keySet()) {
            assertTrue(names.contains(n), "the schema names a field IndexFields does not: " + n);
        }
    }

    @Test
    void theSchemaIsXmlWithOneDeclarationPerFieldAndTheUniqueKey() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SolrSchema.schemaXml().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        NodeList fields = doc.getElementsByTagName("field");
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < fields.getLength(); i++) {
            assertTrue(declared.add(((Element) fields.item(i)).getAttribute("name")), "declared twice");
        }
        assertEquals(SolrSchema.fieldKinds().size() + 2, declared.size());
        assertEquals(SolrSchema.ID, doc.getElementsByTagName("uniqueKey").item(0).getTextContent());
        assertTrue(SolrSchema.schemaXml().contains("name=\"text\" type=\"zh_preanalyzed\""));
    }

    @Test
    void theConfigSetZipHoldsConfigAndSchema() throws Exception {
        Set<String> entries = new HashSet<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(SolrSchema.configSetZip()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.add(e.getName());
                assertFalse(z.readAllBytes().length == 0, e.getName());
            }
        }
        assertEquals(Set.of("solrconfig.xml", "schema.xml"), entries);
        assertTrue(SolrSchema.CONFIG_NAME.startsWith("jixiao-schema-" + IndexFields.SCHEMA_VERSION + "-"));
    }
}
