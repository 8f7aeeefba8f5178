package io.pilothouse.cli;

import io.pilothouse.core.config.AppDirectories;
import io.pilothouse.core.host.ConnectionFactory;
import io.pilothouse.core.profiles.LocalEngineDetector;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the pilothouse command in this process with its own XDG folders, and keeps what it printed. */
final class CliRunner {

    record Result(int exit, String out, String err) {
    }

    final AppDirectories dirs;
    final Map<String, String> env = new HashMap<>();
    HostConnector connector;
    /** Where the first start looks for the local engine's socket (absent unless a test creates it). */
    final Path localSocket;
    boolean interactive;
    final Deque<String> answers = new ArrayDeque<>();
    final Deque<String> passwords = new ArrayDeque<>();
    final java.util.List<String> prompts = new java.util.ArrayList<>();

    CliRunner(Path root) {
        this.dirs = AppDirectories.from(Map.of("XDG_CONFIG_HOME", root.resolve("config").toString(),
                "XDG_DATA_HOME", root.resolve("data").toString()), root.resolve("home"));
        this.connector = new ConnectionFactory(dirs)::connect;
        this.localSocket = root.resolve("docker.sock");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal() {
            @Override
            public boolean interactive() {
                return interactive;
            }

            @Override
            public String readLine(String prompt) {
                prompts.add(prompt);
                return answers.poll();
            }

            @Override
            public char[] readPassword(String prompt) {
                prompts.add(prompt);
                String p = passwords.poll();
                return p == null ? null : p.toCharArray();
            }
        };
        CliContext context = new CliContext(dirs, new PrintWriter(out, true), new PrintWriter(err, true), terminal,
                Map.copyOf(env), connector, new LocalEngineDetector(localSocket, dirs.dockerConfigDir()));
        int exit = new PilothouseCli(context).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static String[] args(List<String> list) {
        return list.toArray(String[]::new);
    }
}
