package org.jixiao.serve;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/**
 * PNG encoding of page images: 8-bit RGB, every row with the Sub filter, one deflate stream at
 * deflate's fastest level. The JDK's writer tries five filters on every row through the generic
 * raster API, which was two thirds of the time of a page request; a rendered page (white, text, a
 * few boxes) compresses as well with Sub alone, and the fastest level takes half the time of the
 * default for 4 % more bytes. Images of another type than {@link BufferedImage#TYPE_INT_RGB} go
 * to the JDK's writer.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private Png() {
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        }
        int w = img.getWidth();
        int h = img.getHeight();
        DataOutputStream data = new DataOutputStream(out);
        data.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8); // bits per sample
        hd.writeByte(2); // truecolour
        hd.writeByte(0); // deflate
        hd.writeByte(0); // adaptive filtering (per-row filter byte)
        hd.writeByte(0); // not interlaced
        chunk(data, "IHDR", header.toByteArray());
        chunk(data, "IDAT", pixels(img.getRaster(), w, h));
        chunk(data, "IEND", new byte[0]);
        data.flush();
        return out.toByteArray();
    }

    /** The filtered rows, deflated. */
    private static byte[] pixels(WritableRaster raster, int w, int h) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream(128 * 1024);
        // the fastest level: half the time of the default on rendered pages, 4 % larger files
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 64 * 1024)) {
            int[] row = new int[w];
            byte[] line = new byte[1 + 3 * w];
            line[0] = FILTER_SUB;
            for (int y = 0; y < h; y++) {
                raster.getDataElements(0, y, w, 1, row);
                int pr = 0;
                int pg = 0;
                int pb = 0;
                for (int x = 0, i = 1; x < w; x++, i += 3) {
                    int rgb = row[x];
                    int r = (rgb >> 16) & 0xff;
                    int g = (rgb >> 8) & 0xff;
                    int b = rgb & 0xff;
                    line[i] = (byte) (r - pr);
                    line[i + 1] = (byte) (g - pg);
                    line[i + 2] = (byte) (b - pb);
                    pr = r;
                    pg = g;
                    pb = b;
                }
                z.write(line);
            }
        } finally {
            deflater.end();
        }
        return idat.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
