package org.newssentinel.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newssentinel.pipeline.AnalysisJson;

/**
 * The local, embedded store for one process (the CLI's watch mode): one JSON object per record
 * per line in a file (e.g. {@code records.jsonl}), and beside it a journal of alert events
 * ({@code records.alerts.jsonl}): each later change of a record's alert state is a line
 * {@code {"type":"alert","id":...,"alertState":...}} and each topic of a sent alert a line
 * {@code {"type":"topicAlert",...}}. Opening replays both in order. Each line is written with a
 * single append so a crash leaves at most a truncated last line, which reading skips.
 */
public final class FileSummaryStore implements SummaryStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path journal;
    private final Map<String, Entry> records = new HashMap<>();
    private final List<TopicAlert> alerts = new ArrayList<>();

    private static final class Entry {
        RecordState state;
        String claimToken;
        Instant leaseUntil = Instant.EPOCH;

        Entry(RecordState state) {
            this.state = state;
        }
    }

    public FileSummaryStore(Path file) {
        this.file = file;
        String name = file.getFileName().toString();
        this.journal = file.resolveSibling((name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name) + ".alerts.jsonl");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            for (Path f : List.of(file, journal)) {
                if (Files.exists(f)) {
                    for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                        try {
                            replay(JSON.readTree(line));
                        } catch (IOException | RuntimeException truncated) {
                            // A partial last line from an interrupted write: it was never acknowledged.
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the local store " + file, e);
        }
    }

    private void replay(JsonNode line) {
        String id = line.path("id").asText();
        switch (line.path("type").asText("record")) {
            case "alert" -> Optional.ofNullable(records.get(id)).ifPresent(e -> {
                e.state = withAlert(e.state, AlertState.valueOf(line.path("alertState").asText()));
                e.claimToken = null;
            });
            case "topicAlert" -> alerts.add(new TopicAlert(id, line.path("topic").asText(), line.path("score").asDouble(),
                    Instant.parse(line.path("at").asText()), line.path("title").asText(), line.path("sms").asText(),
                    line.path("location").asText(), Optional.ofNullable(line.get("url")).map(JsonNode::asText)));
            default -> records.put(id, new Entry(new RecordState(id,
                    RecordStatus.valueOf(line.path("status").asText(RecordStatus.ANALYSED.name())),
                    AlertState.valueOf(line.path("alertState").asText(AlertState.NONE.name())),
                    Instant.parse(line.path("processedAt").asText()),
                    Optional.ofNullable(line.get("reason")).map(JsonNode::asText))));
        }
    }

    @Override
    public synchronized boolean save(ArticleRecord record) {
        if (records.containsKey(record.id())) {
            return false;
        }
        ObjectNode line = record.analysis().map(AnalysisJson::toJson).orElseGet(JSON::createObjectNode);
        line.put("id", record.id());
        line.put("source", record.source());
        line.put("status", record.status().name());
        line.put("processedAt", StoredTime.format(record.processedAt()));
        line.put("alertState", record.alertState().name());
        record.reasonCode().ifPresent(r -> line.put("reason", r));
        record.error().ifPresent(e -> line.put("error", e));
        record.contentHash().ifPresent(h -> line.put("contentSha256", h));
        record.duplicateCheck().ifPresent(d -> {
            line.put("fingerprint", d.fingerprint().encode());
            line.put("dedup", d.decision().verdict().name());
            line.put("dedupReason", d.decision().reason());
            d.decision().duplicateOf().ifPresent(first -> line.put("duplicateOf", first));
            line.put("alertSuppressed", d.suppressesAlert());
        });
        append(file, line);
        records.put(record.id(), new Entry(record.state()));
        return true;
    }

    @Override
    public synchronized Optional<RecordState> find(String id) {
        return Optional.ofNullable(records.get(id)).map(e -> e.state);
    }

    @Override
    public synchronized Optional<AlertClaim> claimAlert(String id, Instant now, Instant leaseUntil) {
        Entry e = records.get(id);
        if (e == null || !(e.state.alertState() == AlertState.PENDING
                || (e.state.alertState() == AlertState.SENDING && e.leaseUntil.isBefore(now)))) {
            return Optional.empty();
        }
        // SENDING lives in memory only: this store serves one process, so a restart means no holder is alive.
        e.state = withAlert(e.state, AlertState.SENDING);
        e.claimToken = UUID.randomUUID().toString();
        e.leaseUntil = leaseUntil;
        return Optional.of(new AlertClaim(id, e.claimToken, leaseUntil));
    }

    @Override
    public synchronized boolean markAlertSent(AlertClaim claim, List<TopicAlert> topics, Instant at) {
        Entry e = records.get(claim.recordId());
        if (e == null || e.state.alertState() != AlertState.SENDING || !claim.token().equals(e.claimToken)) {
            return false;
        }
        for (TopicAlert t : topics) {
            ObjectNode line = JSON.createObjectNode().put("type", "topicAlert").put("id", t.recordId()).put("topic", t.topic())
                    .put("score", t.score()).put("at", StoredTime.format(t.at())).put("title", t.title()).put("sms", t.sms())
                    .put("location", t.location());
            t.url().ifPresent(u -> line.put("url", u));
            append(journal, line);
            alerts.add(t);
        }
        append(journal, JSON.createObjectNode().put("type", "alert").put("id", claim.recordId()).put("alertState", AlertState.SENT.name())
                .put("at", StoredTime.format(at)));
        e.state = withAlert(e.state, AlertState.SENT);
        e.claimToken = null;
        return true;
    }

    @Override
    public synchronized void releaseAlert(AlertClaim claim, String error) {
        Entry e = records.get(claim.recordId());
        if (e != null && e.state.alertState() == AlertState.SENDING && claim.token().equals(e.claimToken)) {
            e.state = withAlert(e.state, AlertState.PENDING);
            e.claimToken = null;
        }
    }

    @Override
    public synchronized List<TopicAlert> alertsSince(String topic, Instant since, int limit) {
        return alerts.stream().filter(a -> a.topic().equals(topic) && !a.at().isBefore(since))
                .sorted(Comparator.comparing(TopicAlert::at).reversed()).limit(limit).toList();
    }

    /** Every topic's alerts sent at or after {@code since}, newest first: what a digest for other topics would find. */
    public synchronized List<TopicAlert> alertsSince(Instant since) {
        return alerts.stream().filter(a -> !a.at().isBefore(since)).sorted(Comparator.comparing(TopicAlert::at).reversed()).toList();
    }

    private static RecordState withAlert(RecordState s, AlertState alert) {
        return new RecordState(s.id(), s.status(), alert, s.processedAt(), s.reason());
    }

    private static void append(Path file, ObjectNode line) {
        try {
            Files.writeString(file, line.toString() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the local store " + file, e);
        }
    }
}
