package cn.renda.core.privacy;

import cn.renda.core.PersonalData;
import cn.renda.core.TenantContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link PersonalData} with the JDK's AES-256-GCM (random 96-bit nonce per value, 128-bit tag) and HMAC-SHA256
 * digests; the audit goes to {@code core.audit_log}. Values and keys are never logged.
 */
@Component
class AesGcmPersonalData implements PersonalData {

    static final String PREFIX = "pd1:";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AesGcmPersonalData.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalDataKeys keys;
    // Looked up when first needed: Flyway's Java migrations use this bean before JdbcClient may exist.
    private final ObjectProvider<JdbcClient> jdbc;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    @Autowired
    AesGcmPersonalData(
            Environment env, ObjectProvider<JdbcClient> jdbc, ObjectProvider<PlatformTransactionManager> transactions) {
        this(PersonalDataKeys.from(env), jdbc, transactions);
    }

    AesGcmPersonalData(
            PersonalDataKeys keys,
            ObjectProvider<JdbcClient> jdbc,
            ObjectProvider<PlatformTransactionManager> transactions) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String seal(String plain) {
        if (plain == null || plain.isBlank()) {
            return null;
        }
        PersonalDataKeys.Key key = keys.current();
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.cipher(), new GCMParameterSpec(128, iv));
            // The key id is authenticated too: a value cannot be moved to another key's label.
            cipher.updateAAD(key.id().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + key.id() + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX) || sealed.indexOf(':', PREFIX.length()) < 0) {
            throw new IllegalStateException("not a sealed personal value");
        }
        int colon = sealed.indexOf(':', PREFIX.length());
        String id = sealed.substring(PREFIX.length(), colon);
        PersonalDataKeys.Key key = keys.byId(id);
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.cipher(), new GCMParameterSpec(128, all, 0, 12));
            cipher.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed personal value could not be opened (key " + id + ")", e);
        }
    }

    @Override
    public java.util.Optional<String> tryOpen(String sealed) {
        try {
            return java.util.Optional.ofNullable(open(sealed));
        } catch (IllegalStateException e) {
            log.warn("A sealed personal value could not be opened: {}", e.getMessage());
            return java.util.Optional.empty();
        }
    }

    @Override
    public boolean sealedWithOldKey(String sealed) {
        return sealed != null && !sealed.startsWith(PREFIX + keys.current().id() + ":");
    }

    @Override
    public String digest(String value) {
        return digest(keys.current(), value);
    }

    @Override
    public List<String> digests(String value) {
        if (normal(value).isEmpty()) {
            return List.of();
        }
        return keys.all().stream().map(k -> digest(k, value)).distinct().toList();
    }

    private static String digest(PersonalDataKeys.Key key, String value) {
        String normal = normal(value);
        if (normal.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.digest());
            return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Digits and letters only, upper case (an ID number's final X). */
    static String normal(String value) {
        return value == null ? "" : value.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    @Override
    public void auditFullView(String objectType, Object objectId, String purpose) {
        TransactionTemplate own = new TransactionTemplate(transactions.getObject());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.executeWithoutResult(s -> insert("PERSONAL_DATA_VIEW", objectType, objectId, purpose));
    }

    @Override
    public void auditChange(String action, String objectType, Object objectId, String detail) {
        insert(action, objectType, objectId, detail);
    }

    private void insert(String action, String objectType, Object objectId, String detail) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth.getName() == null ? "system" : auth.getName();
        jdbc.getObject()
                .sql(
                        """
                insert into core.audit_log (congress_id, actor, action, object_type, object_id, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(
                        TenantContext.orNone(),
                        actor,
                        action,
                        objectType,
                        objectId == null ? null : String.valueOf(objectId),
                        detail)
                .update();
    }
}
