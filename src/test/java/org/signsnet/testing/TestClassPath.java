package org.signsnet.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * The class path the notebook cells compile against: {@code java.class.path}, plus the entries of a
 * surefire manifest-only jar's {@code Class-Path} (then {@code java.class.path} is that one jar).
 */
public final class TestClassPath {
    private TestClassPath() {}

    public static String get() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            entries.addAll(manifestClassPath(entry));
        }
        String surefire = System.getProperty("surefire.test.class.path");
        if (surefire != null) {
            entries.addAll(List.of(surefire.split(File.pathSeparator)));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> manifestClassPath(String entry) {
        Set<String> found = new LinkedHashSet<>();
        if (!entry.endsWith(".jar")) {
            return found;
        }
        try (JarFile jar = new JarFile(entry)) {
            var manifest = jar.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String url : classPath.trim().split("\\s+")) {
                    found.add(Path.of(new URL(new File(entry).toURI().toURL(), url).toURI())
                            .toString());
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // not a readable jar: keep the entry as it is
        }
        return found;
    }
}
