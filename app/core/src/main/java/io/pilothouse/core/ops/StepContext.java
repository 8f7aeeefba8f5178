package io.pilothouse.core.ops;

import java.util.Map;
import java.util.Optional;

/**
 * What a running step sees: the plan's id and labels (everything a plan creates on a host carries
 * them), the cancel token, a progress sink, and values earlier steps left for later ones (an id
 * of a container a step created, the name a step renamed something to).
 */
public interface StepContext {

    String planId();

    /** {@code io.pilothouse.managed=true} and {@code io.pilothouse.operation=<plan id>}. */
    Map<String, String> labels();

    CancelToken cancel();

    /** Reports progress of the current step: {@code total} is -1 when unknown. */
    void progress(long done, long total, ProgressUnit unit);

    /** Writes a note about the current step to the journal and the listeners ("stopped db"). */
    void note(String sentence);

    /**
     * Records a change the step made on the host (journaled at once): while it is not resolved, a
     * plan that dies is taken back at the next start. Call it right after the change succeeded.
     */
    void changed(HostChange change);

    /** The change was taken back (or made good by a later step, e.g. the container was started again). */
    void resolved(HostChange change);

    /**
     * Writes an entry of the workflow's own kind to the journal (e.g. a finished upgrade, so a later
     * rollback knows the previous image); its details also carry the plan's id and kind.
     */
    void record(String event, String summary, Map<String, String> details);

    void put(String key, Object value);

    <T> Optional<T> get(String key, Class<T> type);
}
