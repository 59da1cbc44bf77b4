package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text copied from a web page, where the page's furniture came along with the article.
 * A line-level classifier:
 * <ul>
 *   <li>one-line furniture is dropped by its wording ({@link FurniturePhrases}): sign-up and follow
 *       prompts, share lines, image captions and credits ("untitled design", "Photo: ..."), ads;</li>
 *   <li>runs of two or more short lines that are not sentences are menus, and go;</li>
 *   <li>a teaser heading ("You may also like", "Most popular", "Get the latest") opens a teaser
 *       block: near the end of the text it drops everything after it, earlier only the block up to
 *       the next real paragraph;</li>
 *   <li>short link-like lines (URLs, arrows, "»") go; short lines that end like sentences, such as a
 *       quoted exclamation, stay, because they are the article's;</li>
 *   <li>a "Source: X" line becomes the attribution, a "By X" line near the top the byline;</li>
 *   <li>the first line is the title only when it reads like a headline (no closing full stop,
 *       followed by more text); a text that opens with a sentence, or is one paragraph, has none.</li>
 * </ul>
 * Hard-wrapped paragraphs (consecutive long lines) are joined. Thread-safe and stateless.
 */
public final class TextExtractor {

    private static final Set<String> TEASER_HEADINGS = Set.of(
            "you may also like", "you might also like", "you may like", "most popular", "most read", "most viewed",
            "popular", "related", "related articles", "related stories", "related news", "related posts",
            "read more", "read also", "also read", "see also", "more stories", "more from", "more news",
            "recommended", "recommended for you", "recommended stories", "top news", "top stories", "trending",
            "trending now", "get the latest", "latest news", "latest", "more on this story", "editor s picks",
            "editors picks", "don t miss", "what to read next", "read next", "up next", "more like this");

