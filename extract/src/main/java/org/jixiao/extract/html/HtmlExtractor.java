package org.jixiao.extract.html;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.model.Validate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML and XHTML with jsoup. The charset comes from the byte-order mark or the {@code <meta>}
 * declaration, else UTF-8 (jsoup's own detection, which is what browsers do).
 */
public final class HtmlExtractor implements BlockExtractor {
    public static final String NAME = "html";

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
        // jsoup closes what it reads; the caller owns the stream.
        Document doc = Jsoup.parse(CloseShieldInputStream.wrap(in), null, "");
        return reader.read(doc, ctx);
    }
}
