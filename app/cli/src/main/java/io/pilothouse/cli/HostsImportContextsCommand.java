package io.pilothouse.cli;

import io.pilothouse.core.host.Environment;
import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.profiles.ContextImport;
import io.pilothouse.core.profiles.DockerContextImporter;
import io.pilothouse.core.profiles.SkippedContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** pilothouse hosts import-contexts */
@Command(name = "import-contexts", mixinStandardHelpOptions = true,
        description = {"Adds the Docker CLI's contexts as hosts ($DOCKER_CONFIG or ~/.docker).",
                "Contexts that skip TLS verification, or reach TCP without TLS, are left out: verification is always on."})
final class HostsImportContextsCommand extends CatalogCommand implements Callable<Integer> {

    @Option(names = "--environment", paramLabel = "NAME", defaultValue = "development",
            description = "The environment of the imported hosts (default: ${DEFAULT-VALUE}).")
    String environment;

    HostsImportContextsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Environment env = Environment.of(environment);
        String dockerConfig = context.env().get("DOCKER_CONFIG");
        Path dir = dockerConfig != null && !dockerConfig.isBlank() ? Path.of(dockerConfig) : context.dirs().dockerConfigDir();
        DockerContextImporter importer = new DockerContextImporter(dir);
        ContextImport result = importer.importInto(openCatalog(), env);
        if (result.imported().isEmpty() && result.skipped().isEmpty()) {
            context.out().println("No Docker contexts found in " + importer.contextsDir());
            return ExitStatus.OK.code();
        }
        for (HostProfile p : result.imported()) {
            context.out().println("Imported " + p.name() + ": " + p.transport().url() + " (" + p.environment().name() + ")");
        }
        for (SkippedContext s : result.skipped()) {
            context.out().println("Skipped " + s.context() + ": " + s.reason());
        }
        return ExitStatus.OK.code();
    }
}
