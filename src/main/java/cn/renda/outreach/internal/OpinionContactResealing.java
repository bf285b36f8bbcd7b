package cn.renda.outreach.internal;

import cn.renda.core.PersonalData;
import cn.renda.core.PersonalDataSealing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After each migrate: citizens' contacts sealed by outreach's own key ({@code v1:…} under
 * {@code renda.outreach.contact-key}, the only use left of that setting) are opened and sealed again under the
 * installation's personal-data key, so existing opinions stay readable. A value that does not open is left as
 * it was and counted in the log line (never its content).
 */
@Component
class OpinionContactResealing extends PersonalDataSealing {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OpinionContactResealing.class);

    private final String legacySecret;

    OpinionContactResealing(
            PersonalData personalData,
            @Value("${renda.outreach.contact-key:renda-demo-contact-key}") String legacySecret) {
        super(personalData);
        this.legacySecret = legacySecret;
    }

    @Override
    protected void seal(Connection c, PersonalData personalData) throws SQLException {
        SecretKeySpec legacy = new SecretKeySpec(sha256(legacySecret), "AES");
        int resealed = 0;
        int unreadable = 0;
        try (PreparedStatement select = c.prepareStatement(
                        "select congress_id, id, contact_sealed from outreach.opinion where contact_sealed like 'v1:%'");
                PreparedStatement update = c.prepareStatement(
                        "update outreach.opinion set contact_sealed = ? where congress_id = ? and id = ?");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String plain = openLegacy(legacy, rs.getString(3));
                if (plain == null) {
                    unreadable++;
                    continue;
                }
                update.setString(1, personalData.seal(plain));
                update.setLong(2, rs.getLong(1));
                update.setLong(3, rs.getLong(2));
                update.addBatch();
                resealed++;
            }
            update.executeBatch();
        }
        if (resealed + unreadable > 0) {
            log.info("Opinion contacts sealed again: {}, unreadable with the old key: {}", resealed, unreadable);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outreach's former format: {@code v1:} + base64(12-byte nonce + AES-GCM of "name\nphone"). */
    static String openLegacy(SecretKeySpec key, String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(3));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
