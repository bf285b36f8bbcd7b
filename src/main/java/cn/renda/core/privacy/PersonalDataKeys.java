package cn.renda.core.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;

/**
 * The keys for personal data. {@code renda.personal-data.key} is the current one (at least 32 characters, e.g. 32
 * random bytes in base64); {@code renda.personal-data.previous-keys} (comma-separated) still open what they sealed,
 * so a key is rotated by configuring a new one and moving the old one there. Without a configured key the
 * production profile refuses to start; elsewhere a key is generated once into {@code <data-dir>/personal-data.key}
 * (owner-only, like the database credentials), or kept in memory for the tests' throw-away database.
 */
final class PersonalDataKeys {

    static final String KEY = "renda.personal-data.key";
    static final String PREVIOUS = "renda.personal-data.previous-keys";
    static final String FILE_NAME = "personal-data.key";
    static final int MIN_LENGTH = 32;

    /** One key: AES and HMAC keys derived from the secret, and a short id stored with each sealed value. */
    record Key(String id, SecretKeySpec cipher, SecretKeySpec digest) {}

    private final Key current;
    private final List<Key> all;

    private PersonalDataKeys(String current, List<String> previous) {
        this.current = derive(current);
        List<Key> keys = new ArrayList<>();
        keys.add(this.current);
        previous.stream().map(PersonalDataKeys::derive).forEach(keys::add);
        this.all = List.copyOf(keys);
    }

    static PersonalDataKeys of(String current, String... previous) {
        return new PersonalDataKeys(current, Arrays.asList(previous));
    }

    static PersonalDataKeys from(Environment env) {
        boolean prod = env.acceptsProfiles(org.springframework.core.env.Profiles.of("prod"));
        String configured = env.getProperty(KEY, "").strip();
        List<String> previous = Arrays.stream(env.getProperty(PREVIOUS, "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (!configured.isEmpty()) {
            if (configured.length() < MIN_LENGTH) {
                throw new IllegalStateException(KEY + " must be at least " + MIN_LENGTH + " characters");
            }
            return new PersonalDataKeys(configured, previous);
        }
        if (prod) {
            throw new IllegalStateException("Production needs " + KEY + " (at least " + MIN_LENGTH
                    + " characters, e.g. `openssl rand -base64 32`) to encrypt personal data; refusing to start");
        }
        if (env.getProperty("renda.db.embedded.ephemeral", Boolean.class, false)) {
            return new PersonalDataKeys(generate(), previous);
        }
        Path file = Path.of(env.getProperty("renda.data-dir", "./data")).resolve(FILE_NAME);
        return new PersonalDataKeys(loadOrCreate(file), previous);
    }

    Key current() {
        return current;
    }

    List<Key> all() {
        return all;
    }

    Key byId(String id) {
        return all.stream()
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("personal data sealed with an unknown key " + id));
    }

    static String loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(
                    file.toAbsolutePath().getParent(),
                    "key",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, generate() + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the personal data key " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Key derive(String secret) {
        byte[] s = secret.getBytes(StandardCharsets.UTF_8);
        return new Key(
                HexFormat.of().formatHex(hmac(s, "renda personal data key id")).substring(0, 8),
                new SecretKeySpec(hmac(s, "renda personal data seal v1"), "AES"),
                new SecretKeySpec(hmac(s, "renda personal data digest v1"), "HmacSHA256"));
    }

    static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
