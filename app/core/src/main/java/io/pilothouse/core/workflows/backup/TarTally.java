package io.pilothouse.core.workflows.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what a tar stream holds while it passes through, reading only the 512-byte headers:
 * entries (files, directories, links), regular files and their content bytes, and whether the
 * stream ended with the end-of-archive blocks (a cut stream does not).
 */
public final class TarTally extends FilterInputStream {

    private final byte[] header = new byte[512];
    private int headerFill;
    private long skip;
    private long entries;
    private long files;
    private long contentBytes;
    private long totalBytes;
    private boolean ended;

    public TarTally(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            scan(b, off, n);
        }
        return n;
    }

    /** Feeds bytes that are written rather than read (an upload). */
    public void scan(byte[] b, int off, int len) {
        totalBytes += len;
        int i = off;
        int end = off + len;
        while (i < end) {
            if (ended) {
                return;
            }
            if (skip > 0) {
                int s = (int) Math.min(skip, end - i);
                skip -= s;
                i += s;
                continue;
            }
            int take = Math.min(512 - headerFill, end - i);
            System.arraycopy(b, i, header, headerFill, take);
            headerFill += take;
            i += take;
            if (headerFill == 512) {
                headerFill = 0;
                onHeader();
            }
        }
    }

    private void onHeader() {
        boolean zero = true;
        for (byte x : header) {
            if (x != 0) {
                zero = false;
                break;
            }
        }
        if (zero) {
            ended = true;
            return;
        }
        long size = size();
        skip = (size + 511) / 512 * 512;
        char type = (char) header[156];
        switch (type) {
            case 'x', 'g', 'L', 'K' -> {
                // extended headers describe the next entry
            }
            case '0', '\0', '7' -> {
                entries++;
                files++;
                contentBytes += size;
            }
            default -> entries++;
        }
    }

    private long size() {
        if ((header[124] & 0x80) != 0) {
            long v = 0;
            for (int i = 125; i < 136; i++) {
                v = (v << 8) | (header[i] & 0xff);
            }
            return v;
        }
        long v = 0;
        boolean digits = false;
        for (int i = 124; i < 136; i++) {
            byte c = header[i];
            if (c >= '0' && c <= '7') {
                v = v * 8 + (c - '0');
                digits = true;
            } else if (digits || (c != ' ' && c != 0)) {
                break;
            }
        }
        return v;
    }

    public long entries() { return entries; }

    public long files() { return files; }

    public long contentBytes() { return contentBytes; }

    public long totalBytes() { return totalBytes; }

    /** True once the end-of-archive block was seen: the engine sent the whole archive. */
    public boolean complete() { return ended; }
}
