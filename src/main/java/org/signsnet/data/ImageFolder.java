package org.signsnet.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.signsnet.SignsnetException;
import org.signsnet.random.NumpyRandom;

/**
 * A folder of photos as a dataset, the convention of Keras' {@code image_dataset_from_directory}
 * and DataVec's {@code ParentPathLabelGenerator}: one subfolder per class, named by its label
 * ({@code photos/fist/*.jpg}, {@code photos/one/*.jpg}, ...), or {@code train/} and {@code test/}
 * subfolders that each hold such class folders when the user has made the split. This class finds
 * the classes and the photos; {@link FolderImages} decodes them.
 *
 * <p>Rules, in the order they are checked:
 * <ul>
 *   <li>Names starting with {@code .} (and the system files {@code Thumbs.db}, {@code desktop.ini})
 *       are ignored. A photo is a file whose extension is one of {@link #EXTENSIONS} (any case),
 *       anywhere below its class folder; any other file is skipped with a warning naming it. A
 *       file directly in the folder (not in a class folder) is skipped with a warning too.</li>
 *   <li>Classes are ordered by number when every class folder is a number ({@code 0} to {@code 5}
 *       give SIGNS' classes), else by name.</li>
 *   <li>Errors (DATA): no class folder or only one; a class folder without photos; a class with
 *       fewer than 2 photos (one to train on, one to test); in {@code test/} a class that
 *       {@code train/} lacks; only one of {@code train/} and {@code test/}; more than
 *       {@value SignsFileReader#MAX_IMAGES} photos.</li>
 * </ul>
 * Within a split, photos are ordered by their path inside their class folder, then by class: so
 * the PNG folders {@code signsnet data unpack} writes ({@code 0000.png}, {@code 0001.png}, ...) come
 * back in the order of the HDF5 file.
 */
public final class ImageFolder {
    /** The subfolder of the user's training split. */
    public static final String TRAIN = "train";
    /** The subfolder of the user's test split. */
    public static final String TEST = "test";
    /** The share of each class held out for testing when the user has made no split. */
    public static final double TEST_FRACTION = 0.2;
    /** The extensions of photo files (lower case): what {@code signsnet predict} reads, and HEIC/AVIF to refuse clearly. */
    public static final List<String> EXTENSIONS =
            List.of("jpg", "jpeg", "png", "webp", "tif", "tiff", "bmp", "gif", "heic", "heif", "avif");

    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");

    /**
     * One photo.
     *
     * @param file     the file
     * @param relative its path inside its class folder, with '/' separators (the sort key)
     * @param label    its class
     */
    public record Photo(Path file, String relative, int label) {}

    /**
     * The photos of a training and a test split.
     *
     * @param train the photos to train on
     * @param test  the photos to test on
     */
    public record Split(List<Photo> train, List<Photo> test) {
        public Split {
            train = List.copyOf(train);
            test = List.copyOf(test);
        }
    }

    private final Path root;
    private final ClassNames classNames;
    private final List<Photo> photos;
    private final Split userSplit;

    private ImageFolder(Path root, ClassNames classNames, List<Photo> photos, Split userSplit) {
        this.root = root;
        this.classNames = classNames;
        this.photos = List.copyOf(photos);
        this.userSplit = userSplit;
    }

