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
 *   <li>{@link io.pilothouse.core.workflows.upgrade.ContainerUpgrades}: runs previews through the plan runner (guard,
 *       host lock, reverter) and builds the rollback to the previous image from the journal. The step that removes the
 *       old container (recreate or blue/green, alone or in a stack) journals the finished upgrade
 *       ({@code upgrade.container}) itself, so every runner (wizard, command line, plan file) records it.</li>
 *   <li>{@link io.pilothouse.core.workflows.upgrade.RegistryDigests}: the registry's digest for a tag, which
 *       {@code core.updates.SnapshotUpdateFinder} compares with what runs.</li>
 * </ul>
 * Strategies beside the recreate: {@link io.pilothouse.core.workflows.upgrade.BlueGreenPlanFactory} (green beside
 * blue, the network alias moved once green is up), {@link io.pilothouse.core.workflows.upgrade.ServiceUpgradePlanFactory}
 * (swarm's rolling update with {@link io.pilothouse.core.workflows.upgrade.ServiceUpdateSettings}, followed task by
 * task; {@link io.pilothouse.core.workflows.upgrade.ServiceTaskState} for a live task list) and {@link io.pilothouse.core.workflows.upgrade.PlatformUpgrades}
 * (a compose stack in {@link io.pilothouse.core.workflows.upgrade.DependencyOrder}, rolling or in a maintenance window).
 */
package io.pilothouse.core.workflows.upgrade;
