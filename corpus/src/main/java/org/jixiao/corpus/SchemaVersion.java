package org.jixiao.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;

/**
 * The {@code schemaVersion} every report JSON carries (docs/report-schema.md), so a reader knows
 * whether layouts, relations and fact bases are there. 2: tables carry layouts, reports relations,
 * facts id / entity / qualifiers / basis. 3: reports carry their year mentions.
 */
final class SchemaVersion extends VirtualBeanPropertyWriter {
    static final int CURRENT = 3;

    /** Mixed into {@link org.jixiao.model.Report}, which knows nothing of JSON. */
    @JsonAppend(props = @JsonAppend.Prop(value = SchemaVersion.class, name = "schemaVersion", type = Integer.class))
    abstract static class ReportMixin {
    }

    SchemaVersion() {
    }

    private SchemaVersion(BeanPropertyDefinition def, Annotations ann, JavaType type) {
        super(def, ann, type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
        return CURRENT;
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                BeanPropertyDefinition propDef, JavaType type) {
        return new SchemaVersion(propDef, declaringClass.getAnnotations(), type);
    }
}
