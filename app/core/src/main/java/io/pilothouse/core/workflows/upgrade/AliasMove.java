package io.pilothouse.core.workflows.upgrade;

import java.util.List;

/**
 * The aliases a blue/green switch moves on one network: {@code moving} go from blue to green;
 * {@code blueAliases} are all of blue's aliases there (given back on undo), {@code blueAddress} its
 * IPv4 address there, kept when blue is reconnected without the moving aliases so its open
 * connections can finish.
 */
public record AliasMove(String network, List<String> moving, List<String> blueAliases, String blueAddress) {

    public AliasMove {
        moving = List.copyOf(moving);
        blueAliases = List.copyOf(blueAliases);
    }

    /** Blue's aliases that stay with it. */
    public List<String> staying() {
        return blueAliases.stream().filter(a -> !moving.contains(a)).toList();
    }
}
