package io.pilothouse.desktop;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class DesktopLoggingTest {

    @Test
    void infoToStderrWithTheEngineClientsAtWarn() {
        LoggerContext context = new LoggerContext();
        DesktopLogging logging = new DesktopLogging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("com.github.dockerjava.core.DefaultDockerClientConfig").getEffectiveLevel())
                .isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.apache.hc.client5.http.wire").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.pilothouse.core.host.HostConnection").isInfoEnabled()).isTrue();
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(stderr.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern()).isEqualTo(DesktopLogging.PATTERN);
    }

    @Test
    void aFileNamedOnTheCommandLineIsLeftToLogback() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/tmp/debug-logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            DesktopLogging logging = new DesktopLogging();
            logging.setContext(context);
            assertThat(logging.configure(context)).isEqualTo(Configurator.ExecutionStatus.NEUTRAL);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }

    @Test
    void logbackFindsItAsAServiceAndSetsUpTheRunningApp() {
        assertThat(ServiceLoader.load(Configurator.class)).anyMatch(c -> c instanceof DesktopLogging);
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(running.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
        assertThat(running.getLogger("com.github.dockerjava").getLevel()).isEqualTo(Level.WARN);
    }
}
