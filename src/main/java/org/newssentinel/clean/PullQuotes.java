package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Pull quotes: words of the article set again in large type beside it, in a {@code <blockquote>}, an
 * {@code <aside class="pull...">}, a {@code <figure class="...quote...">} or an element whose class
 * names a pull quote. Read as a paragraph, the copy says the same thing twice, and the summariser and
 * the scorer count it twice. A quote goes only when its words, after its quotation marks and closing
 * punctuation are taken off, stand verbatim in a paragraph outside any quote; a quote found nowhere
 * else is the article's own and stays. Stateless.
 */
final class PullQuotes {

    /** Shorter than this, a match is a common phrase ("the minister said"), not a copy. */
    private static final int MIN_QUOTE_CHARS = 30;
    private static final int MAX_QUOTE_CHARS = 600;
    /** An attribution under a quote ("Jane Smith, chief executive") goes with it; a paragraph of prose does not. */
    private static final int MAX_ATTRIBUTION_WORDS = 12;
    private static final String QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』";

    private PullQuotes() {
    }

    /**
     * {@code paragraphs} without the pull quotes that repeat another of them; the same list when there
     * are none. {@code blocks} are the page's blocks, of which {@code paragraphs} are the texts of some,
     * in the same order. Only paragraphs inside a quote element are compared with the others, so a page
     * without quotes costs a look at each paragraph's enclosing elements, each looked at once.
     */
    static List<String> withoutRepeats(List<String> paragraphs, List<TextBlock> blocks) {
        int n = paragraphs.size();
        if (n < 2) {
            return paragraphs;
        }
        Element[] containers = containers(paragraphs, blocks);
        if (containers == null) {
            return paragraphs;
        }
        String[] cores = new String[n];
        for (int i = 0; i < n; i++) {
            if (containers[i] != null) {
                cores[i] = core(paragraphs.get(i));
            }
        }
        boolean[] drop = new boolean[n];
        boolean dropped = false;
        for (int i = 0; i < n; i++) {
            Element quote = containers[i];
            if (quote != null && !drop[i] && cores[i] != null && foundElsewhere(cores[i], paragraphs, containers)) {
                dropped |= dropQuote(quote, cores, paragraphs, containers, drop);
            }
        }
        if (!dropped) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!drop[i]) {
                out.add(paragraphs.get(i));
            }
        }
        return out;
    }

    /**
     * Marks every paragraph of {@code quote} when each is a repeat or a short attribution; a quote box
     * that also holds words found nowhere else is kept whole.
     */
    private static boolean dropQuote(Element quote, String[] cores, List<String> paragraphs, Element[] containers,
            boolean[] drop) {
        List<Integer> members = new ArrayList<>();
        for (int k = 0; k < paragraphs.size(); k++) {
            if (containers[k] == quote) {
                boolean repeat = cores[k] != null && foundElsewhere(cores[k], paragraphs, containers);
                if (!repeat && !isAttribution(paragraphs.get(k))) {
                    return false;
                }
                members.add(k);
            }
        }
        members.forEach(k -> drop[k] = true);
        return true;
    }

    /** "Jane Smith, chief executive", "— Jane Smith.": a few words that are not a sentence, or follow a dash. */
    private static boolean isAttribution(String p) {
        char first = p.charAt(0);
        return Texts.wordCount(p) <= MAX_ATTRIBUTION_WORDS && (!Texts.endsLikeSentence(p) || first == '—' || first == '–' || first == '-');
    }

    /** Whether {@code core} stands in a paragraph outside every quote. */
    private static boolean foundElsewhere(String core, List<String> paragraphs, Element[] containers) {
        for (int j = 0; j < paragraphs.size(); j++) {
            String p = paragraphs.get(j);
            if (containers[j] == null && p.length() >= core.length() && p.contains(core)) {
                return true;
            }
        }
        return false;
    }

    /** The words a copy must repeat: without enclosing quotation marks and closing punctuation; null when too short or long. */
    private static String core(String paragraph) {
        int start = 0;
        int end = paragraph.length();
        if (end < MIN_QUOTE_CHARS || end > MAX_QUOTE_CHARS + 8) {
            return null;
        }
        while (start < end && (QUOTE_MARKS.indexOf(paragraph.charAt(start)) >= 0 || Character.isWhitespace(paragraph.charAt(start)))) {
            start++;
        }
        while (end > start && (QUOTE_MARKS.indexOf(paragraph.charAt(end - 1)) >= 0 || ".,;:!?…".indexOf(paragraph.charAt(end - 1)) >= 0
                || Character.isWhitespace(paragraph.charAt(end - 1)))) {
            end--;
        }
        return end - start >= MIN_QUOTE_CHARS && end - start <= MAX_QUOTE_CHARS ? paragraph.substring(start, end) : null;
    }

    /**
     * The quote element each paragraph sits in, or null; null for the whole answer when the paragraphs
     * cannot be matched to the blocks in order.
     */
    private static Element[] containers(List<String> paragraphs, List<TextBlock> blocks) {
        Element[] out = new Element[paragraphs.size()];
        // The paragraphs share their article's few ancestors: each element is asked about once.
        Map<Element, Element> around = new IdentityHashMap<>();
        int b = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            while (b < blocks.size() && !blocks.get(b).text().equals(p)) {
                b++;
            }
            if (b == blocks.size()) {
                return null;
            }
            out[i] = quoteAround(blocks.get(b++).owner(), around);
        }
        return out;
    }

    /** The innermost quote element at or above {@code owner} below the body, or null. */
    private static Element quoteAround(Element owner, Map<Element, Element> around) {
        List<Element> path = new ArrayList<>();
        Element quote = null;
        for (Element e = owner; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (around.containsKey(e)) {
                quote = around.get(e);
                break;
            }
            path.add(e);
            if (isQuote(e)) {
                quote = e;
                break;
            }
        }
        for (Element e : path) {
            around.put(e, quote);
        }
        return quote;
    }

    private static boolean isQuote(Element e) {
        String tag = e.normalName();
        if (tag.equals("blockquote")) {
            return true;
        }
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        cls = cls.toLowerCase(Locale.ROOT);
        return (tag.equals("aside") && cls.contains("pull")) || (tag.equals("figure") && cls.contains("quote"))
                || cls.contains("pullquote") || cls.contains("pull-quote") || cls.contains("pull_quote");
    }
}
