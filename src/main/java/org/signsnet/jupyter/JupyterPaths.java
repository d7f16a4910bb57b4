package org.signsnet.jupyter;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where Jupyter looks for kernels, as {@code jupyter_core.paths} defines it: the user's data
 * directory ({@code $JUPYTER_DATA_DIR}, else {@code ~/Library/Jupyter} on macOS,
 * {@code %APPDATA%\jupyter} on Windows, {@code $XDG_DATA_HOME/jupyter} or
 * {@code ~/.local/share/jupyter} elsewhere), or {@code PREFIX/share/jupyter} of an installation
 * prefix (Jupyter's own {@code sys.prefix}, or any directory listed in {@code $JUPYTER_PATH}).
 * Kernels live in their {@code kernels/NAME/} subdirectory.
 */
public final class JupyterPaths {
    private final Function<String, String> environment;
    private final String osName;
    private final Path home;

    /**
     * @param environment looks up an environment variable, null when unset
     * @param osName      {@code os.name}
     * @param home        the user's home directory
     */
    public JupyterPaths(Function<String, String> environment, String osName, Path home) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The paths of this process's user. */
    public static JupyterPaths fromSystem() {
        return new JupyterPaths(
                System::getenv, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The user's Jupyter data directory. */
    public Path userDataDirectory() {
        String explicit = environment.apply("JUPYTER_DATA_DIR");
        if (present(explicit)) {
            return Path.of(explicit);
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Jupyter");
        }
        if (osName.startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            return present(appData)
                    ? Path.of(appData, "jupyter")
                    : home.resolve(".jupyter").resolve("data");
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        return (present(xdg) ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
    }

    /** The kernels directory of the user's data directory. */
    public Path userKernels() {
        return userDataDirectory().resolve("kernels");
    }

    /** The kernels directory under an installation prefix: {@code PREFIX/share/jupyter/kernels}. */
    public static Path prefixKernels(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
