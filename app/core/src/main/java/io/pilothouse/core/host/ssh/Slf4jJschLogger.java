package io.pilothouse.core.host.ssh;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends JSch's own log lines to SLF4J at debug level, whatever level JSch gives them: they are
 * protocol detail, and the failures a person reads are translated elsewhere. JSch never puts
 * passphrases or key material in these lines.
 */
final class Slf4jJschLogger implements com.jcraft.jsch.Logger {

    private static final Logger LOG = LoggerFactory.getLogger("io.pilothouse.core.host.ssh.jsch");

    @Override
    public boolean isEnabled(int level) {
        return LOG.isDebugEnabled();
    }

    @Override
    public void log(int level, String message) {
        LOG.debug("{}", message);
    }

    @Override
    public void log(int level, String message, Throwable cause) {
        LOG.debug("{}", message, cause);
    }
}
