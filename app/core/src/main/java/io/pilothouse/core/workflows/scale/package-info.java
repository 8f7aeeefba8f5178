/**
 * Scaling, on the plan engine.
 * <ul>
 *   <li>Swarm services: {@link io.pilothouse.core.workflows.scale.ScaleServicePlanFactory} turns a
 *       {@link io.pilothouse.core.workflows.scale.ScaleServiceRequest} into steps of k replicas
 *       ({@link io.pilothouse.core.workflows.scale.ScaleServiceStep}, each waiting until its tasks run) with an
 *       {@link io.pilothouse.core.workflows.scale.IntervalStep} between them. The counts come from
 *       {@link io.pilothouse.core.workflows.scale.ScaleSchedule} (pure: quorum limits, warnings).
 *       {@link io.pilothouse.core.workflows.scale.SwarmServices} reads and writes services through the engine's JSON,
 *       so a spec keeps the fields the typed client does not know.</li>
 *   <li>Nodes: {@link io.pilothouse.core.workflows.scale.SwarmNodes} and
 *       {@link io.pilothouse.core.workflows.scale.NodeAvailabilityPlanFactory} (drain, pause, activate as a plan;
 *       journaled as {@code NODE_AVAILABILITY}).</li>
 *   <li>Standalone replicas: {@link io.pilothouse.core.workflows.scale.ReplicasPlanFactory} clones a container with
 *       the upgrade workflow's configuration copier and keeps an nginx container in step
 *       ({@link io.pilothouse.core.workflows.scale.NginxProxy}, {@link io.pilothouse.core.workflows.scale.UpstreamConfig}).</li>
 * </ul>
 * A cancel is honoured between steps: a step's wait for its tasks is not cut, then the run takes the
 * service back to its starting count like every cancelled plan. Not built: HAProxy as the proxy.
 */
package io.pilothouse.core.workflows.scale;
