package org.signsnet.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Loader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses which build of ND4J's native library to load, before ND4J loads it.
 *
 * <p>The pom ships the portable {@code nd4j-native} build of the platform plus the oneDNN build
 * ({@code <platform>-onednn}). Only the oneDNN build has fast fused convolutions (see
 * {@link org.signsnet.nn.OneDnn}); it runs on any x86-64 CPU with SSE4.1 (oneDNN picks AVX2 or
 * AVX-512 kernels at run time). This class selects the best extension whose jar is on the class
 * path and whose CPU requirements {@code /proc/cpuinfo} confirms, by setting the JavaCPP system
 * property {@value #EXTENSION_PROPERTY}; an explicit {@code -D} setting always wins. Call
 * {@link #selectBeforeNd4jLoads()} first thing in {@code main}.
 */
public final class NativeBackendSelector {
    /** The JavaCPP property that picks a native build's extension, e.g. {@code -onednn}. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

    private static final Logger LOG = LoggerFactory.getLogger(NativeBackendSelector.class);
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";

    /** Extensions in order of preference, with the CPU flags each needs. */
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("-onednn-avx512", Set.of("avx512f", "avx512cd", "avx512vl", "avx512bw", "avx512dq")),
            new Candidate("-onednn", Set.of("sse4_1")),
            new Candidate("-avx512", Set.of("avx512f", "avx512cd", "avx512vl", "avx512bw", "avx512dq")),
            new Candidate("-avx2", Set.of("avx2", "fma")));

    private static volatile String selected;

    private NativeBackendSelector() {
    }

    /** An extension and the CPU flags it needs. */
    record Candidate(String extension, Set<String> requiredFlags) {
    }

    /**
     * Selects the native build (idempotent) and logs it in one INFO line.
     *
     * @return the classifier in use, e.g. {@code linux-x86_64-onednn}
     */
    public static synchronized String selectBeforeNd4jLoads() {
        if (selected == null) {
            OpenBlasIdleThreads.applyBeforeOpenBlasStarts();
            String platform = Loader.getPlatform();
            String explicit = System.getProperty(EXTENSION_PROPERTY);
            String extension = explicit != null ? explicit
                    : choose(platform, cpuFlags(), NativeBackendSelector::shipped).orElse("");
            if (explicit == null && !extension.isEmpty()) {
                System.setProperty(EXTENSION_PROPERTY, extension);
            }
            selected = platform + extension;
            LOG.info("ND4J native backend: nd4j-native {}{}", selected,
                    explicit != null ? " (set by -D" + EXTENSION_PROPERTY + ")"
                            : extension.contains("onednn") ? " (oneDNN fused convolutions)" : " (portable build)");
        }
        return selected;
    }

    /** The classifier chosen by {@link #selectBeforeNd4jLoads()}, selecting it now if needed. */
    public static String selectedClassifier() {
        return selected != null ? selected : selectBeforeNd4jLoads();
    }

    /**
     * The best extension for {@code platform}: the first candidate that is shipped and whose flags
     * the CPU has. Unknown flags (no {@code /proc/cpuinfo}) allow only candidates needing SSE4.1.
     */
    static Optional<String> choose(String platform, Optional<Set<String>> cpuFlags, Predicate<String> shipped) {
        if (!platform.endsWith("x86_64")) {
            return Optional.empty();
        }
        return CANDIDATES.stream()
                .filter(c -> cpuFlags.map(f -> f.containsAll(c.requiredFlags()))
                        .orElse(c.requiredFlags().equals(Set.of("sse4_1"))))
                .map(Candidate::extension)
                .filter(ext -> shipped.test(platform + ext))
                .findFirst();
    }

    /** Whether the {@code nd4j-native} jar of {@code classifier} is on the class path. */
    static boolean shipped(String classifier) {
        ClassLoader loader = NativeBackendSelector.class.getClassLoader();
        return loader.getResource(BINDINGS + classifier + "/") != null
                || Arrays.stream(new String[] {"libnd4jcpu.so", "libnd4jcpu.dylib", "nd4jcpu.dll"})
                        .anyMatch(lib -> loader.getResource(BINDINGS + classifier + "/" + lib) != null);
    }

    /** The CPU feature flags from {@code /proc/cpuinfo}, if readable. */
    static Optional<Set<String>> cpuFlags() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("flags"))
                    .findFirst()
                    .map(l -> Arrays.stream(l.substring(l.indexOf(':') + 1).trim().split("\\s+"))
                            .collect(Collectors.toUnmodifiableSet()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
