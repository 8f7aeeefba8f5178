package io.pilothouse.core.workflows.backup;

import com.github.dockerjava.api.DockerClient;
import io.pilothouse.core.ops.ChangeKind;
import io.pilothouse.core.ops.HostChange;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.ops.StepContext;

import java.util.HashMap;
import java.util.Map;

/** Creates the volume a restore or copy fills; its undo removes it. */
public final class CreateVolume implements Step {

    private final DockerClient docker;
    private final String name;
    private final String driver;
    private final Map<String, String> labels;
    private HostChange created;

    public CreateVolume(DockerClient docker, String name, String driver, Map<String, String> labels) {
        this.docker = docker;
        this.name = name;
        this.driver = driver == null || driver.isBlank() ? "local" : driver;
        this.labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    @Override
    public String description() {
        return "Create volume " + name + " (driver " + driver + ")";
    }

    @Override
    public void run(StepContext ctx) {
        Map<String, String> all = new HashMap<>(labels);
        all.putAll(ctx.labels());
        docker.createVolumeCmd().withName(name).withDriver(driver).withLabels(all).exec();
        created = HostChange.of(ChangeKind.CREATED_VOLUME, name, Map.of(), "created volume " + name);
        ctx.changed(created);
        ctx.put("created-volume", created);
    }

    @Override
    public void undo(StepContext ctx) {
        docker.removeVolumeCmd(name).exec();
        if (created != null) {
            ctx.resolved(created);
        }
    }
}
