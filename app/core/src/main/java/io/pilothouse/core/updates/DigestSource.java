package io.pilothouse.core.updates;

import io.pilothouse.core.workflows.upgrade.ImageReference;

import java.io.IOException;

/** The digest a registry has now for a reference's tag; throws with a sentence when it cannot tell. */
@FunctionalInterface
public interface DigestSource {

    String digest(ImageReference reference) throws IOException, InterruptedException;
}
