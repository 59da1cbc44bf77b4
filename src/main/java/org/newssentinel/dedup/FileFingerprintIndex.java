package org.newssentinel.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newssentinel.store.StoredTime;

/**
 * The fingerprint index of the local {@code watch} mode: an {@link InMemoryFingerprintIndex}
 * whose entries are also appended to a JSON Lines file, so a restarted watch still knows what
 * it alerted on. Lines older than the retention are skipped when the file is read; a damaged
 * line (an interrupted append) is skipped too, as it was never acknowledged.
 */
public final class FileFingerprintIndex implements FingerprintIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final InMemoryFingerprintIndex memory;

    /**
     * @param file      the JSON Lines file; created with its folder on the first {@link #add}
     * @param retention how far back entries are loaded and kept
     * @param clock     the current time, to decide what is too old to load
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public FileFingerprintIndex(Path file, Duration retention, Clock clock) {
        this.file = file;
        this.memory = new InMemoryFingerprintIndex(retention);
        Instant oldest = clock.instant().minus(retention);
        if (Files.exists(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    IndexedArticle a = parse(line);
                    if (a != null && !a.at().isBefore(oldest)) {
                        memory.add(a);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the fingerprint index " + file, e);
            }
        }
    }

    @Override
    public List<IndexedArticle> candidates(Fingerprint fingerprint, Instant since) {
        return memory.candidates(fingerprint, since);
    }

    @Override
    public synchronized void add(IndexedArticle article) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", article.id());
        line.put("at", StoredTime.format(article.at()));
        line.put("fingerprint", article.fingerprint().encode());
        line.put("alerted", article.alerted());
        ObjectNode topics = line.putObject("firedTopics");
        article.firedTopics().forEach(topics::put);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the fingerprint index " + file, e);
        }
        memory.add(article);
    }

    // Null for a line that is not a complete entry: only a crash mid-append writes one.
    private static IndexedArticle parse(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            Map<String, Double> topics = new HashMap<>();
            n.path("firedTopics").properties().forEach(e -> topics.put(e.getKey(), e.getValue().asDouble()));
            return new IndexedArticle(n.get("id").asText(), Instant.parse(n.get("at").asText()),
                    Fingerprint.decode(n.get("fingerprint").asText()), n.path("alerted").asBoolean(), topics);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }
}
