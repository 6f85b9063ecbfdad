package org.jixiao.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.model.Block;
import org.jixiao.model.BlockType;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Provenance;
import org.jixiao.model.Table;
import org.jixiao.model.Validate;

/**
 * Plain-text dumps (text/plain) to paragraphs and tables. A dump with TAB-prefixed cell lines is
 * a Word extraction and its tables are read by {@link TabTableReader}; otherwise it is treated as
 * PDF-layout text and {@link LayoutTableReader} recovers what tables the spacing allows. Every
 * other non-empty line is a paragraph block. Word's {@code [bookmark: …]} markers are removed.
 */
public final class TextDumpExtractor implements BlockExtractor {
    public static final String NAME = "text";

    private final TextDecoder decoder;
    private final TabTableReader tabTables = new TabTableReader();
    private final LayoutTableReader layoutTables = new LayoutTableReader();

    public TextDumpExtractor() {
        this(new TextDecoder());
    }

    public TextDumpExtractor(TextDecoder decoder) {
        this.decoder = Validate.notNullParam(decoder, "decoder");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.TEXT.equals(mediaType);
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
        String text = decoder.decode(bytes).text();
        if (text.length() > ctx.limits().maxTextChars()) {
            throw new ExtractionException(DiagnosticCode.TOO_LARGE, ctx.fileName() + ": more than "
                    + ctx.limits().maxTextChars() + " characters of text");
        }
        return read(TextLine.split(text), ctx);
    }

    /** Blocks and tables of decoded lines. */
    RawDocument read(List<TextLine> lines, ExtractContext ctx) throws ExtractionException {
        boolean wordDump = lines.stream().anyMatch(TextLine::cellLine);
        List<Block> blocks = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        String reportId = ctx.reportId();
        int i = 0;
        int steps = 0;
        while (i < lines.size()) {
            if (++steps % 256 == 0) {
                ctx.checkDeadline();
            }
            TextLine line = lines.get(i);
            TableDraft draft = null;
            if (wordDump && line.cellLine()) {
                draft = tabTables.read(lines, i);
            } else if (!wordDump && layoutTables.startsTable(lines, i)) {
                draft = layoutTables.read(lines, i);
            }
            if (draft != null && !draft.rows().isEmpty()) {
                String blockId = "b" + blocks.size();
                Table t = draft.build("t" + tables.size(), blockId, reportId, wordDump, ctx);
                tables.add(t);
                blocks.add(new Block(blockId, BlockType.TABLE, TableDraft.blockText(t), -1, null, List.of(), t.id(),
                        t.provenance().withExtractor(NAME)));
                i = draft.lastLine() + 1;
                continue;
            }
            if (!line.blank() && !line.text().isEmpty()) {
                String id = "b" + blocks.size();
                Provenance p = Provenance.ofBlock(reportId, id, null, NAME).withChars(line.contentStart(), line.contentEnd());
                blocks.add(Block.paragraph(id, line.text(), p));
            }
            i++;
        }
        return new RawDocument(blocks, tables, 0);
    }
}