    /**
     * Finds the classes and photos in {@code root}, telling {@code listener} about every skipped
     * file. A missing or unlistable folder is an IO error; a folder that is no dataset a DATA error.
     */
    public static ImageFolder scan(Path root, FolderListener listener) {
        checkDirectory(root);
        Path train = root.resolve(TRAIN);
        Path test = root.resolve(TEST);
        boolean hasTrain = Files.isDirectory(train);
        boolean hasTest = Files.isDirectory(test);
        if (hasTrain != hasTest) {
            throw SignsnetException.data("photo folder " + root + " has " + (hasTrain ? TRAIN : TEST) + "/ but no "
                    + (hasTrain ? TEST : TRAIN) + "/: give both, each with one folder per class, or put the class"
                    + " folders directly in " + root + " for a seeded " + percent(1 - TEST_FRACTION) + "/"
                    + percent(TEST_FRACTION) + " split");
        }
        if (!hasTrain) {
            Map<String, Path> classes = classFolders(root, listener);
            ClassNames names = order(root, classes.keySet());
            List<Photo> photos = photos(classes, names, listener);
            checkCounts(names, classes, photos, List.of());
            return new ImageFolder(root, names, photos, null);
        }
        for (Path entry : children(root)) {
            if (!entry.equals(train) && !entry.equals(test)) {
                listener.warning("skipped " + entry + ": not in " + train + " or " + test);
            }
        }
        Map<String, Path> trainClasses = classFolders(train, listener);
        Map<String, Path> testClasses = classFolders(test, listener);
        for (Map.Entry<String, Path> testClass : testClasses.entrySet()) {
            if (!trainClasses.containsKey(testClass.getKey())) {
                throw SignsnetException.data(
                        testClass.getValue() + " has no class folder " + train.resolve(testClass.getKey())
                                + ": the model cannot learn a class it has no training photos of");
            }
        }
        ClassNames names = order(train, trainClasses.keySet());
        List<Photo> trainPhotos = photos(trainClasses, names, listener);
        List<Photo> testPhotos = photos(testClasses, names, listener);
        checkCounts(names, trainClasses, trainPhotos, testPhotos);
        for (int c = 0; c < names.size(); c++) {
            if (count(testPhotos, c) == 0) {
                listener.warning("class '" + names.name(c) + "' has no test photos in " + test);
            }
        }
        List<Photo> all = new ArrayList<>(trainPhotos);
        all.addAll(testPhotos);
        return new ImageFolder(root, names, all, new Split(trainPhotos, testPhotos));
    }

    /** The folder scanned. */
    public Path root() {
        return root;
    }

    /** The classes, named by their folders. */
    public ClassNames classNames() {
        return classNames;
    }

    /** Every photo: {@code train/}'s then {@code test/}'s when the user made the split. */
    public List<Photo> all() {
        return photos;
    }

    /** Whether the folder has {@code train/} and {@code test/}. */
    public boolean splitByUser() {
        return userSplit != null;
    }

