package org.newssentinel.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the article's main text in a parsed page.
 *
 * <ol>
 *   <li>The page is cut into text blocks ({@link BlockSegmenter}).</li>
 *   <li>Furniture flagged by tag or class vocabulary is confirmed unless it turns out to hold the
 *       article's prose (a container named "post-header-wrap" that wraps the whole story).</li>
 *   <li>Each block is judged article-like (long enough, few links, not furniture) or not, and every
 *       element scores the weight of the article-like text below it minus a share of the rest; the
 *       best-scoring element is the article container. This favours the smallest element that still
 *       holds all the prose, so split bodies (a lede in one div, the rest in another) stay whole.</li>
 *   <li>Inside the container each block is filtered on its own: headline, link lists, one-line
 *       furniture ("Advertisement", "Share this article"), and short lines before the first or after
 *       the last real paragraph (bylines, datelines, tag lists), unless they are the items of a list
 *       the article introduces with a colon; a press release's closing section goes
 *       ({@link ClosingBoilerplate}).</li>
 * </ol>
 * Does not mutate the document. One instance per page.
 */
final class MainContent {

    /** Article-like blocks are at least this heavy (characters, CJK counted triple). */
    private static final int GOOD_WEIGHT = 60;
    private static final double GOOD_MAX_LINK_DENSITY = 0.3;
    /** A caption shorter than this is a label ("Map.", "File photo."), not a sentence of the story. */
    private static final int MIN_CAPTION_WORDS = 5;

    private final List<TextBlock> blocks;
    private final BlockSegmenter segmenter;
    private final Map<Element, Boolean> furnitureVerdicts = new IdentityHashMap<>();
    private final boolean[] boilerplate;

    MainContent(Element root) {
        this(root, false);
    }

    /** @param readNoscript whether {@code <noscript>} content counts as visible (for pages that show nothing without scripts) */
    MainContent(Element root, boolean readNoscript) {
        this.segmenter = new BlockSegmenter(readNoscript);
        this.blocks = segmenter.segment(root);
        this.boilerplate = new boolean[blocks.size()];
        resolveFurniture();
        dropCommentPosts();
    }

