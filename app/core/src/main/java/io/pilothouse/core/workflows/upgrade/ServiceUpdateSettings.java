package io.pilothouse.core.workflows.upgrade;

import java.time.Duration;
import java.util.Objects;

/**
 * How swarm rolls a service onto the new image: tasks at a time, the pause between batches, whether
 * a new task starts before its old one stops, what a failed batch does, and how long each new task
 * is watched before it counts as up.
 */
public record ServiceUpdateSettings(int parallelism, Duration delay, Order order, FailureAction failureAction,
                                    Duration monitor, Duration timeout) {

    public enum Order {
        START_FIRST("start-first"), STOP_FIRST("stop-first");

        private final String engineName;

        Order(String engineName) {
            this.engineName = engineName;
        }

        public String engineName() {
            return engineName;
        }

        public static Order parse(String text) {
            for (Order o : values()) {
                if (o.engineName.equals(text)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("The update order must be start-first or stop-first, not \"" + text + "\"");
        }
    }

    public enum FailureAction {
        ROLLBACK("rollback"), PAUSE("pause"), CONTINUE("continue");

        private final String engineName;

        FailureAction(String engineName) {
            this.engineName = engineName;
        }

        public String engineName() {
            return engineName;
        }

        public static FailureAction parse(String text) {
            for (FailureAction a : values()) {
                if (a.engineName.equals(text)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("The failure action must be rollback, pause or continue, not \"" + text + "\"");
        }
    }

    public ServiceUpdateSettings {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(failureAction, "failureAction");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(timeout, "timeout");
        if (parallelism < 0) {
            throw new IllegalArgumentException("The parallelism must be 0 (all at once) or more, not " + parallelism);
        }
        if (delay.isNegative() || monitor.isNegative()) {
            throw new IllegalArgumentException("The delay and the monitor period cannot be negative");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The update timeout must be more than 0 s");
        }
    }

    /** One task at a time, no pause, start-first, roll back on failure, each task watched for 5 s, 5 minutes in all. */
    public static ServiceUpdateSettings defaults() {
        return new ServiceUpdateSettings(1, Duration.ZERO, Order.START_FIRST, FailureAction.ROLLBACK,
                Duration.ofSeconds(5), Duration.ofMinutes(5));
    }

    /**
     * The settings a service's spec holds now ({@code Spec.UpdateConfig}, the engine's defaults for
     * what it leaves out: one task at a time, no pause, stop-first, pause on failure, 5 s watched),
     * with the default timeout; the wizard starts from these.
     */
    public static ServiceUpdateSettings of(com.fasterxml.jackson.databind.JsonNode updateConfig) {
        int parallelism = updateConfig.path("Parallelism").asInt(1);
        Order order = updateConfig.path("Order").asText("").isEmpty() ? Order.STOP_FIRST
                : Order.parse(updateConfig.path("Order").asText());
        FailureAction action = updateConfig.path("FailureAction").asText("").isEmpty() ? FailureAction.PAUSE
                : FailureAction.parse(updateConfig.path("FailureAction").asText());
        long monitor = updateConfig.path("Monitor").asLong(0);
        return new ServiceUpdateSettings(Math.max(0, parallelism), Duration.ofNanos(Math.max(0, updateConfig.path("Delay").asLong(0))),
                order, action, monitor > 0 ? Duration.ofNanos(monitor) : Duration.ofSeconds(5), defaults().timeout());
    }

    public String describe() {
        return (parallelism == 0 ? "all tasks at once" : parallelism + " task" + (parallelism == 1 ? "" : "s") + " at a time")
                + ", " + delay.toSeconds() + " s apart, " + order.engineName() + ", on failure " + failureAction.engineName()
                + ", each watched " + monitor.toSeconds() + " s";
    }
}
