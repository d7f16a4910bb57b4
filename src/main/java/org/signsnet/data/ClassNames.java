package org.signsnet.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The names of a classifier's classes, in the order of its outputs: class {@code c} (column
 * {@code c} of the one-hot labels, output {@code c} of the softmax) is called {@code name(c)}.
 *
 * <p>SIGNS' classes are {@linkplain #numbered(int) numbered}: {@code "0"} to {@code "5"}, the
 * number of fingers. A photo folder's classes are its class folders' names ({@link ImageFolder}),
 * and a model file keeps the names it was trained with; a model file without names has numbered
 * classes.
 *
 * @param names one name per class: not blank, no control characters, no two alike
 */
public record ClassNames(List<String> names) {
    /** Checks the names; a violation is a programming error (loaders check their input first). */
    public ClassNames {
        names = List.copyOf(Objects.requireNonNull(names, "names"));
        String problem = problem(names);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** {@code "0"}, {@code "1"}, ..., {@code "count - 1"}: SIGNS' names when {@code count} is 6. */
    public static ClassNames numbered(int count) {
        return new ClassNames(
                IntStream.range(0, count).mapToObj(Integer::toString).toList());
    }

    /** SIGNS' six classes, {@code "0"} to {@code "5"}. */
    public static ClassNames signs() {
        return numbered(SignsDataset.NUM_CLASSES);
    }

    /**
     * Null when {@code names} can name classes, else why not: an empty list, a blank name, a
     * name with a control character (it could not be printed on one line), or a repeated name.
     */
    public static String problem(List<String> names) {
        if (names.isEmpty()) {
            return "there are no class names";
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                return "a class name is blank";
            }
            if (name.chars().anyMatch(Character::isISOControl)) {
                return "the class name '" + name.replaceAll("\\p{Cntrl}", "?") + "' has a control character";
            }
            if (!seen.add(name)) {
                return "the class name '" + name + "' appears twice";
            }
        }
        return null;
    }

    /** The number of classes. */
    public int size() {
        return names.size();
    }

    /** The name of class {@code c}. */
    public String name(int c) {
        return names.get(c);
    }

    /** The class called {@code name}, or -1. */
    public int indexOf(String name) {
        return names.indexOf(name);
    }

    /** Whether the classes are {@code "0"} to {@code "size() - 1"} in order, as SIGNS' are. */
    public boolean isNumbered() {
        return equals(numbered(size()));
    }

    /** The names joined for a message: {@code fist, one, two}. */
    @Override
    public String toString() {
        return String.join(", ", names);
    }

    /** These classes, then those of {@code other} that are not among them, in {@code other}'s order. */
    public ClassNames union(ClassNames other) {
        List<String> all = new ArrayList<>(names);
        other.names.stream().filter(name -> !names.contains(name)).forEach(all::add);
        return new ClassNames(all);
    }

    /**
     * {@code c} for every class of {@code other}: where its class of that name is here, or -1
     * when there is none.
     */
    public int[] indicesOf(ClassNames other) {
        return other.names.stream().mapToInt(this::indexOf).toArray();
    }
}
