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
 *       prompts, share lines, image captions and credits ("untitled design", "Photo: ..."), ads,
 *       reading times and teaser-card times ("5 min read", "2 hours ago");</li>
 *   <li>runs of two or more short lines that are not sentences are menus, and go, unless they are a
 *       list that a line ending in a colon introduces;</li>
 *   <li>a teaser heading ("You may also like", "Most popular", "Most read from X", "More on X") opens
 *       a teaser block: near the end of the text it drops everything after it, and the teasers just
 *       above it, earlier only the block up to the next real paragraph ({@link TeaserLines});</li>
 *   <li>without a heading, once the article has begun, three or more headline-shaped lines in a row
 *       (two after the last sentence) are other stories' teasers, and go ({@link TeaserLines});</li>
 *   <li>short link-like lines (URLs, arrows, "»") go; short lines that end like sentences, such as a
 *       quoted exclamation, stay, because they are the article's;</li>
 *   <li>a "Source: X" line becomes the attribution, a "By X" line near the top (above the first
 *       paragraph, or below a standfirst) the byline; a dateline there goes, and so does a Chinese or
 *       Japanese information line, which gives the source and writers ({@link InfoLine});</li>
 *   <li>a press release's closing section ("About Acme Corp.", media contacts, forward-looking
 *       statements) goes to the end ({@link ClosingBoilerplate});</li>
 *   <li>the title is the first line that reads like a headline (three or more words, no closing
 *       full stop, followed by more text); menus, breadcrumbs and a section label above it are
 *       skipped and dropped, as are the short lines between it and the first paragraph (author
 *       names, datelines). A text that opens with a sentence, or is one paragraph, has none
 *       ({@link TextHeadline}).</li>
 * </ul>
 * Hard-wrapped paragraphs are joined: lines run on when the next starts in lower case, when a line
 * ends in a comma, or, in a text wrapped at a fixed column, when the next line's first word would not
 * have fitted; a word hyphenated across the break is rejoined. List items stay apart. Thread-safe and
 * stateless.
 */
public final class TextExtractor {

