package io.pilothouse.core.logs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The details the engine puts in front of each line of a swarm service's log when asked for them
 * ({@code details=1}): comma-separated {@code key=value} pairs, query-escaped, then one space, then
 * the line, e.g. {@code com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 hello}.
 *
 * @param taskId    the task that wrote the line; null when the details do not say
 * @param nodeId    the node it ran on; null when the details do not say
 * @param textStart where the line itself starts in the bytes read
 */
record SwarmLogDetails(String taskId, String nodeId, int textStart) {

    static final String TASK = "com.docker.swarm.task.id";
    static final String NODE = "com.docker.swarm.node.id";

    /** Reads the details off {@code text}; null when it does not start with any. */
    static SwarmLogDetails parse(byte[] text) {
        int space = -1;
        boolean pair = false;
        for (int i = 0; i < text.length; i++) {
            byte b = text[i];
            if (b == ' ') {
                space = i;
                break;
            }
            if (b == '=') {
                pair = true;
            }
        }
        if (space < 0 && pair) {
            space = text.length;
        }
        if (space < 0 || !pair) {
            return null;
        }
        String task = null;
        String node = null;
        String details = new String(text, 0, space, StandardCharsets.US_ASCII);
        for (String kv : details.split(",")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            String key = kv.substring(0, eq);
            if (key.equals(TASK)) {
                task = decode(kv.substring(eq + 1));
            } else if (key.equals(NODE)) {
                node = decode(kv.substring(eq + 1));
            }
        }
        return new SwarmLogDetails(task, node, Math.min(space + 1, text.length));
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
