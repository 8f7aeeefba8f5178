/**
 * Keeping a host's inventory current.
 *
 * <p>{@link io.pilothouse.core.inventory.HostInventory} takes one snapshot (containers listed, then
 * each inspected on a bounded pool with a timeout per call; swarm services, tasks and nodes when the
 * engine is a manager; networks, volumes, images), then follows the engine's event stream: an event
 * fetches again only what it names. Listeners hear coalesced changes, at most one per publish window
 * (100 ms). The engine sends no event when a swarm task reaches its state, so the task list is read
 * again while a task is on its way (every 300 ms, only then). When the stream breaks, the inventory
 * reconnects with backoff, takes a fresh snapshot and resumes the stream with {@code since} = the last
 * event it saw; events that arrive while a snapshot loads are fetched again after it.
 *
 * <p>Stacks come from labels ({@link io.pilothouse.core.inventory.StackLabels}); volumes are
 * classified by {@link io.pilothouse.core.inventory.VolumeClassifier} (saved choices in
 * {@link io.pilothouse.core.inventory.VolumeChoices}, label {@code io.pilothouse.backup}).
 */
package io.pilothouse.core.inventory;
