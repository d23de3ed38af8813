package nl.stagemakelaar.signup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The abuse check that needs no third party: the page must find a number whose SHA-256 with the challenge's salt
 * starts with {@code difficulty} zero bits (a second or two on a phone, a real cost for a flood). Challenges are
 * signed, expire after ten minutes, and count once (a salt used is remembered in this instance until it expires).
 */
@ApplicationScoped
public class ProofOfWork {

    static final int DIFFICULTY = 16;
    static final long VALID_SECONDS = 600;

    @Schema(name = "SignUpChallenge", description = "Find nonce so that SHA-256(salt + \":\" + nonce) starts with difficulty zero bits")
    public record Challenge(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String salt,
            @jakarta.validation.constraints.NotNull Long expiresAt,
            @jakarta.validation.constraints.NotNull Integer difficulty,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String signature) {
    }

    @Inject SignUpKeys keys;

    private final ConcurrentHashMap<String, Long> used = new ConcurrentHashMap<>();

    public Challenge issue() {
        String salt = SignUpKeys.randomHex(16);
        long expiresAt = Instant.now().getEpochSecond() + VALID_SECONDS;
        return new Challenge(salt, expiresAt, DIFFICULTY, keys.sign(salt + "|" + expiresAt + "|" + DIFFICULTY));
    }

    /** A challenge we signed, not expired, solved by {@code nonce}, and not spent yet. */
    public boolean solved(Challenge c, String nonce) {
        return c.expiresAt() >= Instant.now().getEpochSecond() && c.difficulty() >= DIFFICULTY && nonce != null
                && nonce.length() <= 40 && keys.verify(c.salt() + "|" + c.expiresAt() + "|" + c.difficulty(), c.signature())
                && leadingZeroBits(sha256(c.salt() + ":" + nonce)) >= c.difficulty() && !used.containsKey(c.salt());
    }

    /** Uses the challenge up; false when it was used before (two requests with one solution). */
    public boolean spend(Challenge c) {
        long now = Instant.now().getEpochSecond();
        used.entrySet().removeIf(e -> e.getValue() < now);
        return used.putIfAbsent(c.salt(), c.expiresAt()) == null;
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }
}
