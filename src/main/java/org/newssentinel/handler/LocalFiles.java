package org.newssentinel.handler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newssentinel.pipeline.ArticleRejectedException;
import org.newssentinel.pipeline.RejectionReason;

/**
 * Local inputs for the CLI and the watcher: expands folders and reads files within the size
 * limit. Every problem with one path becomes a rejection for that path, so one unreadable file
 * or folder never stops the others.
 */
final class LocalFiles {

    /** A file found under an input, or the reason a path could not be listed or is not a file. */
    record Entry(Path path, Optional<ArticleRejectedException> problem) {
    }

    private LocalFiles() {
    }

    /**
     * The regular files of {@code root} in path order (a file yields itself), skipping hidden
     * names and not following links to folders; a problem with a path becomes an entry with a problem.
     */
    static List<Entry> expand(Path root) {
        if (!Files.exists(root)) {
            return List.of(problem(root, "cannot read: no such file or directory"));
        }
        if (!Files.isDirectory(root)) {
            return List.of(Files.isRegularFile(root) ? new Entry(root, Optional.empty())
                    : problem(root, "cannot read: not a regular file"));
        }
        Map<Path, Entry> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // Links to files count; links to folders are not followed (no loops, no escaping the tree).
                    if (!hidden(file) && Files.isRegularFile(file)) {
                        found.put(file, new Entry(file, Optional.empty()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.put(file, problem(file, "cannot read: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.put(root, problem(root, "cannot read: " + describe(e)));
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Reads {@code file}, refusing before reading when it is larger than {@code maxBytes}, and
     * stopping at the limit when it grows while being read.
     *
     * @throws ArticleRejectedException TOO_LARGE or UNREADABLE
     */
    static byte[] read(Path file, long maxBytes) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArticleRejectedException(RejectionReason.UNREADABLE, "cannot read: not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ArticleRejectedException(RejectionReason.TOO_LARGE, "too large: the file has " + size
                        + " bytes, more than the limit of " + maxBytes + " (MAX_OBJECT_BYTES)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size + 1, maxBytes + 1));
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ArticleRejectedException(RejectionReason.TOO_LARGE,
                                "too large: the file grew past the limit of " + maxBytes + " bytes while being read");
                    }
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new ArticleRejectedException(RejectionReason.UNREADABLE, "cannot read: " + describe(e));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Entry problem(Path path, String message) {
        return new Entry(path, Optional.of(new ArticleRejectedException(RejectionReason.UNREADABLE, message)));
    }

    /** IOExceptions often carry only the path as their message; say what went wrong instead. */
    static String describe(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file or directory";
            case "AccessDeniedException" -> "permission denied";
            case "NotDirectoryException" -> "not a directory";
            case "FileSystemLoopException" -> "a link loop";
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
        return kind;
    }
}
