package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.Arrays;
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
 *       above it, earlier only the block up to the next real paragraph;</li>
 *   <li>without a heading, once the article has begun, three or more headline-shaped lines in a row
 *       (two after the last sentence) are other stories' teasers, and go;</li>
 *   <li>short link-like lines (URLs, arrows, "»") go; short lines that end like sentences, such as a
 *       quoted exclamation, stay, because they are the article's;</li>
 *   <li>a "Source: X" line becomes the attribution, a "By X" line near the top the byline;</li>
 *   <li>the title is the first line that reads like a headline (three or more words, no closing
 *       full stop, followed by more text); menus, breadcrumbs and a section label above it are
 *       skipped and dropped, as are the short lines between it and the first paragraph (author
 *       names, datelines). A text that opens with a sentence, or is one paragraph, has none.</li>
 * </ul>
 * Hard-wrapped paragraphs are joined: lines run on when the next starts in lower case, when a line
 * ends in a comma, or, in a text wrapped at a fixed column, when the next line's first word would not
 * have fitted; a word hyphenated across the break is rejoined. List items stay apart. Thread-safe and
 * stateless.
 */
public final class TextExtractor {

    private static final Set<String> TEASER_HEADINGS = Set.of(
            "you may also like", "you might also like", "you may like", "most popular", "most read", "most viewed",
            "popular", "related", "related articles", "related stories", "related news", "related posts",
            "read more", "read also", "also read", "see also", "more stories", "more from", "more news",
            "recommended", "recommended for you", "recommended stories", "top news", "top stories", "trending",
            "trending now", "get the latest", "latest news", "latest", "more on this story", "editor s picks",
            "editors picks", "don t miss", "what to read next", "read next", "up next", "more like this",
            "mehr zum thema", "lesen sie auch", "meistgelesen", "lire aussi", "à lire aussi", "les plus lus",
            "lea también", "leggi anche");

    private static final Set<String> SOCIAL = Set.of(
            "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "email", "e", "mail", "print",
            "reddit", "pinterest", "vk", "copy", "link", "share", "tweet", "messenger", "flipboard", "instagram",
            "youtube", "tiktok", "threads", "mastodon", "bluesky");

