package io.pilothouse.desktop.ui.maintenance;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.host.HostSession;
import io.pilothouse.core.journal.Journal;
import io.pilothouse.core.journal.JournalEntry;
import io.pilothouse.core.ops.CancelToken;
import io.pilothouse.core.ops.PlanListener;
import io.pilothouse.core.ops.PlanResult;
import io.pilothouse.core.ops.PlanRunner;
import io.pilothouse.core.ops.ProductionGuard;
import io.pilothouse.core.ops.Step;
import io.pilothouse.core.terminal.ExecRequest;
import io.pilothouse.core.terminal.LockRequest;
import io.pilothouse.core.terminal.MaintenanceCheck;
import io.pilothouse.core.terminal.MaintenancePlan;
import io.pilothouse.core.terminal.MaintenanceRegistry;
import io.pilothouse.core.terminal.MaintenanceSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The maintenance wizard: paths (proposed from the container's label or typed), checked in the
 * container; the plan shown as the preview; on a production host the typed name; then the locks
 * taken and a maintenance session handed to whoever opens the terminal.
 */
public final class MaintenanceWizardViewModel {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HostProfile host;
    private final HostSession session;
    private final String container;
    private final Journal journal;
    private final MaintenanceRegistry registry;
    private final Executor background;
    private final Executor fx;
    private final StringProperty paths = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty lease = new SimpleStringProperty("30");
    private final StringProperty typedHost = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ObjectProperty<MaintenancePlan> plan = new SimpleObjectProperty<>();

    public MaintenanceWizardViewModel(HostProfile host, HostSession session, String container, String labelValue,
                                      Journal journal, MaintenanceRegistry registry, Executor background, Executor fx) {
        this.host = host;
        this.session = session;
        this.container = container;
        this.journal = journal;
        this.registry = registry;
        this.background = background;
        this.fx = fx;
        paths.set(String.join("\n", LockRequest.pathsFromLabel(labelValue)));
        paths.addListener((o, a, b) -> invalidate());
        lease.addListener((o, a, b) -> invalidate());
    }

    private void invalidate() {
        checked.set(false);
        preview.clear();
        plan.set(null);
    }

    public String title() {
        return "Maintenance shell in " + container + " on " + host.name();
    }

    public HostProfile host() {
        return host;
    }

    public boolean production() {
        return new ProductionGuard().requiresConfirmation(host);
    }

    public StringProperty pathsProperty() { return paths; }
    public StringProperty userProperty() { return user; }
    public StringProperty leaseProperty() { return lease; }
    public StringProperty typedHostProperty() { return typedHost; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty checkedProperty() { return checked; }
    public ObservableList<String> preview() { return preview; }

    List<String> pathList() {
        return Arrays.stream(paths.get().split("[\\n,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reads the form; a sentence in {@code message} when something is wrong with it. */
    LockRequest request() {
        long seconds;
        try {
            seconds = Long.parseLong(lease.get().strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        return new LockRequest(container, pathList(), JournalEntry.currentUser() + "@pilothouse",
                Duration.ofSeconds(seconds));
    }

    /** Checks the paths in the container, then builds the plan shown as the preview. */
    public void check() {
        LockRequest request = request();
        if (!request.problems().isEmpty()) {
            message.set(String.join(" ", request.problems()));
            return;
        }
        busy.set(true);
        message.set("Checking " + container + "…");
        background.execute(() -> {
            List<String> problems;
            try {
                problems = new MaintenanceCheck(session.docker(), TIMEOUT).problems(request);
            } catch (RuntimeException e) {
                problems = List.of("Could not check " + container + ": " + e.getMessage());
            }
            List<String> found = problems;
            MaintenancePlan built = found.isEmpty()
                    ? MaintenancePlan.build(session.docker(), host.id(), request, TIMEOUT) : null;
            fx.execute(() -> {
                busy.set(false);
                if (built == null) {
                    message.set(String.join(" ", found));
                    return;
                }
                plan.set(built);
                preview.setAll(built.plan().steps().stream().map(Step::description).toList());
                checked.set(true);
                message.set(production() ? "Type the host's name to confirm, then take the locks."
                        : "Nothing has changed yet.");
            });
        });
    }

    /** True when the locks can be taken now (checked, and on production the name typed out). */
    public boolean canAcquire() {
        return checked.get() && !busy.get() && new ProductionGuard().confirms(host, typedHost.get());
    }

    /** Runs the plan; on success hands the session (not yet started) to {@code opened}. */
    public void acquire(Consumer<MaintenanceSession> opened) {
        MaintenancePlan p = plan.get();
        if (p == null || !canAcquire()) {
            message.set(production() && checked.get() ? host.name() + " is a production host: type its name to "
                    + "take the locks." : "Check the paths first.");
            return;
        }
        busy.set(true);
        message.set("Taking the locks…");
        String asUser = user.get();
        background.execute(() -> {
            PlanResult result = new PlanRunner(journal, new ProductionGuard()).run(p.plan(), host, typedHost.get(),
                    new PlanListener() { }, new CancelToken());
            MaintenanceSession ms = result.succeeded()
                    ? new MaintenanceSession(session.docker(), host, p.lock().orElseThrow(),
                    ExecRequest.shell(container).withUser(asUser), journal, registry, TIMEOUT) : null;
            String why = result.steps().stream().map(s -> s.message()).filter(m -> !m.isEmpty()).findFirst()
                    .orElse(result.summary());
            fx.execute(() -> {
                busy.set(false);
                if (ms == null) {
                    message.set(why + " Nothing is held.");
                    invalidate();
                    return;
                }
                message.set("Locked.");
                opened.accept(ms);
            });
        });
    }
}
