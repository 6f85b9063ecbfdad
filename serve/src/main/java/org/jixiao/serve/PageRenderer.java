package org.jixiao.serve;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

import org.jixiao.model.BBox;
import org.jixiao.model.Validate;

/**
 * PDF pages as PNG with boxes drawn on them. A page is rendered with PDFBox and kept (a few dozen
 * pages); boxes are drawn on a copy. The parsed documents are kept too ({@link OpenPdfs}), so a
 * page not kept costs its drawing only. A cropped request (a finding's figures) whose page is not
 * kept draws only the band it shows, the same pixels as the band of the whole page. Boxes are in
 * PDF points from the page's top left, the convention of {@link BBox} and of the extractor's
 * provenance.
 */
public final class PageRenderer implements AutoCloseable {
    /** A box and the colour to outline it with. */
    public record Box(BBox bbox, Color color) {
    }

    /** Points of context kept above and below the boxes when cropping. */
    static final double CROP_MARGIN = 48;
    /** Bands narrower than this many pixels are not worth a crop: the whole page is answered. */
    static final int MIN_BAND = 8;
    private final float dpi;
    private final Semaphore rendering;
    private final Map<String, BufferedImage> pages;
    private final Map<String, Integer> pageCounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final OpenPdfs documents;

    /**
     * @param dpi        resolution of the rendered pages
     * @param cacheSize  rendered pages (and cropped bands) kept in memory; 0 keeps none
     * @param concurrent pages rendered at once at most
     */
    public PageRenderer(float dpi, int cacheSize, int concurrent) {
        this(dpi, cacheSize, concurrent, new OpenPdfs(16, 128L << 20, concurrent));
    }

