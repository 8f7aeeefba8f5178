import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the native libraries of other systems and processors from a jar, in place.
 * Usage: java StripNatives.java KEEP_REGEX JAR... — a native library (.so .dylib .jnilib .dll .a .exe)
 * whose path inside the jar does not match KEEP_REGEX is deleted; every other entry is left untouched.
 * Prints one line per jar that changed: its name and the bytes saved.
 */
public final class StripNatives {
    private static final Pattern NATIVE = Pattern.compile(".*\\.(so|dylib|jnilib|dll|a|exe)$");

    public static void main(String[] args) throws IOException {
        Pattern keep = Pattern.compile(args[0]);
        for (int i = 1; i < args.length; i++) {
            strip(Path.of(args[i]), keep);
        }
    }

    private static void strip(Path jar, Pattern keep) throws IOException {
        long before = Files.size(jar);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> drop;
            try (Stream<Path> all = Files.walk(zip.getPath("/"))) {
                drop = all.filter(Files::isRegularFile)
                        .filter(p -> NATIVE.matcher(p.toString()).matches())
                        .filter(p -> !keep.matcher(p.toString()).find())
                        .toList();
            }
            for (Path p : drop) {
                Files.delete(p);
            }
        }
        long after = Files.size(jar);
        if (after != before) {
            System.out.printf("%s: %d KB of other platforms' natives removed%n", jar.getFileName(), (before - after) / 1024);
        }
    }
}
