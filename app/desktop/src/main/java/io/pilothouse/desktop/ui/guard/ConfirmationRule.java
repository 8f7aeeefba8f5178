package io.pilothouse.desktop.ui.guard;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.ops.ProductionGuard;

/** What a dangerous action on a host asks for before it runs: the core's production guard, seen by the views. */
public interface ConfirmationRule {

    boolean requiresConfirmation(HostProfile host);

    String prompt(HostProfile host, String action);

    boolean confirms(HostProfile host, String typed);

    static ConfirmationRule of(ProductionGuard guard) {
        return new ConfirmationRule() {
            @Override
            public boolean requiresConfirmation(HostProfile host) {
                return guard.requiresConfirmation(host);
            }

            @Override
            public String prompt(HostProfile host, String action) {
                return guard.prompt(host, action);
            }

            @Override
            public boolean confirms(HostProfile host, String typed) {
                return guard.confirms(host, typed);
            }
        };
    }
}
