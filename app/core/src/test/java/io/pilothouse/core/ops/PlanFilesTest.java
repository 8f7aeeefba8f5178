package io.pilothouse.core.ops;

import io.pilothouse.core.workflows.restart.RestartContainersRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanFilesTest {

    @TempDir Path dir;

    private final PlanFiles files = new PlanFiles(PlanFactoryRegistry.standard());

    @Test
    void a_request_goes_to_yaml_and_json_and_comes_back_equal() throws Exception {
        RestartContainersRequest request = new RestartContainersRequest("local", List.of("db", "search"), 5, 2);
        Path yaml = dir.resolve("nightly.yaml");
        Path json = dir.resolve("nightly.json");
        files.write(yaml, request);
        files.write(json, request);

        assertThat(Files.readString(yaml)).startsWith("kind: restart-containers\nhost: local\n");
        assertThat(Files.readString(json)).contains("\"kind\" : \"restart-containers\"");
        assertThat(files.read(yaml)).isEqualTo(request);
        assertThat(files.read(json)).isEqualTo(request);
    }

    @Test
    void a_hand_written_file_takes_the_defaults() {
        PlanRequest r = files.parseYaml("kind: restart-containers\nhost: local\ncontainers: [db]\n", "x.yaml");
        assertThat(r).isEqualTo(new RestartContainersRequest("local", List.of("db"), 10, 0));
    }

    @Test
    void bad_files_fail_with_a_sentence_naming_the_file_and_the_problem() throws Exception {
        assertThatThrownBy(() -> files.read(dir.resolve("none.yaml")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no plan file " + dir.resolve("none.yaml"));
        assertBad("", "is empty");
        assertBad("host: local\ncontainers: [db]\n", "does not say which kind of plan it is (kind: one of restart-containers, ");
        assertBad("kind: defrag\nhost: local\n", "is of kind 'defrag', which this version does not know (known: restart-containers, ");
        assertBad("kind: restart-containers\nhost: local\ncontainers: [db]\ncolour: red\n",
                "has 'colour', which a restart-containers plan does not take");
        assertBad("kind: restart-containers\nhost: local\n", "A restart needs at least one container");
        assertBad("kind: restart-containers\ncontainers: [db]\n", "does not say which host it runs on");
        assertBad("kind: restart-containers\nhost: local\ncontainers: [db]\nstopTimeoutSeconds: -1\n",
                "The stop timeout must be between 0 and 3600 seconds, not -1");
        assertBad("kind: [restart\n", "is not valid YAML");
        assertBad("- a\n- b\n", "must hold a mapping");
    }

    private void assertBad(String text, String message) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, text);
        assertThatThrownBy(() -> files.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(text.isBlank() ? "The plan file " + f : "The plan file " + f)
                .hasMessageContaining(message);
    }

    @Test
    void an_unregistered_request_is_not_written() {
        record Stray(String host) implements PlanRequest { }
        assertThatThrownBy(() -> files.write(dir.resolve("x.yaml"), new Stray("h")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a registered plan kind");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }
}
