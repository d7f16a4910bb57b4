package org.signsnet.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * One generated bad input: {@code setup} builds it inside a fresh case directory and returns the
 * CLI arguments that feed it to signsnet; {@code allowedCodes} are the exit codes that count as
 * handled (0 when the damage leaves a valid input); {@code expectedText}, when not null, is what
 * standard error must say; the output directory to check is {@code caseDir/out}.
 */
record FuzzCase(String family, String name, Setup setup, Set<Integer> allowedCodes, String expectedText) {
    @FunctionalInterface
    interface Setup {
        /** Creates the input below {@code caseDir}; returns the arguments; the output directory is {@code caseDir/out}. */
        String[] create(Path caseDir) throws IOException;
    }

    static FuzzCase of(String family, String name, Set<Integer> allowed, Setup setup) {
        return new FuzzCase(family, name, setup, allowed, null);
    }

    /** This case, handled only when standard error also contains {@code text}. */
    FuzzCase expecting(String text) {
        return new FuzzCase(family, name, setup, allowedCodes, text);
    }
}
