package io.pilothouse.desktop.ui.topology;

import io.pilothouse.core.testenv.TestEnv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test stack on the real engine — a proxy publishing a port, two app replicas, a database with
 * a named volume, on networks frontend and backend, labelled as compose project "shop" — drawn
 * from the live inventory in a real window under Xvfb; the picture is kept in
 * target/screenshots/topology.png.
 */
class TopologyScreenshotIT {

    static final TestEnv ENV = TestEnv.get();
    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> containers = new ArrayList<>();
    final List<String> networks = new ArrayList<>();
    final List<String> volumes = new ArrayList<>();

    List<String> labels(String service, String number) {
        List<String> l = new ArrayList<>(List.of("--label", "io.pilothouse.test=true", "--label", "io.pilothouse.test.run=" + run,
                "--label", "com.docker.compose.project=shop"));
        if (service != null) {
            l.addAll(List.of("--label", "com.docker.compose.service=" + service, "--label", "com.docker.compose.container-number=" + number));
        }
        return l;
    }

    void network(String name) {
        List<String> args = new ArrayList<>(List.of("network", "create"));
        args.addAll(labels(null, null));
        args.addAll(List.of("--label", "com.docker.compose.network=" + name.substring(name.indexOf('_') + 1), name));
        ENV.docker(args.toArray(String[]::new));
        networks.add(name);
    }

    void container(String name, String service, String number, String network, List<String> extra, String... command) {
        List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name, "--network", network));
        args.addAll(labels(service, number));
        args.addAll(extra);
        args.addAll(List.of(command));
        ENV.docker(args.toArray(String[]::new));
        containers.add(name);
    }

    @Test
    void theShopStackIsDrawnFromTheLiveInventory() throws Exception {
        String suffix = "-" + run.substring(0, 4);
        String front = "shop_frontend" + suffix;
        String back = "shop_backend" + suffix;
        String data = "shop_dbdata" + suffix;
        network(front);
        network(back);
        List<String> volumeArgs = new ArrayList<>(List.of("volume", "create"));
        volumeArgs.addAll(labels(null, null));
        volumeArgs.addAll(List.of("--label", "com.docker.compose.volume=dbdata", data));
        ENV.docker(volumeArgs.toArray(String[]::new));
        volumes.add(data);

        boolean nginx = !ENV.docker("image", "ls", "-q", "testenv/debian-nginx:1").isBlank();
        String busybox = ENV.image();
        if (nginx) {
            container("shop-proxy-1" + suffix, "proxy", "1", front, List.of("-p", "127.0.0.1::80"), "testenv/debian-nginx:1");
        } else {
            container("shop-proxy-1" + suffix, "proxy", "1", front, List.of("-p", "127.0.0.1::80"), busybox, "httpd", "-f", "-p", "80");
        }
        for (String n : List.of("1", "2")) {
            container("shop-app-" + n + suffix, "app", n, front, List.of(), busybox, "httpd", "-f", "-p", "8080");
            ENV.docker("network", "connect", back, "shop-app-" + n + suffix);
        }
        container("shop-db-1" + suffix, "db", "1", back, List.of("-v", data + ":/data"), busybox, "sleep", "3600");

        Path png = XvfbRun.SCREENSHOTS.resolve("topology.png");
        String out = XvfbRun.run("topology", "stack", ENV.dockerSock(), run, png.toString());
        System.out.println(out.lines().filter(l -> l.startsWith("NODE") || l.startsWith("EDGE")).reduce("", (a, b) -> a + b + "\n"));

        String group = "stack:compose/shop";
        assertThat(out).contains("NODE CONTAINER shop-proxy-1" + suffix + " RUNNING " + group,
                "NODE CONTAINER shop-app-1" + suffix + " RUNNING " + group, "NODE CONTAINER shop-app-2" + suffix + " RUNNING " + group,
                "NODE CONTAINER shop-db-1" + suffix + " RUNNING " + group,
                "NODE NETWORK " + front + " RESOURCE " + group, "NODE NETWORK " + back + " RESOURCE " + group,
                "NODE VOLUME " + data + " RESOURCE " + group,
                "EDGE ATTACHED shop-app-1" + suffix + " -> " + front, "EDGE ATTACHED shop-app-1" + suffix + " -> " + back,
                "EDGE ATTACHED shop-db-1" + suffix + " -> " + back, "EDGE MOUNTS shop-db-1" + suffix + " -> " + data);
        String hostPort = ENV.docker("port", "shop-proxy-1" + suffix, "80/tcp").strip();
        String port = hostPort.substring(hostPort.lastIndexOf(':') + 1);
        assertThat(out).contains("NODE PORT :" + port + " RESOURCE -", "EDGE PUBLISHES :" + port + " -> shop-proxy-1" + suffix);
        assertThat(out.lines().filter(l -> l.startsWith("NODE CONTAINER")).count()).isEqualTo(4);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(greenPixels(image)).as("running containers are drawn green").isGreaterThan(4 * 2000);
    }

    static int greenPixels(BufferedImage image) {
        int n = 0;
        int green = java.awt.Color.decode(NodeState.RUNNING.colour()).getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == green) {
                    n++;
                }
            }
        }
        return n;
    }

    @AfterEach
    void cleanUp() {
        containers.forEach(c -> ENV.docker("rm", "-f", "-v", c));
        volumes.forEach(v -> ENV.docker("volume", "rm", "-f", v));
        networks.forEach(n -> ENV.docker("network", "rm", n));
    }
}
