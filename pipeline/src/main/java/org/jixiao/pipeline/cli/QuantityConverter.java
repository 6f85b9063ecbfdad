package org.jixiao.pipeline.cli;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.model.Unit;

import picocli.CommandLine;

/**
 * Reads --min / --max as a normalized value: "86%" is 0.86, "1000万元" is 10000000 (元), a bare
 * number is taken as already normalized.
 */
public final class QuantityConverter implements CommandLine.ITypeConverter<BigDecimal> {
    private static final Pattern VALUE = Pattern.compile("\\s*(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(\\S*)\\s*");

    @Override
    public BigDecimal convert(String text) {
        Matcher m = VALUE.matcher(text.replace('％', '%'));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a number (e.g. 0.9, 90%, 1000万元)");
        }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2).isEmpty()) {
            return v;
        }
        Unit u = Unit.fromSymbol(m.group(2));
        if (u == null) {
            throw new CommandLine.TypeConversionException("'" + m.group(2) + "' is not a unit jixiao knows (元, 万元, 亿元, %, 人 …)");
        }
        return v.multiply(u.factor());
    }
}
