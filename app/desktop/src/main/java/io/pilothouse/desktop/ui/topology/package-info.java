/**
 * The topology of a host: a graph of its stacks (groups), swarm services and containers (nodes in
 * their state's colour), the networks and volumes they use, and their published ports on the left
 * edge, laid out by Eclipse ELK (layered) off the JavaFX thread and kept current from the host's
 * inventory.
 *
 * <ul>
 *   <li>{@link io.pilothouse.desktop.ui.topology.TopologyGraphBuilder}: inventory snapshot → graph (pure Java).</li>
 *   <li>{@link io.pilothouse.desktop.ui.topology.ElkTopologyLayouter}: graph → boxes and edge routes; keeps the
 *       layout when only states change and seeds ELK's interactive mode with the old places otherwise.</li>
 *   <li>{@link io.pilothouse.desktop.ui.topology.TopologyViewModel}: subscription, coalescing, selection, details.</li>
 *   <li>{@link io.pilothouse.desktop.ui.topology.TopologyCanvas}: plain shapes, zoom around the pointer, pan, fit.</li>
 * </ul>
 *
 * <p>To place it (a tab of the main window): {@code TopologyPane.create(inventory, background, Platform::runLater)},
 * then {@code pane.node()}, {@code pane.selectedProperty()}, {@code pane.onOpenDetails(id -> ...)} and
 * {@code pane.dispose()} when the tab or the connection closes.
 */
package io.pilothouse.desktop.ui.topology;
