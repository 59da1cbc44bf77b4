package org.newssentinel.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the closing boilerplate of a press release starts: the "About Acme Corp." section, media
 * and investor contacts, the forward-looking-statements (safe-harbour) notice, notes to editors.
 * Such a section runs to the end of the text, each of its parts following the other, so everything
 * from its first line on goes. It is only looked for after some article text (a contacts block at
 * the top of a release is no closing section), and an "About X" heading only counts when the
 * paragraph below it is about X, which is how a company's standard description reads and a news
 * article's subheading rarely does. A heading run into its paragraph by a line break ("About Acme
 * Acme Inc. operates ...", "Forward-Looking Statements This release ...", "Media Contact: ...")
 * counts too. Stateless.
 */
final class ClosingBoilerplate {

    /** The article before the section: at least this many characters of text. */
    private static final int ARTICLE_BEFORE = 200;
    private static final int MAX_HEADING = 80;
    /** The described company's name is in the first words of the paragraph below its heading. */
    private static final int NAME_WITHIN = 150;
    /** A safe-harbour notice says so in its first sentence. */
    private static final int SAFE_HARBOUR_WITHIN = 300;

    /** Headings that open the section whatever follows them; matched on the lower-cased line. */
    private static final Pattern HEADING = Pattern.compile(
            "(?:(?:media|press|investor|investors|analyst|news media)(?: relations)?(?: (?:and|&) (?:media|investor|press|analyst)"
                    + "(?: relations)?)? (?:contacts?|inquiries|enquiries)|contacts?|"
                    + "for (?:more|further|additional) information(?:,? (?:please )?contact)?|"
                    + "(?:(?:cautionary|special) (?:note|statement|language)s? (?:regarding|concerning|about|on|relating to) )?"
                    + "forward[- ]looking (?:statements?|information)|safe harbou?r(?: statements?| provisions?)?|"
                    + "notes? to editors?|about (?:the company|us|the issuer|the authors?))\\s?[:.]?");

    /** The first words of {@link #HEADING} and {@link #ABOUT_NAME}, as a line may end them (bare, or with its colon or stop). */
    private static final java.util.Set<String> HEADING_FIRST_WORDS = java.util.Set.of("media", "press", "investor", "investors",
            "analyst", "news", "contact", "contacts", "contact:", "contacts:", "contact.", "contacts.", "for", "cautionary",
            "special", "forward", "forward-looking", "safe", "note", "notes", "about");

    /** "About Acme Corp.": the name in capitals, a few words of it at most. */
    private static final Pattern ABOUT_NAME = Pattern.compile(
            "(?:About|ABOUT) (\\p{Lu}[\\p{L}\\p{N}&'’.,-]{0,30})(?: [\\p{Lu}&][\\p{L}\\p{N}&'’.,-]{0,30}){0,5}\\s?:?");

    /** A safe-harbour notice without a heading: "This press release contains forward-looking statements ...". */
    private static final Pattern FORWARD_LOOKING = Pattern.compile(
            "(?:this (?:press |news )?(?:release|announcement|communication)|certain (?:statements|information)"
                    + "|statements in this (?:press |news )?release|except for (?:the )?historical information)\\b");

    /** The words a section's heading, run into its first paragraph, or a heading-less notice can start with. */
    private static final List<String> LEAD_WORDS = List.of("media", "press", "investor", "contact", "cautionary", "special",
            "forward", "safe harbo", "this ", "certain ", "statements ", "except ");
    /**
     * A heading at the start of a paragraph: contacts with their colon; a forward-looking heading
     * (group 1), which must be followed by its notice.
     */
    private static final Pattern LEAD_HEADING = Pattern.compile(
            "(?:(?:media|press|investor|investors)(?: relations)? contacts?|contacts?) ?:|"
                    + "((?:(?:cautionary|special) (?:note|statement|language)s? (?:regarding|concerning|about|on|relating to) )?"
                    + "forward[- ]looking (?:statements?|information)|safe harbou?r(?: statements?| provisions?)?)\\b");
    /** An "About" heading names the company in at most this many words. */
    private static final int MAX_NAME_WORDS = 6;

    private ClosingBoilerplate() {
    }

    /** The index of the paragraph that opens the closing section of {@code paragraphs}, or -1 when there is none. */
    static int start(List<String> paragraphs) {
        int before = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (before >= ARTICLE_BEFORE && opensSection(p, i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : "")) {
                return i;
            }
            before += p.length();
        }
        return -1;
    }

    private static boolean opensSection(String p, String next) {
        if (p.length() <= MAX_HEADING && isHeading(p, next)) {
            return true;
        }
        // Every paragraph is asked: only those opening with one of the few words that can start the
        // section are looked at further.
        if (p.regionMatches(true, 0, "about ", 0, 6)) {
            return repeatsName(p);
        }
        if (startsWithLeadWord(p)) {
            String lower = p.substring(0, Math.min(p.length(), SAFE_HARBOUR_WITHIN)).toLowerCase(Locale.ROOT);
            Matcher lead = LEAD_HEADING.matcher(lower);
            if (lead.lookingAt()) {
                // "Forward-Looking Statements This release ...": a heading run into its notice by a <br>.
                return lead.group(1) == null || lower.indexOf("forward-looking", lead.end()) >= 0
                        || lower.indexOf("safe harbo", lead.end()) >= 0;
            }
            return lower.contains("forward-looking statement") && FORWARD_LOOKING.matcher(lower).lookingAt();
        }
        return false;
    }

    private static boolean startsWithLeadWord(String p) {
        for (String w : LEAD_WORDS) {
            if (p.regionMatches(true, 0, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeading(String p, String next) {
        // Every short paragraph is asked; a heading's first word is one of a few.
        int space = p.indexOf(' ');
        if (!HEADING_FIRST_WORDS.contains((space < 0 ? p : p.substring(0, space)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (HEADING.matcher(p.toLowerCase(Locale.ROOT)).matches()) {
            return true;
        }
        Matcher about = ABOUT_NAME.matcher(p);
        if (!about.matches()) {
            return false;
        }
        // "ABOUT ACME CORP." over "Acme Corp. (NYSE: ACM) is ...": the name, whatever its case.
        String name = about.group(1).replaceAll("[.,:]$", "").toLowerCase(Locale.ROOT);
        String opening = next.substring(0, Math.min(next.length(), NAME_WITHIN + name.length())).toLowerCase(Locale.ROOT);
        return opening.contains(name);
    }

    /**
     * "About Acme Pipelines Acme Pipelines Inc. operates ...": an "About" heading run into the
     * description below it, which opens with the name again.
     */
    private static boolean repeatsName(String p) {
        String[] words = p.substring(6, Math.min(p.length(), MAX_HEADING + NAME_WITHIN)).split(" ", MAX_NAME_WORDS + 2);
        String first = bare(words[0]);
        if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) {
            return false;
        }
        for (int k = 1; k < Math.min(words.length, MAX_NAME_WORDS + 1); k++) {
            String w = bare(words[k]);
            if (w.equalsIgnoreCase(first)) {
                return true;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }
}
