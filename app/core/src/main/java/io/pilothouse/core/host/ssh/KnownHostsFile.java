package io.pilothouse.core.host.ssh;

import io.pilothouse.core.host.HostKey;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Appends accepted host keys to an OpenSSH known_hosts file, creating it (mode 0600) when it is missing. */
final class KnownHostsFile {

    private final Path file;

    KnownHostsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    synchronized void remember(HostKey key) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent, posix("rwx------"));
        }
        try {
            Files.createFile(file, posix("rw-------"));
        } catch (FileAlreadyExistsException exists) {
            // appended below
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            boolean needsNewline = false;
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                channel.read(last, size - 1);
                needsNewline = last.get(0) != '\n';
            }
            String line = (needsNewline ? "\n" : "") + HostKeyFormat.knownHostsLine(key) + "\n";
            channel.position(size);
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] posix(String permissions) {
        if (!fileSystemIsPosix()) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static boolean fileSystemIsPosix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
