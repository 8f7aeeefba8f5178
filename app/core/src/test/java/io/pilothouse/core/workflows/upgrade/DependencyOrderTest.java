package io.pilothouse.core.workflows.upgrade;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DependencyOrderTest {

    @Test
    void eachServiceComesAfterWhatItNeedsAndTheRestKeepTheirOrder() {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("web", List.of("api", "cache"));
        deps.put("api", List.of("db", "outside"));
        deps.put("cache", List.of());
        deps.put("db", List.of());
        deps.put("worker", List.of("db"));
        assertThat(DependencyOrder.of(deps)).containsExactly("db", "api", "cache", "web", "worker");
    }

    @Test
    void aCircleIsNamed() {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        deps.put("a", List.of("b"));
        deps.put("b", List.of("c"));
        deps.put("c", List.of("a"));
        assertThatThrownBy(() -> DependencyOrder.of(deps))
                .hasMessage("The services depend on each other in a circle (a -> b -> c -> a): give the order by hand.");
    }

    @Test
    void composeLabelsAndLinksGiveTheDependencies() {
        assertThat(DependencyOrder.composeDependencies("db:service_healthy:true, cache:service_started:false",
                List.of("/queue:/web/queue"))).containsExactly("db", "cache", "queue");
        assertThat(DependencyOrder.composeDependencies(null, List.of())).isEmpty();
        assertThat(DependencyOrder.composeDependencies("db", null)).containsExactly("db");
    }
}
