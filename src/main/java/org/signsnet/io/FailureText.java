package org.signsnet.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A failure in words for a one-line message, never a Java class name: "no space left on device",
 * "permission denied", "the file ends too early", "malformed JSON at line 3, column 7", or the
 * library's own message. Messages name what failed; this says why.
 */
public final class FailureText {
    private static final int MAX_LENGTH = 200;
    /** A Java exception class name inside a library's message ("java.io.IOException: "), dropped. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b:?\\s*");
    /** A package-qualified name in a library's message ("org.deeplearning4j.nn.conf.ConvolutionMode"), shortened. */
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_$]*)");

    /** The words for the file system failures Java tells by their type rather than their reason. */
    private static final Map<Class<? extends FileSystemException>, String> FILE_SYSTEM_WORDS = Map.of(
            NoSuchFileException.class, "no such file or directory",
            AccessDeniedException.class, "permission denied",
            FileAlreadyExistsException.class, "already exists",
            NotDirectoryException.class, "not a directory",
            DirectoryNotEmptyException.class, "directory not empty",
            FileSystemLoopException.class, "a symbolic link loop");

    private FailureText() {}

    /** Why {@code failure} happened: the words of the first of it and its causes that says something. */
    public static String of(Throwable failure) {
        if (isDiskFull(failure)) {
            return "no space left on device";
        }
        String text = null;
        for (Throwable t = failure; t != null && text == null; t = t.getCause() == t ? null : t.getCause()) {
            text = words(t);
        }
        if (text == null) {
            text = "an unexpected " + (failure instanceof IOException ? "input/output " : "") + "error";
        }
        int excerpt = text.indexOf(" at [Source");
        text = excerpt < 0 ? text : text.substring(0, excerpt);
        text = CLASS_NAME.matcher(text).replaceAll("");
        text = QUALIFIED_NAME.matcher(text).replaceAll("$1");
        text = text.replaceAll("\\s*\\R\\s*", " ").strip();
        if (text.isEmpty()) {
            text = "an unexpected error";
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
    }

    /** Whether {@code failure} or one of its causes is the operating system's "no space left on device" or a full quota. */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** The words for one throwable, or null when it says nothing by itself. */
    private static String words(Throwable t) {
        if (t instanceof FileSystemException fs) {
            return fileSystem(fs);
        }
        if (t instanceof JsonMappingException json) {
            return "unexpected JSON content" + where(json) + ": " + mismatch(json);
        }
        if (t instanceof JsonProcessingException json) {
            return "malformed JSON" + where(json)
                    + (json.getOriginalMessage() == null ? "" : ": " + json.getOriginalMessage());
        }
        if (t instanceof EOFException) {
            return "the data ends too early";
        }
        String message = t.getMessage();
        if (message == null || message.isBlank() || message.equals(String.valueOf(t.getCause()))) {
            return null; // e.g. a wrapper whose message is its cause's toString
        }
        return message;
    }

    private static String fileSystem(FileSystemException e) {
        String file = e.getFile() == null ? "" : e.getFile() + ": ";
        for (Map.Entry<Class<? extends FileSystemException>, String> kind : FILE_SYSTEM_WORDS.entrySet()) {
            if (kind.getKey().isInstance(e)) {
                return file + kind.getValue();
            }
        }
        return file + (e.getReason() == null ? "file system error" : e.getReason());
    }

    /** " at line L, column C" of a JSON failure, and the field it was in. */
    private static String where(JsonProcessingException json) {
        JsonLocation at = json.getLocation();
        String text = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (json instanceof JsonMappingException mapping) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            text += field.isEmpty() ? "" : " (field '" + field + "')";
        }
        return text;
    }

    /** What did not fit the expected JSON: a value out of range, an unknown value or field. */
    private static String mismatch(JsonMappingException json) {
        if (json instanceof ValueInstantiationException && json.getCause() != null) {
            return String.valueOf(json.getCause().getMessage()); // the record's own check, e.g. "epochs must be ..."
        }
        if (json instanceof InvalidFormatException format) {
            return "the value " + format.getValue() + " is not allowed there";
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        return "not what was expected there";
    }
}
