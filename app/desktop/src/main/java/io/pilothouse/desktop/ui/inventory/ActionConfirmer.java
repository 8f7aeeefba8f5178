package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.HostProfile;

/** Asks the person before an action: the production guard (name typed out) or a plain yes. {@code Dialogs::confirm} fits. */
@FunctionalInterface
public interface ActionConfirmer {

    boolean confirm(HostProfile host, String action, String sentence);
}
