package org.signsnet.nn;

import java.util.concurrent.atomic.AtomicBoolean;
import org.nd4j.linalg.api.buffer.DataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the kernels: with the Vector API ({@code --add-modules jdk.incubator.vector}, which
 * {@code scripts/signsnet} passes) on a machine with 256-bit vectors (AVX2, AVX-512), float data
 * runs {@link VectorConv2d} and {@link VectorMaxPool2d}; elsewhere (an IDE's "Run Main",
 * {@code mvn exec:java}, aarch64's 128-bit vectors, double precision) the plain-Java
 * {@link ScalarConv2d} and {@link MaxPool2d}, which give the same bits, more slowly.
 */
public final class Kernels {
    private static final Conv2dKernel VECTOR_CONV = (Conv2dKernel) vectorKernel("org.signsnet.nn.VectorConv2d");
    private static final MaxPoolKernel VECTOR_POOL = (MaxPoolKernel) vectorKernel("org.signsnet.nn.VectorMaxPool2d");
    private static final Logger LOG = LoggerFactory.getLogger(Kernels.class);
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private Kernels() {}

    /** The convolution kernel for arrays of {@code type}. */
    static Conv2dKernel convolution(DataType type) {
        if (type == DataType.FLOAT && VECTOR_CONV == null && !TOLD.getAndSet(true)) {
            LOG.warn(
                    "signsnet's layers run on plain Java, several times slower than with the Vector API ({}); "
                            + "scripts/signsnet enables it",
                    whyPlain());
        }
        return type == DataType.FLOAT && VECTOR_CONV != null ? VECTOR_CONV : ScalarConv2d.INSTANCE;
    }

    /** The max-pooling kernel for arrays of {@code type}. */
    static MaxPoolKernel maxPooling(DataType type) {
        return type == DataType.FLOAT && VECTOR_POOL != null ? VECTOR_POOL : MaxPool2d.INSTANCE;
    }

    /** Whether float data runs on the Vector API kernels. */
    public static boolean vectorised() {
        return VECTOR_CONV != null;
    }

    /** For reports: which kernels float data runs on. */
    public static String description() {
        return vectorised() ? "Java Vector API, 256-bit" : "plain Java (no Vector API: " + whyPlain() + ")";
    }

    private static String whyPlain() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                ? "this CPU has no 256-bit vectors"
                : "run with --add-modules jdk.incubator.vector";
    }

    /**
     * The {@code INSTANCE} of a Vector API kernel class, or null where the module is not in the boot
     * layer or the machine's vectors are narrower than 256 bits (the kernels' 8-float vectors would
     * then be emulated, far slower than plain Java). Looked up by name, so that without the module
     * no class of the Vector API is ever loaded.
     */
    private static Object vectorKernel(String className) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> kernel = Class.forName(className);
            boolean wideEnough = (boolean) Class.forName("org.signsnet.nn.VectorWidth")
                    .getDeclaredMethod("fits256")
                    .invoke(null);
            return wideEnough ? kernel.getDeclaredField("INSTANCE").get(null) : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
