package io.pilothouse.desktop.ui.logs;

import io.pilothouse.core.logs.LogBuffer;
import io.pilothouse.core.logs.LogLine;
import io.pilothouse.core.logs.LogSource;
import io.pilothouse.core.logs.LogStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogViewModelTest {

    static final LogSource WEB = LogSource.container("w", "web");
    static final LogSource DB = LogSource.container("d", "db");
    final ScriptedLogPort port = new ScriptedLogPort();

    @TempDir
    Path dir;

    LogViewModel vm(int capacity) {
        LogViewModel vm = new LogViewModel(new LogBuffer(List.of(WEB, DB), capacity), port, Runnable::run, Runnable::run);
        vm.start();
        return vm;
    }

    static List<String> shown(LogViewModel vm) {
        return vm.rowsProperty().get().stream().map(LogLine::text).toList();
    }

    @Test
    void rowsFollowTheBufferOnlyWhenRefreshedAndNotWhilePaused() {
        LogViewModel vm = vm(100);
        port.emit(0, LogStream.STDOUT, 1, "one", "two");
        assertThat(shown(vm)).isEmpty();
        vm.refresh();
        assertThat(shown(vm)).containsExactly("one", "two");
        vm.pausedProperty().set(true);
        port.emit(1, LogStream.STDERR, 5, "three");
        vm.refresh();
        assertThat(shown(vm)).containsExactly("one", "two");
        assertThat(vm.statusProperty().get()).isEqualTo("paused · 3 lines buffered");
        vm.pausedProperty().set(false);
        vm.refresh();
        assertThat(shown(vm)).containsExactly("one", "two", "three");
        assertThat(vm.statusProperty().get()).isEqualTo("3 lines · 2 sources merged by time");
    }

    @Test
    void saysHowManyOldLinesWentWhenTheCapIsReached() {
        LogViewModel vm = vm(5);
        port.emit(0, LogStream.STDOUT, 1, "a", "b", "c", "d", "e", "f", "g", "h");
        vm.refresh();
        assertThat(shown(vm)).containsExactly("d", "e", "f", "g", "h");
        assertThat(vm.noticeProperty().get()).isEqualTo("3 oldest lines dropped (the view keeps the last 5)");
    }

    @Test
    void searchSelectsNextAndPreviousMatches() {
        LogViewModel vm = vm(100);
        port.emit(0, LogStream.STDOUT, 1, "GET / 200", "GET /x 404", "POST / 201", "GET /y 404");
        vm.refresh();
        vm.queryProperty().set("404");
        vm.findNext();
        assertThat(vm.selectedRowProperty().get()).isEqualTo(1);
        assertThat(vm.followProperty().get()).isFalse();
        vm.findNext();
        assertThat(vm.selectedRowProperty().get()).isEqualTo(3);
        vm.findNext();
        assertThat(vm.problemProperty().get()).isEqualTo("No later line matches \"404\".");
        vm.findPrevious();
        assertThat(vm.selectedRowProperty().get()).isEqualTo(1);
    }

    @Test
    void filterShowsOnlyMatchingLinesIncludingNewOnes() {
        LogViewModel vm = vm(100);
        port.emit(0, LogStream.STDOUT, 1, "info start", "ERROR disk", "info tick");
        vm.refresh();
        vm.queryProperty().set("error");
        vm.filterOnlyProperty().set(true);
        assertThat(shown(vm)).containsExactly("ERROR disk");
        port.emit(1, LogStream.STDERR, 10, "error again", "fine");
        vm.refresh();
        assertThat(shown(vm)).containsExactly("ERROR disk", "error again");
        vm.caseSensitiveProperty().set(true);
        assertThat(shown(vm)).containsExactly("error again");
        vm.filterOnlyProperty().set(false);
        assertThat(shown(vm)).hasSize(5);
    }

    @Test
    void aBadRegexIsExplainedAndFiltersNothingAway() {
        LogViewModel vm = vm(100);
        port.emit(0, LogStream.STDOUT, 1, "x");
        vm.refresh();
        vm.regexProperty().set(true);
        vm.queryProperty().set("[unclosed");
        vm.filterOnlyProperty().set(true);
        assertThat(vm.problemProperty().get()).startsWith("Not a valid regular expression");
        assertThat(shown(vm)).containsExactly("x");
    }

    @Test
    void jumpsToTheFirstLineAtATime() {
        LogViewModel vm = vm(100);
        long base = Instant.parse("2024-05-01T10:00:00Z").getEpochSecond() * 1_000_000_000L;
        for (int i = 0; i < 10; i++) {
            port.emit(0, LogStream.STDOUT, base + i * 60_000_000_000L, "minute " + i);
        }
        vm.refresh();
        vm.jumpToProperty().set("2024-05-01T10:04:30Z");
        vm.jump();
        assertThat(vm.selectedRowProperty().get()).isEqualTo(5);
        vm.jumpToProperty().set("soon");
        vm.jump();
        assertThat(vm.problemProperty().get()).startsWith("Not a time: \"soon\"");
    }

    @Test
    void badTailIsRefusedWithASentenceAndReloadPassesTailAndSince() {
        LogViewModel vm = vm(100);
        vm.tailProperty().set("lots");
        vm.start();
        assertThat(vm.problemProperty().get()).isEqualTo("Tail takes a number of lines (or \"all\"), not \"lots\".");
        assertThat(port.started).hasSize(1);
        vm.tailProperty().set("200");
        vm.sinceProperty().set("1714557600");
        vm.start();
        assertThat(port.started).hasSize(2).last().satisfies(o -> {
            assertThat(o.tail()).isEqualTo(200);
            assertThat(o.sinceNanos()).isEqualTo(1714557600L * 1_000_000_000L);
            assertThat(o.follow()).isTrue();
        });
        assertThat(port.closed).isTrue();
    }

    @Test
    void clearCopySaveAndDownload() throws Exception {
        LogViewModel vm = vm(100);
        port.emit(0, LogStream.STDOUT, 1_714_557_600_000_000_000L, "\u001b[31mred\u001b[0m text");
        port.emit(1, LogStream.STDOUT, 1_714_557_601_000_000_000L, "db up");
        vm.refresh();
        vm.timestampsProperty().set(false);
        assertThat(vm.copyText(List.copyOf(vm.rowsProperty().get()))).isEqualTo("web | red text\ndb | db up\n");
        vm.save(dir.resolve("saved.log"));
        assertThat(Files.readAllLines(dir.resolve("saved.log"))).containsExactly("web | \u001b[31mred\u001b[0m text", "db | db up");
        assertThat(vm.progressTextProperty().get()).startsWith("2 lines written to");
        port.whole.addAll(List.of("1", "2", "3"));
        vm.download(dir.resolve("all.log"));
        assertThat(Files.readAllLines(dir.resolve("all.log"))).containsExactly("1", "2", "3");
        vm.clear();
        assertThat(shown(vm)).isEmpty();
        vm.save(dir.resolve("nowhere/x.log"));
        assertThat(vm.progressTextProperty().get()).startsWith("Saving failed: The folder").contains("does not exist");
    }
}
