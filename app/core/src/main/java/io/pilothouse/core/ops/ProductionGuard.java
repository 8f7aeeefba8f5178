package io.pilothouse.core.ops;

import io.pilothouse.core.host.HostProfile;

/**
 * Before a destructive action on a production host, the host's name must be typed out. Every
 * wizard and the CLI (--confirm-host) go through this one check.
 */
public final class ProductionGuard {

    /** True when the profile's environment asks for the typed name. */
    public boolean requiresConfirmation(HostProfile host) {
        return host.environment().isProduction();
    }

    /** The sentence that asks for the name, naming the action and the host. */
    public String prompt(HostProfile host, String action) {
        return host.name() + " is a production host (" + host.transport().url() + "). To " + action
                + " on it, type its name, " + host.name() + ":";
    }

    /** Whether {@code typed} confirms the action on {@code host} (exact name, surrounding blanks ignored). */
    public boolean confirms(HostProfile host, String typed) {
        if (!requiresConfirmation(host)) {
            return true;
        }
        return typed != null && typed.strip().equals(host.name());
    }
}
