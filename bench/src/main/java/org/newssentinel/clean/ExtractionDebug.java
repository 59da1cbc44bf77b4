package org.newssentinel.clean;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Development aid (bench only): prints every text block of one page with the extractor's verdicts. */
public final class ExtractionDebug {

    private ExtractionDebug() {
    }

    public static void main(String[] args) throws IOException {
        byte[] bytes;
        try (InputStream in = args[0].endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(Path.of(args[0])))
                : Files.newInputStream(Path.of(args[0]))) {
            bytes = in.readAllBytes();
        }
        Element body = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).body();
        MainContent mc = new MainContent(body);
        System.out.print(mc.debug());
    }
}
