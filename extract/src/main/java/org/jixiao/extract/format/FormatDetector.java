package org.jixiao.extract.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/** Media type of a document from its bytes (magic, zip containers) and its name, via Tika. */
public final class FormatDetector {
    private final Detector detector;

    public FormatDetector() {
        this(TikaConfig.getDefaultConfig().getDetector());
    }

    public FormatDetector(Detector detector) {
        this.detector = detector;
    }

    /** The base media type without parameters, e.g. "application/pdf". */
    public String detect(byte[] bytes, String fileName) throws IOException {
        Metadata md = new Metadata();
        if (fileName != null) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            MediaType type = detector.detect(in, md);
            return type.getBaseType().toString();
        }
    }
}
