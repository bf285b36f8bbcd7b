package cn.renda.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.core.PersonalData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The personal-data cipher on its own: sealing, rotation, tampering, digests, masks and where the key comes from. */
class PersonalDataKeysTests {

    static final String KEY = "k3y-for-tests-0123456789abcdefghijklmnop";
    static final String NEXT = "another-key-for-tests-9876543210zyxwvuts";

    static AesGcmPersonalData cipher(PersonalDataKeys keys) {
        return new AesGcmPersonalData(keys, null, null);
    }

    @Test
    void aSealedPhoneOpensAgainAndNeverShowsTheNumber() {
        PersonalData pd = cipher(PersonalDataKeys.of(KEY));
        String sealed = pd.seal("13812345678");
        assertThat(sealed).startsWith("pd1:").doesNotContain("13812345678").doesNotContain("5678");
        assertThat(pd.seal("13812345678")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(pd.open(sealed)).isEqualTo("13812345678");
        assertThat(pd.seal("  ")).isNull();
        assertThat(pd.open(null)).isNull();
    }

    @Test
    void aTamperedValueOrAnUnknownKeyIsAnErrorNotAnEmptyNumber() {
        PersonalData pd = cipher(PersonalDataKeys.of(KEY));
        String sealed = pd.seal("13812345678");
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> pd.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher(PersonalDataKeys.of(NEXT)).open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown key");
    }

    @Test
    void afterRotationOldValuesStillOpenAndStillMatchASearch() {
        PersonalData before = cipher(PersonalDataKeys.of(KEY));
        String oldSealed = before.seal("13812345678");
        String oldDigest = before.digest("13812345678");

        PersonalData after = cipher(PersonalDataKeys.of(NEXT, KEY));
        assertThat(after.open(oldSealed)).isEqualTo("13812345678");
        assertThat(after.sealedWithOldKey(oldSealed)).isTrue();
        assertThat(after.sealedWithOldKey(after.seal("13812345678"))).isFalse();
        assertThat(after.digests("138 1234-5678")).contains(oldDigest, after.digest("13812345678"));
    }

    @Test
    void digestsIgnoreSpacesAndDashesAndDependOnTheKey() {
        PersonalData pd = cipher(PersonalDataKeys.of(KEY));
        assertThat(pd.digest("138 1234-5678"))
                .isEqualTo(pd.digest("13812345678"))
                .hasSize(64);
        assertThat(pd.digest("42010119900101123x")).isEqualTo(pd.digest("42010119900101123X"));
        assertThat(cipher(PersonalDataKeys.of(NEXT)).digest("13812345678")).isNotEqualTo(pd.digest("13812345678"));
        assertThat(pd.digest("")).isNull();
    }

    @Test
    void masksShowOnlyWhatIdentifiesNobody() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone("138-1234-5678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskIdNumber("420101199001011234")).isEqualTo("420***********1234");
        assertThat(PersonalData.maskName("王小明")).isEqualTo("王**");
        assertThat(PersonalData.maskPhone(null)).isNull();
    }

    @Test
    void productionRefusesToStartWithoutAConfiguredKey() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThatThrownBy(() -> PersonalDataKeys.from(prod))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("renda.personal-data.key");
        prod.setProperty("renda.personal-data.key", "too-short");
        assertThatThrownBy(() -> PersonalDataKeys.from(prod)).isInstanceOf(IllegalStateException.class);
        prod.setProperty("renda.personal-data.key", KEY);
        assertThat(PersonalDataKeys.from(prod).current().id()).hasSize(8);
    }

    @Test
    void withoutAConfiguredKeyDevelopmentGeneratesOneOwnerOnlyAndKeepsIt(@TempDir Path dir) throws Exception {
        MockEnvironment dev = new MockEnvironment().withProperty("renda.data-dir", dir.toString());
        String first = PersonalDataKeys.from(dev).current().id();
        Path file = dir.resolve(PersonalDataKeys.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(PersonalDataKeys.MIN_LENGTH);
        assertThat(PersonalDataKeys.from(dev).current().id())
                .as("the same key at the next start")
                .isEqualTo(first);
    }
}