    private static final Set<String> SOCIAL = Set.of(
            "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e", "mail", "print",
            "reddit", "pinterest", "vk", "copy", "link", "share", "tweet", "messenger", "flipboard", "instagram",
            "youtube", "tiktok", "threads", "mastodon", "bluesky");

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(?:source|sources|quelle|fuente|fonte|источник|джерело|źródło|kaynak)\\s{0,3}:\\s{0,3}(.{1,100})$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|von|par|por|di|door|av)\\s+(\\p{Lu}.{1,60})$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour)\\b.{0,60}$");
    private static final Pattern LINK_LIKE = Pattern.compile(
            "(?i)(?:https?://|www\\.|\\.(?:com|org|net)/|[»›→⟶]|>>|\\.(?:jpe?g|png|gif|webp)$)");

    /** Lines shorter than this that do not end like a sentence are menu items, labels or headings. */
    private static final int SHORT = 50;
    /** A line this long that ends like a sentence is a paragraph, which ends a teaser block. */
    private static final int PARAGRAPH = 100;

    private final LanguageDetector languages = new LanguageDetector();

    /** Never throws; the article has no paragraphs when the text holds nothing but furniture. */
    public Article extract(String text) {
        List<Line> lines = lines(text);
        Optional<String> attribution = Optional.empty();
        Optional<String> byline = Optional.empty();
        int contentSeen = 0;
        for (Line line : lines) {
            String t = line.text;
            Matcher source = ATTRIBUTION.matcher(t);
            Matcher by = BYLINE.matcher(t);
            if (isTeaserHeading(t)) {
                continue;
            }
            if (source.matches()) {
                attribution = attribution.or(() -> Optional.of(source.group(1).strip()));
                line.keep = false;
            } else if (contentSeen == 0 && by.matches() && !Texts.endsLikeSentence(t)) {
                byline = byline.or(() -> Optional.of(by.group(1).strip()));
                line.keep = false;
            } else if (FurniturePhrases.isFurnitureLine(t) || isSocialLine(t) || isLinkLike(t)
                    || (contentSeen == 0 && DATE_LINE.matcher(t).matches())) {
                line.keep = false;
            } else if (t.length() >= 80) {
                // Bylines and datelines come before the first real paragraph.
                contentSeen++;
            }
        }
        dropTeaserBlocks(lines);
        dropMenus(lines);
        dropTrailingLabels(lines);

        List<Line> kept = joinWrapped(lines.stream().filter(l -> l.keep).toList());
        String title = "";
        if (kept.size() >= 2 && looksLikeHeadline(kept.get(0), kept.get(1))) {
            title = kept.get(0).text;
            kept = kept.subList(1, kept.size());
        }
        List<String> paragraphs = kept.stream().map(l -> l.text).toList();
        String language = languages.detect(String.join(" ", paragraphs)).orElse("und");
        return new Article(title, paragraphs, language, byline, Optional.empty(), Optional.empty(),
                Optional.empty(), attribution);
    }

    /** A line of the input, whitespace collapsed, with whether a blank line precedes it. */
    private static final class Line {
        final String text;
        final boolean blankBefore;
        boolean keep = true;

        Line(String text, boolean blankBefore) {
            this.text = text;
            this.blankBefore = blankBefore;
        }

        boolean isSentenceLike() {
            return Texts.endsLikeSentence(text);
        }

        boolean isShortLabel() {
            return text.length() < SHORT && !isSentenceLike();
        }

        boolean isParagraph() {
            return text.length() >= PARAGRAPH && isSentenceLike();
        }
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        boolean blank = true;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            String t = Texts.collapse(raw);
            if (t.isEmpty() || t.chars().allMatch(c -> !Character.isLetterOrDigit(c))) {
                blank = true;
                continue;
            }
            lines.add(new Line(t, blank));
            blank = false;
        }
        return lines;
    }

    static boolean isTeaserHeading(String line) {
        if (line.length() > 40) {
            return false;
        }
        // "Most popular44": scraped counters stick to the heading.
        String key = Texts.words(line);
        int end = key.length();
        while (end > 0 && (Character.isDigit(key.charAt(end - 1)) || key.charAt(end - 1) == ' ')) {
            end--;
        }
        return TEASER_HEADINGS.contains(key.substring(0, end));
    }

    private static boolean isSocialLine(String line) {
        if (line.length() > 80) {
            return false;
        }
        String words = Texts.words(line);
        if (words.isEmpty()) {
            return false;
        }
        for (String w : words.split(" ")) {
            if (!SOCIAL.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLinkLike(String line) {
        return line.length() < 100 && !Texts.endsLikeSentence(line) && LINK_LIKE.matcher(line).find();
    }

    /**
     * A teaser heading near the end (less article text after it than before) opens the page footer:
     * everything after it goes. Earlier, only its block goes, up to the next long paragraph.
     */
    private static void dropTeaserBlocks(List<Line> lines) {
        for (int h = 0; h < lines.size(); h++) {
            if (!lines.get(h).keep || !isTeaserHeading(lines.get(h).text)) {
                continue;
            }
            int before = articleWeight(lines, 0, h);
            int after = articleWeight(lines, h + 1, lines.size());
            if (before > 0 && after <= before) {
                for (int i = h; i < lines.size(); i++) {
                    lines.get(i).keep = false;
                }
                return;
            }
            lines.get(h).keep = false;
            for (int i = h + 1; i < lines.size() && !lines.get(i).isParagraph(); i++) {
                lines.get(i).keep = false;
            }
        }
    }

    private static int articleWeight(List<Line> lines, int from, int to) {
        int weight = 0;
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (l.keep && l.text.length() >= 80 && l.isSentenceLike()) {
                weight += l.text.length();
            }
        }
        return weight;
    }

    /** Two or more adjacent short labels with no blank line between them are a menu or a tag list. */
    private static void dropMenus(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).keep && lines.get(j).isShortLabel()
                    && (j == i || !lines.get(j).blankBefore)) {
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    lines.get(k).keep = false;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Short labels after the last sentence (author names, tag words, counters) are not article text. */
    private static void dropTrailingLabels(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (!l.keep) {
                continue;
            }
            if (!l.isShortLabel()) {
                return;
            }
            l.keep = false;
        }
    }

    /**
     * A headline: one line of three or more words, no closing full stop or comma, not several
     * sentences; one that ends in "?" or "!" must be followed by a longer line, as a headline is.
     */
    private static boolean looksLikeHeadline(Line first, Line next) {
        String t = first.text;
        if (t.length() > 200 || Texts.wordCount(t) < 3 || hasSentenceBreak(t)) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || last == '\u2026') {
            return false;
        }
        if (Texts.endsLikeSentence(t)) {
            return next.text.length() > t.length();
        }
        return true;
    }

    private static boolean hasSentenceBreak(String t) {
        for (int i = 1; i + 2 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ' && Character.isUpperCase(t.charAt(i + 2))
                    && Character.isLowerCase(t.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Lines without a blank line between them join into one paragraph when they are hard-wrapped prose. */
    private static List<Line> joinWrapped(List<Line> kept) {
        List<Line> out = new ArrayList<>();
        StringBuilder current = null;
        boolean currentBlank = true;
        Line previous = null;
        for (Line l : kept) {
            boolean continues = previous != null && !l.blankBefore && previous.text.length() >= 50
                    && !previous.isSentenceLike() && Character.isLowerCase(l.text.charAt(0));
            if (continues && current != null) {
                current.append(' ').append(l.text);
            } else {
                if (current != null) {
                    out.add(new Line(current.toString(), currentBlank));
                }
                current = new StringBuilder(l.text);
                currentBlank = l.blankBefore;
            }
            previous = l;
        }
        if (current != null) {
            out.add(new Line(current.toString(), currentBlank));
        }
        return out;
    }
}
