package org.jixiao.crawl.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * One request at a time per host, at least the host's delay apart (measured from the end of one
 * request to the start of the next, so a slow server is not hammered either).
 */
public final class Politeness {
    private final Map<String, Long> readyAt = new HashMap<>();
    private final Map<String, Long> delayMs = new HashMap<>();
    private final long defaultDelayMs;

    public Politeness(long defaultDelayMs) {
        this.defaultDelayMs = defaultDelayMs;
    }

    /**
     * Raises a host's delay (robots.txt Crawl-delay, read just now); never lowers it below the
     * default. The next request waits the new delay from now, not the old one from robots.txt's end.
     */
    public synchronized void setDelay(String host, long ms) {
        long d = Math.max(defaultDelayMs, ms);
        delayMs.put(host, d);
        readyAt.merge(host, System.nanoTime() + d * 1_000_000, Math::max);
    }

    public synchronized long delayOf(String host) {
        return delayMs.getOrDefault(host, defaultDelayMs);
    }

    /** Blocks until a request to {@code host} may start. */
    public void await(String host) throws InterruptedException {
        long wait;
        synchronized (this) {
            wait = readyAt.getOrDefault(host, 0L) - System.nanoTime();
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** Records that a request to {@code host} just ended. */
    public synchronized void done(String host) {
        readyAt.put(host, System.nanoTime() + delayOf(host) * 1_000_000);
    }
}
