package io.pilothouse.core.workflows.scale;

import java.util.List;

/**
 * The nginx configuration that spreads clients over an application's replicas and keeps each
 * client on the same replica ({@code ip_hash}: by client address; for IPv4 nginx hashes the first
 * three octets, so clients of one /24 land together).
 */
public final class UpstreamConfig {

    private UpstreamConfig() {
    }

    /** The upstream's name for an application: letters, digits and underscores. */
    public static String upstreamName(String app) {
        return "pilothouse_" + app.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /**
     * @param app        the original container's name
     * @param members    the replicas' names, the original first
     * @param port       the port the replicas listen on
     * @param listenPort the port the proxy serves them on
     */
    public static String nginx(String app, List<String> members, int port, int listenPort) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("An upstream needs at least one member");
        }
        StringBuilder b = new StringBuilder();
        b.append("# Written by Pilothouse: the replicas of ").append(app).append(", sticky by client address.\n");
        b.append("upstream ").append(upstreamName(app)).append(" {\n");
        b.append("    ip_hash;\n");
        for (String m : members) {
            b.append("    server ").append(m).append(':').append(port).append(" max_fails=2 fail_timeout=5s;\n");
        }
        b.append("}\n\n");
        b.append("server {\n");
        b.append("    listen ").append(listenPort).append(";\n");
        b.append("    location / {\n");
        b.append("        proxy_pass http://").append(upstreamName(app)).append(";\n");
        b.append("        proxy_set_header Host $host;\n");
        b.append("        proxy_set_header X-Real-IP $remote_addr;\n");
        b.append("        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n");
        b.append("        proxy_next_upstream error timeout http_502;\n");
        b.append("    }\n");
        b.append("}\n");
        return b.toString();
    }
}
