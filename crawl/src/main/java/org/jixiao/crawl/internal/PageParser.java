package org.jixiao.crawl.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page read with jsoup: its charset (GB2312 and GBK read as their superset GB18030), title,
 * links with their text, the pages of a script-generated pager ({@code createPageHTML(n, i, "index",
 * "html")}, common in government CMSs) and whether the body itself is a report.
 */
public final class PageParser {
    /** A link and the text it was shown with. */
    public record Link(String url, String text) {
    }

    /**
     * A parsed page.
     *
     * @param charset    the charset the page was decoded with
     * @param title      the page title (or first heading)
     * @param links      absolute links in document order (not normalised)
     * @param reportBody true when the page body is itself a report (long text, report words in its title)
     */
    public record Page(String charset, String title, List<Link> links, boolean reportBody) {
    }

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final Pattern PAGER = Pattern.compile(
            "createPageHTML\\(\\s*['\"]?(\\d+)['\"]?\\s*,\\s*['\"]?(\\d+)['\"]?\\s*,\\s*['\"]([\\w.-]+)['\"]\\s*,\\s*['\"](\\w+)['\"]");
    private static final Pattern REPORT_WORDS = Pattern.compile("报告|说明|预算|决算|自评|绩效|公开");
    private static final int MAX_PAGER_PAGES = 500;
    /** Text outside links above which a page with report words in its title is a report. */
    static final int REPORT_TEXT_CHARS = 1500;

    public Page parse(byte[] bytes, String contentType, String baseUrl) {
        Charset cs = charset(bytes, contentType);
        String html = new String(bytes, cs);
        Document doc = Jsoup.parse(html, baseUrl);
        String title = doc.title().strip();
        if (title.isEmpty()) {
            Element h = doc.selectFirst("h1, h2, h3");
            title = h == null ? "" : h.text().strip();
        }
        List<Link> links = new ArrayList<>();
        for (Element a : doc.select("a[href], area[href]")) {
            String text = a.text().strip();
            if (text.isEmpty()) {
                text = a.attr("title").strip();
            }
            links.add(new Link(a.absUrl("href"), text));
        }
        for (Element f : doc.select("iframe[src], frame[src]")) {
            links.add(new Link(f.absUrl("src"), f.attr("title").strip()));
        }
        links.addAll(pagerLinks(html, doc));
        return new Page(cs.name(), title, links, isReport(doc, title));
    }

    private static boolean isReport(Document doc, String title) {
        if (doc.body() == null) {
            return false;
        }
        int all = doc.body().text().length();
        int inLinks = 0;
        for (Element a : doc.body().select("a")) {
            inLinks += a.text().length();
        }
        String heads = title + " " + doc.select("h1, h2").text();
        return all - inLinks >= REPORT_TEXT_CHARS && REPORT_WORDS.matcher(heads).find();
    }

    private static List<Link> pagerLinks(String html, Document doc) {
        List<Link> out = new ArrayList<>();
        Matcher m = PAGER.matcher(html);
        if (m.find()) {
            int count = (int) Math.min(Long.parseLong(m.group(1)), MAX_PAGER_PAGES);
            String stem = m.group(3);
            String ext = m.group(4);
            for (int i = 0; i < count; i++) {
                String name = i == 0 ? stem + "." + ext : stem + "_" + i + "." + ext;
                out.add(new Link(doc.location().isEmpty() ? name : resolve(doc, name), "第" + (i + 1) + "页"));
            }
        }
        return out;
    }

    private static String resolve(Document doc, String relative) {
        Element a = doc.createElement("a").attr("href", relative);
        a.setBaseUri(doc.location());
        return a.absUrl("href");
    }

    /** The page's charset: BOM, then Content-Type, then meta, then UTF-8 if it decodes, else GB18030. */
    static Charset charset(byte[] bytes, String contentType) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = null;
        if (contentType != null) {
            Matcher m = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)").matcher(contentType);
            declared = m.find() ? named(m.group(1)) : null;
        }
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            declared = m.find() ? named(m.group(1)) : null;
        }
        if (declared != null) {
            return declared;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    private static Charset named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.startsWith("gb_2312") || n.equals("cp936")
                || n.equals("gb18030")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
