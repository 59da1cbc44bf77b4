package org.newssentinel.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads alerts from the local store file ({@code records.jsonl}, one record per line) of the CLI.
 * The file is small and local, so it is read through; a damaged line (an interrupted write) and
 * rejected inputs are skipped. A missing file means nothing was recorded yet.
 */
public final class FileAlertHistory implements AlertHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public FileAlertHistory(Path file) {
        this.file = file;
    }

    @Override
    public List<DigestEntry> alertsBetween(Instant from, Instant until) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<DigestEntry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                entry(line).filter(e -> !e.at().isBefore(from) && e.at().isBefore(until)).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local store " + file, e);
        }
        entries.sort(Comparator.comparing(DigestEntry::at).thenComparing(DigestEntry::id));
        return entries;
    }

    private static Optional<DigestEntry> entry(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException damaged) {
            return Optional.empty();
        }
        if (n == null || !n.path("alert").asBoolean(false) || !n.hasNonNull("id") || !n.hasNonNull("processedAt")) {
            return Optional.empty();
        }
        Map<String, Double> fired = new LinkedHashMap<>();
        for (JsonNode t : n.path("topics")) {
            if (t.path("alert").asBoolean(false)) {
                fired.put(t.path("topic").asText(), t.path("score").asDouble());
            }
        }
        Instant at;
        try {
            at = Instant.parse(n.get("processedAt").asText());
        } catch (DateTimeParseException damaged) {
            return Optional.empty();
        }
        Optional<String> repeatOf = n.path("alertSuppressed").asBoolean(false)
                ? Optional.of(n.path("duplicateOf").asText("")) : Optional.empty();
        return Optional.of(new DigestEntry(n.get("id").asText(), at, n.path("title").asText(""),
                n.path("source").asText(""), n.path("sms").asText(""), text(n, "url"), fired, repeatOf));
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) && !n.get(field).asText().isBlank() ? Optional.of(n.get(field).asText()) : Optional.empty();
    }
}
