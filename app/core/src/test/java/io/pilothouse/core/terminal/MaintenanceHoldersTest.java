package io.pilothouse.core.terminal;

import io.pilothouse.core.model.MaintenanceHold;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaintenanceHoldersTest {

    private static List<String> holderArgs(String since, String... paths) {
        List<String> args = new java.util.ArrayList<>(List.of("-c", LockHolderScript.TEXT, "holder", "30", "alice@desk",
                "maint-1234", "PILOTHOUSE_SESSION=maint-1234", since));
        args.addAll(List.of(paths));
        return args;
    }

    @Test
    void aHolderCommandLineSaysWhoSinceWhenWhichPathsAndTheSession() {
        MaintenanceHold hold = MaintenanceHolders.recognise("exec-1", "/bin/sh",
                holderArgs("2026-11-22T07:20:05Z", "/app/data/main.pid", "/app/data/my worker.pid")).orElseThrow();
        assertThat(hold.who()).isEqualTo("alice@desk");
        assertThat(hold.session()).isEqualTo("maint-1234");
        assertThat(hold.execId()).isEqualTo("exec-1");
        assertThat(hold.since()).contains(Instant.parse("2026-11-22T07:20:05Z"));
        assertThat(hold.paths()).containsExactly("/app/data/main.pid", "/app/data/my worker.pid");
        assertThat(hold.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(hold.sentence(ZoneOffset.UTC)).isEqualTo("Under maintenance by alice@desk since 2026-11-22 07:20:05"
                + " (/app/data/main.pid, /app/data/my worker.pid)");
    }

    @Test
    void anUnreadableSinceIsSaidAsUnknownRatherThanGuessed() {
        MaintenanceHold hold = MaintenanceHolders.recognise("e", "/bin/sh", holderArgs("", "/a.pid")).orElseThrow();
        assertThat(hold.since()).isEmpty();
        assertThat(hold.sentence(ZoneOffset.UTC)).contains("since an unknown time");
    }

    @Test
    void otherExecsAreNotHolders() {
        assertThat(MaintenanceHolders.recognise("e", "sh", List.of("-c", "sleep 100"))).isEmpty();
        assertThat(MaintenanceHolders.recognise("e", "/bin/sh",
                List.of("-c", "echo pilothouse", "holder", "30", "a", "b", "c", "d", "/x"))).isEmpty();
        assertThat(MaintenanceHolders.recognise("e", "/bin/sh", List.of("-c", LockHolderScript.TEXT))).isEmpty();
        assertThat(MaintenanceHolders.recognise("e", null, holderArgs("2026-11-22T07:20:05Z", "/a.pid"))).isEmpty();
    }

    @Test
    void theEngineEventOfAHolderStartIsRecognisedAndOthersAreNot() {
        assertThat(MaintenanceHolders.announced("exec_start: /bin/sh -c " + LockHolderScript.TEXT + " holder 30 a")).isTrue();
        assertThat(MaintenanceHolders.announced("exec_create: /bin/sh -c " + LockHolderScript.TEXT)).isFalse();
        assertThat(MaintenanceHolders.announced("exec_start: sh -c echo hi")).isFalse();
        assertThat(MaintenanceHolders.announced("exec_die")).isFalse();
        assertThat(MaintenanceHolders.announced(null)).isFalse();
    }
}
