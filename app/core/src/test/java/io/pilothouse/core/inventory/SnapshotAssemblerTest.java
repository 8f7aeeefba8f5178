package io.pilothouse.core.inventory;

import io.pilothouse.core.model.ContainerInfo;
import io.pilothouse.core.model.ContainerState;
import io.pilothouse.core.model.EntityKind;
import io.pilothouse.core.model.HealthStatus;
import io.pilothouse.core.model.InventoryChange;
import io.pilothouse.core.model.InventorySnapshot;
import io.pilothouse.core.model.MountRef;
import io.pilothouse.core.model.NetworkAttachment;
import io.pilothouse.core.model.NetworkInfo;
import io.pilothouse.core.model.ServiceInfo;
import io.pilothouse.core.model.ServiceMode;
import io.pilothouse.core.model.StackKind;
import io.pilothouse.core.model.TaskInfo;
import io.pilothouse.core.model.VolumeClass;
import io.pilothouse.core.model.VolumeInfo;
import io.pilothouse.core.model.VolumeKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping, volume users and classification, replica counts and change coalescing, from model values only. */
class SnapshotAssemblerTest {

    private final SnapshotAssembler assembler = new SnapshotAssembler();

    static ContainerInfo container(String id, ContainerState state, Map<String, String> labels, List<MountRef> mounts,
                                   List<NetworkAttachment> nets) {
        return new ContainerInfo(id, "/" + id + "-name", "img", "sha256:1", "sleep", state, "", HealthStatus.NONE, 0,
                Optional.empty(), Instant.EPOCH, Optional.empty(), Optional.empty(), List.of(), nets, mounts, labels,
                StackLabels.stackOf(labels), StackLabels.serviceOf(labels), Optional.empty(), true);
    }

    private InventorySnapshot snapshot(List<ContainerInfo> cs, List<VolumeInfo> vols, List<ServiceInfo> svcs, List<TaskInfo> tasks,
                                       Map<String, VolumeClass> choices) {
        List<NetworkInfo> nets = List.of(new NetworkInfo("n1", "front", "bridge", "local", false, false, false,
                Optional.empty(), Map.of(), Instant.EPOCH));
        return assembler.assemble("h", Instant.now(), true, cs, svcs, tasks, List.of(), nets, vols, List.of(), choices);
    }

    private static VolumeInfo engineVolume(String name, Map<String, String> labels) {
        return new VolumeInfo(name, name, VolumeClassifier.isAnonymousName(name) ? VolumeKind.ANONYMOUS : VolumeKind.NAMED,
                "local", "/v/" + name, labels, StackLabels.stackOf(labels), List.of(), EngineMapper.UNCLASSIFIED, Optional.empty());
    }

    @Test
    void groupsVolumesBindsAndTmpfs() {
        String anon = "ab".repeat(32);
        ContainerInfo web = container("c1", ContainerState.RUNNING,
                Map.of("com.docker.compose.project", "shop", "com.docker.compose.service", "web"),
                List.of(EngineMapper.mount("c1", "data", "/v/data", "/data", false),
                        EngineMapper.mount("c1", null, "/srv/conf", "/conf", true),
                        EngineMapper.mount("c1", anon, "/v/" + anon, "/cache", false),
                        new MountRef(VolumeKind.TMPFS, MountRef.tmpfsKey("c1", "/tmp"), "", "/tmp", false)),
                List.of(new NetworkAttachment("front", "n1", "10.0.0.2", List.of("web"))));
        ContainerInfo db = container("c2", ContainerState.EXITED,
                Map.of("com.docker.compose.project", "shop", "io.pilothouse.backup", "regenerable"),
                List.of(EngineMapper.mount("c2", "index", "/v/index", "/index", false)), List.of());
        ContainerInfo lone = container("c3", ContainerState.RUNNING, Map.of(), List.of(), List.of());
        InventorySnapshot s = snapshot(List.of(web, db, lone),
                List.of(engineVolume("data", Map.of("com.docker.compose.project", "shop")), engineVolume("index", Map.of()),
                        engineVolume(anon, Map.of()), engineVolume("unused", Map.of())),
                List.of(), List.of(), Map.of());

        assertThat(s.stack("shop")).get().satisfies(st -> {
            assertThat(st.kind()).isEqualTo(StackKind.COMPOSE);
            assertThat(st.containerIds()).containsExactlyInAnyOrder("c1", "c2");
            assertThat(st.volumeKeys()).as("the stack's labelled volume and its tmpfs").containsExactlyInAnyOrder("data", MountRef.tmpfsKey("c1", "/tmp"));
        });
        assertThat(s.standaloneContainers()).extracting(ContainerInfo::id).containsExactly("c3");
        assertThat(s.container("c1-name")).isPresent();
        assertThat(s.volumes().get("data").userIds()).containsExactly("c1");
        assertThat(s.volumes().get("unused").userIds()).isEmpty();
        assertThat(s.volumes().get(MountRef.bindKey("/srv/conf")).kind()).isEqualTo(VolumeKind.BIND);
        assertThat(s.volumes().get(anon).kind()).isEqualTo(VolumeKind.ANONYMOUS);
        assertThat(s.volumes().get(MountRef.tmpfsKey("c1", "/tmp")).classification().value()).isEqualTo(VolumeClass.SKIP);
        assertThat(s.volumes().get("index").classification().value()).as("a user's label").isEqualTo(VolumeClass.REGENERABLE);
        assertThat(s.volumesOf(web)).hasSize(4);
        assertThat(s.attachedTo("front")).extracting(ContainerInfo::id).containsExactly("c1");
        assertThat(s.usersOf("data")).extracting(ContainerInfo::id).containsExactly("c1");
    }

