package org.jixiao.serve;

import java.io.IOException;
import java.util.List;

import org.jixiao.index.query.IndexView;
import org.jixiao.index.query.ReportInfo;

/**
 * The indexed reports of one index view, read once: the view is a point in time, so the list
 * only changes when the view does.
 */
public final class ReportList {
    private IndexView of;
    private List<ReportInfo> reports;

    public synchronized List<ReportInfo> all(IndexView view) throws IOException {
        if (view != of) {
            reports = List.copyOf(view.reports());
            of = view;
        }
        return reports;
    }
}
