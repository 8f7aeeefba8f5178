package io.pilothouse.core.inventory;

import io.pilothouse.core.model.VolumeClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeChoicesTest {

    @TempDir
    Path dir;

    @Test
    void savedPerHostReadBackForgotten() throws Exception {
        Path file = dir.resolve("config/volume-classes.json");
        VolumeChoices choices = new VolumeChoices(file);
        assertThat(choices.choice("h1", "search")).isEmpty();
        choices.save("h1", "search", Optional.of(VolumeClass.REGENERABLE));
        choices.save("h2", "search", Optional.of(VolumeClass.SKIP));
        assertThat(new VolumeChoices(file).choice("h1", "search")).contains(VolumeClass.REGENERABLE);
        assertThat(new VolumeChoices(file).choices("h2")).containsEntry("search", VolumeClass.SKIP);
        choices.save("h1", "search", Optional.empty());
        assertThat(new VolumeChoices(file).choice("h1", "search")).isEmpty();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temp files left").containsExactly(file);
        }
    }

    @Test
    void aBrokenFileIsNamed() throws Exception {
        Path file = dir.resolve("volume-classes.json");
        Files.writeString(file, "{not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new VolumeChoices(file).choice("h", "v"))
                .hasMessageContaining(file.toString());
    }
}