    /**
     * The user's split, or else a stratified one: of each class's {@code n} photos (sorted by path),
     * {@code round(0.2 n)} (at least 1, at most {@code n - 1}) chosen by numpy's
     * {@code RandomState(seed).permutation(n)}, drawn class after class from one generator, are for
     * testing, the rest for training.
     */
    public Split split(long seed) {
        if (userSplit != null) {
            return userSplit;
        }
        NumpyRandom random = new NumpyRandom(seed);
        List<Photo> train = new ArrayList<>();
        List<Photo> test = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            int label = c;
            List<Photo> members =
                    photos.stream().filter(p -> p.label() == label).toList();
            int n = members.size();
            int held = (int) Math.max(1, Math.min(n - 1, Math.round(TEST_FRACTION * n)));
            int[] order = random.permutation(n);
            for (int i = 0; i < n; i++) {
                (i < held ? test : train).add(members.get(order[i]));
            }
        }
        return new Split(sorted(train), sorted(test));
    }

    private static void checkDirectory(Path root) {
        if (!Files.exists(root)) {
            throw SignsnetException.io("photo folder " + root + " does not exist", null);
        }
        if (!Files.isDirectory(root)) {
            throw SignsnetException.io(
                    root + " is not a folder; expected a folder with one subfolder of photos per class", null);
        }
    }

    /** The class folders in {@code dir} by name; files beside them are skipped with a warning. */
    private static Map<String, Path> classFolders(Path dir, FolderListener listener) {
        Map<String, Path> classes = new LinkedHashMap<>();
        for (Path entry : children(dir)) {
            if (Files.isDirectory(entry)) {
                classes.put(entry.getFileName().toString(), entry);
            } else {
                listener.warning("skipped " + entry + ": not in a class folder");
            }
        }
        return classes;
    }

    /** The photos of every class folder, sorted; other files are skipped with a warning. */
    private static List<Photo> photos(Map<String, Path> classes, ClassNames names, FolderListener listener) {
        List<Photo> photos = new ArrayList<>();
        for (Map.Entry<String, Path> entry : classes.entrySet()) {
            int label = names.indexOf(entry.getKey());
            for (Path file : files(entry.getValue())) {
                if (isPhoto(file)) {
                    String relative =
                            entry.getValue().relativize(file).toString().replace('\\', '/');
                    photos.add(new Photo(file, relative, label));
                } else {
                    listener.warning("skipped " + file + ": not an image (signsnet reads the extensions "
                            + String.join(", ", EXTENSIONS.subList(0, 8)) + ")");
                }
            }
        }
        return sorted(photos);
    }

    private static void checkCounts(ClassNames names, Map<String, Path> folders, List<Photo> train, List<Photo> test) {
        List<String> empty = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (count(train, c) == 0) {
                empty.add(folders.get(names.name(c)).toString());
            }
        }
        if (!empty.isEmpty()) {
            throw SignsnetException.data((empty.size() == 1 ? "class folder " : "class folders ")
                    + String.join(", ", empty) + (empty.size() == 1 ? " has" : " have") + " no photos");
        }
        for (int c = 0; c < names.size(); c++) {
            if (count(train, c) + count(test, c) < 2) {
                throw SignsnetException.data("class '" + names.name(c) + "' (" + folders.get(names.name(c))
                        + ") has only 1 photo; each class needs at least 2, one to train on and one to test");
            }
        }
        if (train.size() + test.size() > SignsFileReader.MAX_IMAGES) {
            throw SignsnetException.data(
                    "more than " + SignsFileReader.MAX_IMAGES + " photos; signsnet trains on at most that many");
        }
    }

    /** The class names in order: by number when all are numbers, else by name; fewer than 2 classes is an error. */
    private static ClassNames order(Path dir, Set<String> folders) {
        if (folders.size() < 2) {
            throw SignsnetException.data("photo folder " + dir
                    + (folders.isEmpty()
                            ? " has no class folders"
                            : " has a single class folder, '"
                                    + folders.iterator().next() + "'")
                    + "; expected one subfolder of photos per class, named by its label, at least 2 (e.g. " + dir
                    + "/fist/, " + dir + "/one/)");
        }
        boolean numbers = folders.stream().allMatch(name -> name.matches("[0-9]+"));
        Comparator<String> order = numbers
                ? Comparator.comparing((String name) -> new BigInteger(name)).thenComparing(Comparator.naturalOrder())
                : Comparator.naturalOrder();
        String problem = ClassNames.problem(List.copyOf(folders));
        if (problem != null) {
            throw SignsnetException.data("photo folder " + dir + ": " + problem);
        }
        return new ClassNames(folders.stream().sorted(order).toList());
    }

    private static boolean isPhoto(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean ignored(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(".") || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The entries of {@code dir} that are not ignored, sorted by name. */
    private static List<Path> children(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(entry -> !ignored(entry)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw cannotList(dir, e);
        }
    }

    /** The regular files below {@code dir} whose path has no ignored name, sorted. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> entries = Files.walk(dir)) {
            return entries.filter(path -> !path.equals(dir))
                    .filter(path -> {
                        for (Path part : dir.relativize(path)) {
                            if (ignored(part)) {
                                return false;
                            }
                        }
                        return Files.isRegularFile(path);
                    })
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw cannotList(dir, e);
        }
    }

    private static SignsnetException cannotList(Path dir, Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return SignsnetException.io(
                "cannot list " + dir + " (" + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")",
                e);
    }

    private static List<Photo> sorted(List<Photo> photos) {
        return photos.stream()
                .sorted(Comparator.comparing(Photo::relative).thenComparingInt(Photo::label))
                .toList();
    }

    private static int count(List<Photo> photos, int label) {
        return (int) photos.stream().filter(p -> p.label() == label).count();
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "";
    }
}
