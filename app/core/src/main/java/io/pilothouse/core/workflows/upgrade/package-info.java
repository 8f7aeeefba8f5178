/**
 * Upgrades of containers.
 * <ul>
 *   <li>{@link io.pilothouse.core.workflows.upgrade.ContainerConfigCopier}: the replacement's create request from
 *       the old container's inspect and the old and new images' configs (pure, tested without an engine). It works on
 *       the engine's JSON as it is ({@link io.pilothouse.core.workflows.upgrade.EngineApi}), so settings the typed
 *       client does not know are carried over too.</li>
 *   <li>{@link io.pilothouse.core.workflows.upgrade.RecreatePlanFactory}: the recreate {@code Plan} and its preview
 *       ({@link io.pilothouse.core.workflows.upgrade.RecreatePreview}: steps, digests, defaults that change). Steps
 *       journal each change (stopped, renamed aside, created) and resolve them when the old container is removed, so
 *       an upgrade the app did not finish is taken back at the next start.</li>
 *   <li>{@link io.pilothouse.core.workflows.upgrade.ContainerUpgrades}: runs previews through the plan runner and
 *       journals finished upgrades ({@code upgrade.container}) for a later rollback.</li>
 *   <li>{@link io.pilothouse.core.workflows.upgrade.UpdateFinder} with
 *       {@link io.pilothouse.core.workflows.upgrade.RegistryDigests}: which containers' tags point to another image in
 *       their registry.</li>
 * </ul>
 * Not built yet: blue/green, swarm service updates, whole-platform order and maintenance window, the desktop wizard.
 */
package io.pilothouse.core.workflows.upgrade;
