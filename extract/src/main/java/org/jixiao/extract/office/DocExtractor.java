package org.jixiao.extract.office;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.extract.html.HtmlBlockReader;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;
import org.jsoup.Jsoup;
import org.xml.sax.SAXException;

/**
 * Legacy Word 97-2003 (.doc) through Tika's OfficeParser: its XHTML gives paragraphs and tables
 * (rows and cells) in order, which {@link HtmlBlockReader} turns into blocks. The binary format's
 * merged cells are not recovered (HWPF does not expose them as spans); each visible cell is a cell.
 */
public final class DocExtractor implements BlockExtractor {
    public static final String NAME = "doc";
    private static final String WHAT = "Word 97-2003 (DOC)";

    private final HtmlBlockReader reader = new HtmlBlockReader(NAME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.DOC.equals(mediaType);
    }

    @Override
    public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        Validate.notNullParam(in, "in");
        Validate.notNullParam(ctx, "ctx");
        InputStream buffered = FileMagic.prepareToCheckMagic(CloseShieldInputStream.wrap(in));
        if (FileMagic.valueOf(buffered) != FileMagic.OLE2) {
            throw new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": not a " + WHAT
                    + " file: its bytes are not an OLE2 container");
        }
        return fromXhtml(tikaXhtml(buffered, ctx), ctx);
    }

    /** Blocks from the XHTML Tika writes for a Word document. */
    RawDocument fromXhtml(String xhtml, ExtractContext ctx) throws ExtractionException {
        return reader.read(Jsoup.parse(xhtml), ctx);
    }

    private static String tikaXhtml(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        WriteOutContentHandler limited = new WriteOutContentHandler(xhtml, ctx.limits().maxTextChars());
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeDeletedContent(false);
        config.setIncludeHeadersAndFooters(false);
        config.setExtractMacros(false);
        ParseContext pc = new ParseContext();
        pc.set(OfficeParserConfig.class, config);
        try {
            new OfficeParser().parse(in, limited, new Metadata(), pc);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": a corrupt " + WHAT + " file ("
                        + e.getMessage() + ")", e);
            }
            ctx.warn(DiagnosticCode.TOO_LARGE, ctx.fileName() + ": more than " + ctx.limits().maxTextChars()
                    + " characters of text; the rest is dropped", null);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(DiagnosticCode.ENCRYPTED, ctx.fileName() + ": the " + WHAT
                    + " file is password-protected", e);
        } catch (TikaException | RuntimeException e) {
            throw OoxmlPackages.failure(e, ctx, WHAT);
        }
        return xhtml.toString();
    }
}
