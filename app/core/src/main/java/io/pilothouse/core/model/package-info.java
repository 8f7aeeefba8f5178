/**
 * The inventory model: immutable records of what runs on a host (containers, stacks, swarm
 * services, tasks and nodes, networks, volumes, images), the {@link io.pilothouse.core.model.InventorySnapshot}
 * that holds them with lookups (stack members, volume users, network attachments), and the
 * coalesced {@link io.pilothouse.core.model.InventoryChange} that a live
 * {@link io.pilothouse.core.model.InventoryFeed} publishes to its listeners.
 *
 * <p>Views code against {@code InventoryFeed} and read snapshots; they never see docker-java types.
 */
package io.pilothouse.core.model;
