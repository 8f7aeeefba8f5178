package io.pilothouse.core.workflows.upgrade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerConfigCopierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890";

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    private final ContainerConfigCopier copier = new ContainerConfigCopier();

    private JsonNode oldImage() throws Exception {
        return json("{'Env':['PATH=/bin','MODE=v1'],'Cmd':['serve'],'Entrypoint':['/init'],'WorkingDir':'/app',"
                + "'Labels':{'version':'1','vendor':'acme'},'ExposedPorts':{'80/tcp':{}},'Volumes':{'/var/lib/app':{}},"
                + "'Healthcheck':{'Test':['CMD','check-v1']}}");
    }

    private JsonNode newImage() throws Exception {
        return json("{'Env':['PATH=/bin:/usr/bin','MODE=v2'],'Cmd':['serve','--v2'],'Entrypoint':['/init'],'WorkingDir':'/srv',"
                + "'Labels':{'version':'2','vendor':'acme'},'ExposedPorts':{'8080/tcp':{}},'Volumes':{'/var/lib/app':{}},"
                + "'Healthcheck':{'Test':['CMD','check-v2']}}");
    }

    private JsonNode container(String configExtra) throws Exception {
        return json("{'Id':'" + ID + "','Name':'/web','Image':'sha256:old',"
                + "'Config':{'Hostname':'abcdef123456','Env':['PATH=/bin','MODE=v1','DB=db:5432'],'Cmd':['serve'],"
                + "'Entrypoint':['/init'],'WorkingDir':'/app','Labels':{'version':'1','vendor':'mine','team':'ops'},"
                + "'ExposedPorts':{'80/tcp':{},'9000/tcp':{}},'Volumes':{'/var/lib/app':{},'/cache':{}},"
                + "'Healthcheck':{'Test':['CMD','check-v1']},'Tty':true,'OpenStdin':true,'StopTimeout':7" + configExtra + "},"
                + "'HostConfig':{'NetworkMode':'front','Binds':['data:/data'],'PortBindings':{'80/tcp':[{'HostPort':'8080'}]},"
                + "'RestartPolicy':{'Name':'always'},'CapAdd':['NET_ADMIN'],'Init':true},"
                + "'Mounts':[{'Type':'volume','Name':'data','Destination':'/data','RW':true},"
                + "{'Type':'volume','Name':'anon1','Destination':'/cache','RW':true},"
                + "{'Type':'volume','Name':'anon2','Destination':'/var/lib/app','RW':false}],"
                + "'NetworkSettings':{'Networks':{'front':{'Aliases':['web','abcdef123456'],'IPAMConfig':{'IPv4Address':'10.1.0.7'}},"
                + "'back':{'Aliases':['api'],'IPAMConfig':null}}}}");
    }

    @Test
    void keepsWhatTheUserSetAndLetsImageDefaultsFollowTheNewImage() throws Exception {
        CreateRequest r = copier.copy(container(""), oldImage(), newImage(), "app:2");
        JsonNode b = r.body();
        assertThat(r.name()).isEqualTo("web");
        assertThat(b.path("Image").asText()).isEqualTo("app:2");
        assertThat(b.path("Env").toString()).isEqualTo("[\"DB=db:5432\"]");
        assertThat(b.has("Cmd")).isFalse();
        assertThat(b.has("Entrypoint")).isFalse();
        assertThat(b.has("WorkingDir")).isFalse();
        assertThat(b.has("Healthcheck")).isFalse();
        assertThat(b.has("Hostname")).as("the id-derived hostname is the engine's, not the user's").isFalse();
        assertThat(b.path("Labels").toString()).isEqualTo("{\"vendor\":\"mine\",\"team\":\"ops\"}");
        assertThat(b.path("ExposedPorts").fieldNames()).toIterable().containsExactlyInAnyOrder("80/tcp", "9000/tcp");
        assertThat(b.path("Volumes").fieldNames()).toIterable().containsExactly("/cache");
        assertThat(b.path("Tty").asBoolean()).isTrue();
        assertThat(b.path("StopTimeout").asInt()).isEqualTo(7);
        assertThat(b.path("HostConfig").path("RestartPolicy").path("Name").asText()).isEqualTo("always");
        assertThat(b.path("HostConfig").path("Binds").toString()).isEqualTo("[\"data:/data\"]");
        assertThat(b.path("HostConfig").path("Mounts").toString())
                .contains("{\"Type\":\"volume\",\"Source\":\"anon1\",\"Target\":\"/cache\"}")
                .contains("{\"Type\":\"volume\",\"Source\":\"anon2\",\"Target\":\"/var/lib/app\",\"ReadOnly\":true}");
        JsonNode front = b.path("NetworkingConfig").path("EndpointsConfig").path("front");
        assertThat(front.path("Aliases").toString()).isEqualTo("[\"web\"]");
        assertThat(front.path("IPAMConfig").path("IPv4Address").asText()).isEqualTo("10.1.0.7");
        assertThat(r.furtherNetworks()).singleElement().satisfies(n -> {
            assertThat(n.network()).isEqualTo("back");
            assertThat(n.aliases()).containsExactly("api");
        });
        assertThat(r.imageDefaultChanges()).extracting(ConfigChange::sentence).contains(
                "env PATH: /bin -> /bin:/usr/bin", "env MODE: v1 -> v2", "cmd: [\"serve\"] -> [\"serve\",\"--v2\"]",
                "workingdir: /app -> /srv", "label version: 1 -> 2", "exposed port 8080/tcp: (not set) -> yes");
        assertThat(r.imageDefaultChanges()).extracting(ConfigChange::setting).doesNotContain("label vendor", "exposed port 80/tcp");
    }

    @Test
    void aUsersEntrypointCarriesItsCommandAndAUsersHealthcheckStays() throws Exception {
        CreateRequest r = copier.copy(container(""), oldImage(), newImage(), "app:2");
        assertThat(r.body().has("Cmd")).isFalse();
        JsonNode own = json("{'Id':'" + ID + "','Name':'/w','Config':{'Entrypoint':['/bin/sh'],'Cmd':null,"
                + "'Healthcheck':{'Test':['CMD','mine']},'User':'1000','Hostname':'web-1'},'HostConfig':{'NetworkMode':'host'}}");
        JsonNode b = copier.copy(own, oldImage(), newImage(), "app:2").body();
        assertThat(b.path("Entrypoint").toString()).isEqualTo("[\"/bin/sh\"]");
        assertThat(b.has("Cmd")).isFalse();
        assertThat(b.path("Healthcheck").path("Test").toString()).isEqualTo("[\"CMD\",\"mine\"]");
        assertThat(b.path("User").asText()).isEqualTo("1000");
        assertThat(b.path("Hostname").asText()).isEqualTo("web-1");
        assertThat(b.has("NetworkingConfig")).as("host networking has no endpoints").isFalse();
        JsonNode ownCmd = json("{'Id':'" + ID + "','Name':'/w','Config':{'Entrypoint':['/init'],'Cmd':['sleep','9']},'HostConfig':{}}");
        assertThat(copier.copy(ownCmd, oldImage(), newImage(), "app:2").body().path("Cmd").toString()).isEqualTo("[\"sleep\",\"9\"]");
    }

    @Test
    void imageReferencesAndTagsAreCheckedWithASentence() {
        assertThat(RecreatePlanFactory.resolveImage("127.0.0.1:25000/testenv/busybox:1", ":2"))
                .isEqualTo("127.0.0.1:25000/testenv/busybox:2");
        assertThat(RecreatePlanFactory.resolveImage("nginx", ":1.27")).isEqualTo("nginx:1.27");
        assertThat(RecreatePlanFactory.resolveImage("nginx:1", null)).isEqualTo("nginx:1");
        assertThat(ImageReference.parse("localhost:5000/a/b").tag()).isEqualTo("latest");
        assertThat(ImageReference.parse("busybox").path()).isEqualTo("library/busybox");
        assertThatThrownBy(() -> RecreatePlanFactory.resolveImage("nginx:1", ":bad tag"))
                .hasMessageContaining("\"bad tag\" is not a valid tag");
        assertThatThrownBy(() -> ImageReference.parse("a b")).hasMessageContaining("is not an image reference");
        assertThatThrownBy(() -> new HealthGate(java.time.Duration.ZERO, java.time.Duration.ZERO, null, null))
                .hasMessageContaining("more than 0 s");
        assertThatThrownBy(() -> HealthGate.defaults().withProbe(70000, null)).hasMessageContaining("between 1 and 65535");
    }
}
