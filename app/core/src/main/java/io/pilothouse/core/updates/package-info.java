/**
 * Whether the containers and services of a host run the image their tag points to in its registry now.
 * {@link io.pilothouse.core.updates.SnapshotUpdateFinder} works from an inventory snapshot (the local digests
 * are the images' {@code RepoDigests}, a service's pinned digest) and asks each registry once per distinct
 * reference through a {@link io.pilothouse.core.updates.DigestSource}
 * ({@link io.pilothouse.core.workflows.upgrade.RegistryDigests} over HTTP, with its timeouts).
 */
package io.pilothouse.core.updates;
