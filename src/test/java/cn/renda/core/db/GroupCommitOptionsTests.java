package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded server's group commit settings: a delay only with enough other transactions open, 0 turns it off. */
class GroupCommitOptionsTests {

    @AfterEach
    void clear() {
        System.clearProperty(EmbeddedPostgresServer.COMMIT_DELAY);
        System.clearProperty(EmbeddedPostgresServer.COMMIT_SIBLINGS);
    }

    @Test
    void theDefaultDelaysACommitOnlyWhenOtherTransactionsAreOpen() {
        String options = EmbeddedPostgresServer.groupCommitOptions();
        if (EmbeddedPostgresServer.DEFAULT_COMMIT_DELAY > 0) {
            assertThat(options)
                    .isEqualTo(" -c commit_delay=" + EmbeddedPostgresServer.DEFAULT_COMMIT_DELAY
                            + " -c commit_siblings=" + EmbeddedPostgresServer.DEFAULT_COMMIT_SIBLINGS);
            assertThat(EmbeddedPostgresServer.DEFAULT_COMMIT_SIBLINGS).isGreaterThan(1);
        } else {
            assertThat(options).isEmpty();
        }
    }

    @Test
    void thePropertiesSetTheDelayAndSiblingsAndZeroTurnsItOff() {
        System.setProperty(EmbeddedPostgresServer.COMMIT_DELAY, "250");
        System.setProperty(EmbeddedPostgresServer.COMMIT_SIBLINGS, "3");
        assertThat(EmbeddedPostgresServer.groupCommitOptions()).isEqualTo(" -c commit_delay=250 -c commit_siblings=3");

        System.setProperty(EmbeddedPostgresServer.COMMIT_DELAY, "0");
        assertThat(EmbeddedPostgresServer.groupCommitOptions()).isEmpty();
    }
}
