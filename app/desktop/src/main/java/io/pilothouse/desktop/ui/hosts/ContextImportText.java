package io.pilothouse.desktop.ui.hosts;

import io.pilothouse.core.host.HostProfile;
import io.pilothouse.core.profiles.ContextImport;
import io.pilothouse.core.profiles.SkippedContext;

import java.util.stream.Collectors;

/** The sentence that tells what importing the Docker contexts did. */
final class ContextImportText {

    private ContextImportText() {
    }

    static Notice notice(ContextImport result) {
        if (result.imported().isEmpty() && result.skipped().isEmpty()) {
            return Notice.info("Import Docker contexts", "No Docker contexts were found.");
        }
        StringBuilder text = new StringBuilder();
        if (!result.imported().isEmpty()) {
            text.append("Added ").append(result.imported().stream().map(HostProfile::name)
                    .collect(Collectors.joining(", "))).append(".");
        }
        for (SkippedContext s : result.skipped()) {
            text.append(text.isEmpty() ? "" : " ").append("Left out ").append(s.context()).append(": ")
                    .append(s.reason());
            if (!s.reason().endsWith(".")) {
                text.append(".");
            }
        }
        return result.skipped().isEmpty() ? Notice.info("Import Docker contexts", text.toString())
                : Notice.warning("Import Docker contexts", text.toString());
    }
}
