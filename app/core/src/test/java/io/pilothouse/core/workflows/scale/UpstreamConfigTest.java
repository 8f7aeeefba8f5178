package io.pilothouse.core.workflows.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pilothouse.core.workflows.upgrade.ContainerConfigCopier;
import io.pilothouse.core.workflows.upgrade.CreateRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpstreamConfigTest {

    @Test
    void the_upstream_is_sticky_by_client_address_and_lists_every_replica() {
        String text = UpstreamConfig.nginx("shop-web", List.of("shop-web", "shop-web-2"), 8000, 8080);
        assertThat(text).contains("upstream pilothouse_shop_web {\n    ip_hash;\n"
                + "    server shop-web:8000 max_fails=2 fail_timeout=5s;\n"
                + "    server shop-web-2:8000 max_fails=2 fail_timeout=5s;\n}");
        assertThat(text).contains("listen 8080;", "proxy_pass http://pilothouse_shop_web;");
        assertThatThrownBy(() -> UpstreamConfig.nginx("a", List.of(), 80, 80)).hasMessage("An upstream needs at least one member");
    }

    @Test
    void a_replica_takes_the_original_configuration_without_what_two_containers_cannot_share() throws Exception {
        JsonNode original = new ObjectMapper().readTree("""
                {"Id":"0123456789abcdef","Name":"/web","Image":"sha256:1",
                 "Config":{"Hostname":"web-host","Image":"busybox","Env":["A=1"],"Cmd":["httpd"],"Labels":{"team":"x"},
                           "MacAddress":"02:42:ac:11:00:02"},
                 "HostConfig":{"NetworkMode":"appnet","PortBindings":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8081"}]},
                               "Binds":["data:/data"]},
                 "Mounts":[{"Type":"volume","Name":"%s","Destination":"/cache"},
                           {"Type":"volume","Name":"data","Destination":"/data"}],
                 "NetworkSettings":{"Networks":{"appnet":{"IPAMConfig":{"IPv4Address":"10.0.0.5"},"Aliases":["web","0123456789ab"]}}}}
                """.formatted("a".repeat(64)));
        CreateRequest copy = new ContainerConfigCopier().copy(original, null, null, "busybox");
        JsonNode body = ReplicasPlanFactory.replicaBody(copy, original, "web", "scale-1");

        assertThat(body.has("Hostname")).isFalse();
        assertThat(body.has("MacAddress")).isFalse();
        assertThat(body.path("Env").toString()).contains("A=1");
        assertThat(body.path("Labels").path("team").asText()).isEqualTo("x");
        assertThat(body.path("Labels").path(Replica.LABEL).asText()).isEqualTo("web");
        assertThat(body.path("Labels").path("io.pilothouse.operation").asText()).isEqualTo("scale-1");
        assertThat(body.path("HostConfig").path("PortBindings").path("80/tcp").get(0).path("HostPort").asText()).isEmpty();
        assertThat(body.path("HostConfig").path("Binds").toString()).contains("data:/data");
        assertThat(body.path("HostConfig").path("Mounts").toString()).doesNotContain("a".repeat(64));
        JsonNode endpoint = body.path("NetworkingConfig").path("EndpointsConfig").path("appnet");
        assertThat(endpoint.has("IPAMConfig")).isFalse();
        assertThat(endpoint.path("Aliases").toString()).contains("web");
        assertThat(copy.body().path("Hostname").asText()).as("the copy itself is left alone").isEqualTo("web-host");
    }
}
