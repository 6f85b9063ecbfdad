package org.jixiao.crawl.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.crawl.ScopeMode;

/** Which URLs a crawl may fetch: the seeds' hosts, or the seeds' folders. */
public final class UrlScope {
    private final ScopeMode mode;
    private final List<String> hosts = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();

    public UrlScope(ScopeMode mode, List<String> seeds) {
        this.mode = mode;
        for (String s : seeds) {
            hosts.add(Normalizer.hostKey(s));
            prefixes.add(folderOf(s));
        }
    }

    static String folderOf(String url) {
        try {
            URI u = new URI(url);
            String path = u.getPath() == null || u.getPath().isEmpty() ? "/" : u.getPath();
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            return Normalizer.hostKey(url) + folder;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    public boolean contains(String url) {
        if (mode == ScopeMode.SAME_HOST) {
            return hosts.contains(Normalizer.hostKey(url));
        }
        String full = Normalizer.hostKey(url) + pathOf(url);
        for (String p : prefixes) {
            if (full.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String pathOf(String url) {
        try {
            String p = new URI(url).getPath();
            return p == null || p.isEmpty() ? "/" : p;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
