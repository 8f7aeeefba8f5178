package io.pilothouse.desktop.ui.guard;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.UnixSocketTransport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductionGuardViewModelTest {

    final HostProfile prod = HostProfile.create("prod-db-1", new UnixSocketTransport("/run/d.sock"), Environment.PRODUCTION);
    final ConfirmationRule exactName = new ConfirmationRule() {
        @Override public boolean requiresConfirmation(HostProfile host) { return host.environment().isProduction(); }
        @Override public String prompt(HostProfile host, String action) { return "Type " + host.name() + " to " + action + "."; }
        @Override public boolean confirms(HostProfile host, String typed) { return host.name().equals(typed.strip()); }
    };

    @Test
    void confirmedOnlyOnceTheRuleAcceptsWhatWasTyped() {
        ProductionGuardViewModel vm = new ProductionGuardViewModel(prod, "remove", exactName);
        assertThat(vm.prompt()).isEqualTo("Type prod-db-1 to remove.");
        assertThat(vm.title()).isEqualTo("Remove on prod-db-1");
        assertThat(vm.environmentName()).isEqualTo("PRODUCTION");
        assertThat(vm.environmentColour()).isEqualTo("#c62828");
        assertThat(vm.isConfirmed()).isFalse();
        vm.typedProperty().set("prod-db");
        assertThat(vm.isConfirmed()).isFalse();
        vm.typedProperty().set(" prod-db-1 ");
        assertThat(vm.isConfirmed()).isTrue();
        vm.typedProperty().set("PROD-DB-1");
        assertThat(vm.isConfirmed()).isFalse();
    }
}
