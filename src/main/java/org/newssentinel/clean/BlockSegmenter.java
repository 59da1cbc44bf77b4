package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a parsed page into {@link TextBlock}s in document order, in one walk over the tree: text
 * accumulates across inline elements and a block-level element closes the current block. Elements
 * a reader never sees (scripts, styles, form controls, hidden inline elements) contribute nothing;
 * the text of hidden block elements (a collapsed "read more" body) and of figure captions becomes
 * blocks marked as such, for the extractor to keep only inside the article.
 * Stateless apart from one walk; not thread-safe per instance (create one per page).
 */
final class BlockSegmenter {

    /** Never visible as article text. */
    private static final Set<String> SKIP = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "picture", "img", "button", "input", "select", "option", "textarea", "head",
            "link", "meta", "map", "dialog");

    /** Open or close a block: text on either side belongs to different paragraphs. */
    private static final Set<String> BLOCK = Set.of(
            "p", "div", "section", "article", "main", "body", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "caption", "figure", "header", "footer", "nav", "aside", "form", "fieldset",
            "address", "details", "summary", "hr", "center", "hgroup", "menu", "legend", "br", "figcaption");

    /** Page furniture by element name, whatever its classes say. */
    static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<Element> structuredData = new ArrayList<>();
    private final CommentThreads threads = new CommentThreads();
    private Element firstTime;
    private final StringBuilder text = new StringBuilder(256);
    private int weight;
    private int linkWeight;
    private boolean pendingSpace;
    /** Open hidden block elements ({@code hidden}, {@code display:none}, {@code aria-hidden}) and figure captions. */
    private int hiddenDepth;
    private int captionDepth;
    /** Whether the next visible text starts a table cell after another in the same row. */
    private boolean cellBreak;
    /** How many elements a row may hold and still be checked for being a row of data. */
    private static final int ROW_SCAN = 64;
    /** {@code <br>}s since the last visible character. */
    private int breaks;
    /** Whether {@code <noscript>} content is read (a second pass when the page showed no text without it). */
    private final boolean readNoscript;
    private boolean noscriptContent;

    /** Each element that looks like furniture, mapped to the nearest such ancestor (itself when it has none). */
    private final IdentityHashMap<Element, Element> furnitureParent = new IdentityHashMap<>(128);
    /** What each class list and id seen names ({@link BoilerplateVocabulary#looksLikeFurniture}). */
    private final Map<String, Integer> furnitureNames = new HashMap<>();

    BlockSegmenter() {
        this(false);
    }

    BlockSegmenter(boolean readNoscript) {
        this.readNoscript = readNoscript;
    }

    List<TextBlock> segment(Element root) {
        walk(root, root, false, null);
        flush(root, null);
        return blocks;
    }

    /** The nearest furniture-looking ancestor of {@code e}, or {@code e} itself when it is the outermost. */
    Element furnitureParent(Element e) {
        return furnitureParent.getOrDefault(e, e);
    }

    private void walk(Element element, Element owner, boolean inLink, Element furniture) {
        for (int i = 0, n = element.childNodeSize(); i < n; i++) {
            Node child = element.childNode(i);
            if (child instanceof TextNode t) {
                append(t.getWholeText(), inLink);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                collectSignals(e, tag, furniture);
                if (SKIP.contains(tag) && !(readNoscript && tag.equals("noscript"))) {
                    if (tag.equals("button") && CommentThreads.isControl(e.text())) {
                        threads.control(owner);
                    }
                    continue;
                }
                boolean hidden = isHidden(e);
                if (hidden && !BLOCK.contains(tag)) {
                    continue; // hidden words inside a visible paragraph
                }
                if (tag.equals("br")) {
                    lineBreak(owner, furniture);
                    continue;
                }
                Element inner = furniture;
                boolean block = BLOCK.contains(tag);
                if (FURNITURE_TAGS.contains(tag) || BoilerplateVocabulary.looksLikeFurniture(e, furnitureNames)) {
                    furnitureParent.put(e, furniture == null ? e : furniture);
                    inner = e;
                    // Inline furniture (a credit span) becomes its own block so it cannot taint its paragraph.
                    block = true;
                }
                if (block) {
                    flush(owner, furniture);
                    boolean caption = tag.equals("figcaption");
                    hiddenDepth += hidden ? 1 : 0;
                    captionDepth += caption ? 1 : 0;
                    if (tag.equals("tr") && isDataRow(e)) {
                        walkRow(e, inLink, inner);
                    } else {
                        walk(e, e, inLink || tag.equals("a"), inner);
                    }
                    flush(e, inner);
                    hiddenDepth -= hidden ? 1 : 0;
                    captionDepth -= caption ? 1 : 0;
                } else {
                    walk(e, owner, inLink || tag.equals("a"), inner);
                }
            }
        }
    }

    /** The cells of a table row as one line, " | " between them: a row of figures reads as a row, not a column of scraps. */
    private void walkRow(Element row, boolean inLink, Element furniture) {
        for (Element cell : row.children()) {
            collectSignals(cell, cell.normalName(), furniture);
            if (isHidden(cell)) {
                continue;
            }
            cellBreak = text.length() > 0;
            walk(cell, row, inLink, furniture);
        }
        cellBreak = false;
    }

    /**
     * A row of data: cells and nothing else, none holding block elements (a layout table's cells hold
     * a page's columns, which stay blocks of their own). Looks at most {@link #ROW_SCAN} elements.
     */
    private static boolean isDataRow(Element row) {
        int budget = ROW_SCAN;
        for (Element cell : row.children()) {
            String tag = cell.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                return false;
            }
            budget = inlineOnly(cell, budget);
            if (budget < 0) {
                return false;
            }
        }
        return row.childrenSize() > 1;
    }

    /** The budget left after checking that {@code e}'s descendants are inline, or -1 when one is not or it ran out. */
    private static int inlineOnly(Element e, int budget) {
        for (Element child : e.children()) {
            if (--budget < 0 || BLOCK.contains(child.normalName())) {
                return -1;
            }
            budget = inlineOnly(child, budget);
            if (budget < 0) {
                return -1;
            }
        }
        return budget;
    }

    /** Metadata that sits in the body: JSON-LD scripts, microdata meta tags and the article's first {@code <time>}. */
    private void collectSignals(Element e, String tag, Element furniture) {
        switch (tag) {
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    structuredData.add(e);
                }
            }
            // Besides microdata: an element with no place in <head> (an ad slot, a stray <div>) ends
            // the head for the parser, and the page's own metas and canonical link follow in the body.
            case "meta" -> {
                if (e.hasAttr("itemprop") || e.hasAttr("property") || e.hasAttr("name")) {
                    structuredData.add(e);
                }
            }
            case "link" -> {
                if (e.attr("rel").equalsIgnoreCase("canonical")) {
                    structuredData.add(e);
                }
            }
            case "noscript" -> noscriptContent |= e.childNodeSize() > 0;
            case "time" -> {
                if (firstTime == null && furniture == null && e.hasAttr("datetime") && !inPageBanner(e)) {
                    firstTime = e;
                }
            }
            default -> {
            }
        }
    }

    /**
     * In the page's own header (a {@code <header>} or {@code role=banner} outside {@code <article>} and {@code <main>}),
     * where a {@code <time>} dates a ticker item or the day's edition, not the article; an article's
     * own {@code <header>} holds its date.
     */
    private static boolean inPageBanner(Element e) {
        boolean banner = false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article") || p.normalName().equals("main")) {
                return false;
            }
            banner |= p.normalName().equals("header") || p.attr("role").equalsIgnoreCase("banner");
        }
        return banner;
    }

    /**
     * JSON-LD scripts, {@code <meta>} elements (microdata, or named as in a head) and canonical
     * {@code <link>}s found in the walked tree, in document order.
     */
    List<Element> structuredData() {
        return structuredData;
    }

    /** The reader-comment posts found by their controls ({@link CommentThreads}). */
    java.util.Set<Element> commentPosts() {
        return threads.posts();
    }

    /** Whether the walk skipped a {@code <noscript>} element with content. */
    boolean sawNoscriptContent() {
        return noscriptContent;
    }

    /** The blocks of the walk, in document order (the list {@link #segment} returned). */
    List<TextBlock> blocks() {
        return blocks;
    }

    /** The first {@code <time datetime>} outside furniture, if any. */
    Optional<Element> firstTime() {
        return Optional.ofNullable(firstTime);
    }

    /**
     * Pages without paragraph markup separate paragraphs with {@code <br><br>}: two breaks in a row
     * (whitespace between them) close the block, so a "READ ALSO" teaser or a "date | site" line
     * between such paragraphs is a line of its own that the furniture filters can see, not part of a
     * sentence. A single break is a space: lines wrapped by hand run on.
     */
    private void lineBreak(Element owner, Element furniture) {
        if (text.length() == 0) {
            return;
        }
        if (++breaks >= 2) {
            flush(owner, furniture);
        } else {
            pendingSpace = true;
        }
    }

    /** Appends {@code s} with its whitespace collapsed, a run of visible characters at a time. */
    private void append(String s, boolean inLink) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                pendingSpace = text.length() > 0;
                i++;
                continue;
            }
            int start = i;
            int w = 0;
            while (true) {
                w += isCjk(s.charAt(i)) ? 3 : 1;
                i++;
                if (i == n) {
                    break;
                }
                char next = s.charAt(i);
                if (isSpace(next)) {
                    // One plain space between two words is what collapsing leaves: the run goes on
                    // over it, and a paragraph is appended in a few runs rather than word by word.
                    if (next != ' ' || i + 1 == n || isSpace(s.charAt(i + 1))) {
                        break;
                    }
                    i++;
                }
            }
            if (cellBreak) {
                text.append(" | ");
                cellBreak = false;
                pendingSpace = false;
            } else if (pendingSpace) {
                text.append(' ');
                pendingSpace = false;
            }
            text.append(s, start, i);
            breaks = 0;
            weight += w;
            if (inLink) {
                linkWeight += w;
            }
        }
    }

    /** Whitespace, and the spaces that only look like it (no-break, zero-width, figure, narrow no-break). */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
        }
        // Java's whitespace above ASCII, spelled out: the table look-up it takes was a measurable
        // share of cleaning on pages in other scripts, where nearly every character is above ASCII.
        if (c < '\u2000') {
            return c == '\u00a0' || c == '\u1680';
        }
        return c <= '\u200b' || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    private void flush(Element owner, Element furniture) {
        if (weight > 0) {
            String t = text.toString();
            blocks.add(new TextBlock(t, weight, linkWeight, owner, captionDepth > 0 ? TextBlock.Kind.CAPTION : kindOf(owner),
                    furniture, hiddenDepth > 0));
            if (weight <= CommentThreads.MAX_CONTROL_LENGTH && CommentThreads.isControl(t)) {
                threads.control(owner);
            }
        }
        text.setLength(0);
        breaks = 0;
        weight = 0;
        linkWeight = 0;
        pendingSpace = false;
    }

    private static TextBlock.Kind kindOf(Element owner) {
        return switch (owner.normalName()) {
            case "p" -> TextBlock.Kind.PARAGRAPH;
            case "h1" -> TextBlock.Kind.TITLE_HEADING;
            case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dt", "dd" -> TextBlock.Kind.LIST_ITEM;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "td", "th" -> TextBlock.Kind.CELL;
            case "tr" -> TextBlock.Kind.ROW;
            case "pre" -> TextBlock.Kind.PREFORMATTED;
            default -> TextBlock.Kind.OTHER;
        };
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    static boolean isCjk(char c) {
        return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
                || (c >= 0xf900 && c <= 0xfaff);
    }
}
