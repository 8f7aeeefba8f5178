package io.pilothouse.desktop.ui.infra;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The AtlantaFX theme of the whole application, light or dark, in its precompiled binary form
 * (the .bss is read as is; the 170 kB .css would be parsed at every start).
 */
public final class Theme {

    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
