package org.newssentinel.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the template linter ({@code tools/lint-template.mjs}: cfn-lint from npm, minus its known
 * false errors) over {@code template.yaml}, and over broken copies of it to prove the check can
 * fail. Needs Node.js and {@code npm ci}, which the README's test command runs.
 */
class TemplateLintIT {

    private static final Path TEMPLATE = Path.of("template.yaml");
    private static final Path LINTER = Path.of("tools", "lint-template.mjs");

    @TempDir
    Path tmp;

    @BeforeAll
    static void linterIsInstalled() {
        if (!Files.isDirectory(Path.of("node_modules", "cfn-lint"))) {
            fail("cfn-lint is not installed: run `npm ci` in the repository root (the README's test command does) with Node.js 20");
        }
    }

    @Test
    void theTemplatePassesWithNoErrors() throws Exception {
        Lint lint = lint(TEMPLATE);
        assertEquals(0, lint.exit(), lint.output());
        assertTrue(lint.output().contains("template.yaml: 0 errors"), lint.output());
        // Exactly the known false errors are dropped, nothing else.
        // Four on the article function, one (Architectures) on the digest function.
        assertEquals(5, lint.output().lines().filter(l -> l.startsWith("dropped known false error")).count(), lint.output());
    }

    @Test
    void aRefToAMissingResourceFails() throws Exception {
        Lint lint = lint(copyWith("TABLE_NAME: !Ref RecordsTable", "TABLE_NAME: !Ref RecordTable"));
        assertEquals(1, lint.exit(), lint.output());
        assertTrue(lint.output().contains("ERROR   Resources > ArticleFunction > Properties > Environment > Variables > TABLE_NAME: "
                + "Referenced value RecordTable does not exist"), lint.output());
    }

    @Test
    void aGetAttOfAMissingResourceInsideADroppedPropertyStillFails() throws Exception {
        Lint lint = lint(copyWith("Destination: !GetAtt FailedEventsQueue.Arn", "Destination: !GetAtt FailedQueue.Arn"));
        assertEquals(1, lint.exit(), lint.output());
        assertTrue(lint.output().contains("No resource with logical name of FailedQueue"), lint.output());
    }

    @Test
    void aMisspelledPropertyFails() throws Exception {
        Lint lint = lint(copyWith("      MemorySize: 1024", "      MemorySise: 1024"));
        assertEquals(1, lint.exit(), lint.output());
        assertTrue(lint.output().contains("MemorySise is not a valid property of AWS::Serverless::Function"), lint.output());
    }

    @Test
    void aBadValueInAPropertyTheLinterDoesNotKnowFails() throws Exception {
        Lint snapStart = lint(copyWith("ApplyOn: PublishedVersions", "ApplyOn: Always"));
        assertEquals(1, snapStart.exit(), snapStart.output());
        assertTrue(snapStart.output().contains("SnapStart.ApplyOn must be PublishedVersions or None"), snapStart.output());

        Lint rules = lint(copyWith("- Name: prefix", "- Name: prefx"));
        assertEquals(1, rules.exit(), rules.output());
        assertTrue(rules.output().contains("Filter.S3Key.Rules[0].Name must be prefix or suffix"), rules.output());

        Lint retries = lint(copyWith("MaximumRetryAttempts: 2", "MaximumRetryAttempts: 5"));
        assertEquals(1, retries.exit(), retries.output());
        assertTrue(retries.output().contains("EventInvokeConfig.MaximumRetryAttempts must be a whole number from 0 to 2"),
                retries.output());
    }

    private Path copyWith(String original, String replacement) throws IOException {
        String text = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        assertTrue(text.contains(original), "template.yaml no longer contains \"" + original + "\"; update this test");
        Path copy = tmp.resolve("template.yaml");
        Files.writeString(copy, text.replace(original, replacement), StandardCharsets.UTF_8);
        return copy;
    }

    private record Lint(int exit, String output) {
    }

    private static Lint lint(Path template) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(List.of("node", LINTER.toString(), template.toString()))
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js 20 (`node`) is needed to lint the template: " + e.getMessage(), e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the linter did not finish within 60 s");
        }
        return new Lint(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
