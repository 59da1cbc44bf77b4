package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cleans text copied from a web page. Works line by line: each block (lines between blank lines)
 * is classified as article or furniture (menus, teasers, sign-up prompts, captions), and
 * everything after a teaser heading such as "You may also like" is dropped, because on news sites
 * those headings open the page footer.
 */
public final class TextExtractor {

    private static final Set<String> FOOTER_HEADINGS = Set.of(
            "you may also like", "most popular", "most read", "related articles", "related stories",
            "read more", "more stories", "recommended", "recommended for you", "top news", "trending",
            "get the latest", "more from", "latest news", "you might also like", "more on this story");

    private static final Set<String> FURNITURE = Set.of(
            "untitled design", "advertisement", "share", "share this article", "follow us", "subscribe",
            "sign up", "newsletter", "image", "photo", "getty images", "skip to content", "menu", "home");

    public Article extract(String text) {
        List<String> blocks = blocks(text);
        List<String> kept = new ArrayList<>();
        String title = "";
        Optional<String> attribution = Optional.empty();
        for (String block : blocks) {
            String key = normalise(block);
            if (FOOTER_HEADINGS.contains(key)) {
                break;
            }
            if (FURNITURE.contains(key) || isFurniture(key)) {
                continue;
            }
            if (key.startsWith("source:") && block.length() < 80) {
                attribution = Optional.of(block.substring(block.indexOf(':') + 1).strip());
                continue;
            }
            if (title.isEmpty() && kept.isEmpty() && looksLikeHeadline(block)) {
                title = block;
                continue;
            }
            kept.add(block);
        }
        return new Article(title, kept, "und", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), attribution);
    }

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                blocks.add(stripped.replaceAll("\\s+", " "));
            }
        }
        return blocks;
    }

    private static String normalise(String block) {
        return block.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}:]+", " ").strip();
    }

    private static boolean isFurniture(String key) {
        return key.startsWith("sign up") || key.startsWith("subscribe to") || key.startsWith("follow us")
                || key.startsWith("share on") || key.startsWith("stay informed");
    }

    /** A headline is a short line that does not end like a sentence. */
    private static boolean looksLikeHeadline(String block) {
        return block.length() <= 200 && !block.endsWith(".") && block.split(" ").length >= 3;
    }
}
