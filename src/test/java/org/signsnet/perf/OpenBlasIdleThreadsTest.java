package org.signsnet.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

/** {@link OpenBlasIdleThreads} puts its variables into the process environment native code reads. */
class OpenBlasIdleThreadsTest {
    private interface CLibrary extends Library {
        String getenv(String name);
    }

    @Test
    void setsTheWaitVariablesForNativeCodeUnlessTheUserDid() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Platform.isWindows(), "libc setenv only");
        assertThat(OpenBlasIdleThreads.applyBeforeOpenBlasStarts()).isTrue();
        CLibrary libc = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
        String user = System.getenv(OpenBlasIdleThreads.VARIABLE);
        assertThat(libc.getenv(OpenBlasIdleThreads.VARIABLE)).isEqualTo(user != null ? user : OpenBlasIdleThreads.SHORTEST);
        String policy = System.getenv(OpenBlasIdleThreads.OMP_WAIT_POLICY);
        assertThat(libc.getenv(OpenBlasIdleThreads.OMP_WAIT_POLICY)).isEqualTo(policy != null ? policy : "passive");
    }
}
