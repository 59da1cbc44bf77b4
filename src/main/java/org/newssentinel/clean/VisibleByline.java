package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The byline a page shows but does not declare in its metadata: a short line at the top of the
 * article ("By Haruto Sato and Layla Haddad", "Par Claire Dubois, publié le…", "מאת נועה לוי | 24.11",
 * "19:05 · Автор: Олена Коваленко"), read as a by-word ({@link ByWords}) followed by one to four
 * names. Conservative by design: a name is two to five words, capitalised where the script has
 * capitals, and nothing but a separator may follow the names, so a sentence that happens to open
 * with "By" names no one. Stateless.
 */
final class VisibleByline {

    /** Longer lines are prose, not a byline with its date and place. */
    private static final int MAX_LINE = 160;
    /** How many article paragraphs a byline-classed element may follow (some pages put it after the lede). */
    private static final int CLASSED_REACH = 2;

    // Lines are whitespace-collapsed first, so single spaces suffice in the patterns (and cannot backtrack).
    /** How many byline-shaped lines are checked for their place on the page before giving up. */
    private static final int MAX_CANDIDATES = 8;

    /** Between a byline's parts: "name | date", "date · name". */
    private static final Pattern PART = Pattern.compile(" [|·•] ");
    /** Joins names: "A and B", "A, B et C". */
    private static final Pattern AND = Pattern.compile("(?iu) (?:and|und|et|y|e|en|och|og|и|і|та|&) ");
    /** Where a byline's other parts (date, place, role) begin after its names. */
    private static final String PART_START = ",;(/|·•-–—";
    /** Capitalised, yet no name: "By Tuesday the ministry…". */
    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow");
    private static final Set<String> BYLINE_CLASSES = Set.of("byline", "author", "signature", "byl", "writer", "credit");

    private VisibleByline() {
    }

    /**
     * The names of the first byline among the page's blocks: those from the first {@code <h1>} to the
     * article's first paragraph, and byline-classed ones up to its {@value #CLASSED_REACH}nd; never one
     * in navigation, a sidebar or a footer.
     */
    static Optional<String> find(List<TextBlock> blocks) {
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == TextBlock.Kind.TITLE_HEADING) {
                start = i + 1;
                break;
            }
        }
        int paragraphs = 0;
        int candidates = 0;
        for (int i = start; i < blocks.size() && paragraphs <= CLASSED_REACH; i++) {
            TextBlock b = blocks.get(i);
            if (isArticleParagraph(b)) {
                paragraphs++;
                continue;
            }
            if (b.text().length() > MAX_LINE) {
                continue;
            }
            Optional<String> names = names(b.text()).or(() -> InfoLine.read(b.text()).flatMap(InfoLine.Fields::author));
            // The ancestor walks only for lines that read as bylines, and for few of them: a page of
            // deeply nested "By …" lines must not cost depth times lines.
            if (names.isPresent() && candidates++ < MAX_CANDIDATES
                    && (paragraphs == 0 || isBylineClassed(b.owner())) && !inPageFurniture(b.owner())) {
                return names;
            }
        }
        return Optional.empty();
    }

    /**
     * The names a byline line gives, joined by ", ", or empty when the line is no byline: one of its
     * parts (split at "|", "·", " - ") must open with a by-word followed by names and nothing else
     * but a comma or separator.
     */
    static Optional<String> names(String line) {
        String text = Texts.collapse(line);
        if (text.length() > MAX_LINE) {
            return Optional.empty();
        }
        // Asked of every short line near the headline: most have no separator, and are their only part.
        String[] parts = hasSeparator(text) ? PART.split(text) : new String[] {text};
        for (String part : parts) {
            int start = ByWords.namesStart(part);
            if (start >= 0) {
                Optional<String> names = namesAfter(part.substring(start));
                if (names.isPresent()) {
                    return names;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasSeparator(String text) {
        return text.indexOf('|') >= 0 || text.indexOf('\u00b7') >= 0 || text.indexOf('\u2022') >= 0;
    }

    private static Optional<String> namesAfter(String rest) {
        List<String> names = new ArrayList<>();
        String remaining = rest.strip();
        while (names.size() < 4 && !remaining.isEmpty()) {
            int end = nameEnd(remaining);
            if (end < 0) {
                break;
            }
            names.add(remaining.substring(0, end).strip());
            remaining = remaining.substring(end);
            Matcher and = AND.matcher(remaining);
            if (and.lookingAt()) {
                remaining = remaining.substring(and.end());
            } else if (remaining.startsWith(",") && nameEnd(remaining.substring(1).strip()) > 0) {
                remaining = remaining.substring(1).strip();
            } else {
                break;
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String after = remaining.strip();
        // A name must end the line or run into its next part; "By Tuesday the ministry…" is a sentence.
        if (!after.isEmpty() && PART_START.indexOf(after.charAt(0)) < 0) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", names));
    }

    /**
     * Where a name at the start of {@code s} ends: two to five name words (particles between them
     * allowed), each followed by a space, a separator or the end; -1 when {@code s} opens with none.
     */
    private static int nameEnd(String s) {
        String[] words = s.split(" ", -1);
        int capitalised = 0;
        int length = 0;
        int end = -1;
        for (int i = 0; i < words.length && capitalised < 5; i++) {
            String w = words[i];
            String bare = w.replaceAll("[,;:)]+$", "");
            boolean particle = ByWords.NAME_PARTICLES.contains(bare.toLowerCase(Locale.ROOT)) && capitalised > 0 && i + 1 < words.length;
            if (!particle && (!isNameWord(bare) || NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT)))) {
                break;
            }
            if (!particle) {
                capitalised++;
                if (capitalised >= 2) {
                    end = length + bare.length();
                }
            }
            length += w.length() + 1;
            if (!bare.equals(w)) {
                break;
            }
        }
        return end;
    }

    /**
     * "Sato", "O'Neil", "Jean-Pierre", "E.": capitalised letters with inner apostrophes, hyphens or
     * dots; in Hebrew and Arabic, which have no capitals, any word of their letters.
     */
    private static boolean isNameWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        int first = w.codePointAt(0);
        boolean caseless = Character.UnicodeScript.of(first) == Character.UnicodeScript.HEBREW
                || Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC;
        if (!Character.isUpperCase(first) && !(caseless && Character.isLetter(first))) {
            return false;
        }
        for (int i = Character.charCount(first); i < w.length(); i++) {
            char c = w.charAt(i);
            boolean inner = "'’.-\"״׳".indexOf(c) >= 0;
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK && !inner) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArticleParagraph(TextBlock b) {
        return b.text().length() > MAX_LINE && b.linkDensity() < 0.3;
    }

    private static boolean isBylineClassed(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String key = (p.className() + " " + p.id() + " " + p.attr("itemprop") + " " + p.attr("rel")).toLowerCase(Locale.ROOT);
            for (String c : BYLINE_CLASSES) {
                if (key.contains(c)) {
                    return true;
                }
            }
            if (p.normalName().equals("article")) {
                return false;
            }
        }
        return false;
    }

    private static boolean inPageFurniture(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (BlockSegmenter.FURNITURE_TAGS.contains(p.normalName()) || BoilerplateVocabulary.isAlwaysFurniture(p)) {
                return true;
            }
        }
        return false;
    }
}
