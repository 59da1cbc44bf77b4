package org.newssentinel.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.newssentinel.pipeline.AnalysisJson;

/**
 * The local, embedded store: one JSON object per line in a file. Each line is written with a
 * single append so a crash leaves at most a truncated last line, which reading skips.
 */
public final class FileSummaryStore implements SummaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Set<String> ids = new HashSet<>();

    public FileSummaryStore(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    try {
                        ids.add(JSON.readTree(line).path("id").asText());
                    } catch (IOException truncated) {
                        // A partial last line from an interrupted write: it was never acknowledged.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the local store " + file, e);
        }
    }

    @Override
    public synchronized boolean save(ArticleRecord record) {
        if (!ids.add(record.id())) {
            return false;
        }
        ObjectNode line = record.analysis().map(AnalysisJson::toJson).orElseGet(JSON::createObjectNode);
        line.put("id", record.id());
        line.put("source", record.source());
        line.put("status", record.status());
        line.put("processedAt", record.processedAt().toString());
        record.rejection().ifPresent(r -> line.put("reason", r.name()));
        record.error().ifPresent(e -> line.put("error", e));
        try {
            Files.writeString(file, line.toString() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            ids.remove(record.id());
            throw new UncheckedIOException("cannot write to the local store " + file, e);
        }
        return true;
    }
}
