package org.signsnet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.signsnet.SignsnetException;
import org.signsnet.data.ProjectDirectory;
import org.signsnet.notebook.ExerciseEdition;
import org.signsnet.notebook.NotebookFile;

/**
 * {@code signsnet notebook --exercises DIR}: writes the exercise edition ({@link ExerciseEdition})
 * of notebooks into a directory, each under its own file name. It never overwrites a file: a
 * learner's filled-in copy may be there.
 */
public final class ExercisesJob {
    /** The notebooks of {@code notebooks-port/} with exercises, in the course's order. */
    public static final List<String> NOTEBOOKS = List.of("step-by-step.ipynb", "application.ipynb");

    private ExercisesJob() {}

    /** The solution notebooks written when none is named: {@link #NOTEBOOKS} in the project's {@code notebooks-port/}. */
    public static List<Path> defaultNotebooks() {
        return NOTEBOOKS.stream()
                .map(name -> ProjectDirectory.notebooksDirectory().resolve(name))
                .toList();
    }

    /**
     * Writes the exercise edition of each of {@code notebooks} into {@code directory} (created if
     * needed) and returns the files written. Checks every notebook and target first, so that it
     * writes all of them or none.
     *
     * @throws SignsnetException IO when a target exists or cannot be written, DATA when a notebook
     *                           is unreadable, is itself an exercise edition or has unpaired markers
     */
    public static List<Path> write(Path directory, List<Path> notebooks) {
        List<NotebookFile> editions = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        for (Path notebook : notebooks) {
            NotebookFile solution = NotebookFile.read(notebook);
            String name = notebook.getFileName().toString();
            if (ExerciseEdition.solutionOf(solution).isPresent()) {
                throw SignsnetException.data(
                        notebook + " is already an exercise edition; name a notebook of notebooks-port/");
            }
            Path target = directory.resolve(name);
            if (Files.exists(target) || targets.contains(target)) {
                throw SignsnetException.io(
                        target + " exists; signsnet does not overwrite an exercise copy (it may hold"
                                + " your work): remove it or choose another directory",
                        null);
            }
            try {
                editions.add(ExerciseEdition.of(solution, name));
            } catch (IllegalArgumentException e) {
                throw SignsnetException.data("exercise markers out of pairs in " + e.getMessage(), e);
            }
            targets.add(target);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw SignsnetException.io("cannot create " + directory + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < targets.size(); i++) {
            editions.get(i).write(targets.get(i));
        }
        return List.copyOf(targets);
    }
}
