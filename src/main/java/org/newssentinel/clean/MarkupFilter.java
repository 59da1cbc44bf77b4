package org.newssentinel.clean;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Removes, before parsing, the parts of an HTML page that the extractor never reads: scripts
 * (JSON-LD data is kept), links to style sheets and icons, style sheets, meta elements
 * with keys the metadata reader does not read, the drawing inside inline SVG and MathML, comments,
 * runs of whitespace around text, and every attribute outside {@link #isReadAttribute the few
 * that are read}. On news pages these are about three quarters of the bytes, and decoding and
 * parsing them was most of the cost of cleaning.
 *
 * <p>It works on the undecoded bytes of an ASCII-compatible encoding (it only ever looks at
 * ASCII bytes, which in UTF-8 are never part of a longer character), and it follows the HTML
 * tokenizer's rules for where tags, comments and raw text end, so that the parser builds the same
 * tree from what is left, minus what was removed. Where it is not sure of that, it removes nothing:
 * text elements ({@code title}, {@code textarea}) and raw text elements it does not strip are copied
 * verbatim, and a script holding {@code <!--}, whose end the tokenizer finds by rules of its own,
 * stops filtering for the rest of the page (so do the doubtful cases in {@link #foreignContent}).
 * An instance holds one page's state; {@link #filter} makes one per call.
 */
final class MarkupFilter {

    /** The bytes that remain, in {@code bytes[0, length)}. */
    record Filtered(byte[] bytes, int length) {
    }

    private static final byte[] SCRIPT = ascii("script");
    private static final byte[] STYLE = ascii("style");
    private static final byte[] SVG = ascii("svg");
    private static final byte[] MATH = ascii("math");
    private static final byte[] NOSCRIPT = ascii("noscript");
    private static final byte[] PLAINTEXT = ascii("plaintext");
    private static final byte[] PRE = ascii("pre");
    private static final byte[] LISTING = ascii("listing");
    /** Elements whose content the tokenizer reads as text up to their end tag, never as markup. */
    private static final byte[][] VERBATIM = {
        ascii("title"), ascii("textarea"), ascii("xmp"), ascii("iframe"), ascii("noembed"), ascii("noframes"),
    };

    /** HTML start tags that end foreign content. */
    private static final Set<String> LEAVE_FOREIGN_CONTENT = Set.of(
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1",
            "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol",
            "p", "pre", "ruby", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul",
            "var");
    /** Where HTML rules apply again inside foreign content (in SVG or MathML, whichever the namespace). */
    private static final Set<String> INTEGRATION_POINTS = Set.of(
            "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private final byte[] in;
    private final int end;
    /**
     * Starts at a third of the input and grows: about a quarter of a news page remains, and a new
     * array is zeroed in full, so one the size of the page would double what the filter allocates.
     */
    private byte[] out;
    private int length;
    /** Set where the filter cannot tell how the tree builder goes on: the rest is copied as it is. */
    private boolean passThrough;
    /** {@code <noscript>} elements open at this point, as far as start and end tags tell. */
    private int openNoscripts;
    /** {@code <pre>} and {@code <listing>} elements open here: their whitespace is kept as it is. */
    private int openPreformatted;
    /** The last attribute {@link #attribute} read: where its name ends, and its value's bounds. */
    private int attributeNameEnd;
    private int valueStart;
    private int valueEnd;

    private MarkupFilter(byte[] in, int from) {
        this.in = in;
        this.end = in.length;
        this.out = new byte[(in.length - from) / 3 + 64];
    }

    /** Filters {@code html[from..]} (from skips a byte order mark). */
    static Filtered filter(byte[] html, int from) {
        MarkupFilter f = new MarkupFilter(html, from);
        f.run(from);
        return new Filtered(f.out, f.length);
    }

    private void run(int from) {
        int i = from;
        while (i < end) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0) {
                copy(i, end);
                return;
            }
            copyText(i, lt);
            i = markup(lt);
            if (passThrough) {
                copy(i, end);
                return;
            }
        }
    }

    /** Handles what starts at the {@code <} at {@code at}; returns where to go on. */
    private int markup(int at) {
        int next = at + 1;
        if (next >= end) {
            copy(at, end);
            return end;
        }
        byte c = in[next];
        if (isAsciiLetter(c)) {
            return startTag(at);
        }
        if (c == '/' && next + 1 < end && isAsciiLetter(in[next + 1])) {
            if (isTagNamed(next + 1, NOSCRIPT) && openNoscripts > 0) {
                openNoscripts--;
            }
            if ((isTagNamed(next + 1, PRE) || isTagNamed(next + 1, LISTING)) && openPreformatted > 0) {
                openPreformatted--;
            }
            int tagEnd = tagEnd(next + 1);
            copy(at, tagEnd);
            return tagEnd;
        }
        if (c == '!' && startsWith(next + 1, "--")) {
            int after = commentEnd(next + 3);
            if (followsLoneLessThan(length)) {
                copy(at, after);
            }
            return after;
        }
        if (c == '!' || c == '?' || c == '/') {
            // A doctype, or a bogus comment (CDATA outside SVG and MathML, a processing instruction, "</>"): to the next '>'.
            int gt = indexOf((byte) '>', next);
            int stop = gt < 0 ? end : gt + 1;
            copy(at, stop);
            return stop;
        }
        copy(at, next);
        return next;
    }

    private int startTag(int at) {
        int nameStart = at + 1;
        int nameEnd = nameStart;
        while (nameEnd < end && !isTagNameEnd(in[nameEnd])) {
            nameEnd++;
        }
        int mark = length;
        copy(at, nameEnd);
        int element = elementKind(nameStart, nameEnd);
        boolean script = is(SCRIPT, nameStart, nameEnd);
        int i = nameEnd;
        // Where the input copied so far ends: the tag name, then each kept attribute.
        int copiedTo = nameEnd;
        boolean jsonData = false;
        boolean canonical = false;
        boolean metaRead = false;
        boolean selfClosing = false;
        while (true) {
            while (i < end && isSpace(in[i])) {
                i++;
            }
            if (i >= end) {
                // Cut off in the middle of a tag: leave it exactly as it was and stop filtering.
                length = mark;
                copy(at, end);
                return end;
            }
            byte c = in[i];
            if (c == '>') {
                break;
            }
            if (c == '/') {
                selfClosing = i + 1 < end && in[i + 1] == '>';
                i++;
                continue;
            }
            int attrStart = i;
            i = attribute(i);
            if (i < 0) {
                // A quoted value that never closes: leave the tag exactly as it was and stop filtering.
                length = mark;
                copy(at, end);
                return end;
            }
            if (isReadAttribute(element, attrStart, attributeNameEnd)) {
                // A separator wherever anything was dropped before it (so the output never outgrows
                // the input); without one an unquoted value before it would run on into it.
                if (attrStart > copiedTo) {
                    put((byte) ' ');
                }
                copy(attrStart, i);
                copiedTo = i;
                if (valueStart >= 0 && script && isNamed(attrStart, attributeNameEnd, "type")
                        && containsIgnoreCase(valueStart, valueEnd, "ld+json")) {
                    jsonData = true;
                }
                if (valueStart >= 0 && element == LINK && isNamed(attrStart, attributeNameEnd, "rel")
                        && containsIgnoreCase(valueStart, valueEnd, "canonical")) {
                    canonical = true;
                }
                if (valueStart >= 0 && element == META && !metaRead && isMetaKey(attrStart, attributeNameEnd)) {
                    metaRead = isReadMetaKey(valueStart, valueEnd);
                }
            }
        }
        if (selfClosing) {
            if (i - 1 > copiedTo) {
                put((byte) ' '); // "id=x/" would read as the value "x/"
            }
            put((byte) '/');
        }
        put((byte) '>');
        int contentStart = i + 1;
        if (selfClosing && openNoscripts > 0 && isRawText(nameStart, nameEnd)) {
            // Inside <noscript> jsoup honours "<style/>" and the like as empty elements, elsewhere it
            // reads raw text after them: leave the rest to it.
            return unsure(contentStart);
        }
        if (element == LINK && !canonical && !followsLoneLessThan(mark)) {
            // Style sheets, icons, preloads: a void element nobody reads goes whole.
            length = mark;
            return contentStart;
        }
        if (element == META && !metaRead && !followsLoneLessThan(mark)) {
            // Viewport, verification, app links, social cards: a void element nobody reads goes whole.
            length = mark;
            return contentStart;
        }
        if (script) {
            return scriptContent(contentStart, jsonData, mark);
        }
        if (is(STYLE, nameStart, nameEnd)) {
            int close = endTag(contentStart, STYLE);
            if (close < 0 || openNoscripts > 0 || followsLoneLessThan(mark)) {
                return close < 0 ? end : close;
            }
            // A style sheet goes whole, as a script does: the tree builder treats both alike (by the
            // rules for the head, wherever they are), so neither leaves a trace in the tree but itself.
            length = mark;
            return tagEnd(close + 2);
        }
        if (is(NOSCRIPT, nameStart, nameEnd)) {
            openNoscripts++;
        }
        if (is(PRE, nameStart, nameEnd) || is(LISTING, nameStart, nameEnd)) {
            openPreformatted++;
        }
        if ((is(SVG, nameStart, nameEnd) || is(MATH, nameStart, nameEnd)) && !selfClosing) {
            if (openNoscripts > 0) {
                // jsoup builds a drawing inside <noscript> by rules of its own: leave it and the rest to it.
                return unsure(contentStart);
            }
            return foreignContent(contentStart, is(SVG, nameStart, nameEnd) ? SVG : MATH);
        }
        if (is(PLAINTEXT, nameStart, nameEnd)) {
            copy(contentStart, end);
            return end;
        }
        for (byte[] name : VERBATIM) {
            if (is(name, nameStart, nameEnd)) {
                return verbatimUntilEndTag(contentStart, name);
            }
        }
        return contentStart;
    }

    /**
     * JSON-LD data stays; any other script goes whole, its tags included (from {@code startTagAt}
     * in the output), as the extractor reads nothing of it and the tree builder makes nothing of an
     * empty script but the element.
     */
    private int scriptContent(int from, boolean keep, int startTagAt) {
        int i = from;
        int stop = end;
        while (i < end) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0) {
                break;
            }
            if (lt + 1 < end && in[lt + 1] == '/' && isTagNamed(lt + 2, SCRIPT)) {
                stop = lt;
                break;
            }
            if (lt + 3 < end && in[lt + 1] == '!' && in[lt + 2] == '-' && in[lt + 3] == '-') {
                // An "escaped" script, whose end the tokenizer finds by other rules: the rest of the page passes untouched.
                copy(from, end);
                return end;
            }
            i = lt + 1;
        }
        if (keep) {
            copy(from, stop);
            return stop;
        }
        if (followsLoneLessThan(startTagAt)) {
            return stop; // the empty element stays, as a separator
        }
        length = startTagAt;
        return stop == end ? end : tagEnd(stop + 2);
    }

    private int verbatimUntilEndTag(int from, byte[] name) {
        int close = endTag(from, name);
        int stop = close < 0 ? end : close;
        copy(from, stop);
        return stop;
    }

    /**
     * The content of an inline drawing or formula ({@code svg}, {@code math}) goes up to its
     * matching end tag, comments skipped as the tokenizer skips them. Integration points
     * ({@code title}, {@code desc}, {@code mtext}, ...), where HTML rules apply again, are skipped
     * when they hold plain text, as they do in icons. Anything else that can make the tree builder
     * leave the drawing early or read its markup differently (an HTML element such as {@code <p>}
     * or {@code <img>}, markup in an integration point, an end tag of nothing opened inside, a
     * script, CDATA, a formula in a drawing) is left to the parser: the drawing and the rest of the
     * page pass unfiltered. Real drawings have none of these; malformed pages lose only speed.
     */
    private int foreignContent(int from, byte[] root) {
        boolean svg = root == SVG;
        // Elements open inside the drawing, innermost last, as [start, end) offsets of their names.
        int[] open = new int[16];
        int depth = 0;
        int i = from;
        while (i < end) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0) {
                return end;
            }
            if (startsWith(lt, "<!--")) {
                i = commentEnd(lt + 4);
                continue;
            }
            if (startsWith(lt, "<![CDATA[")) {
                return unsure(from); // whether the tokenizer reads a CDATA section depends on the tree so far
            }
            boolean endTag = lt + 1 < end && in[lt + 1] == '/';
            int name = endTag ? lt + 2 : lt + 1;
            if (name >= end) {
                return end;
            }
            if (in[lt + 1] == '!' || in[lt + 1] == '?' || (endTag && !isAsciiLetter(in[name]))) {
                // A doctype or bogus comment, up to the next '>'.
                int gt = indexOf((byte) '>', lt + 1);
                i = gt < 0 ? end : gt + 1;
                continue;
            }
            if (!isAsciiLetter(in[name])) {
                i = lt + 1;
                continue;
            }
            int nameEnd = name;
            while (nameEnd < end && !isTagNameEnd(in[nameEnd])) {
                nameEnd++;
            }
            String tag = shortName(name, nameEnd);
            if (endTag) {
                int match = depth - 1;
                while (match >= 0 && !sameName(open[2 * match], open[2 * match + 1], name, nameEnd)) {
                    match--;
                }
                if (match < 0 && is(root, name, nameEnd)) {
                    return lt; // the drawing's own end
                }
                if (match < 0 || tag.equals("p") || tag.equals("br")) {
                    return unsure(from); // may close the drawing, and more
                }
                depth = match;
                i = tagEnd(nameEnd); // its attributes too: a '<' in them starts no tag
                continue;
            }
            if ((tag.equals("svg") || tag.equals("math")) && !is(root, name, nameEnd)) {
                return unsure(from); // parsers differ on the namespace of a formula in a drawing and back
            }
            if (INTEGRATION_POINTS.contains(tag)) {
                int close = endTag(name, nameEnd);
                int contentStart = tagEnd(nameEnd);
                if (close < 0 || indexOf((byte) '<', contentStart) != close) {
                    return unsure(from);
                }
                i = tagEnd(close + 2);
                continue;
            }
            if (tag.equals("script") || leavesForeignContent(tag, nameEnd)) {
                // Script data in SVG; an HTML element the tree builder moves out of the drawing.
                return unsure(from);
            }
            int tagEnd = tagEnd(nameEnd);
            boolean selfClosing = tagEnd - 2 >= nameEnd && in[tagEnd - 1] == '>' && in[tagEnd - 2] == '/';
            if (!selfClosing) {
                if (2 * depth + 2 > open.length) {
                    open = java.util.Arrays.copyOf(open, open.length * 2);
                }
                open[2 * depth] = name;
                open[2 * depth + 1] = nameEnd;
                depth++;
            }
            i = tagEnd;
        }
        return end;
    }

    /** The lower-case name, or "" when longer than any name the foreign-content rules test. */
    private String shortName(int from, int to) {
        return to - from > 14 ? "" : new String(in, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private boolean sameName(int aFrom, int aTo, int bFrom, int bTo) {
        if (aTo - aFrom != bTo - bFrom) {
            return false;
        }
        for (int k = 0; k < aTo - aFrom; k++) {
            if ((in[aFrom + k] | 0x20) != (in[bFrom + k] | 0x20)) {
                return false;
            }
        }
        return true;
    }

    /** Where the end tag of the element named by {@code in[nameFrom, nameTo)} starts, from {@code nameTo}; -1 if nowhere. */
    private int endTag(int nameFrom, int nameTo) {
        int i = nameTo;
        while (i < end) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0) {
                return -1;
            }
            int after = lt + 2 + (nameTo - nameFrom);
            if (lt + 1 < end && in[lt + 1] == '/' && after < end && isTagNameEnd(in[after])
                    && sameName(lt + 2, after, nameFrom, nameTo)) {
                return lt;
            }
            i = lt + 1;
        }
        return -1;
    }

    /**
     * Whether the output before {@code at} ends with a '<' that was text: removing what follows it
     * would join it to the next characters, which could then read as a tag.
     */
    private boolean followsLoneLessThan(int at) {
        return at > 0 && out[at - 1] == '<';
    }

    /** An element whose content the tokenizer reads as text (raw text, escapable raw text, script data). */
    private boolean isRawText(int nameStart, int nameEnd) {
        if (is(SCRIPT, nameStart, nameEnd) || is(STYLE, nameStart, nameEnd) || is(PLAINTEXT, nameStart, nameEnd)) {
            return true;
        }
        for (byte[] name : VERBATIM) {
            if (is(name, nameStart, nameEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Gives up filtering: everything from {@code from} on is copied as it is. */
    private int unsure(int from) {
        passThrough = true;
        return from;
    }

    /** jsoup's rules: its InForeignToHtml start tags, and font with presentational attributes. */
    private boolean leavesForeignContent(String name, int nameEnd) {
        if (name.equals("font")) {
            int close = tagEnd(nameEnd);
            return containsIgnoreCase(nameEnd, close, "color") || containsIgnoreCase(nameEnd, close, "face")
                    || containsIgnoreCase(nameEnd, close, "size");
        }
        return LEAVE_FOREIGN_CONTENT.contains(name);
    }

    /** Comments go. Ends as the tokenizer ends them: "-->", "--!>", or at once for "<!-->" and "<!--->". */
    private int commentEnd(int from) {
        if (startsWith(from, ">")) {
            return from + 1;
        }
        if (startsWith(from, "->")) {
            return from + 2;
        }
        for (int i = indexOf((byte) '-', from); i >= 0; i = indexOf((byte) '-', i + 1)) {
            if (startsWith(i, "-->")) {
                return i + 3;
            }
            if (startsWith(i, "--!>")) {
                return i + 4;
            }
        }
        return end;
    }

    /** The end of a tag whose name starts at {@code from}: past its '>', its attributes read by {@link #attribute}. */
    private int tagEnd(int from) {
        int i = from;
        while (i < end && !isTagNameEnd(in[i])) {
            i++;
        }
        while (true) {
            while (i < end && isSpace(in[i])) {
                i++;
            }
            if (i >= end) {
                return end;
            }
            if (in[i] == '>') {
                return i + 1;
            }
            if (in[i] == '/') {
                i++;
                continue;
            }
            i = attribute(i);
            if (i < 0) {
                return end;
            }
        }
    }

    /**
     * Reads the attribute at {@code at} (not whitespace, '/' or '>') as the tokenizer reads it:
     * the name runs to whitespace, '/', '>' or '=' (its first character may be '='); a value
     * follows an '=' after the name, quoted, or unquoted up to whitespace or '>'. So a '>' inside a
     * quoted value does not end the tag, and a quote elsewhere starts nothing. Returns where the
     * attribute ends, or -1 when its quoted value never closes; sets {@link #attributeNameEnd},
     * {@link #valueStart} and {@link #valueEnd} (-1 without a value).
     */
    private int attribute(int at) {
        int i = at + 1;
        while (i < end && !isSpace(in[i]) && in[i] != '/' && in[i] != '>' && in[i] != '=') {
            i++;
        }
        attributeNameEnd = i;
        valueStart = -1;
        valueEnd = -1;
        int j = i;
        while (j < end && isSpace(in[j])) {
            j++;
        }
        if (j >= end || in[j] != '=') {
            return i;
        }
        j++;
        while (j < end && isSpace(in[j])) {
            j++;
        }
        if (j < end && (in[j] == '"' || in[j] == '\'')) {
            int close = indexOf(in[j], j + 1);
            if (close < 0) {
                return -1;
            }
            valueStart = j + 1;
            valueEnd = close;
            return close + 1;
        }
        valueStart = j;
        while (j < end && !isSpace(in[j]) && in[j] != '>') {
            j++;
        }
        valueEnd = j;
        return j;
    }

    /** Where {@code </name} followed by whitespace, '/' or '>' starts, from {@code from}; -1 if nowhere. */
    private int endTag(int from, byte[] name) {
        int i = from;
        while (i < end) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0) {
                return -1;
            }
            if (lt + 1 < end && in[lt + 1] == '/' && isTagNamed(lt + 2, name)) {
                return lt;
            }
            i = lt + 1;
        }
        return -1;
    }

    /** {@code name} at {@code at}, in any case, followed by whitespace, '/' or '>'. */
    private boolean isTagNamed(int at, byte[] name) {
        int after = at + name.length;
        return after < end && isTagNameEnd(in[after]) && is(name, at, after);
    }

    private boolean is(byte[] lowerName, int from, int to) {
        if (to - from != lowerName.length) {
            return false;
        }
        for (int k = 0; k < lowerName.length; k++) {
            if ((in[from + k] | 0x20) != lowerName[k]) {
                return false;
            }
        }
        return true;
    }

    private static final int OTHER = 0;
    private static final int LINK = 1;
    private static final int META = 2;
    private static final int SCRIPT_OR_INPUT = 3;
    private static final int TIME = 4;
    private static final int HTML = 5;
    private static final int FONT = 6;
    private static final int ANNOTATION_XML = 7;

    /** The elements with attributes of their own that are read; see {@link #isReadAttribute}. */
    private int elementKind(int from, int to) {
        return switch (to - from) {
            case 4 -> isNamed(from, to, "link") ? LINK : isNamed(from, to, "meta") ? META : isNamed(from, to, "time") ? TIME
                    : isNamed(from, to, "html") ? HTML : isNamed(from, to, "font") ? FONT : OTHER;
            case 5 -> isNamed(from, to, "input") ? SCRIPT_OR_INPUT : OTHER;
            case 6 -> isNamed(from, to, "script") ? SCRIPT_OR_INPUT : OTHER;
            case 14 -> isNamed(from, to, "annotation-xml") ? ANNOTATION_XML : OTHER;
            default -> OTHER;
        };
    }

    /**
     * The attributes something downstream reads. On every element: class, id, role, style, hidden
     * and aria-hidden (furniture and visibility). On some: the metadata reader's link rel and href,
     * meta name, property, itemprop, http-equiv, content and charset, time datetime, html lang; the
     * type of a script (JSON-LD) and of an input (the tree builder treats hidden inputs apart); and
     * the attributes the tree builder itself tests, font's color, face and size and
     * annotation-xml's encoding. Links' href, the bulk of the rest, is never read.
     */
    private boolean isReadAttribute(int element, int from, int to) {
        boolean everywhere = switch (to - from) {
            case 2 -> isNamed(from, to, "id");
            case 4 -> isNamed(from, to, "role");
            case 5 -> isNamed(from, to, "class") || isNamed(from, to, "style");
            case 6 -> isNamed(from, to, "hidden");
            case 11 -> isNamed(from, to, "aria-hidden");
            default -> false;
        };
        if (everywhere) {
            return true;
        }
        return switch (element) {
            case LINK -> isNamed(from, to, "rel") || isNamed(from, to, "href");
            case META -> isNamed(from, to, "name") || isNamed(from, to, "property") || isNamed(from, to, "itemprop")
                    || isNamed(from, to, "http-equiv") || isNamed(from, to, "content") || isNamed(from, to, "charset");
            case SCRIPT_OR_INPUT -> isNamed(from, to, "type");
            case TIME -> isNamed(from, to, "datetime");
            case HTML -> isNamed(from, to, "lang");
            case FONT -> isNamed(from, to, "color") || isNamed(from, to, "face") || isNamed(from, to, "size");
            case ANNOTATION_XML -> isNamed(from, to, "encoding");
            default -> false;
        };
    }

    private boolean isMetaKey(int from, int to) {
        return isNamed(from, to, "name") || isNamed(from, to, "property") || isNamed(from, to, "itemprop")
                || isNamed(from, to, "http-equiv");
    }

    /**
     * Whether a meta key's value is one the metadata reader reads ({@link MetadataExtractor#META_KEYS_READ}),
     * as it will compare it: stripped and lower-cased. A value with a character reference is kept
     * unread, since only the parser knows what it stands for.
     */
    private boolean isReadMetaKey(int from, int to) {
        for (int k = from; k < to; k++) {
            if (in[k] == '&') {
                return true;
            }
        }
        String key = new String(in, from, to - from, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
        return MetadataExtractor.META_KEYS_READ.contains(key);
    }

    private boolean isNamed(int from, int to, String lowerName) {
        if (to - from != lowerName.length()) {
            return false;
        }
        for (int k = 0; k < lowerName.length(); k++) {
            int c = in[from + k];
            if (c >= 'A' && c <= 'Z') {
                c |= 0x20;
            }
            if (c != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean containsIgnoreCase(int from, int to, String lowerNeedle) {
        for (int i = from; i + lowerNeedle.length() <= to; i++) {
            if (isNamed(i, i + lowerNeedle.length(), lowerNeedle)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(int at, String ascii) {
        if (at + ascii.length() > end) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (in[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Eight bytes at a time: XOR turns the wanted byte into zero, and the lowest byte the zero test
     * flags is a real zero (a false flag can only sit above a real one), so it is the first match.
     */
    private int indexOf(byte b, int from) {
        long pattern = (b & 0xFFL) * ONES;
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(in, i) ^ pattern;
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(int from, int to, String ascii) {
        for (int i = from; i + ascii.length() <= to; i++) {
            if (in[i] == ascii.charAt(0) && startsWith(i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Copies the text between two tags with a run of whitespace at either end cut to its first
     * character: the indentation between tags is a sixth of what a page keeps, and a run of
     * whitespace reads as one space everywhere but in preformatted text, which is copied as it is.
     * The tree builder treats one whitespace character as it treats a run (in tables too).
     */
    private void copyText(int from, int to) {
        if (to - from < 2 || openPreformatted > 0) {
            copy(from, to);
            return;
        }
        int lead = from;
        while (lead < to && isSpace(in[lead])) {
            lead++;
        }
        if (lead > from + 1) {
            putSpace(in[from]);
        } else {
            lead = from;
        }
        if (lead == to) {
            return;
        }
        int trail = to;
        while (trail > lead && isSpace(in[trail - 1])) {
            trail--;
        }
        if (trail < to - 1) {
            copy(lead, trail);
            putSpace(in[trail]);
        } else {
            copy(lead, to);
        }
    }

    /** A carriage return alone is a line feed to the tokenizer; one kept without its line feed must say so. */
    private void putSpace(byte whitespace) {
        put(whitespace == '\r' ? (byte) '\n' : whitespace);
    }

    private void copy(int from, int to) {
        int n = to - from;
        if (length + n > out.length) {
            grow(length + n);
        }
        System.arraycopy(in, from, out, length, n);
        length += n;
    }

    private void put(byte b) {
        if (length == out.length) {
            grow(length + 1);
        }
        out[length++] = b;
    }

    private void grow(int needed) {
        out = java.util.Arrays.copyOf(out, Math.max(needed, out.length + (out.length >> 1)));
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isTagNameEnd(byte c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
