package io.pilothouse.core.profiles;

import io.pilothouse.core.host.HostProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What loading the profiles found. {@code problem} is the sentence to show when the file could not
 * be read; {@code setAside} is where the unreadable file was kept.
 */
public record ProfileLoad(List<HostProfile> profiles, boolean fileExisted, Optional<String> problem,
                          Optional<Path> setAside) {
}
