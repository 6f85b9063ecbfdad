package org.jixiao.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jixiao.index.query.IndexView;
import org.jixiao.model.Validate;

/**
 * The newest committed state of an index folder: a {@code jixiao index} or {@code jixiao run}
 * that commits while the server runs is seen within {@code checkMillis}. A replaced view is
 * closed a while later, when the requests that were reading it are long done.
 */
public final class LiveView implements Supplier<IndexView>, AutoCloseable {
    /** How long a replaced view stays open for the requests still reading it. */
    static final long RETIRE_SECONDS = 120;
    private final Path dir;
    private final long checkMillis;
    private final ScheduledExecutorService retire = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jixiao-serve-retire");
        t.setDaemon(true);
        return t;
    });
    private volatile IndexView current;
    private volatile long checked;

    public LiveView(Path dir, long checkMillis) throws IOException {
        this.dir = Validate.notNullParam(dir, "dir");
        this.checkMillis = checkMillis;
        this.current = IndexView.open(dir);
        this.checked = System.currentTimeMillis();
    }

    @Override
    public IndexView get() {
        long now = System.currentTimeMillis();
        if (now - checked >= checkMillis) {
            refresh(now);
        }
        return current;
    }

    private synchronized void refresh(long now) {
        if (now - checked < checkMillis) {
            return;
        }
        checked = now;
        try {
            if (!current.reader().isCurrent()) {
                IndexView old = current;
                current = IndexView.open(dir);
                retire.schedule(() -> closeQuietly(old), RETIRE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (IOException | RuntimeException e) {
            // an index being rewritten (or deleted) right now: keep answering from the view we have
        }
    }

    private static void closeQuietly(IndexView v) {
        try {
            v.close();
        } catch (IOException e) {
            // nothing more to free
        }
    }

    @Override
    public synchronized void close() throws IOException {
        retire.shutdownNow();
        current.close();
    }
}
