package io.pilothouse.core.ops;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.TlsTransport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionGuardTest {

    private final ProductionGuard guard = new ProductionGuard();
    private final HostProfile prod = HostProfile.create("shop-prod",
            TlsTransport.withCertDir("shop.example.invalid", 2376, "/certs"), Environment.PRODUCTION);
    private final HostProfile staging = prod.withName("shop-staging").withEnvironment(Environment.STAGING);

    @Test
    void onlyProductionAsksForTheName() {
        assertThat(guard.requiresConfirmation(prod)).isTrue();
        assertThat(guard.requiresConfirmation(staging)).isFalse();
        assertThat(guard.requiresConfirmation(prod.withEnvironment(Environment.of("production-like")))).isFalse();
    }

    @Test
    void promptNamesActionAndHost() {
        String prompt = guard.prompt(prod, "remove the stack shop");
        assertThat(prompt).contains("remove the stack shop").contains("shop-prod")
                .contains("tcp://shop.example.invalid:2376").contains("production");
    }

    @Test
    void onlyTheExactNameConfirms() {
        assertThat(guard.confirms(prod, "shop-prod")).isTrue();
        assertThat(guard.confirms(prod, "  shop-prod\n")).isTrue();
        assertThat(guard.confirms(prod, "SHOP-PROD")).isFalse();
        assertThat(guard.confirms(prod, "shop")).isFalse();
        assertThat(guard.confirms(prod, "")).isFalse();
        assertThat(guard.confirms(prod, null)).isFalse();
        assertThat(guard.confirms(staging, null)).isTrue();
    }
}
