package io.pilothouse.desktop.ui.updates;

import io.pilothouse.core.updates.ImageUpdate;

import java.util.List;

/** Checks one host's containers and services for newer images (blocking: called off the JavaFX thread). */
public interface UpdateSource {

    List<ImageUpdate> check() throws Exception;
}
