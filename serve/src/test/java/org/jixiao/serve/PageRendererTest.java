package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jixiao.model.BBox;

/**
 * Page images against the way they were drawn before documents were kept open and bands drawn
 * alone: the whole page rendered from a freshly loaded document, boxes drawn on it, the band cut.
 */
class PageRendererTest {
    private static final float DPI = 110f;
    private static final Color RED = new Color(0xD0, 0x1C, 0x1C);
    private static final Color BLUE = new Color(0x1F, 0x5F, 0xD0);
    @TempDir
    static Path dir;
    private static Path pdf;
    private static String id;

    @BeforeAll
    static void sample() throws IOException {
        try (InputStream in = PageRendererTest.class.getResourceAsStream("/samples/selfeval/000_c5690e2b1ac97a5d.pdf")) {
            byte[] bytes = in.readAllBytes();
            pdf = dir.resolve("report.pdf");
            Files.write(pdf, bytes);
            id = ReportStore.sha256(bytes);
        }
    }

    /** The drawing before: a new document, the whole page, the boxes, then the crop. */
    private static BufferedImage previous(int page, List<PageRenderer.Box> boxes, boolean crop) throws IOException {
        BufferedImage base;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            base = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
        }
        double scale = DPI / 72.0;
        BufferedImage img = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.drawImage(base, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke((float) Math.max(2, scale * 1.5)));
        for (PageRenderer.Box b : boxes) {
            BBox x = b.bbox();
            Rectangle2D r = new Rectangle2D.Double(x.left() * scale - 3, x.top() * scale - 3, x.width() * scale + 6,
                    x.height() * scale + 6);
            g.setColor(new Color(b.color().getRed(), b.color().getGreen(), b.color().getBlue(), 48));
            g.fill(r);
            g.setColor(b.color());
            g.draw(r);
        }
        g.dispose();
        if (!crop || boxes.isEmpty()) {
            return img;
        }
        double top = boxes.stream().mapToDouble(b -> b.bbox().top()).min().orElse(0) - PageRenderer.CROP_MARGIN;
        double bottom = boxes.stream().mapToDouble(b -> b.bbox().bottom()).max().orElse(0) + PageRenderer.CROP_MARGIN;
        int y0 = (int) Math.max(0, Math.floor(top * scale));
        int y1 = (int) Math.min(img.getHeight(), Math.ceil(bottom * scale));
        return y1 - y0 < 8 ? img : img.getSubimage(0, y0, img.getWidth(), y1 - y0);
    }

    private static void assertSamePixels(BufferedImage expected, byte[] png, String what) throws IOException {
        BufferedImage got = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(expected.getWidth(), got.getWidth(), what + ": width");
        assertEquals(expected.getHeight(), got.getHeight(), what + ": height");
        int differ = 0;
        for (int y = 0; y < got.getHeight(); y++) {
            for (int x = 0; x < got.getWidth(); x++) {
                differ += expected.getRGB(x, y) == got.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differ, what + ": pixels that differ");
    }

    private static List<PageRenderer.Box> boxes() {
        return List.of(new PageRenderer.Box(new BBox(300, 90, 318, 240), RED),
                new PageRenderer.Box(new BBox(352, 300, 370, 420), BLUE));
    }

    @Test
    void wholePagesAndBoxesAreDrawnAsBefore() throws IOException {
        try (PageRenderer r = new PageRenderer(DPI, 4, 2)) {
            for (int page : new int[] {1, 2}) {
                assertSamePixels(previous(page, List.of(), false), r.png(id, pdf, page, List.of(), false), "page " + page);
                assertSamePixels(previous(page, boxes(), false), r.png(id, pdf, page, boxes(), false), "boxed page " + page);
                // cut from the kept page
                assertSamePixels(previous(page, boxes(), true), r.png(id, pdf, page, boxes(), true), "band of kept page " + page);
            }
        }
    }

    @Test
    void aBandDrawnAloneIsTheBandOfTheWholePage() throws IOException {
        // nothing kept: every cropped request draws its band alone
        try (PageRenderer r = new PageRenderer(DPI, 0, 2)) {
            for (int page : new int[] {1, 3}) {
                byte[] band = r.png(id, pdf, page, boxes(), true);
                BufferedImage expected = previous(page, boxes(), true);
                assertTrue(expected.getHeight() < 400, "a band, not the page: " + expected.getHeight());
                assertSamePixels(expected, band, "band of page " + page);
            }
            // a box at the very top: the band starts at the page's first row
            List<PageRenderer.Box> top = List.of(new PageRenderer.Box(new BBox(2, 40, 20, 200), RED));
            assertSamePixels(previous(1, top, true), r.png(id, pdf, 1, top, true), "band at the top");
            // a box below the page: too narrow a band, the whole page
            List<PageRenderer.Box> below = List.of(new PageRenderer.Box(new BBox(2000, 40, 2010, 200), RED));
            assertSamePixels(previous(1, below, true), r.png(id, pdf, 1, below, true), "band below the page");
        }
    }

    @Test
    void pagesOutsideTheReportAndChangedFilesAreNotFound() throws IOException {
        try (PageRenderer r = new PageRenderer(DPI, 4, 2)) {
            int pages = r.pageCount(id, pdf);
            assertTrue(pages > 3);
            ApiException e = assertThrows(ApiException.class, () -> r.png(id, pdf, pages + 1, List.of(), false));
            assertEquals(404, e.status());
            Path other = dir.resolve("other.pdf");
            Files.write(other, new byte[] {'%', 'P', 'D', 'F'});
            String otherId = "0".repeat(64);
            assertEquals(404, assertThrows(ApiException.class, () -> r.png(otherId, other, 1, List.of(), false)).status());
        }
    }

    @Test
    void openDocumentsAreBounded() throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        try (OpenPdfs open = new OpenPdfs(2, 1L << 30, 1)) {
            for (int i = 0; i < 4; i++) {
                Path copy = dir.resolve("copy" + i + ".pdf");
                // another document: the same pages with a comment appended
                byte[] b = java.util.Arrays.copyOf(bytes, bytes.length + 2);
                b[b.length - 2] = '%';
                b[b.length - 1] = (byte) ('0' + i);
                Files.write(copy, b);
                int n = open.with(ReportStore.sha256(b), copy, PDDocument::getNumberOfPages);
                assertTrue(n > 3);
                assertTrue(open.size() <= 2, "open: " + open.size());
            }
        }
        try (OpenPdfs bySize = new OpenPdfs(10, bytes.length + 1L, 1)) {
            bySize.with(id, pdf, PDDocument::getNumberOfPages);
            Path copy = dir.resolve("copy0.pdf");
            bySize.with(ReportStore.sha256(Files.readAllBytes(copy)), copy, PDDocument::getNumberOfPages);
            assertEquals(1, bySize.size(), "two documents are over the bytes kept");
        }
    }

    @Test
    void pagesOfOneDocumentAreDrawnOnSeveralCoresButNoMore() throws Exception {
        try (OpenPdfs open = new OpenPdfs(4, 1L << 30, 2)) {
            java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.atomic.AtomicInteger using = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Integer>> jobs = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    jobs.add(pool.submit(() -> open.with(id, pdf, doc -> {
                        most.accumulateAndGet(using.incrementAndGet(), Math::max);
                        try {
                            // two copies at once: two users meet here; a third would wait for a copy
                            both.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            Thread.sleep(50);
                        } catch (Exception e) {
                            throw new IOException(e);
                        } finally {
                            using.decrementAndGet();
                        }
                        return doc.getNumberOfPages();
                    })));
                }
                for (java.util.concurrent.Future<Integer> f : jobs) {
                    assertTrue(f.get(30, java.util.concurrent.TimeUnit.SECONDS) > 3);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2, most.get(), "two copies used at once, never more");
            assertEquals(1, open.size());
        }
    }
}
