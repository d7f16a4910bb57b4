package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.signsnet.testing.TestClassPath;

class NotebookSessionTest {
    private static NotebookSession session;

    @BeforeAll
    static void open() {
        session = new NotebookSession(TestClassPath.get());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void aCellReturnsTheValueOfItsLastExpressionAndKeepsItsDeclarations() throws CellFailure {
        assertThat(session.run("int base = 40;\nint plusTwo(int x) { return x + 2; }", "cell 1"))
                .isEmpty();
        assertThat(session.run("plusTwo(base)", "cell 2")).isEqualTo("42");
    }

    @Test
    void aCompileErrorPointsAtTheCellLineAndTheOffendingSpan() {
        CellFailure failure = catchThrowableOfType(
                () -> session.run("int ok = 1;\n\nint broken = undefinedName + 1;", "cell 7"), CellFailure.class);
        assertThat(failure.name()).isEqualTo("CompileError");
        assertThat(failure.summary()).startsWith("does not compile").contains("undefinedName");
        assertThat(failure.details().get(0)).isEqualTo("cell 7, line 3: cannot find symbol");
        assertThat(failure.details()).contains("int broken = undefinedName + 1;", "             ^-----------^");
    }

    @Test
    void anExceptionIsReportedWithItsCauseAndStackFramesInCellLines() throws CellFailure {
        session.run(
                "// a comment before the method\n/** And its javadoc. */\nvoid fail() {\n    int unused = 0;\n"
                        + "    throw new IllegalStateException(\"bad\", new RuntimeException(\"root\"));\n}",
                "cell 3");
        CellFailure failure =
                catchThrowableOfType(() -> session.run("int a = 1;\nfail();", "cell 4"), CellFailure.class);
        assertThat(failure.name()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failure.details())
                .containsSubsequence(
                        "java.lang.IllegalStateException: bad",
                        "    at fail (cell 3, line 5)",
                        "    at cell 4, line 2",
                        "Caused by: java.lang.RuntimeException: root");
        assertThat(String.join("\n", failure.details())).doesNotContain("jdk.jshell", "REPL.");
    }

    @Test
    void stopEndsARunningCellAsInterruptedAndTheSessionLivesOn() throws Exception {
        System.clearProperty("signsnet.test.spinning");
        CompletableFuture<CellFailure> running = CompletableFuture.supplyAsync(() -> catchThrowableOfType(
                () -> session.run(
                        "long spins = 0;\nwhile (true) {\n    if (++spins == 1) System.setProperty(\"signsnet.test.spinning\", \"yes\");\n}",
                        "cell 9"),
                CellFailure.class));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.getProperty("signsnet.test.spinning") == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        session.stop();
        CellFailure failure = running.get(30, TimeUnit.SECONDS);
        assertThat(failure.name()).isEqualTo("Interrupted");
        assertThat(session.run("spins > 0", "cell 10")).isEqualTo("true");
    }

    @Test
    void magicLinesOfIJavaAndJJavaAreSkippedKeepingLineNumbers() throws CellFailure {
        assertThat(session.run("%classpath ../target/classes\n%jars lib/*.jar\n6 * 7", "cell 5"))
                .isEqualTo("42");
        assertThat(NotebookSession.withoutMagics("%jars a.jar\nint x;\n")).isEqualTo("\nint x;\n");
    }

    @Test
    void inputStateTellsCompleteAndIncompleteCode() {
        assertThat(session.inputState("int x = 1;").status()).isEqualTo("complete");
        NotebookSession.InputState open = session.inputState("for (int i = 0; i < 3; i++) {");
        assertThat(open.status()).isEqualTo("incomplete");
        assertThat(open.indent()).isEqualTo("    ");
    }

    @Test
    void completionOffersTheMembersJShellKnows() {
        String code = "String greeting = \"hi\"; greeting.toUpp";
        NotebookSession.Completions completions = session.complete(code, code.length());
        assertThat(completions.texts()).contains("toUpperCase(");
        assertThat(completions.start()).isEqualTo(code.length() - "toUpp".length());
        assertThat(completions.end()).isEqualTo(code.length());
    }

    @Test
    void displayOutsideANotebookRunSaysWhereItWorks() {
        assertThatThrownBy(() -> NotebookDisplay.display("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signsnet notebook");
    }
}
