package io.pilothouse.core.terminal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockRequestTest {

    @Test
    void aGoodRequestHasNoProblemsAndDropsDuplicatePaths() {
        LockRequest r = new LockRequest("web", List.of("/a.pid", "/b.pid", "/a.pid"), "alice smith", null);
        assertThat(r.problems()).isEmpty();
        assertThat(r.paths()).containsExactly("/a.pid", "/b.pid");
        assertThat(r.who()).isEqualTo("alice_smith");
        assertThat(r.lease()).isEqualTo(LockRequest.DEFAULT_LEASE);
    }

    @Test
    void eachBadInputIsNamed() {
        assertThat(new LockRequest("web", List.of(), "a", null).problems()).containsExactly("Give at least one path to lock.");
        assertThat(new LockRequest("web", List.of("x.pid"), "a", null).problems())
                .containsExactly("The path 'x.pid' is not absolute: give it from / in the container.");
        assertThat(new LockRequest("web", List.of("/a\nb"), "a", null).problems()).singleElement().asString()
                .contains("line break");
        assertThat(new LockRequest("web", List.of("/1", "/2", "/3", "/4", "/5", "/6", "/7", "/8"), "a", null).problems())
                .containsExactly("At most 7 paths can be locked in one session; 8 were given.");
        assertThat(new LockRequest("web", List.of("/a"), "a", Duration.ofSeconds(1)).problems())
                .containsExactly("The lease must be between 2 and 3600 seconds; 1 was given.");
        assertThat(new LockRequest("web", List.of("/a"), "a", Duration.ofSeconds(-1)).problems()).hasSize(1);
    }

    @Test
    void badRequestsAreRefusedBeforeAnyDockerCall() {
        assertThatThrownBy(() -> MaintenanceLock.acquire(null, new LockRequest("web", List.of("rel"), "a", null), "s", "m",
                Duration.ofSeconds(1))).isInstanceOf(LockRefusedException.class).hasMessageContaining("not absolute");
    }

    @Test
    void pathsComeFromTheLabel() {
        assertThat(LockRequest.pathsFromLabel(" /app/a.pid, /app/b.pid ,,")).containsExactly("/app/a.pid", "/app/b.pid");
        assertThat(LockRequest.pathsFromLabel(null)).isEmpty();
    }

    @Test
    void theHolderInfoIsRead() {
        LockHolder h = LockHolder.parse("/a.pid", " who=bob@cli since=2026-11-22T05:00:00Z session=maint-1");
        assertThat(h.sentence()).isEqualTo("/a.pid is locked by bob@cli since 2026-11-22T05:00:00Z");
        assertThat(LockHolder.parse("/a.pid", "garbage").who()).isEqualTo("unknown");
        assertThat(LockHolder.parse("/a.pid", "who=unknown").sentence())
                .isEqualTo("/a.pid is locked by a process that left no maintenance note beside it (not a Pilothouse session),"
                        + " and stayed locked for 2 s");
    }
}
