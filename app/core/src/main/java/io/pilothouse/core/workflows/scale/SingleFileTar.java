package io.pilothouse.core.workflows.scale;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A tar archive holding one regular file, the form the engine takes files into a container in. */
final class SingleFileTar {

    private SingleFileTar() {
    }

    static byte[] of(String name, byte[] content, int mode) {
        if (name.getBytes(StandardCharsets.UTF_8).length > 99) {
            throw new IllegalArgumentException("The file name " + name + " is too long for a tar header");
        }
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, octal(mode, 7));
        put(header, 108, octal(0, 7));
        put(header, 116, octal(0, 7));
        put(header, 124, octal(content.length, 11));
        put(header, 136, octal(System.currentTimeMillis() / 1000, 11));
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        header[156] = '0';
        put(header, 257, "ustar");
        header[262] = 0;
        put(header, 263, "00");
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum));
        header[154] = 0;
        header[155] = ' ';
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        out.writeBytes(content);
        int pad = (512 - content.length % 512) % 512;
        out.writeBytes(new byte[pad]);
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static String octal(long value, int digits) {
        return String.format("%0" + digits + "o", value);
    }

    private static void put(byte[] header, int at, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, header, at, b.length);
    }
}
