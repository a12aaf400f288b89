package org.primum.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files of a directory to check: walked recursively in name order, hidden files and
 * directories skipped, a file taken when it matches an include glob and no exclude glob.
 *
 * <p>Globs use {@link java.nio.file.FileSystem#getPathMatcher} syntax ({@code *}, {@code **},
 * {@code ?}, {@code {a,b}}, {@code [a-z]}) on {@code /}-separated paths relative to the walked
 * directory. A glob without {@code /} matches the file name alone ({@code *.md}); a glob that
 * starts with {@code **}{@code /} also matches at the top ({@code **}{@code /*.md} takes
 * {@code a.md}). An exclude glob that matches a directory skips all of it.
 */
final class FileWalk {

    /** What a directory walk reads when no {@code --include} is given. */
    static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.md", "*.markdown", "*.csv", "*.jsonl", "*.ndjson");

    private final List<Glob> includes;
    private final List<Glob> excludes;

    private record Glob(String text, PathMatcher matcher, boolean nameOnly, PathMatcher rest) {
        static Glob of(String pattern) {
            String p = pattern.replace('\\', '/');
            while (p.startsWith("./")) {
                p = p.substring(2);
            }
            boolean nameOnly = !p.contains("/");
            PathMatcher rest = p.startsWith("**/") ? matcher(p.substring(3)) : null;
            return new Glob(pattern, matcher(p), nameOnly, rest);
        }

        private static PathMatcher matcher(String glob) {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        }

        boolean matches(Path relative, String slashed) {
            if (nameOnly) {
                return matcher.matches(relative.getFileName());
            }
            Path p = Path.of(slashed);
            return matcher.matches(p) || (rest != null && rest.matches(p));
        }
    }

    FileWalk(List<String> includes, List<String> excludes) {
        this.includes = (includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes).stream()
                .map(Glob::of).toList();
        this.excludes = (excludes == null ? List.<String>of() : excludes).stream().map(Glob::of).toList();
    }

    static FileWalk defaults() {
        return new FileWalk(null, null);
    }

    /** The files under {@code dir} to check, in a stable order. */
    List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                Path rel = dir.relativize(d);
                if (hidden(d) || excluded(rel)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                Path rel = dir.relativize(f);
                if (attrs.isRegularFile() && !hidden(f) && included(rel) && !excluded(rel)) {
                    out.add(f);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort((a, b) -> slashed(dir.relativize(a)).compareTo(slashed(dir.relativize(b))));
        return out;
    }

    boolean included(Path rel) {
        String s = slashed(rel);
        return includes.stream().anyMatch(g -> g.matches(rel, s));
    }

    boolean excluded(Path rel) {
        String s = slashed(rel);
        return excludes.stream().anyMatch(g -> g.matches(rel, s));
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String slashed(Path rel) {
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            sb.append(sb.length() == 0 ? "" : "/").append(part);
        }
        return sb.toString();
    }
}
