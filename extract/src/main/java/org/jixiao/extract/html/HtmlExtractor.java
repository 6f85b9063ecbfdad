package org.jixiao.extract.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML and XHTML with jsoup. The charset comes from the byte-order mark or the {@code <meta>}
 * declaration, else UTF-8 (jsoup's detection, as browsers do), with two corrections for Chinese
 * government sites: a page declared (or defaulted to) UTF-8 whose bytes are not UTF-8 is read as
 * GB18030, and the labels gb2312/gbk are read as GB18030, their superset (as the WHATWG encoding
 * standard says browsers must).
 */
public final class HtmlExtractor implements BlockExtractor {
    public static final String NAME = "html";
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_LABELS = Set.of("gb2312", "gbk", "x-gbk", "euc-cn", "x-euc-cn", "gb18030");

    private final HtmlBlockReader reader = new HtmlBlockReader(NAME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.HTML.equals(mediaType) || MediaTypes.XHTML.equals(mediaType);
    }

    @Override
    public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        Validate.notNullParam(in, "in");
        Validate.notNullParam(ctx, "ctx");
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ctx.limits().maxBytes() + 1));
        if (bytes.length > ctx.limits().maxBytes()) {
            throw new ExtractionException(DiagnosticCode.TOO_LARGE, ctx.fileName() + ": more than "
                    + ctx.limits().maxBytes() + " bytes");
        }
        Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String used = doc.charset().name().toLowerCase(Locale.ROOT);
        boolean gbLabel = GB_LABELS.contains(used) && !"gb18030".equals(used);
        boolean notUtf8 = "utf-8".equals(used) && !hasBom(bytes) && !isUtf8(bytes);
        if (gbLabel || notUtf8) {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), GB18030.name(), "");
        }
        return reader.read(doc, ctx);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
