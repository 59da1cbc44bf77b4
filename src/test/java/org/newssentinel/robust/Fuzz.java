package org.newssentinel.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded fuzzer for tests: runs a property over generated inputs and, on failure, shrinks
 * the failing input by cutting chunks out of it while it still fails, saves it under
 * {@code target/fuzz-failures/} and names the seed that replays the run.
 *
 * <p>The seed is fixed by default so CI is deterministic; {@code -Dfuzz.seed=N} replays a run and
 * {@code -Dfuzz.seed=random} explores new inputs. {@code -Dfuzz.scale=K} multiplies the tries.
 */
final class Fuzz {

    static final long DEFAULT_SEED = 20261129L;

    private Fuzz() {
    }

    static long seed() {
        String s = System.getProperty("fuzz.seed", "");
        if (s.isBlank()) {
            return DEFAULT_SEED;
        }
        return s.equals("random") ? new Random().nextLong() : Long.parseLong(s.strip());
    }

    static int tries(int tries) {
        return tries * Integer.getInteger("fuzz.scale", 1);
    }

    /** Runs {@code property} on {@code tries} inputs of bytes; any throwable from it is a failure. */
    static void forAll(String name, int tries, Function<Random, byte[]> generator, Consumer<byte[]> property) {
        long seed = seed();
        Random random = new Random(seed ^ name.hashCode());
        for (int i = 0; i < tries(tries); i++) {
            byte[] input = generator.apply(random);
            Throwable failure = failure(property, input);
            if (failure != null) {
                byte[] small = shrink(input, property);
                Path saved = save(name, small);
                AssertionError e = new AssertionError(name + " failed on try " + i + " with -Dfuzz.seed=" + seed + "; shrunk from "
                        + input.length + " to " + small.length + " bytes, saved in " + saved + ": " + show(small)
                        + "\nfailure on the shrunk input: " + failure(property, small), failure);
                throw e;
            }
        }
    }

    private static Throwable failure(Consumer<byte[]> property, byte[] input) {
        try {
            property.accept(input);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** Removes ever smaller chunks while the property still fails; bounded so it always ends quickly. */
    static byte[] shrink(byte[] input, Consumer<byte[]> property) {
        byte[] current = input;
        int attempts = 0;
        for (int chunk = Math.max(1, current.length / 2); chunk >= 1 && attempts < 400; chunk /= 2) {
            boolean progress = true;
            while (progress && attempts < 400) {
                progress = false;
                for (int at = 0; at + chunk <= current.length && attempts < 400; at += chunk) {
                    byte[] candidate = new byte[current.length - chunk];
                    System.arraycopy(current, 0, candidate, 0, at);
                    System.arraycopy(current, at + chunk, candidate, at, current.length - at - chunk);
                    attempts++;
                    if (failure(property, candidate) != null) {
                        current = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    private static Path save(String name, byte[] input) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            return Files.write(dir.resolve(name + "-" + Arrays.hashCode(input) + ".bin"), input);
        } catch (IOException e) {
            return Path.of("(not saved: " + e.getMessage() + ")");
        }
    }

    private static String show(byte[] input) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(input.length, 400); i++) {
            int b = input[i] & 0xff;
            out.append(b >= 0x20 && b < 0x7f && b != '\\' ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return out + (input.length > 400 ? "..." : "");
    }
}
