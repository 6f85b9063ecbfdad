package org.jixiao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngTest {
    /** A page-like image: white, noise where the text would be, a translucent box. */
    private static BufferedImage page(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        Random rnd = new Random(7);
        for (int y = 10; y < h - 10; y += 3) {
            for (int x = 5; x < w / 2; x++) {
                img.setRGB(x, y, rnd.nextInt(1 << 24));
            }
        }
        Graphics2D b = img.createGraphics();
        b.setColor(new Color(220, 30, 30, 48));
        b.fillRect(w / 3, h / 3, w / 3, h / 5);
        b.dispose();
        return img;
    }

    private static void assertSamePixels(BufferedImage expected, byte[] png) throws IOException {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(back, "a PNG that ImageIO reads");
        assertEquals(expected.getWidth(), back.getWidth());
        assertEquals(expected.getHeight(), back.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void decodesToTheSamePixelsWholeOrCropped() throws IOException {
        BufferedImage img = page(301, 207);
        assertSamePixels(img, Png.encode(img));
        BufferedImage band = img.getSubimage(0, 50, 301, 90);
        assertSamePixels(band, Png.encode(band));
    }

    @Test
    void aPageCompressesAboutAsWellAsTheJdkWriter() throws IOException {
        BufferedImage img = new BufferedImage(900, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 1200);
        g.setColor(Color.BLACK);
        for (int y = 60; y < 1150; y += 28) {
            g.drawString("部门整体支出绩效自评报告 2024 年度 预算执行率 86.56% 33,502.94万元", 40, y);
        }
        g.dispose();
        java.io.ByteArrayOutputStream jdk = new java.io.ByteArrayOutputStream();
        ImageIO.write(img, "png", jdk);
        byte[] ours = Png.encode(img);
        assertSamePixels(img, ours);
        assertTrue(ours.length < jdk.size() * 2, ours.length + " bytes against the JDK's " + jdk.size());
    }
}
