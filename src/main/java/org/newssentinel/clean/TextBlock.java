package org.newssentinel.clean;

import org.jsoup.nodes.Element;

/**
 * One run of text between block-level boundaries of an HTML page, with what the extractor needs to
 * judge it: how much of it is link text, which element owns it, and what kind of block it is.
 *
 * @param text        whitespace-collapsed text, stripped
 * @param weight      text length where each CJK character counts three times (CJK packs a word into a character)
 * @param linkWeight  the part of {@code weight} that sits inside links
 * @param owner       the innermost block-level element containing the text
 * @param kind        what the owner is, for the paragraph rules
 * @param furniture   the innermost ancestor that looks like page furniture by tag or class/id vocabulary,
 *                    or {@code null}; whether it really is furniture is decided once its whole text is known
 * @param hidden      inside a block element hidden from view ({@code hidden}, {@code display:none}, {@code aria-hidden})
 */
record TextBlock(String text, int weight, int linkWeight, Element owner, Kind kind, Element furniture, boolean hidden) {

    enum Kind { PARAGRAPH, HEADING, TITLE_HEADING, LIST_ITEM, QUOTE, CELL, ROW, PREFORMATTED, CAPTION, OTHER }

    /** Hidden text and captions: never evidence of where the article is, only kept inside it. */
    boolean setAside() {
        return hidden || kind == Kind.CAPTION;
    }

    double linkDensity() {
        return weight == 0 ? 0 : (double) linkWeight / weight;
    }
}