    /** Words a dateline is made of, besides figures: months, weekdays, clock and zone words, "updated". */
    private static final Set<String> DATE_WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
            "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre",
            "décembre", "am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "et", "h", "uhr",
            "updated", "published", "posted", "last", "on", "at", "ago", "minutes", "hours", "days", "months", "st", "nd",
            "rd", "th", "le", "à");

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^(?:source|sources|quelle|fuente|fonte|источник|джерело|źródło|kaynak)\\s{0,3}:\\s{0,3}(.{1,100})$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|von|par|por|di|door|av)\\s+(\\p{Lu}.{1,60})$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour)\\b.{0,60}$");
    private static final Pattern LINK_LIKE = Pattern.compile(
            "(?i)(?:https?://|www\\.|\\.(?:com|org|net)/|[»›→⟶]|>>|\\.(?:jpe?g|png|gif|webp)$)");

    /** The words that join a teaser heading to the site or subject it draws from. */
    private static final Set<String> NAMING_WORDS = Set.of("from", "on", "in", "at", "about");
    /** "2014 Russia annexes Crimea": a timeline entry starts with its year; a headline hardly ever does. */
    private static final Pattern TIMELINE_ENTRY = Pattern.compile("(?:1[89]|20)\\d\\d\\b");
    private static final Pattern BULLET = Pattern.compile("(?:[-–—•*·▪●○◦]|\\d{1,2}[.)])\\s");
    /**
     * Breadcrumbs and section paths: "Home > World > Europe", "News | Sport | Money", "Europe · Ukraine war".
     * Lines are whitespace-collapsed, so one space on each side is all there is.
     */
    private static final Pattern PATH_SEPARATOR = Pattern.compile(" [|>›»·•/\\\\] ");

    /** A headline of another story is at most this long; longer lines without a full stop are paragraphs. */
    private static final int TEASER_MAX = 150;
    /** Hard-wrapped text is wrapped at 100 columns or fewer; a longer line is a paragraph of its own. */
    private static final int WRAP_MAX = 100;
    /** How far short of the wrap column a line may end when the next line's first word would have fitted. */
    private static final int WRAP_SLACK = 10;
    /** How many short lines (menus, labels, kickers) may stand above the headline. */
    private static final int HEAD_LINES = 20;

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
            } else if (FurniturePhrases.isFurnitureLine(t) || FurniturePhrases.isTimeLine(t) || isSocialLine(t)
                    || isLinkLike(t) || (contentSeen == 0 && DATE_LINE.matcher(t).matches())) {
                line.keep = false;
            } else if (t.length() >= 80) {
                // Bylines and datelines come before the first real paragraph.
                contentSeen++;
            }
        }
        dropTeaserBlocks(lines);
        markLists(lines);
        dropTeaserRuns(lines);
        Optional<Line> headline = findHeadline(lines);
        dropMenus(lines);
        dropTrailingLabels(lines);

        List<Line> body = lines.stream().filter(l -> l.keep && !l.headline).toList();
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

    /** A line of the input, whitespace collapsed, with whether a blank line precedes it. */
    private static final class Line {
        final String text;
        final boolean blankBefore;
        boolean keep = true;
        /** The headline: never a menu item or a trailing label. */
        boolean headline;
        /** An item of a list the article introduces with a colon: never a menu or a teaser. */
        boolean listItem;

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

        /**
         * Shaped like a headline of another story: five to twenty words, no sentence punctuation,
         * capitalised. Shorter lines ("Best Actor Cillian Murphy") are more often the article's own list.
         */
        boolean isTeaserLike() {
            int words = Texts.wordCount(text);
            return !listItem && !isSentenceLike() && words >= 5 && words <= 20 && text.length() <= TEASER_MAX
                    && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.charAt(0)))
                    && !BULLET.matcher(text).lookingAt() && !TIMELINE_ENTRY.matcher(text).lookingAt() && !isTableRow();
        }

        /** "SAUDI ARABIA 4.9 3.7 3.8": a row of figures, or a line with no lower-case letter, is data, not a headline. */
        private boolean isTableRow() {
            if (text.chars().noneMatch(Character::isLowerCase)) {
                return true;
            }
            String[] tokens = text.split(" ");
            long figures = Arrays.stream(tokens).filter(w -> w.chars().anyMatch(Character::isDigit)).count();
            return figures * 3 > tokens.length;
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
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (!blank && previous != null && endsInBrokenWord(previous.text) && Character.isLowerCase(t.codePointAt(0))) {
                // "sanc-" over "tions": a word hyphenated across a line break is one word again.
                lines.set(lines.size() - 1,
                        new Line(previous.text.substring(0, previous.text.length() - 1) + t, previous.blankBefore));
            } else {
                lines.add(new Line(t, blank));
            }
            blank = false;
        }
        return lines;
    }

    private static boolean endsInBrokenWord(String t) {
        int n = t.length();
        return n >= 3 && t.charAt(n - 1) == '-' && Character.isLowerCase(t.charAt(n - 2)) && Character.isLetter(t.charAt(n - 3));
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
        key = key.substring(0, end);
        if (TEASER_HEADINGS.contains(key)) {
            return true;
        }
        // "Most read from Bloomberg", "More on Ukraine war": a teaser heading naming the site or subject
        // in at most four words.
        String[] words = key.split(" ");
        for (int i = Math.max(1, words.length - 5); i < words.length - 1; i++) {
            if (NAMING_WORDS.contains(words[i])) {
                String heading = String.join(" ", Arrays.copyOfRange(words, 0, i));
                return heading.equals("more") || TEASER_HEADINGS.contains(heading);
            }
        }
        return false;
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
     * A teaser heading near the end (at most half as much article text after it as before) opens the
     * page footer: everything after it goes. Earlier, only its block goes, up to the next long
     * paragraph; a box in the middle of a short article must not take the article's second half.
     */
    private static void dropTeaserBlocks(List<Line> lines) {
        for (int h = 0; h < lines.size(); h++) {
            if (!lines.get(h).keep || !isTeaserHeading(lines.get(h).text)) {
                continue;
            }
            int before = articleWeight(lines, 0, h);
            int after = articleWeight(lines, h + 1, lines.size());
            if (before > 0 && after * 2 <= before) {
                for (int i = h; i < lines.size(); i++) {
                    lines.get(i).keep = false;
                }
                // The footer's first teasers can stand above its heading; the article's last line is a sentence.
                for (int i = h - 1; i >= 0 && (!lines.get(i).keep || lines.get(i).isTeaserLike()); i--) {
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

    /**
     * Other stories' headlines listed without a heading (or whose heading was not recognised): once the
     * article has begun, three or more teaser-shaped lines in a row, or two or more after its last
     * sentence, are a teaser list. Blank lines and dropped furniture (such as "2 hours ago") may stand
     * between them; a single such line may be a subheading and stays.
     */
    private static void dropTeaserRuns(List<Line> lines) {
        int first = 0;
        while (first < lines.size() && !(lines.get(first).keep && lines.get(first).isParagraph())) {
            first++;
        }
        int lastSentence = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).keep && lines.get(i).isSentenceLike()) {
                lastSentence = i;
            }
        }
        int i = first + 1;
        while (i < lines.size()) {
            if (!lines.get(i).keep || !lines.get(i).isTeaserLike()) {
                i++;
                continue;
            }
            int j = i;
            int count = 0;
            while (j < lines.size() && (!lines.get(j).keep || lines.get(j).isTeaserLike())) {
                count += lines.get(j).keep ? 1 : 0;
                j++;
            }
            if (count >= 3 || (count >= 2 && i > lastSentence)) {
                for (int k = i; k < j; k++) {
                    lines.get(k).keep = false;
                }
            }
            i = j;
        }
    }

    /** Lines directly under a line that ends in a colon, with no blank line between, are the list it introduces. */
    private static void markLists(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line intro = lines.get(i);
            if (!intro.keep || !intro.text.endsWith(":")) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && lines.get(j).keep && !lines.get(j).blankBefore; j++) {
                lines.get(j).listItem = true;
            }
        }
    }

    /**
     * The headline is the first line that reads like one before the article's first sentence. Menus,
     * breadcrumbs and a section label ("kicker") can stand above it; they are page furniture and go.
     * A text that opens with a sentence has no headline.
     */
    private static Optional<Line> findHeadline(List<Line> lines) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).keep) {
                kept.add(i);
            }
        }
        for (int k = 0; k + 1 < kept.size() && k < HEAD_LINES; k++) {
            int at = kept.get(k);
            Line line = lines.get(at);
            Line next = lines.get(kept.get(k + 1));
            boolean adjacent = kept.get(k + 1).intValue() == at + 1 && !next.blankBefore;
            if (adjacent && Character.isLowerCase(next.text.codePointAt(0))) {
                // Hard-wrapped prose, not a headline above it.
                return Optional.empty();
            }
            if (looksLikeHeadline(line, next) && !isPath(line.text) && !isDateline(line.text)
                    && !(adjacent && isKicker(line, next))
                    && !(adjacent && line.text.length() < SHORT && next.isShortLabel() && !next.listItem)) {
                line.headline = true;
                for (int j = 0; j < k; j++) {
                    lines.get(kept.get(j)).keep = false;
                }
                dropHeadLabels(lines, at + 1);
                return Optional.of(line);
            }
            if (!line.isShortLabel() && !isPath(line.text) && !isDateline(line.text) && !isLabelWithColon(line.text)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Between the headline and the first paragraph, short lines of a few words that are not sentences
     * are the byline's company: author names, counters, "Share"; and datelines of any length. A longer
     * line that reads like a headline stays, in case the headline chosen was not the real one.
     */
    private static void dropHeadLabels(List<Line> lines, int from) {
        for (int i = from; i < lines.size() && !(lines.get(i).keep && lines.get(i).isParagraph()); i++) {
            Line l = lines.get(i);
            if (l.keep && !l.listItem && ((l.isShortLabel() && Texts.wordCount(l.text) <= 4) || isDateline(l.text))) {
                l.keep = false;
            }
        }
    }

    /** "Exclusive:", "Analysis:" on a line of its own above the headline. */
    private static boolean isLabelWithColon(String line) {
        return line.endsWith(":") && line.length() < 30 && Texts.wordCount(line) <= 3;
    }

    /** "Tuesday 4 March 2025", "June 20, 2024 4:11 PM GMT+2 Updated 5 months ago": figures and date words only. */
    static boolean isDateline(String line) {
        String words = Texts.words(line);
        if (words.isEmpty() || line.length() > 80) {
            return false;
        }
        boolean figure = false;
        for (String w : words.split(" ")) {
            if (Character.isDigit(w.charAt(0))) {
                figure = true;
            } else if (!DATE_WORDS.contains(w)) {
                return false;
            }
        }
        return figure;
    }

    /** "Ukraine war" above "EU agrees new sanctions package against Russia": a section label, not the headline. */
    private static boolean isKicker(Line line, Line next) {
        return Texts.wordCount(line.text) <= 3 && line.text.length() < 30 && !next.isSentenceLike()
                && Texts.wordCount(next.text) >= 5 && next.text.length() <= 200;
    }

    /** A breadcrumb or section path: two or more parts of at most three words, split by "|", ">", "·" or "/". */
    static boolean isPath(String line) {
        String[] parts = PATH_SEPARATOR.split(line);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.length() > 25 || Texts.wordCount(part) > 3) {
                return false;
            }
        }
        return true;
    }

    /** Two or more adjacent short labels with no blank line between them are a menu or a tag list. */
    private static void dropMenus(List<Line> lines) {
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
    private static void dropTrailingLabels(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (!l.keep) {
                continue;
            }
            if (!l.isShortLabel() || l.headline || l.listItem) {
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
        int width = wrapWidth(kept);
        List<Line> out = new ArrayList<>();
        StringBuilder current = null;
        boolean currentBlank = true;
        Line previous = null;
        for (Line l : kept) {
            boolean continues = previous != null && !l.blankBefore && !previous.isSentenceLike() && !l.listItem
                    && !BULLET.matcher(l.text).lookingAt()
                    && (previous.text.endsWith(",") || Character.isLowerCase(l.text.codePointAt(0))
                            || (width > 0 && previous.text.length() + 1 + firstWord(l.text).length() > width - WRAP_SLACK));
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

    /**
     * The column a hard-wrapped text was wrapped at: the longest line that runs on into the next one,
     * when none is longer than a wrapped line would be and most of them (three at least) end near that
     * column; 0 when the text is not hard-wrapped (one paragraph per line has long lines; a dateline
     * over a reading time is short and ragged).
     */
    private static int wrapWidth(List<Line> kept) {
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
