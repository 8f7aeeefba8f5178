/**
 * Logs of containers and swarm services. {@link io.pilothouse.core.logs.LogFeed} reads one or more
 * {@link io.pilothouse.core.logs.LogSource}s (a reader thread each, timestamps on), merges them in
 * timestamp order and hands batches of {@link io.pilothouse.core.logs.RawLine}s to a
 * {@link io.pilothouse.core.logs.LineSink}, usually a {@link io.pilothouse.core.logs.LogBuffer}: a
 * ring of at most a million lines kept as UTF-8 bytes. A broken followed stream is opened again from
 * its last timestamp with the lines already seen skipped. {@link io.pilothouse.core.logs.AnsiText}
 * turns escape codes into styles when a line is shown; {@link io.pilothouse.core.logs.LogQuery}
 * searches the buffer's bytes; {@link io.pilothouse.core.logs.LogTargets} resolves names (container,
 * service, stack); {@link io.pilothouse.core.logs.LogDownload} writes logs to files.
 */
package io.pilothouse.core.logs;
