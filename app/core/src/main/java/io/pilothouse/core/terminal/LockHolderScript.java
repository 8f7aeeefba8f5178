package io.pilothouse.core.terminal;

/**
 * The holder process run inside the container: it takes an exclusive {@code flock} on every path
 * (all or none; a lock held only for a moment is waited for, see {@link #BUSY_TRIES}), writes who
 * and since when beside each one ({@code PATH.maintenance}), then holds the locks while heartbeats
 * arrive on its stdin. It lets go on "release", on the end of its stdin, or when no heartbeat came
 * for the lease time; it then ends the session's maintenance shell.
 * Nothing it starts inherits the lock descriptors for longer than a moment.
 *
 * <p>Its first line names it ({@link #SIGNATURE}), so the holder is recognised on the host (in an exec's
 * command line and in the engine's {@code exec_start} event) by whoever looks, not only by the app that
 * started it.
 *
 * <p>Arguments: lease seconds, who, session id, shell marker, since (ISO-8601 UTC), paths. Output lines: {@code HELD since},
 * {@code BUSY path info}, {@code MISSING path}, {@code UNREADABLE path}, {@code RELEASED reason}.
 */
final class LockHolderScript {

    /** A POSIX shell has single-digit descriptors only: 3 to 9. */
    static final int MAX_PATHS = 7;

    static final String INFO_SUFFIX = ".maintenance";

    /**
     * A lock held without a maintenance note beside it is somebody's short check, as a supervisor's
     * {@code flock -n pid-file true} before it restarts a module: it is tried again every 0.2 s for
     * about two seconds before it is reported busy. A lock with a note is another session's and is
     * refused at once.
     */
    static final int BUSY_TRIES = 10;

    /** The words the script's first line carries. */
    static final String SIGNATURE = "pilothouse maintenance lock holder";

    /** The argument after the script that names the holder's $0. */
    static final String NAME = "holder";

    static final String TEXT = String.join("\n",
            "# " + SIGNATURE,
            "lease=$1; who=$2; session=$3; shellmark=$4; since=$5; shift 5",
            "for p in \"$@\"; do [ -e \"$p\" ] || { echo \"MISSING $p\"; exit 4; }; done",
            "fd=3",
            "for p in \"$@\"; do",
            "  eval \"exec $fd<\\\"\\$p\\\"\" 2>/dev/null || { echo \"UNREADABLE $p\"; exit 4; }",
            "  tries=0",
            "  while ! flock -n $fd; do",
            "    info=$(cat \"$p" + INFO_SUFFIX + "\" 2>/dev/null | head -n 1)",
            "    if [ -n \"$info\" ] || [ $tries -ge " + BUSY_TRIES + " ]; then echo \"BUSY $p ${info:-who=unknown}\"; exit 3; fi",
            "    tries=$((tries+1))",
            "    sleep 0.2 2>/dev/null || { sleep 1; tries=$((tries+4)); }",
            "  done",
            "  fd=$((fd+1))",
            "done",
            "[ -n \"$since\" ] || since=$(date -u +%Y-%m-%dT%H:%M:%SZ)",
            "for p in \"$@\"; do",
            "  printf 'who=%s since=%s session=%s\\n' \"$who\" \"$since\" \"$session\" > \"$p" + INFO_SUFFIX
                    + "\" 2>/dev/null || echo \"NOINFO $p\"",
            "done",
            "echo \"HELD $since\"",
            "reason=lapsed",
            "while read -t \"$lease\" line; do",
            "  case \"$line\" in release) reason=released; break;; esac",
            "done",
            "for p in \"$@\"; do rm -f \"$p" + INFO_SUFFIX + "\"; done",
            "fd=3; for p in \"$@\"; do eval \"exec $fd<&-\"; fd=$((fd+1)); done",
            "for d in /proc/[0-9]*; do",
            "  grep -q \"$shellmark\" \"$d/environ\" 2>/dev/null && kill -HUP ${d#/proc/} 2>/dev/null",
            "done",
            "echo \"RELEASED $reason\"",
            "");

    private LockHolderScript() {
    }
}
