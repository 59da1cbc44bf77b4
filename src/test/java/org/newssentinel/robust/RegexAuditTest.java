package org.newssentinel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audits every regular expression written as a literal in the main sources: none may nest a
 * repeated group around another quantifier or an alternation (the shapes that backtrack
 * exponentially, and that java.util.regex repeats by recursion, overflowing the stack on long
 * input), none may use a back-reference; and each one, run against long adversarial input on a
 * small stack, finishes quickly.
 */
class RegexAuditTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("(?:Pattern\\.compile|\\.replaceAll|\\.replaceFirst|\\.split|\\.matches)\\(");

    record Found(Path file, int line, String regex) {
        @Override
        public String toString() {
            return MAIN.relativize(file) + ":" + line + " \"" + regex + "\"";
        }
    }

    @Test
    void noRegexInTheMainSourcesCanBacktrackCatastrophically() throws IOException {
        List<Found> regexes = literalRegexes();
        assertTrue(regexes.size() >= 10, "the audit found only " + regexes.size() + " regexes: is the extraction broken?");

        List<String> dangerous = new ArrayList<>();
        for (Found f : regexes) {
            danger(f.regex()).ifPresent(why -> dangerous.add(f + ": " + why));
        }
        assertEquals(List.of(), dangerous);
    }

    @Test
    void everyRegexRunsFastOnAdversarialInputOnASmallStack() throws Exception {
        List<String> bait = List.of("a".repeat(30_000) + "!", " ".repeat(30_000) + "x", "-_".repeat(15_000) + "\u0000",
                "ab ".repeat(10_000) + "\n", "<".repeat(20_000) + "charset=" + "=".repeat(10_000), "1.".repeat(15_000) + "?",
                "share ".repeat(5_000) + "tags tags", "\t\r\n ".repeat(8_000) + "&#");
        for (Found f : literalRegexes()) {
            Pattern p = Pattern.compile(f.regex());
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    for (String input : bait) {
                        Matcher m = p.matcher(input);
                        while (m.find()) {
                            // consume every match: find() after find() is where backtracking piles up
                        }
                        input.split(f.regex());
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "regex-audit", 512 * 1024);
            t.setDaemon(true);
            t.start();
            t.join(5_000);
            assertFalse(t.isAlive(), f + " still matching after 5 s");
            assertEquals(null, failure.get(), f.toString());
        }
    }

    @Test
    void theCheckerKnowsDangerousShapesFromSafeOnes() {
        for (String bad : List.of("(a+)+", "(a|aa)*", "(\\w+\\s?)*$", "(x*)*y", "(?:a|b)+", "((ab)*c)+", "(\\d+,)*x", "(.*a){20}",
                "([a-z]+)\\1", "(?:[^<]+|<b>)*")) {
            assertTrue(danger(bad).isPresent(), bad);
        }
        for (String good : List.of("\\s+", "[^a-z(|)+]+", "(?:^|[^a-z])nav", "share(?: this)?(?: article| story)?", "(\\d{1,6})([mhd])",
                "(?>a+)+", "(a|b){0,3}", "\\(a+\\)+", "[\\p{Cc}\\p{Cf}&&[^\\n]]", "(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})",
                "\\Q(a+)+\\E")) {
            assertEquals(java.util.Optional.empty(), danger(good), good);
        }
    }

    /** Why {@code regex} is dangerous, if it is. */
    static java.util.Optional<String> danger(String regex) {
        if (Pattern.compile("(?<!\\\\)\\\\[1-9]|\\\\k<").matcher(regex.replace("\\\\", "")).find()) {
            return java.util.Optional.of("back-reference");
        }
        record Frame(boolean atomic, boolean[] quantified, boolean[] alternation) {
        }
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(false, new boolean[1], new boolean[1]));
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && regex.charAt(i + 1) == 'Q') {
                    int end = regex.indexOf("\\E", i + 2);
                    i = end < 0 ? n : end + 1;
                } else {
                    i++;
                }
                continue;
            }
            if (c == '[') {
                i = endOfClass(regex, i);
                continue;
            }
            if (c == '(') {
                boolean atomic = regex.startsWith("(?>", i);
                stack.push(new Frame(atomic, new boolean[1], new boolean[1]));
                continue;
            }
            if (c == '|') {
                stack.peek().alternation()[0] = true;
                continue;
            }
            if (c == ')') {
                Frame group = stack.size() > 1 ? stack.pop() : stack.peek();
                int q = quantifierAt(regex, i + 1);
                boolean repeats = q > 0 && repeats(regex, i + 1, q);
                boolean possessive = q > 0 && i + 1 + q < n && regex.charAt(i + 1 + q) == '+';
                if (repeats && !group.atomic() && !possessive) {
                    if (group.quantified()[0]) {
                        return java.util.Optional.of("a repeated group holds a quantifier (nested quantifiers)");
                    }
                    if (group.alternation()[0]) {
                        return java.util.Optional.of("a repeated group holds an alternation");
                    }
                }
                if (group.quantified()[0] || repeats) {
                    stack.peek().quantified()[0] = true;
                }
                if (q > 0) {
                    i += q;
                }
                continue;
            }
            int q = quantifierAt(regex, i);
            if (q > 0 && repeats(regex, i, q)) {
                stack.peek().quantified()[0] = true;
            }
            if (q > 0) {
                i += q - 1;
            }
        }
        return java.util.Optional.empty();
    }

    /** Length of the quantifier starting at {@code i} (0 when there is none). */
    private static int quantifierAt(String regex, int i) {
        if (i >= regex.length()) {
            return 0;
        }
        char c = regex.charAt(i);
        if (c == '*' || c == '+' || c == '?') {
            return 1;
        }
        if (c == '{') {
            Matcher m = Pattern.compile("\\{\\d{1,9}(?:,\\d{0,9})?}").matcher(regex).region(i, regex.length());
            return m.lookingAt() ? m.end() - i : 0;
        }
        return 0;
    }

    /** True for quantifiers that repeat without a small bound: *, +, {n,} and {n,m} with m over 10. */
    private static boolean repeats(String regex, int i, int length) {
        char c = regex.charAt(i);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c != '{') {
            return false;
        }
        String body = regex.substring(i + 1, i + length - 1);
        int comma = body.indexOf(',');
        if (comma < 0) {
            return Integer.parseInt(body) > 10;
        }
        String max = body.substring(comma + 1);
        return max.isEmpty() || Integer.parseInt(max) > 10;
    }

    private static int endOfClass(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // "[]...]": a leading ] is literal
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return regex.length();
    }

    /** Every regex passed as a string literal (or literals joined by +) to a regex-taking call. */
    static List<Found> literalRegexes() throws IOException {
        List<Found> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String src = Files.readString(file);
            Matcher call = CALL.matcher(src);
            while (call.find()) {
                literalArgument(src, call.end()).ifPresent(regex -> found.add(new Found(file, line(src, call.start()), regex)));
            }
        }
        return found;
    }

    private static java.util.Optional<String> literalArgument(String src, int from) {
        StringBuilder regex = new StringBuilder();
        int i = from;
        boolean any = false;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c) || (c == '+' && any)) {
                i++;
            } else if (c == '"' && !src.startsWith("\"\"\"", i)) {
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != '"') {
                    if (src.charAt(j) == '\\') {
                        j++;
                        char e = src.charAt(j);
                        regex.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'f' -> '\f';
                            case 'b' -> '\b';
                            case '0' -> '\0';
                            default -> e;
                        });
                    } else {
                        regex.append(src.charAt(j));
                    }
                    j++;
                }
                i = j + 1;
                any = true;
            } else {
                break;
            }
        }
        boolean endsArgument = i < src.length() && (src.charAt(i) == ')' || src.charAt(i) == ',');
        return any && endsArgument ? java.util.Optional.of(regex.toString()) : java.util.Optional.empty();
    }

    private static int line(String src, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
