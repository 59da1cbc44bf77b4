package org.newssentinel.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown as scraping tools and note apps write it ("# Headline", "**ASTANA**", "[text](url)"),
 * read as the plain text it marks up: heading marks, emphasis, images, link targets, quote marks,
 * rules and code fences go; list items stay list items. Only a text that plainly is Markdown is
 * touched, so an asterisk or a bracket in ordinary text survives. Stateless.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+");
    private static final Pattern LINK_OR_IMAGE = Pattern.compile(
            "(!?)\\[([^\\]\\n]{0,300})\\]\\([^)\\s]{1,2000}(?:[ \\t]+\"[^\"\\n]{0,300}\")?\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*\\n]{1,300})\\*\\*|__([^_\\n]{1,300})__");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*([^*\\s][^*\\n]{0,298}[^*\\s]|[^*\\s])\\*(?![\\w*])");
    private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]{0,3}>[ \\t]?");
    private static final Pattern RULE_OR_FENCE = Pattern.compile(
            "(?m)^[ \\t]{0,3}(?:-[ \\t]*-[ \\t]*-[- \\t]*|\\*[ \\t]*\\*[ \\t]*\\*[* \\t]*|_[ \\t]*_[ \\t]*_[_ \\t]*|```.*|~~~.*)$");

    private MarkdownText() {
    }

    /**
     * Whether {@code text} is Markdown: a file named so, or at least two kinds of Markdown mark-up
     * (an ATX heading, a link or image with a target, strong emphasis).
     */
    static boolean isMarkdown(String text, String sourceName) {
        String name = sourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return true;
        }
        int kinds = (HEADING.matcher(text).find() ? 1 : 0) + (LINK_OR_IMAGE.matcher(text).find() ? 1 : 0)
                + (STRONG.matcher(text).find() ? 1 : 0);
        return kinds >= 2;
    }

    /** The text without its Markdown mark-up; line structure (and so paragraphs) kept. */
    static String plain(String markdown) {
        String s = RULE_OR_FENCE.matcher(markdown).replaceAll("");
        s = HEADING.matcher(s).replaceAll("");
        s = QUOTE.matcher(s).replaceAll("");
        Matcher links = LINK_OR_IMAGE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (links.find()) {
            // An image is no text (its alt text describes a picture); a link is its words.
            links.appendReplacement(out, links.group(1).isEmpty() ? Matcher.quoteReplacement(links.group(2)) : "");
        }
        links.appendTail(out);
        s = STRONG.matcher(out).replaceAll("$1$2");
        return EMPHASIS.matcher(s).replaceAll("$1");
    }
}