    private static final Set<String> SOCIAL = Set.of(
            "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e", "mail", "print",
            "reddit", "pinterest", "vk", "copy", "link", "share", "tweet", "messenger", "flipboard", "instagram",
            "youtube", "tiktok", "threads", "mastodon", "bluesky", "on", "via");

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(?:source|sources|quelle|fuente|fonte|источник|джерело|źródło|kaynak|来源|來源|出典|出所)\\s{0,3}[:\uff1a]\\s{0,3}(.{1,100})$");
    /** A by-word ({@link ByWords}) and what follows it, which opens with a capital. */
    private static final Pattern BYLINE = Pattern.compile(ByWords.PREFIX.pattern() + "(\\p{Lu}.{1,60})$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour)\\b"
            + "|发布时间|发布日期|发布于|更新时间|更新于|發佈時間|發布時間|更新時間|公開日|更新日|配信日|投稿日).{0,80}$");
    /** "12.03.2025, 14.32 Uhr", "2025-03-12 14:32 CET": a date and time, nothing else. */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "(?i)^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?:,? \\d{1,2}[.:h]\\d{2}(?: ?[a-z]{1,4})?)?$");
    private static final Pattern LINK_LIKE = Pattern.compile(
            "(?i)(?:https?://|www\\.|\\.(?:com|org|net)/|[»›→⟶]|>>|\\.(?:jpe?g|png|gif|webp)$)");

    /** The headline and a standfirst can be long lines above the byline; a third is the article's. */
    private static final int STANDFIRST_LINES = 2;
    /** Hard-wrapped text is wrapped at 100 columns or fewer; a longer line is a paragraph of its own. */
    private static final int WRAP_MAX = 100;
    /** How far short of the wrap column a line may end when the next line's first word would have fitted. */
    private static final int WRAP_SLACK = 10;

    private final LanguageDetector languages = new LanguageDetector();

    /** Never throws; the article has no paragraphs when the text holds nothing but furniture. */
    public Article extract(String text) {
        List<TextLine> lines = TextLine.split(text);
        Optional<String> attribution = Optional.empty();
        Optional<String> byline = Optional.empty();
        int contentSeen = 0;
        // Bylines and datelines come before the first real paragraph, or directly below one of the first
        // two long lines, a long headline or a standfirst ("Par Jean Dupont" under a one-sentence summary).
        boolean header = true;
        for (TextLine line : lines) {
            String t = line.text;
            Matcher source = ATTRIBUTION.matcher(t);
            Matcher by = BYLINE.matcher(t);
            if (TeaserLines.isHeading(t)) {
                continue;
            }
            // Asked of the few lines above the article only.
            Optional<String> named = header ? VisibleByline.names(t) : Optional.empty();
            Optional<InfoLine.Fields> info = header ? InfoLine.read(t) : Optional.empty();
            if (info.isPresent()) {
                attribution = attribution.or(() -> info.get().source());
                byline = byline.or(() -> info.get().author());
                line.keep = false;
            } else if (source.matches()) {
                attribution = attribution.or(() -> Optional.of(source.group(1).strip()));
                line.keep = false;
            } else if (header && by.matches() && !Texts.endsLikeSentence(t) && ByWords.namesStart(t) >= 0) {
                // The names alone where they can be told from a place or date after them ("Von A, Berlin").
                byline = byline.or(() -> named.or(() -> Optional.of(by.group(1).strip())));
                line.keep = false;
            } else if (header && byline.isEmpty() && named.isPresent()) {
                // By-words the pattern above does not know, or after a date: "מאת …", "19:05 · Автор: …".
                byline = named;
                line.keep = false;
            } else if (FurniturePhrases.isFurnitureLine(t) || FurniturePhrases.isTimeLine(t) || isSocialLine(t)
                    || isLinkLike(t) || (header && (DATE_LINE.matcher(t).matches() || DATE_ONLY.matcher(t).matches()))) {
                line.keep = false;
            } else if (t.length() >= 80) {
                contentSeen++;
                header = contentSeen <= STANDFIRST_LINES;
            } else {
                header = contentSeen == 0;
            }
        }
        dropClosingBoilerplate(lines);
        TeaserLines.dropBlocks(lines);
        markLists(lines);
        TeaserLines.dropRuns(lines);
        Optional<TextLine> headline = TextHeadline.find(lines);
        dropMenus(lines);
        dropTrailingLabels(lines);

        List<TextLine> body = lines.stream().filter(l -> l.keep && !l.headline).toList();
        String title = "";
        if (headline.isPresent() && !body.isEmpty()) {
            title = headline.get().text;
        } else {
            body = lines.stream().filter(l -> l.keep).toList();
        }
        List<String> paragraphs = joinWrapped(body).stream().map(l -> l.text).toList();
        String language = languages.detect(String.join(" ", paragraphs)).orElse("und");
        return new Article(title, paragraphs, language, byline, Optional.empty(), Optional.empty(),
                Optional.empty(), attribution);
    }

    /** A press release's closing section ({@link ClosingBoilerplate}) goes, from its first line to the end. */
    private static void dropClosingBoilerplate(List<TextLine> lines) {
        List<TextLine> kept = lines.stream().filter(l -> l.keep).toList();
        int start = ClosingBoilerplate.start(kept.stream().map(l -> l.text).toList());
        if (start < 0) {
            return;
        }
        for (int i = lines.indexOf(kept.get(start)); i < lines.size(); i++) {
            lines.get(i).keep = false;
        }
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

    /** Lines directly under a line that ends in a colon, with no blank line between, are the list it introduces. */
    private static void markLists(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TextLine intro = lines.get(i);
            if (!intro.keep || !intro.text.endsWith(":")) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && lines.get(j).keep && !lines.get(j).blankBefore; j++) {
                lines.get(j).listItem = true;
            }
        }
    }

    /** Two or more adjacent short labels with no blank line between them are a menu or a tag list. */
    private static void dropMenus(List<TextLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).keep && lines.get(j).isShortLabel() && !lines.get(j).headline
                    && !lines.get(j).listItem && (j == i || !lines.get(j).blankBefore)) {
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
    private static void dropTrailingLabels(List<TextLine> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            TextLine l = lines.get(i);
            if (!l.keep) {
                continue;
            }
            if (!l.isShortLabel() || l.headline || l.listItem) {
                return;
            }
            l.keep = false;
        }
    }

    /** Lines without a blank line between them join into one paragraph when they are hard-wrapped prose. */
    private static List<TextLine> joinWrapped(List<TextLine> kept) {
        int width = wrapWidth(kept);
        List<TextLine> out = new ArrayList<>();
        StringBuilder current = null;
        boolean currentBlank = true;
        TextLine previous = null;
        for (TextLine l : kept) {
            boolean continues = previous != null && !l.blankBefore && !previous.isSentenceLike() && !l.listItem
                    && !l.isBulleted()
                    && (previous.text.endsWith(",") || Character.isLowerCase(l.text.codePointAt(0))
                            || (width > 0 && previous.text.length() + 1 + firstWord(l.text).length() > width - WRAP_SLACK));
            if (continues && current != null) {
                current.append(' ').append(l.text);
            } else {
                if (current != null) {
                    out.add(new TextLine(current.toString(), currentBlank));
                }
                current = new StringBuilder(l.text);
                currentBlank = l.blankBefore;
            }
            previous = l;
        }
        if (current != null) {
            out.add(new TextLine(current.toString(), currentBlank));
        }
        return out;
    }

    /**
     * The column a hard-wrapped text was wrapped at: the longest line that runs on into the next one,
     * when none is longer than a wrapped line would be and most of them (three at least) end near that
     * column; 0 when the text is not hard-wrapped (one paragraph per line has long lines; a dateline
     * over a reading time is short and ragged).
     */
    private static int wrapWidth(List<TextLine> kept) {
        List<Integer> runOn = new ArrayList<>();
        for (int i = 0; i + 1 < kept.size(); i++) {
            if (!kept.get(i + 1).blankBefore) {
                runOn.add(kept.get(i).text.length());
            }
        }
        int width = runOn.stream().mapToInt(Integer::intValue).max().orElse(0);
        long nearWidth = runOn.stream().filter(n -> n >= width - 2 * WRAP_SLACK).count();
        return width <= WRAP_MAX && nearWidth >= 3 && nearWidth * 2 >= runOn.size() ? width : 0;
    }

    private static String firstWord(String t) {
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }
}
