package org.signsnet.io;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** File names made from other names (an image's, a layer's): safe on every file system, unique on request. */
public final class FileNames {
    private FileNames() {}

    /** {@code name} with every character other than letters, digits, '.', '_' and '-' replaced by '_'. */
    public static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" : safe;
    }

    /** The file name of {@code file} without its last extension: {@code photos/my_image.jpg} gives {@code my_image}. */
    public static String stem(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Hands out safe names, adding {@code -2}, {@code -3}, ... to names given before. */
    public static final class Unique {
        private final Set<String> used = new HashSet<>();

        /** The safe form of {@code name}, made unique among the names this instance gave. */
        public String next(String name) {
            String base = safe(name);
            String candidate = base;
            for (int n = 2; !used.add(candidate); n++) {
                candidate = base + "-" + n;
            }
            return candidate;
        }
    }
}
