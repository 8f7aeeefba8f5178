package io.pilothouse.desktop.ui.logs;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the garbage collector's pauses (count, longest, total) per named phase of a window run. */
final class GcPauses {

    private final Map<String, long[]> byPhase = new LinkedHashMap<>();
    private volatile String phase = "";

    private GcPauses() {
    }

    static GcPauses watch() {
        GcPauses p = new GcPauses();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        if (!info.getGcName().contains("Concurrent")) {
                            p.add(info.getGcInfo().getDuration());
                        }
                    }
                }, null, null);
            }
        }
        return p;
    }

    void phase(String name) {
        phase = name;
    }

    private synchronized void add(long ms) {
        if (phase.isEmpty()) {
            return;
        }
        long[] v = byPhase.computeIfAbsent(phase, k -> new long[3]);
        v[0]++;
        v[1] = Math.max(v[1], ms);
        v[2] += ms;
    }

    synchronized void print() {
        byPhase.forEach((name, v) -> System.out.printf("GC %s pauses=%d max=%d ms total=%d ms%n", name, v[0], v[1], v[2]));
    }
}