    @Test
    void savedChoicesApply() {
        ContainerInfo c = container("c1", ContainerState.RUNNING, Map.of(),
                List.of(EngineMapper.mount("c1", "data", "/v/data", "/data", false)), List.of());
        InventorySnapshot s = snapshot(List.of(c), List.of(engineVolume("data", Map.of())), List.of(), List.of(),
                Map.of("data", VolumeClass.REGENERABLE));
        assertThat(s.volumes().get("data").classification().value()).isEqualTo(VolumeClass.REGENERABLE);
    }

    @Test
    void replicasAreCountedFromTasks() {
        ServiceInfo rep = new ServiceInfo("s1", "shop_web", "img", ServiceMode.REPLICATED, 3, 0, Optional.of("shop"),
                List.of(), List.of(), Map.of("com.docker.stack.namespace", "shop"), Instant.EPOCH, Instant.EPOCH);
        ServiceInfo global = new ServiceInfo("s2", "agent", "img", ServiceMode.GLOBAL, 0, 0, Optional.empty(),
                List.of(), List.of(), Map.of(), Instant.EPOCH, Instant.EPOCH);
        List<TaskInfo> tasks = List.of(task("t1", "s1", "running", "running"), task("t2", "s1", "starting", "running"),
                task("t3", "s1", "shutdown", "shutdown"), task("t4", "s2", "running", "running"));
        InventorySnapshot s = snapshot(List.of(), List.of(), List.of(rep, global), tasks, Map.of());
        assertThat(s.services().get("s1").replicasDisplay()).isEqualTo("1/3");
        assertThat(s.services().get("s2").replicasDisplay()).isEqualTo("1/1");
        assertThat(s.stack("shop").orElseThrow().serviceIds()).containsExactly("s1");
        assertThat(s.tasksOf("s1")).hasSize(3);
        assertThat(HostInventory.inTransition(tasks.get(1))).isTrue();
        assertThat(HostInventory.inTransition(tasks.get(0))).isFalse();
    }

    private static TaskInfo task(String id, String svc, String state, String desired) {
        return new TaskInfo(id, svc, Optional.of(1), Optional.empty(), state, desired, Optional.empty(), "", Optional.empty(),
                Optional.empty(), Instant.EPOCH);
    }

    @Test
    void aBurstBecomesOneChangeAndWhatCameAndWentInsideItIsNotReported() {
        Map<String, ContainerInfo> live = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            live.put("old" + i, container("old" + i, ContainerState.RUNNING, Map.of(), List.of(), List.of()));
        }
        InventorySnapshot before = snapshot(new ArrayList<>(live.values()), List.of(), List.of(), List.of(), Map.of());
        // a burst inside one window: 50 start, one of the old ones stops, one old is removed, one comes and goes
        for (int i = 0; i < 50; i++) {
            live.put("new" + i, container("new" + i, ContainerState.CREATED, Map.of(), List.of(), List.of()));
            live.put("new" + i, container("new" + i, ContainerState.RUNNING, Map.of(), List.of(), List.of()));
        }
        live.put("old0", container("old0", ContainerState.EXITED, Map.of(), List.of(), List.of()));
        live.remove("old1");
        live.put("blip", container("blip", ContainerState.RUNNING, Map.of(), List.of(), List.of()));
        live.remove("blip");
        InventorySnapshot after = snapshot(new ArrayList<>(live.values()), List.of(), List.of(), List.of(), Map.of());

        InventoryChange change = InventoryChange.between(before, after, false);
        assertThat(change.added(EntityKind.CONTAINER)).hasSize(50).doesNotContain("blip");
        assertThat(change.updated(EntityKind.CONTAINER)).containsExactly("old0");
        assertThat(change.removed(EntityKind.CONTAINER)).containsExactly("old1");
        assertThat(change.size()).isEqualTo(52);
        assertThat(InventoryChange.between(after, after, false).isEmpty()).isTrue();
    }
}
