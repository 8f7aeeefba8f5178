package io.pilothouse.desktop.ui.inventory;

import io.pilothouse.core.host.HostProfile;

import java.util.Optional;

/**
 * Asks the person before an action: the production guard (the host's name typed out) or a plain yes.
 * Answers what was typed (an empty string when no name was asked), or empty when the person declined;
 * the core checks the typed name again before it acts.
 */
@FunctionalInterface
public interface ActionConfirmer {

    Optional<String> confirm(HostProfile host, String action, String sentence);
}
