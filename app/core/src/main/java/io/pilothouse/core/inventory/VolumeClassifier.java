package io.pilothouse.core.inventory;

import io.pilothouse.core.model.ClassificationSource;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeClassification;
import io.pilothouse.core.model.VolumeKind;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides a volume's kind and class. The class comes from, in order: the user's saved choice, the
 * label {@code io.pilothouse.backup=skip|regenerable|stateful} on the volume, the same label on a
 * container that mounts it, and otherwise the default (tmpfs: SKIP; anything on disk: STATEFUL).
 */
public final class VolumeClassifier {

    public static final String BACKUP_LABEL = "io.pilothouse.backup";
    private static final Pattern ANONYMOUS_NAME = Pattern.compile("[0-9a-f]{64}");

    /**
     * The kind of a mount as the engine reports it in a container's Mounts: a volume has a name (an
     * anonymous one a 64-hex id the engine made up), a bind has a host path and no name, a tmpfs
     * mount has neither.
     */
    public static VolumeKind kindOfMount(String type, String name, String source) {
        if (type != null && !type.isBlank()) {
            switch (type.toLowerCase(Locale.ROOT)) {
                case "bind": return VolumeKind.BIND;
                case "tmpfs": return VolumeKind.TMPFS;
                case "volume": return isAnonymousName(name) ? VolumeKind.ANONYMOUS : VolumeKind.NAMED;
                default: break;
            }
        }
        if (name != null && !name.isBlank()) {
            return isAnonymousName(name) ? VolumeKind.ANONYMOUS : VolumeKind.NAMED;
        }
        if (source == null || source.isBlank()) {
            return VolumeKind.TMPFS;
        }
        return VolumeKind.BIND;
    }

    /** A volume name the engine generated: 64 lower-case hex digits. */
    public static boolean isAnonymousName(String name) {
        return name != null && ANONYMOUS_NAME.matcher(name).matches();
    }

    /**
     * @param volumeLabels    labels of the volume itself (empty for binds and tmpfs)
     * @param userLabelValues the values of {@link #BACKUP_LABEL} found on containers that mount it
     * @param userChoice      the class the user saved for it, if any
     */
    public VolumeClassification classify(VolumeKind kind, Map<String, String> volumeLabels,
                                         Iterable<String> userLabelValues, Optional<VolumeClass> userChoice) {
        if (userChoice.isPresent()) {
            return new VolumeClassification(userChoice.get(), ClassificationSource.USER_CHOICE,
                    "saved choice: " + word(userChoice.get()));
        }
        Optional<VolumeClass> own = fromLabel(volumeLabels == null ? null : volumeLabels.get(BACKUP_LABEL));
        if (own.isPresent()) {
            return new VolumeClassification(own.get(), ClassificationSource.LABEL,
                    "volume label " + BACKUP_LABEL + "=" + word(own.get()));
        }
        for (String v : userLabelValues) {
            Optional<VolumeClass> fromUser = fromLabel(v);
            if (fromUser.isPresent()) {
                return new VolumeClassification(fromUser.get(), ClassificationSource.LABEL,
                        "container label " + BACKUP_LABEL + "=" + word(fromUser.get()));
            }
        }
        if (kind == VolumeKind.TMPFS) {
            return new VolumeClassification(VolumeClass.SKIP, ClassificationSource.DEFAULT, "tmpfs lives in memory only");
        }
        return new VolumeClassification(VolumeClass.STATEFUL, ClassificationSource.DEFAULT,
                "data on disk, no label says otherwise");
    }

    /** skip, regenerable, stateful (any case); anything else is no statement. */
    public static Optional<VolumeClass> fromLabel(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "skip" -> Optional.of(VolumeClass.SKIP);
            case "regenerable" -> Optional.of(VolumeClass.REGENERABLE);
            case "stateful" -> Optional.of(VolumeClass.STATEFUL);
            default -> Optional.empty();
        };
    }

    static String word(VolumeClass c) {
        return c.name().toLowerCase(Locale.ROOT);
    }
}