    /** Reader comments found by their shape are furniture whatever their container is called. */
    private void dropCommentPosts() {
        java.util.Set<Element> posts = segmenter.commentPosts();
        if (posts.isEmpty()) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            for (Element e = blocks.get(i).owner(); e != null && !boilerplate[i]; e = e.parent()) {
                boilerplate[i] = posts.contains(e);
            }
        }
    }

    /** What the walk over the page saw besides text: JSON-LD, microdata, {@code <time>}. */
    BlockSegmenter signals() {
        return segmenter;
    }

    /** The text of the first top-level heading ({@code <h1>}) outside furniture, or empty. */
    String firstHeading() {
        return firstHeading(false);
    }

    /**
     * The text of the first {@code <h1>} inside furniture, or empty: in a page's header that is as
     * often the site's name (a logo's text) as the headline.
     */
    String firstHeadingInFurniture() {
        return firstHeading(true);
    }

    private String firstHeading(boolean inFurniture) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == TextBlock.Kind.TITLE_HEADING && boilerplate[i] == inFurniture && !blocks.get(i).hidden()) {
                return blocks.get(i).text();
            }
        }
        return "";
    }

    /** The article's paragraphs in document order; empty when the page has no prose at all. */
    List<String> paragraphs(String title) {
        String titleWords = Texts.words(title);
        List<Element> roots = articleRoots(titleWords);
        if (roots.isEmpty()) {
            return List.of();
        }
        List<Integer> kept = new ArrayList<>();
        Set<String> shown = null;
        boolean prose = false;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (boilerplate[i] && !prose && isLede(b) && isInside(b.owner(), roots)) {
                kept.add(i);
                prose = true;
                continue;
            }
            if (!boilerplate[i] && isInside(b.owner(), roots) && keep(b, titleWords)) {
                prose |= looksGood(b);
                if (b.setAside()) {
                    if (shown == null && b.hidden()) {
                        shown = visibleTexts(roots);
                    }
                    if (!keepSetAside(b, shown)) {
                        continue;
                    }
                }
                kept.add(i);
            }
        }
        return trim(kept);
    }

    /**
     * A paragraph named a teaser for its own sake, not for sitting in a teaser card: the lede that
     * opens the body ("teaser" is weak furniture vocabulary because of related-story cards).
     */
    private boolean isLede(TextBlock b) {
        Element p = b.owner();
        return b.furniture() == p && p.normalName().equals("p") && segmenter.furnitureParent(p) == p
                && looksGood(b) && !b.setAside() && Texts.endsLikeSentence(b.text()) && BoilerplateVocabulary.namesLede(p);
    }

    /**
     * Inside the article, a hidden paragraph is the collapsed rest of a "read more" body, unless it
     * repeats one shown (the full text behind a visible teaser); a caption is kept when it is a
     * sentence (a gallery tells its story in them), not a credit ("Photo: Reuters").
     */
    private static boolean keepSetAside(TextBlock b, java.util.Set<String> shown) {
        if (b.kind() == TextBlock.Kind.CAPTION) {
            return Texts.endsLikeSentence(b.text()) && Texts.wordCount(b.text()) >= MIN_CAPTION_WORDS;
        }
        return b.kind() == TextBlock.Kind.PARAGRAPH && !shown.contains(b.text());
    }

    private Set<String> visibleTexts(List<Element> roots) {
        Set<String> texts = new HashSet<>();
        for (TextBlock b : blocks) {
            if (!b.setAside() && isInside(b.owner(), roots)) {
                texts.add(b.text());
            }
        }
        return texts;
    }

    private void resolveFurniture() {
        Map<Element, int[]> weights = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (b.setAside()) {
                continue;
            }
            Element f = b.furniture();
            boolean good = looksGood(b);
            while (f != null) {
                int[] w = weights.computeIfAbsent(f, k -> new int[2]);
                w[0] += b.weight();
                if (good) {
                    w[1] += b.weight();
                }
                Element up = segmenter.furnitureParent(f);
                f = up == f ? null : up;
            }
        }
        for (Map.Entry<Element, int[]> e : weights.entrySet()) {
            int total = e.getValue()[0];
            int good = e.getValue()[1];
            boolean holdsProse = good >= 400 && good >= 0.4 * total;
            furnitureVerdicts.put(e.getKey(), BoilerplateVocabulary.isAlwaysFurniture(e.getKey()) || !holdsProse);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Element f = blocks.get(i).furniture();
            while (f != null && !boilerplate[i]) {
                boilerplate[i] = furnitureVerdicts.getOrDefault(f, true);
                Element up = segmenter.furnitureParent(f);
                f = up == f ? null : up;
            }
        }
    }

    /** Prose: long, few links, not a heading, and not a table row (a row of figures is as long as a sentence, never one). */
    private static boolean looksGood(TextBlock b) {
        return b.weight() >= GOOD_WEIGHT && b.linkDensity() < GOOD_MAX_LINK_DENSITY
                && b.kind() != TextBlock.Kind.HEADING && b.kind() != TextBlock.Kind.TITLE_HEADING && b.kind() != TextBlock.Kind.ROW;
    }

    /**
     * The elements holding the article: the best candidate and those of its siblings that hold prose too.
     * As in Readability, a block's score goes to its parent in full, its grandparent in half and further
     * ancestors in thirds, so the element with the most paragraphs directly below it wins and a teaser
     * list, whose every summary sits in its own card, does not.
     */
    private List<Element> articleRoots(String titleWords) {
        // Sized for the elements holding blocks and their ancestors: growing it step by step was a
        // measurable part of choosing the article.
        Map<Element, double[]> stats = new IdentityHashMap<>(blocks.size() * 2);
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.setAside()) {
                continue;
            }
            if (boilerplate[i]) {
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    stats.computeIfAbsent(e, k -> new double[5])[ALL] += b.weight();
                }
                continue;
            }
            int level = 0;
            double score = paragraphScore(b);
            boolean good = looksGood(b);
            for (Element e = b.owner(); e != null; e = e.parent(), level++) {
                double[] s = stats.computeIfAbsent(e, k -> new double[5]);
                s[TOTAL] += b.weight();
                s[ALL] += b.weight();
                s[LINKS] += b.linkWeight();
                if (good) {
                    s[GOOD] += b.weight();
                }
                if (score > 0 && level >= 1 && level <= 5) {
                    s[SCORE] += level == 1 ? score : level == 2 ? score / 2 : score / (level * 3.0);
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, double[]> e : stats.entrySet()) {
            double score = finalScore(e.getValue());
            if (score > topScore) {
                top = e.getKey();
                topScore = score;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = promoteToSharedAncestor(top, topScore, stats);
        top = widenOverSplitBody(top, stats, null);
        Element headlineArticle = headlineArticleBeside(top, stats, titleWords);
        if (headlineArticle != null) {
            top = widenOverSplitBody(bestInside(headlineArticle, stats), stats, headlineArticle);
        }
        topScore = finalScore(stats.get(top));
        Element parent = top.parent();
        if (parent == null || top == headlineArticle) {
            return List.of(top);
        }
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            double[] s = stats.get(sibling);
            if (sibling == top) {
                roots.add(sibling);
            } else if (s != null && (finalScore(s) >= threshold || isLoneParagraph(sibling, s))) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static final int SCORE = 0;
    private static final int TOTAL = 1;
    private static final int LINKS = 2;
    private static final int GOOD = 3;
    private static final int ALL = 4;
    /** Widening the container must add at least this many article characters per other character. */
    private static final double WIDEN_COST = 2.0;

    /**
     * Moves up from the candidate to the ancestor that adds the most article text for the least
     * other text: a body split into several columns by ads ("Continue reading the main story")
     * becomes whole, while a column that adds teaser cards, link lists or comments is not taken.
     */
    private static Element widenOverSplitBody(Element top, Map<Element, double[]> stats, Element limit) {
        Element best = top;
        double bestScore = widenScore(stats.get(top));
        for (Element e = top; e != limit && e.parent() != null; ) {
            e = e.parent();
            double score = widenScore(stats.get(e));
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The {@code <article>} holding the page's headline when the best candidate lies in another
     * {@code <article>} beside it: on a page that runs on into the next story (infinite scroll, "next
     * article") the next story may well be the longer one, but the page is about the story under its
     * {@code <h1>} (the first one that reads as the page's title: teaser cards have headings too).
     * Null when there is no such headline, it is in no article, its article holds no prose, or the
     * candidate is inside it, holds it, or is in no article of its own.
     */
    private Element headlineArticleBeside(Element top, Map<Element, double[]> stats, String titleWords) {
        if (titleWords.isEmpty()) {
            return null;
        }
        Element headline = null;
        for (int i = 0; i < blocks.size() && headline == null; i++) {
            TextBlock b = blocks.get(i);
            if (b.kind() == TextBlock.Kind.TITLE_HEADING && !boilerplate[i] && !b.hidden()) {
                String words = Texts.words(b.text());
                if (!words.isEmpty() && (words.contains(titleWords)
                        || (titleWords.contains(words) && 2 * words.length() >= titleWords.length()))) {
                    headline = b.owner();
                }
            }
        }
        Element article = enclosingArticle(headline);
        if (article == null || isInside(top, List.of(article))) {
            return null;
        }
        double[] s = stats.get(article);
        if (s == null || s[GOOD] < GOOD_WEIGHT) {
            return null;
        }
        // The candidate's prose outside the headline's article must sit in other articles: prose
        // in no article (a body below an <article> holding only the header and lede) is this story's.
        int inOtherArticles = 0;
        int loose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (boilerplate[i] || b.setAside() || !looksGood(b) || !isInside(b.owner(), List.of(top))
                    || isInside(b.owner(), List.of(article))) {
                continue;
            }
            Element other = enclosingArticle(b.owner());
            if (other == null || isInside(article, List.of(other))) {
                loose += b.weight();
            } else {
                inOtherArticles += b.weight();
            }
        }
        return inOtherArticles > 0 && loose < 0.1 * s[GOOD] ? article : null;
    }

    private static Element enclosingArticle(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.normalName().equals("article")) {
                return x;
            }
        }
        return null;
    }

    /** The best-scoring element inside {@code container} (itself included). */
    private static Element bestInside(Element container, Map<Element, double[]> stats) {
        Element best = container;
        double bestScore = finalScore(stats.get(container));
        for (Map.Entry<Element, double[]> e : stats.entrySet()) {
            double score = finalScore(e.getValue());
            if (score > bestScore && isInside(e.getKey(), List.of(container))) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static double widenScore(double[] s) {
        return s[GOOD] - WIDEN_COST * (s[ALL] - s[GOOD]);
    }

    private static double finalScore(double[] s) {
        double linkDensity = s[TOTAL] == 0 ? 0 : s[LINKS] / s[TOTAL];
        return s[SCORE] * (1 - linkDensity);
    }

    /** Readability's paragraph score: one point, one per comma, one per hundred characters up to three. */
    private static double paragraphScore(TextBlock b) {
        if (b.weight() < 25 || b.kind() == TextBlock.Kind.HEADING || b.kind() == TextBlock.Kind.TITLE_HEADING
                || b.kind() == TextBlock.Kind.ROW) {
            return 0;
        }
        int commas = 0;
        String t = b.text();
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                commas++;
            }
        }
        return (1 + Math.min(commas, 10) + Math.min(b.weight() / 100.0, 3)) * (1 - b.linkDensity());
    }

    /** When several strong candidates share an ancestor (a body split by ads or inline widgets), the ancestor is the article. */
    private static Element promoteToSharedAncestor(Element top, double topScore, Map<Element, double[]> stats) {
        List<Element> strong = new ArrayList<>();
        for (Map.Entry<Element, double[]> e : stats.entrySet()) {
            if (e.getKey() != top && finalScore(e.getValue()) >= topScore * 0.75) {
                strong.add(e.getKey());
            }
        }
        if (strong.size() < 2) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor.parent() != null; ancestor = ancestor.parent()) {
            int contained = 0;
            for (Element e : strong) {
                if (isInside(e, List.of(ancestor)) && !isInside(ancestor, List.of(e))) {
                    contained++;
                }
            }
            if (contained >= Math.min(2, strong.size())) {
                return ancestor;
            }
        }
        return top;
    }

    /** A sibling paragraph of the article container: long, few links (a lede outside the body div). */
    private static boolean isLoneParagraph(Element e, double[] s) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        double linkDensity = s[TOTAL] == 0 ? 0 : s[LINKS] / s[TOTAL];
        return (s[TOTAL] > 80 && linkDensity < 0.25) || (s[TOTAL] > 0 && linkDensity == 0);
    }

    private static boolean isInside(Element e, List<Element> containers) {
        for (Element x = e; x != null; x = x.parent()) {
            for (Element c : containers) {
                if (x == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean keep(TextBlock b, String titleWords) {
        if (b.kind() == TextBlock.Kind.TITLE_HEADING) {
            return false;
        }
        if (b.linkDensity() > 0.5) {
            return false;
        }
        if (!titleWords.isEmpty() && b.text().length() < titleWords.length() * 2 + 20
                && Texts.words(b.text()).equals(titleWords)) {
            return false;
        }
        return !FurniturePhrases.isFurnitureLine(b.text());
    }

    /** Drops short non-sentences before the first and after the last article-like block (bylines, dates, tags). */
    private List<String> trim(List<Integer> kept) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = blocks.get(kept.get(k));
            if (looksGood(b) && b.kind() != TextBlock.Kind.CAPTION) {
                if (first < 0) {
                    first = k;
                }
                last = k;
            }
        }
        List<String> out = new ArrayList<>(kept.size());
        Element list = null;
        for (int k = 0; k < kept.size(); k++) {
            TextBlock b = blocks.get(kept.get(k));
            list = introducedList(b, k == 0 ? null : blocks.get(kept.get(k - 1)), list);
            boolean outside = first < 0 || k < first || k > last;
            if (outside && !Texts.endsLikeSentence(b.text()) && list == null) {
                continue;
            }
            out.add(b.text());
        }
        int closing = ClosingBoilerplate.start(out);
        return closing < 0 ? out : List.copyOf(out.subList(0, closing));
    }

    /**
     * The list {@code b} is an item of, when the article introduces that list with a paragraph ending
     * in a colon ("The companies sanctioned are:") and its items are not links: the article's own list,
     * however short its items. {@code list} is the answer for the block before; null when there is none.
     */
    private static Element introducedList(TextBlock b, TextBlock previous, Element list) {
        if (b.kind() != TextBlock.Kind.LIST_ITEM || b.linkDensity() >= GOOD_MAX_LINK_DENSITY || previous == null) {
            return null;
        }
        Element owner = b.owner().parent();
        if (owner == null || !(owner.normalName().equals("ul") || owner.normalName().equals("ol"))) {
            return null;
        }
        if (list == owner) {
            return owner;
        }
        boolean introduced = previous.kind() != TextBlock.Kind.LIST_ITEM && previous.text().endsWith(":")
                && owner.elementSiblingIndex() > 0 && isInside(previous.owner(), List.of(owner.previousElementSibling()));
        return introduced ? owner : null;
    }

    /** A line per block with its verdicts, for studying failures (bench/ExtractionDebug). */
    String debug() {
        List<Element> roots = articleRoots("");
        StringBuilder out = new StringBuilder();
        for (Element r : roots) {
            out.append("root: ").append(path(r)).append('\n');
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            out.append(isInside(b.owner(), roots) ? 'C' : ' ')
                    .append(boilerplate[i] ? 'B' : ' ')
                    .append(looksGood(b) ? 'G' : ' ')
                    .append(String.format(" %5d %.2f %-40.40s ", b.weight(), b.linkDensity(), path(b.owner())))
                    .append(b.furniture() == null ? "" : "[" + path(b.furniture()) + "] ")
                    .append(b.text(), 0, Math.min(100, b.text().length())).append('\n');
        }
        return out.toString();
    }

    private static String path(Element e) {
        if (e == null) {
            return "-";
        }
        String cls = e.className();
        return e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id()) + (cls.isEmpty() ? "" : "." + cls.replace(' ', '.'));
    }
}