    PageRenderer(float dpi, int cacheSize, int concurrent, OpenPdfs documents) {
        Validate.isTrue(dpi > 0 && cacheSize >= 0 && concurrent > 0, "dpi and concurrent must be positive");
        this.dpi = dpi;
        this.rendering = new Semaphore(concurrent, true);
        this.documents = Validate.notNullParam(documents, "documents");
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /**
     * Loads PDFBox's map of the system's fonts in the background: the first page that names a
     * font it does not embed would otherwise wait for it (a scan of the system's fonts, seconds
     * on a machine with many, when PDFBox's font cache file is missing or stale).
     */
    public void warmUp() {
        Thread t = new Thread(() -> FontMappers.instance().getFontBoxFont("SimSun", null), "jixiao-font-cache");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Pages of the PDF {@code reportId} was read from. */
    public int pageCount(String reportId, Path pdf) throws IOException {
        Integer n = pageCounts.get(reportId);
        if (n == null) {
            n = documents.with(reportId, pdf, PDDocument::getNumberOfPages);
            pageCounts.put(reportId, n);
        }
        return n;
    }

    /**
     * The page (1-based) as PNG with the boxes outlined; cropped to the boxes' band of the page
     * when {@code crop} is set and there are boxes.
     */
    public byte[] png(String reportId, Path pdf, int page, List<Box> boxes, boolean crop) throws IOException {
        double scale = dpi / 72.0;
        Band band = crop && !boxes.isEmpty() ? Band.of(boxes, scale) : null;
        Region region = band == null ? new Region(page(reportId, pdf, page), 0) : band(reportId, pdf, page, band);
        BufferedImage img = new BufferedImage(region.image().getWidth(), region.image().getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.drawImage(region.image(), 0, 0, null);
            g.translate(0, -region.y0());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke((float) Math.max(2, scale * 1.5)));
            for (Box b : boxes) {
                Rectangle2D r = rect(b.bbox(), scale, 3);
                g.setColor(new Color(b.color().getRed(), b.color().getGreen(), b.color().getBlue(), 48));
                g.fill(r);
                g.setColor(b.color());
                g.draw(r);
            }
        } finally {
            g.dispose();
        }
        return Png.encode(img);
    }

    private static Rectangle2D rect(BBox b, double scale, double pad) {
        return new Rectangle2D.Double(b.left() * scale - pad, b.top() * scale - pad,
                b.width() * scale + 2 * pad, b.height() * scale + 2 * pad);
    }

    /**
     * The rows of the page image a crop keeps: the full width, from a margin above the highest box
     * to one below the lowest, in pixels (clipped to the page when it is drawn).
     */
    record Band(int y0, int y1) {
        static Band of(List<Box> boxes, double scale) {
            double top = boxes.stream().mapToDouble(b -> b.bbox().top()).min().orElse(0) - CROP_MARGIN;
            double bottom = boxes.stream().mapToDouble(b -> b.bbox().bottom()).max().orElse(0) + CROP_MARGIN;
            return new Band((int) Math.max(0, Math.floor(top * scale)), (int) Math.ceil(bottom * scale));
        }

        /** Whether the band, clipped to a page {@code height} pixels high, is worth cropping to. */
        boolean crops(int height) {
            return Math.min(height, y1) - y0 >= MIN_BAND;
        }

        /** The band of a whole page image, or the page itself when the band is too narrow. */
        Region of(BufferedImage page) {
            if (!crops(page.getHeight())) {
                return new Region(page, 0);
            }
            return new Region(page.getSubimage(0, y0, page.getWidth(), Math.min(page.getHeight(), y1) - y0), y0);
        }
    }

    /** Part of a page image: its rows from {@code y0}. */
    record Region(BufferedImage image, int y0) {
    }

    /** The page's band: cut from the kept page, else kept from before, else drawn alone. */
    private Region band(String reportId, Path pdf, int page, Band band) throws IOException {
        BufferedImage whole = kept(reportId + "#" + page);
        if (whole != null) {
            return band.of(whole);
        }
        String key = reportId + "#" + page + "#" + band.y0() + "-" + band.y1();
        BufferedImage cut = kept(key);
        if (cut != null) {
            return new Region(cut, band.y0());
        }
        Region drawn = render(reportId, pdf, page, band);
        if (drawn.y0() == 0 && drawn.image().getHeight() > band.y1() - band.y0()) {
            keep(reportId + "#" + page, drawn.image());
        } else {
            keep(key, drawn.image());
        }
        return drawn;
    }

    private BufferedImage page(String reportId, Path pdf, int page) throws IOException {
        String key = reportId + "#" + page;
        BufferedImage img = kept(key);
        if (img == null) {
            img = render(reportId, pdf, page, null).image();
            keep(key, img);
        }
        return img;
    }

    private BufferedImage kept(String key) {
        synchronized (pages) {
            return pages.get(key);
        }
    }

    private void keep(String key, BufferedImage img) {
        synchronized (pages) {
            pages.put(key, img);
        }
    }

    /**
     * Draws the page, or only {@code band} of it (null: the whole page). A band is drawn alone on
     * an unrotated page without blend modes, where it is the same pixels as that band of the
     * whole page; otherwise the whole page is drawn and cut.
     */
    private Region render(String reportId, Path pdf, int page, Band band) throws IOException {
        return documents.with(reportId, pdf, doc -> {
            pageCounts.put(reportId, doc.getNumberOfPages());
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw ApiException.notFound("page " + page + " is not in the report (it has "
                        + doc.getNumberOfPages() + " pages)");
            }
            rendering.acquireUninterruptibly();
            try {
                // a renderer per drawing: it remembers its last page image, which a band must not see
                PDFRenderer renderer = new PDFRenderer(doc);
                PDPage p = doc.getPage(page - 1);
                float scale = dpi / 72f;
                if (band == null || p.getRotation() != 0 || hasBlendMode(p)) {
                    BufferedImage whole = renderer.renderImage(page - 1, scale, ImageType.RGB, RenderDestination.EXPORT);
                    return band == null ? new Region(whole, 0) : band.of(whole);
                }
                return drawBand(renderer, p, page - 1, scale, band);
            } finally {
                rendering.release();
            }
        });
    }

    /** The rows of {@code band} drawn alone: the page translated up by the band's top. */
    private static Region drawBand(PDFRenderer renderer, PDPage p, int pageIndex, float scale, Band band)
            throws IOException {
        PDRectangle box = p.getCropBox();
        // as PDFRenderer.renderImage sizes a page (PDFBOX-4306: no blank pixel line at the edges)
        int width = (int) Math.max(Math.floor(box.getWidth() * scale), 1);
        int height = (int) Math.max(Math.floor(box.getHeight() * scale), 1);
        if (!band.crops(height)) {
            BufferedImage whole = renderer.renderImage(pageIndex, scale, ImageType.RGB, RenderDestination.EXPORT);
            return new Region(whole, 0);
        }
        int rows = Math.min(height, band.y1()) - band.y0();
        BufferedImage img = new BufferedImage(width, rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, width, rows);
            g.translate(0, -band.y0());
            renderer.renderPageToGraphics(pageIndex, g, scale, scale, RenderDestination.EXPORT);
        } finally {
            g.dispose();
        }
        return new Region(img, band.y0());
    }

    /** Whether the page's graphics states blend (PDFBox then draws it on a transparent image first). */
    private static boolean hasBlendMode(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getExtGStateNames()) {
            PDExtendedGraphicsState gs = resources.getExtGState(name);
            if (gs != null && gs.getBlendMode() != BlendMode.NORMAL) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        documents.close();
    }
}
