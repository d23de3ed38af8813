package nl.stagemakelaar.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import nl.stagemakelaar.common.AppConfig;

/**
 * Requests per minute per client address on the public link endpoints (survey, invitation), which take no token:
 * a token bucket per address that holds a minute's worth and refills evenly. Kept in this instance's memory: with
 * several instances an address gets the limit once per instance, which still stops a flood; nothing else needs it.
 */
@ApplicationScoped
public class LinkRateLimit {

    /** Tokens left at a moment; {@code allowed} says whether the request that left it there may go ahead. */
    private record Bucket(double tokens, long at, boolean allowed) {
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject AppConfig config;

    /** Seconds until the address may try again; 0 when this request may go ahead. */
    public long retryAfter(String address) {
        int perMinute = config.publicLinks().requestsPerMinute();
        long now = System.currentTimeMillis();
        Bucket b = buckets.compute(address, (k, old) -> {
            double tokens = old == null ? perMinute
                    : Math.min(perMinute, old.tokens() + (now - old.at()) * perMinute / 60_000.0);
            return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
        });
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(e -> now - e.getValue().at() > 60_000);
        }
        return b.allowed() ? 0 : Math.max(1, (long) Math.ceil((1 - b.tokens()) * 60.0 / perMinute));
    }

    /** Forgets every bucket (tests). */
    public void reset() {
        buckets.clear();
    }
}
