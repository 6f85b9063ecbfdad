package org.jixiao.pipeline.cli;

import java.util.Locale;

import org.jixiao.pipeline.output.OutputFormat;

import picocli.CommandLine;

/** Reads --format case-insensitively, with a message listing the choices. */
public final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format; use text, csv or json");
        }
    }
}
