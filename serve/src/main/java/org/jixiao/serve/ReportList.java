package org.jixiao.serve;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.jixiao.index.query.ReportInfo;

/**
 * The indexed reports of one state of the index, read once: a view is a point in time, so the
 * list only changes when the {@link ServedIndex#version() version} does.
 */
public final class ReportList {
    private Object of;
    private List<ReportInfo> reports;

    public synchronized List<ReportInfo> all(ServedIndex index) throws IOException {
        Object version = index.version();
        if (reports == null || !Objects.equals(version, of)) {
            reports = List.copyOf(index.reports());
            of = version;
        }
        return reports;
    }
}
