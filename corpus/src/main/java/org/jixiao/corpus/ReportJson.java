package org.jixiao.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jixiao.model.Report;
import org.jixiao.model.Validate;

/**
 * The stable JSON form of a {@link Report} (documented in docs/report-schema.md): record
 * components in declaration order, enums in lower case, nulls left out, BigDecimals as printed
 * plain numbers.
 */
public final class ReportJson {
    private final ObjectMapper mapper;

    public ReportJson() {
        this.mapper = JsonMapper.builder()
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
                .configure(SerializationFeature.INDENT_OUTPUT, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(Report.class, SchemaVersion.ReportMixin.class)
                .build();
    }

    /** The configured mapper, for writing other model records (facts, findings) the same way. */
    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(Object value) throws IOException {
        return mapper.writeValueAsString(value);
    }

    public void write(Object value, OutputStream out) throws IOException {
        mapper.writeValue(out, value);
    }

    /** Writes atomically: to a temporary file beside the target, then a rename. */
    public void write(Object value, Path file) throws IOException {
        Validate.notNullParam(file, "file");
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".tmp-", ".json");
        try {
            mapper.writeValue(tmp.toFile(), value);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Report read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), Report.class);
    }

    public Report read(String json) throws IOException {
        return mapper.readValue(json, Report.class);
    }
}
