package org.signsnet.jupyter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.signsnet.data.DataDirectoryResolver;

/**
 * The kernelspec ({@code kernel.json}) that tells Jupyter how to start the {@code signsnet} kernel:
 * this JVM's {@code java}, signsnet's class path and {@code org.signsnet.Main jupyter kernel}, with
 * {@code SIGNS_DATA_DIR} set so that notebooks find the data from any working directory, and
 * {@code interrupt_mode: message} so that Jupyter's interrupt stops the running cell instead of
 * killing the JVM. The JVM options and environment are those of {@code scripts/signsnet}.
 *
 * @param argv the command Jupyter runs; {@code {connection_file}} is replaced by Jupyter
 * @param env  environment variables Jupyter adds for the kernel
 */
public record KernelSpec(List<String> argv, Map<String, String> env) {
    /** The kernel's name: the notebooks' {@code metadata.kernelspec.name}. */
    public static final String NAME = "signsnet";
    /** What Jupyter's kernel menu shows. */
    public static final String DISPLAY_NAME = "Java 17 · signsnet";
    /**
     * The JVM options of {@code scripts/signsnet} (the serial collector, the Vector API that signsnet's
     * fast kernels use) with a 2 GB heap, since a notebook session keeps all its arrays, and no display
     * needed for charts.
     */
    public static final List<String> JVM_OPTIONS =
            List.of("-Xmx2g", "-XX:+UseSerialGC", "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true");
    /**
     * As {@code scripts/signsnet} sets it: ND4J's idle OpenMP threads sleep instead of spinning on the
     * cores signsnet's kernels use.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("OMP_WAIT_POLICY", "PASSIVE");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public KernelSpec {
        argv = List.copyOf(argv);
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /**
     * The kernel started with the given JVM and class path.
     *
     * @param javaHome      the Java installation ({@code java.home}) whose {@code bin/java} runs the kernel
     * @param classPath     signsnet's class path
     * @param dataDirectory the SIGNS data directory for {@code SIGNS_DATA_DIR}, or null to leave it unset
     */
    public static KernelSpec of(Path javaHome, String classPath, Path dataDirectory) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> argv = new ArrayList<>();
        argv.add(javaHome.resolve("bin").resolve(windows ? "java.exe" : "java").toString());
        argv.addAll(JVM_OPTIONS);
        argv.addAll(List.of("-cp", classPath, "org.signsnet.Main", "jupyter", "kernel", "{connection_file}"));
        Map<String, String> env = new LinkedHashMap<>(ENVIRONMENT);
        if (dataDirectory != null) {
            env.put(
                    DataDirectoryResolver.ENV_VARIABLE,
                    dataDirectory.toAbsolutePath().toString());
        }
        return new KernelSpec(argv, env);
    }

    /** The {@code kernel.json} text. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        argv.forEach(root.putArray("argv")::add);
        root.put("display_name", DISPLAY_NAME);
        root.put("language", "java");
        root.put("interrupt_mode", "message");
        ObjectNode variables = root.putObject("env");
        env.forEach(variables::put);
        root.putObject("metadata").put("debugger", false);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
