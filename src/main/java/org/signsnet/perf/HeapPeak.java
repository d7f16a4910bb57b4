package org.signsnet.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak used Java heap between {@link #reset()} and {@link #peakMb()}: the sum of the heap memory
 * pools' peak usages (an upper bound of the true peak, since pools peak at different times).
 */
final class HeapPeak {
    private HeapPeak() {}

    /** Starts a new measurement. */
    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Peak used heap since the last {@link #reset()}, in MiB (rounded up). */
    static long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
