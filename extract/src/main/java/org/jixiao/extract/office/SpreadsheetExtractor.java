package org.jixiao.extract.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.extract.BlockExtractor;
import org.jixiao.extract.ExtractContext;
import org.jixiao.extract.ExtractionException;
import org.jixiao.extract.RawDocument;
import org.jixiao.extract.format.MediaTypes;
import org.jixiao.extract.structured.BlockCollector;
import org.jixiao.extract.structured.SpanGrid;
import org.jixiao.model.DiagnosticCode;
import org.jixiao.model.Validate;

/**
 * XLSX (XSSF) and XLS (HSSF) workbooks: each sheet with content becomes one table captioned with
 * the sheet name. Values are formatted as Excel displays them (cached results for formulas, never
 * recomputed), merged regions become spans, and the empty rows and columns around the content are
 * trimmed (budget templates carry thousands of styled blank rows).
 */
public final class SpreadsheetExtractor implements BlockExtractor {
    private final String name;
    private final String mediaType;
    private final Set<String> types;

    private SpreadsheetExtractor(String name, String mediaType, Set<String> types) {
        this.name = name;
        this.mediaType = mediaType;
        this.types = types;
    }

    /** XLSX, and its macro-enabled and template variants (the same package). */
    public static SpreadsheetExtractor xlsx() {
        return new SpreadsheetExtractor("xlsx", MediaTypes.XLSX, Set.of(MediaTypes.XLSX,
                "application/vnd.ms-excel.sheet.macroenabled.12",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
                "application/vnd.ms-excel.template.macroenabled.12"));
    }

