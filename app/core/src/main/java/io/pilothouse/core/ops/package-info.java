/**
 * The operations engine: every wizard and {@code pilothouse plan run} is a {@link io.pilothouse.core.ops.Plan}
 * run by a {@link io.pilothouse.core.ops.PlanRunner}.
 * <ul>
 *   <li>A workflow registers a {@link io.pilothouse.core.ops.PlanRequest} record (kind + host + parameters) and a
 *       {@link io.pilothouse.core.ops.PlanFactory} in {@link io.pilothouse.core.ops.PlanFactoryRegistry#standard()};
 *       {@link io.pilothouse.core.ops.PlanFiles} writes and reads requests as YAML or JSON.</li>
 *   <li>A step that changes the host calls {@code ctx.changed(HostChange)} right after the change and
 *       {@code ctx.resolved(change)} when a later step made it good (the container runs again). Changes still open
 *       after a failed run's undos are taken back by the run's {@link io.pilothouse.core.ops.HostChangeReverter}
 *       ({@link io.pilothouse.core.ops.DockerChangeReverter}); an undo that ended resolves its step's changes.</li>
 *   <li>Run with {@code runner.withHostLocks(dirs.locksDir())} and a reverter:
 *       {@code run(plan, host, typed, listener, token, new DockerChangeReverter(session.docker()))}.</li>
 *   <li>{@link io.pilothouse.core.ops.PlanRecovery} finds runs whose process died (journal) and takes their open
 *       changes back; {@link io.pilothouse.core.ops.PlanLeftovers} finds objects by the plan labels;
 *       {@link io.pilothouse.core.ops.PlanHistory} lists the runs.</li>
 *   <li>Listeners hear {@code runProgress} (whole run: fraction, ETA) besides each step's progress, and
 *       {@code changeTakenBack} for each change the reverter handled.</li>
 * </ul>
 */
package io.pilothouse.core.ops;
