package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoolSizeTests {

    @Test
    void thePoolFollowsTheCoresWithRoomForTheScheduler() {
        assertThat(PoolSize.forCores(2)).isEqualTo(10);
        assertThat(PoolSize.forCores(8)).isEqualTo(34);
        assertThat(PoolSize.forCores(0)).isEqualTo(6);
    }
}
