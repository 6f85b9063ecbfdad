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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.jixiao.model.BBox;

/**
 * PDF pages as PNG with boxes drawn on them. A page is rendered once with PDFBox and kept (a few
 * dozen pages); boxes are drawn on a copy. Boxes are in PDF points from the page's top left, the
 * convention of {@link BBox} and of the extractor's provenance.
 */
public final class PageRenderer {
    /** A box and the colour to outline it with. */
    public record Box(BBox bbox, Color color) {
    }

    /** Points of context kept above and below the boxes when cropping. */
    static final double CROP_MARGIN = 48;
    private final float dpi;
    private final Semaphore rendering;
    private final Map<String, BufferedImage> pages;
    private final Map<String, Integer> pageCounts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param dpi        resolution of the rendered pages
     * @param cacheSize  rendered pages kept in memory
     * @param concurrent pages rendered at once at most (each holds a parsed PDF)
     */
    public PageRenderer(float dpi, int cacheSize, int concurrent) {
        this.dpi = dpi;
        this.rendering = new Semaphore(concurrent);
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BufferedImage> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** Pages of the PDF {@code reportId} was read from. */
    public int pageCount(String reportId, Path pdf) throws IOException {
        Integer n = pageCounts.get(reportId);
        if (n == null) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                n = doc.getNumberOfPages();
            }
            pageCounts.put(reportId, n);
        }
        return n;
    }

    /**
     * The page (1-based) as PNG with the boxes outlined; cropped to the boxes' band of the page
     * when {@code crop} is set and there are boxes.
     */
    public byte[] png(String reportId, Path pdf, int page, List<Box> boxes, boolean crop) throws IOException {
        BufferedImage base = page(reportId, pdf, page);
        double scale = dpi / 72.0;
        BufferedImage img = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.drawImage(base, 0, 0, null);
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
        if (crop && !boxes.isEmpty()) {
            img = crop(img, boxes, scale);
        }
        return Png.encode(img);
    }

    private static Rectangle2D rect(BBox b, double scale, double pad) {
        return new Rectangle2D.Double(b.left() * scale - pad, b.top() * scale - pad,
                b.width() * scale + 2 * pad, b.height() * scale + 2 * pad);
    }

    /** The full width of the page, from a margin above the highest box to one below the lowest. */
    private static BufferedImage crop(BufferedImage img, List<Box> boxes, double scale) {
        double top = boxes.stream().mapToDouble(b -> b.bbox().top()).min().orElse(0) - CROP_MARGIN;
        double bottom = boxes.stream().mapToDouble(b -> b.bbox().bottom()).max().orElse(0) + CROP_MARGIN;
        int y0 = (int) Math.max(0, Math.floor(top * scale));
        int y1 = (int) Math.min(img.getHeight(), Math.ceil(bottom * scale));
        if (y1 - y0 < 8) {
            return img;
        }
        return img.getSubimage(0, y0, img.getWidth(), y1 - y0);
    }

    private BufferedImage page(String reportId, Path pdf, int page) throws IOException {
        String key = reportId + "#" + page;
        synchronized (pages) {
            BufferedImage cached = pages.get(key);
            if (cached != null) {
                return cached;
            }
        }
        rendering.acquireUninterruptibly();
        BufferedImage img;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pageCounts.put(reportId, doc.getNumberOfPages());
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw ApiException.notFound("page " + page + " is not in the report (it has "
                        + doc.getNumberOfPages() + " pages)");
            }
            img = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } finally {
            rendering.release();
        }
        synchronized (pages) {
            pages.put(key, img);
        }
        return img;
    }
}
