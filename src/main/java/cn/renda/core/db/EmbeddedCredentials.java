package cn.renda.core.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded cluster's passwords: generated at first start and kept beside the data directory in a
 * file only the application's user may read, so no other local process can log in.
 */
record EmbeddedCredentials(String superuserPassword, String appPassword) {

    static final String FILE_NAME = "credentials.properties";

    /** The only entries of pg_hba.conf: SCRAM passwords for every role, loopback and the socket. */
    static final String HBA =
            """
            # Written by Renda: every connection needs a password (SCRAM); only loopback is listened on.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            """;

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
            // Tighten a file someone loosened; the passwords stay.
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            String su = p.getProperty("superuser-password");
            String app = p.getProperty("app-password");
            if (su == null || su.isBlank() || app == null || app.isBlank()) {
                throw new IOException(file + " lacks superuser-password or app-password");
            }
            return new EmbeddedCredentials(su, app);
        }
        EmbeddedCredentials created = new EmbeddedCredentials(secret(), secret());
        Path tmp = Files.createTempFile(
                file.getParent(),
                "credentials",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties p = new Properties();
        p.setProperty("superuser-password", created.superuserPassword());
        p.setProperty("app-password", created.appPassword());
        try (Writer out = Files.newBufferedWriter(tmp)) {
            p.store(out, "Embedded PostgreSQL passwords (generated; keep this file private)");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return created;
    }

    /** Whether a pg_hba.conf still lets some connection in without a password. */
    static boolean trustsAnyone(Path hba) throws IOException {
        if (!Files.exists(hba)) {
            return false;
        }
        return Files.readAllLines(hba).stream()
                .map(String::trim)
                .filter(l -> !l.startsWith("#") && !l.isEmpty())
                .anyMatch(l -> l.matches(".*\\s(trust|password)(\\s.*)?$"));
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[***]";
    }
}
