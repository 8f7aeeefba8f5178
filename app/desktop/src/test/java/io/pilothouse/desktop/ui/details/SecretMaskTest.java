package io.pilothouse.desktop.ui.details;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskTest {

    @ParameterizedTest
    @ValueSource(strings = {"POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD_FILE", "db_password", "AWS_SECRET_ACCESS_KEY",
            "GITHUB_TOKEN", "api-key", "API_KEY", "GOOGLE_APPLICATION_CREDENTIALS", "Credential", "SMTP_PASS",
            "SECRET", "jwtSecret", "ACCESSTOKEN", "SENTRY_DSN", "PRIVATE_KEY", "STRIPE_APIKEY", "BASIC_AUTH"})
    void keysThatLookSecret(String key) {
        assertThat(SecretMask.looksSecret(key)).isTrue();
        assertThat(SecretMask.shown(key, "hunter2", false)).isEqualTo(SecretMask.MASK);
        assertThat(SecretMask.shown(key, "hunter2", true)).isEqualTo("hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATH", "KEYBOARD_LAYOUT", "HOSTNAME", "LANG", "PWD", "BYPASS_PROXY", "MONKEY_COUNT", "TZ", ""})
    void keysThatDoNot(String key) {
        assertThat(SecretMask.looksSecret(key)).isFalse();
        assertThat(SecretMask.shown(key, "value", false)).isEqualTo("value");
    }

    @Test
    void anEmptySecretStaysEmptySoItCanBeSeenThatNoneIsSet() {
        assertThat(SecretMask.shown("DB_PASSWORD", "", false)).isEmpty();
        assertThat(SecretMask.shown("DB_PASSWORD", null, false)).isEmpty();
    }

    @Test
    void aPasswordInsideAUrlIsMasked() {
        assertThat(SecretMask.maskUrlPassword("postgres://app:hunter2@db:5432/app"))
                .isEqualTo("postgres://app:" + SecretMask.MASK + "@db:5432/app");
        assertThat(SecretMask.maskUrlPassword("http://example.invalid:8080/x")).isEqualTo("http://example.invalid:8080/x");
    }
}
