package nl.stagemakelaar.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import nl.stagemakelaar.common.AppConfig;

/**
 * Requests per minute per client address on the public link endpoints (survey, invitation), which take no token.
 * A fixed one-minute window in this instance's memory: with several instances an address gets the limit once per
 * instance, which still stops a flood; nothing else depends on it.
 */
@ApplicationScoped
public class LinkRateLimit {

    private record Window(long minute, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject AppConfig config;

    /** Seconds until the address may try again; 0 when this request may go ahead. */
    public long retryAfter(String address) {
        long now = System.currentTimeMillis();
        long minute = now / 60_000;
        Window w = windows.compute(address, (k, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        return w.count() <= config.publicLinks().requestsPerMinute() ? 0 : 60 - (now / 1000) % 60;
    }

    /** Forgets every window (tests). */
    public void reset() {
        windows.clear();
    }
}
