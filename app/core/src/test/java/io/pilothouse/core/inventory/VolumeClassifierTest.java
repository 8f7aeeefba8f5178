package io.pilothouse.core.inventory;

import io.pilothouse.core.model.ClassificationSource;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeClassifierTest {

    private static final String HEX = "3f2a".repeat(16);
    private final VolumeClassifier classifier = new VolumeClassifier();

    @Test
    void kindsFromWhatTheEngineReportsForAMount() {
        assertThat(VolumeClassifier.kindOfMount(null, "pgdata", "/var/lib/docker/volumes/pgdata/_data")).isEqualTo(VolumeKind.NAMED);
        assertThat(VolumeClassifier.kindOfMount(null, HEX, "/var/lib/docker/volumes/x/_data")).isEqualTo(VolumeKind.ANONYMOUS);
        assertThat(VolumeClassifier.kindOfMount(null, "", "/srv/site")).isEqualTo(VolumeKind.BIND);
        assertThat(VolumeClassifier.kindOfMount(null, null, "")).isEqualTo(VolumeKind.TMPFS);
        assertThat(VolumeClassifier.kindOfMount("tmpfs", null, "")).isEqualTo(VolumeKind.TMPFS);
        assertThat(VolumeClassifier.kindOfMount("volume", HEX, "")).isEqualTo(VolumeKind.ANONYMOUS);
        assertThat(VolumeClassifier.kindOfMount("bind", null, "/etc/x")).isEqualTo(VolumeKind.BIND);
    }

    @Test
    void anonymousNamesAre64LowerHexOnly() {
        assertThat(VolumeClassifier.isAnonymousName(HEX)).isTrue();
        assertThat(VolumeClassifier.isAnonymousName(HEX.toUpperCase())).isFalse();
        assertThat(VolumeClassifier.isAnonymousName(HEX.substring(1))).isFalse();
        assertThat(VolumeClassifier.isAnonymousName("shop_" + HEX.substring(5))).isFalse();
    }

    @Test
    void defaultsAreStatefulOnDiskAndSkipInMemory() {
        assertThat(classifier.classify(VolumeKind.NAMED, Map.of(), List.of(), Optional.empty()))
                .extracting(VolumeClassification::value, VolumeClassification::source)
                .containsExactly(VolumeClass.STATEFUL, ClassificationSource.DEFAULT);
        assertThat(classifier.classify(VolumeKind.TMPFS, Map.of(), List.of(), Optional.empty()).value())
                .isEqualTo(VolumeClass.SKIP);
        assertThat(classifier.classify(VolumeKind.BIND, Map.of(), List.of(), Optional.empty()).value())
                .isEqualTo(VolumeClass.STATEFUL);
    }

    @Test
    void theVolumeLabelThenAUsersLabelDecide() {
        VolumeClassification own = classifier.classify(VolumeKind.NAMED,
                Map.of("io.pilothouse.backup", "Regenerable"), List.of("skip"), Optional.empty());
        assertThat(own.value()).isEqualTo(VolumeClass.REGENERABLE);
        assertThat(own.reason()).contains("volume label io.pilothouse.backup=regenerable");

        VolumeClassification fromUser = classifier.classify(VolumeKind.ANONYMOUS, Map.of(), List.of("nonsense", "skip"),
                Optional.empty());
        assertThat(fromUser.value()).isEqualTo(VolumeClass.SKIP);
        assertThat(fromUser.source()).isEqualTo(ClassificationSource.LABEL);
        assertThat(fromUser.reason()).startsWith("container label");
    }

    @Test
    void aSavedChoiceWinsOverLabels() {
        VolumeClassification c = classifier.classify(VolumeKind.NAMED, Map.of("io.pilothouse.backup", "skip"),
                List.of(), Optional.of(VolumeClass.STATEFUL));
        assertThat(c.value()).isEqualTo(VolumeClass.STATEFUL);
        assertThat(c.source()).isEqualTo(ClassificationSource.USER_CHOICE);
    }

    @Test
    void unknownLabelValuesSayNothing() {
        assertThat(VolumeClassifier.fromLabel("yes")).isEmpty();
        assertThat(VolumeClassifier.fromLabel(null)).isEmpty();
        assertThat(VolumeClassifier.fromLabel(" SKIP ")).contains(VolumeClass.SKIP);
    }
}