    public static SpreadsheetExtractor xls() {
        return new SpreadsheetExtractor("xls", MediaTypes.XLS, Set.of(MediaTypes.XLS));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(String type) {
        return types.contains(type);
    }

    @Override
    public RawDocument extract(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        Validate.notNullParam(in, "in");
        Validate.notNullParam(ctx, "ctx");
        return MediaTypes.XLSX.equals(mediaType) ? extractXlsx(in, ctx) : extractXls(in, ctx);
    }

    private RawDocument extractXlsx(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        String what = "Excel (XLSX)";
        OPCPackage pkg = OoxmlPackages.open(in, ctx, what);
        try {
            checkSheetXmlSize(pkg, ctx);
            // Not closed: closing an XSSFWorkbook would try to save the package; revert() frees it.
            Workbook wb = new XSSFWorkbook(pkg);
            return read(wb, ctx);
        } catch (IOException | RuntimeException e) {
            throw OoxmlPackages.failure(e, ctx, what);
        } finally {
            pkg.revert();
        }
    }

    /**
     * XSSF builds a DOM of every sheet, many times the XML's size in memory; the sheets' and shared
     * strings' XML together may not exceed the byte limit that bounds the file itself.
     */
    private static void checkSheetXmlSize(OPCPackage pkg, ExtractContext ctx) throws ExtractionException, IOException {
        long total = 0;
        List<PackagePart> parts;
        try {
            parts = pkg.getParts();
        } catch (InvalidFormatException e) {
            throw OoxmlPackages.failure(e, ctx, "Excel (XLSX)");
        }
        for (PackagePart part : parts) {
            String type = part.getContentType();
            if (total <= ctx.limits().maxBytes()
                    && (type.contains("spreadsheetml.worksheet") || type.contains("spreadsheetml.sharedStrings"))) {
                // Parts opened from a stream do not know their size; they are in memory, so count them.
                try (InputStream in = part.getInputStream()) {
                    total += in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        if (total > ctx.limits().maxBytes()) {
            throw new ExtractionException(DiagnosticCode.TOO_LARGE, ctx.fileName() + ": its sheets expand to " + total
                    + " bytes of XML, more than the limit of " + ctx.limits().maxBytes());
        }
    }

    private RawDocument extractXls(InputStream in, ExtractContext ctx) throws ExtractionException, IOException {
        String what = "Excel 97-2003 (XLS)";
        InputStream buffered = FileMagic.prepareToCheckMagic(in);
        if (OoxmlPackages.magic(buffered, ctx) != FileMagic.OLE2) {
            throw new ExtractionException(DiagnosticCode.CORRUPT, ctx.fileName() + ": not an " + what
                    + " file: its bytes are not an OLE2 container");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(buffered); Workbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
            return read(wb, ctx);
        } catch (IOException | RuntimeException e) {
            throw OoxmlPackages.failure(e, ctx, what);
        }
    }

    private RawDocument read(Workbook wb, ExtractContext ctx) throws ExtractionException {
        DataFormatter fmt = new DataFormatter(Locale.CHINA);
        fmt.setUseCachedValuesForFormulaCells(true);
        BlockCollector out = new BlockCollector(ctx, name);
        for (Sheet sheet : wb) {
            ctx.checkDeadline();
            out.table(sheet(sheet, fmt, out, ctx), sheet.getSheetName().strip());
        }
        return out.build(0);
    }

    /** Non-empty cell texts by address, within the limit of cells read. */
    private record Content(Map<Long, String> texts, int minRow, int maxRow, int minCol, int maxCol, boolean cut) {
    }

    private SpanGrid sheet(Sheet sheet, DataFormatter fmt, BlockCollector out, ExtractContext ctx)
            throws ExtractionException {
        int max = ctx.limits().maxCellsPerTable();
        Content content = fit(content(sheet, fmt, max, ctx), max);
        SpanGrid grid = new SpanGrid(out::cellProvenance, max);
        if (content.texts().isEmpty()) {
            return grid;
        }
        Map<Long, CellRangeAddress> anchors = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            anchors.put(key(region.getFirstRow(), region.getFirstColumn()), region);
        }
        Set<Long> covered = new HashSet<>();
        for (int r = content.minRow(); r <= content.maxRow(); r++) {
            grid.startRow();
        }
        for (int r = content.minRow(); r <= content.maxRow(); r++) {
            for (int c = content.minCol(); c <= content.maxCol(); c++) {
                long k = key(r, c);
                String text = content.texts().get(k);
                CellRangeAddress region = anchors.get(k);
                if (covered.contains(k) || text == null && region == null) {
                    continue;
                }
                int rowSpan = 1;
                int colSpan = 1;
                if (region != null) {
                    rowSpan = Math.min(region.getLastRow(), content.maxRow()) - r + 1;
                    colSpan = Math.min(region.getLastColumn(), content.maxCol()) - c + 1;
                    cover(region, covered, content);
                }
                grid.put(r - content.minRow(), c - content.minCol(), rowSpan, colSpan, text);
            }
        }
        if (content.cut() || grid.truncated()) {
            ctx.warn(DiagnosticCode.TOO_MANY_CELLS, ctx.fileName() + ": sheet '" + sheet.getSheetName()
                    + "' has more than " + max + " cells; the rest is dropped", out.cellProvenance(0, 0));
        }
        return grid;
    }

    /** The content cut to at most {@code max} grid slots (rows × columns), keeping the top rows. */
    private static Content fit(Content c, int max) {
        if (c.texts().isEmpty()) {
            return c;
        }
        long cols = (long) c.maxCol() - c.minCol() + 1;
        long rows = (long) c.maxRow() - c.minRow() + 1;
        if (rows * cols <= max) {
            return c;
        }
        int maxCol = (int) Math.min(c.maxCol(), c.minCol() + (long) max - 1);
        int keptCols = maxCol - c.minCol() + 1;
        int maxRow = (int) Math.min(c.maxRow(), c.minRow() + (long) max / keptCols - 1);
        return new Content(c.texts(), c.minRow(), maxRow, c.minCol(), maxCol, true);
    }

    private static Content content(Sheet sheet, DataFormatter fmt, int max, ExtractContext ctx)
            throws ExtractionException {
        Map<Long, String> texts = new HashMap<>();
        int minRow = Integer.MAX_VALUE;
        int maxRow = -1;
        int minCol = Integer.MAX_VALUE;
        int maxCol = -1;
        for (Row row : sheet) {
            ctx.checkDeadline();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.BLANK) {
                    continue;
                }
                String text = fmt.formatCellValue(cell).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (texts.size() >= max) {
                    return new Content(texts, minRow, maxRow, minCol, maxCol, true);
                }
                texts.put(key(cell.getRowIndex(), cell.getColumnIndex()), text);
                minRow = Math.min(minRow, cell.getRowIndex());
                maxRow = Math.max(maxRow, cell.getRowIndex());
                minCol = Math.min(minCol, cell.getColumnIndex());
                maxCol = Math.max(maxCol, cell.getColumnIndex());
            }
        }
        return new Content(texts, minRow, maxRow, minCol, maxCol, false);
    }

    private static void cover(CellRangeAddress region, Set<Long> covered, Content content) {
        for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), content.maxRow()); r++) {
            for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), content.maxCol()); c++) {
                covered.add(key(r, c));
            }
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
