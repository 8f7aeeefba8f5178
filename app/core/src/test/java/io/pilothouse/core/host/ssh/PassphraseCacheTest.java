package io.pilothouse.core.host.ssh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassphraseCacheTest {

    @Test
    void keepsItsOwnCopyAndHandsOutCopies() {
        PassphraseCache cache = new PassphraseCache();
        char[] given = "secret".toCharArray();
        cache.put("/keys/id_rsa", given);
        given[0] = 'X';
        char[] first = cache.get("/keys/id_rsa").orElseThrow();
        assertThat(new String(first)).isEqualTo("secret");
        first[0] = 'Y';
        assertThat(new String(cache.get("/keys/id_rsa").orElseThrow())).isEqualTo("secret");
        assertThat(cache.get("/keys/other")).isEmpty();
    }

    @Test
    void forgetAndClearDropPassphrases() {
        PassphraseCache cache = new PassphraseCache();
        cache.put("a", "1".toCharArray());
        cache.put("b", "2".toCharArray());
        cache.forget("a");
        assertThat(cache.contains("a")).isFalse();
        assertThat(cache.contains("b")).isTrue();
        cache.clear();
        assertThat(cache.get("b")).isEmpty();
    }
}
