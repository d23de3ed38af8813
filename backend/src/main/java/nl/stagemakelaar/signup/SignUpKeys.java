package nl.stagemakelaar.signup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs challenges and seals sign-ups with keys derived from the database's own secret (V29), so every instance
 * uses the same keys and nothing needs configuring. A sealed sign-up is encrypted and authenticated (AES-GCM):
 * the link in the e-mail carries it, nobody can read or change it, and nothing is stored before it comes back.
 */
@ApplicationScoped
public class SignUpKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject EntityManager em;

    private volatile byte[] secret;

    private byte[] secret() {
        if (secret == null) {
            secret = (byte[]) em.createNativeQuery("select value from app_secret where name = 'sign-up'").getSingleResult();
        }
        return secret;
    }

    private byte[] derive(String purpose) {
        return mac(secret(), purpose.getBytes(StandardCharsets.UTF_8));
    }

    public String sign(String data) {
        return B64.encodeToString(mac(derive("challenge"), data.getBytes(StandardCharsets.UTF_8)));
    }

    public boolean verify(String data, String signature) {
        return signature != null && MessageDigest.isEqual(sign(data).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public String seal(byte[] plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derive("seal"), "AES"), new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(plain);
            return B64.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sealed bytes, or null when the token was not made here or was changed. */
    public byte[] open(String token) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(token);
            if (all.length < 12 + 16) {
                return null;
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derive("seal"), "AES"), new GCMParameterSpec(128, all, 0, 12));
            return c.doFinal(all, 12, all.length - 12);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    public static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(new SecretKeySpec(key, "HmacSHA256"));
            return m.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
