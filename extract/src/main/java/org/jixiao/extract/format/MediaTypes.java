package org.jixiao.extract.format;

/** The media types jixiao reads. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String TEXT = "text/plain";

    private MediaTypes() {
    }
}
