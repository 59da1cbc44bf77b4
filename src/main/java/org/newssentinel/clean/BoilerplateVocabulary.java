package org.newssentinel.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The words sites use in class names, ids and roles for page furniture (navigation, share bars,
 * related-article teasers, comments, newsletter and cookie boxes, captions, bylines). The same
 * vocabulary recurs across CMSs, which is what makes it a general signal rather than a site rule.
 *
 * <p>Two strengths: {@linkplain #isAlwaysFurniture strong} words name blocks that are never the
 * article even when they hold long prose (comments, related stories); weak words (header, share,
 * author, meta) are overruled when the element turns out to hold the article's paragraphs.
 */
final class BoilerplateVocabulary {

    // Plain substring search (String.indexOf is an intrinsic): class lists are scanned for every
    // element of every page, and a regex alternation costs more than parsing the page.
    private static final String[] STRONG = {
        "comment", "disqus", "related", "recommend", "outbrain", "taboola", "cookie", "consent", "gdpr",
        "newsletter", "breadcrumb", "more-stories", "morestories", "most-popular", "mostpopular", "most-read",
        "mostread", "popular-posts", "trending", "read-next", "readnext", "up-next", "upnext",
        "further-reading", "see-also", "also-read", "more-from", "footer", "skip-link", "skiplink", "jump-link",
        "discussion", "responses", "replies", "user-post", "userpost"};

    /** Strong words that only count as a whole word ("forum" but not "forumla", "talk" but not "talking"). */
    private static final String[] STRONG_WORDS = {"forum", "talk", "talkback"};

    private static final String[] WEAK = {
        "share", "sharing", "social", "navigation", "navbar", "header", "masthead", "menu", "byline", "author", "caption", "credit",
        "taglist", "tag-list", "promo", "advert", "adunit", "ad-slot", "adslot", "ad-container", "dfp",
        "sponsor", "widget", "banner", "popup", "modal", "sidebar", "side-bar", "dateline", "timestamp",
        "toolbar", "print", "login", "rss", "pagination", "pager", "hidden", "sr-only", "visually-hidden",
        "screen-reader", "disclaimer", "copyright", "legal", "follow", "donate", "teaser", "card", "subscri",
        "signup", "sign-up", "paywall", "read-more", "readmore"};

    /** Weak words that are only furniture as a whole word ("nav" but not "canvas", "ad" but not "header"). */
    private static final String[] WEAK_WORDS = {"nav", "tag", "tags", "ad", "ads", "meta", "bio", "counter", "count"};

    /** Words that name the article itself; they outweigh a weak furniture word in the same class list. */
    private static final String[] ARTICLE = {
        "article", "entry", "content", "post", "story", "body", "main", "text", "prose", "blog"};

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alert", "toolbar");

    private static final Set<String> NEVER = Set.of("html", "body", "main");

    private BoilerplateVocabulary() {
    }

    /**
     * Whether the element's class, id or role names it as furniture (strongly, or weakly without
     * naming the article). What the class list and the id each name is kept in {@code names}: a
     * page repeats the same few class lists on hundreds of elements, and its ids, unique, are
     * short. (No word of the vocabulary holds a space, so class and id can be read apart.)
     */
    static boolean looksLikeFurniture(Element e, Map<String, Integer> names) {
        if (NEVER.contains(e.normalName())) {
            return false;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(lowerCased(role))) {
            return true;
        }
        int named = names(e.attr("class"), names) | names(e.attr("id"), names);
        return (named & STRONG_NAME) != 0 || (named & (WEAK_NAME | ARTICLE_NAME)) == WEAK_NAME;
    }

    private static final int STRONG_NAME = 1;
    private static final int WEAK_NAME = 2;
    private static final int ARTICLE_NAME = 4;

    /** Which of the strong, weak and article words a class list or id holds, as bits; looked up as written. */
    private static int names(String written, Map<String, Integer> names) {
        if (written.isEmpty()) {
            return 0;
        }
        Integer known = names.get(written);
        if (known != null) {
            return known;
        }
        String key = lowerCased(written);
        int named = (containsAny(key, STRONG) || containsWord(key, STRONG_WORDS) ? STRONG_NAME : 0)
                | (containsAny(key, WEAK) || containsWord(key, WEAK_WORDS) ? WEAK_NAME : 0)
                | (containsAny(key, ARTICLE) ? ARTICLE_NAME : 0);
        names.put(written, named);
        return named;
    }

    /** Whether the element's class or id calls it a teaser, and nothing that is always furniture. */
    static boolean namesLede(Element e) {
        String key = key(e);
        return key.contains("teaser") && !containsAny(key, STRONG) && !containsWord(key, STRONG_WORDS);
    }

    /** Whether the element is furniture whatever text it holds (comments, related stories, footers). */
    static boolean isAlwaysFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("nav") || tag.equals("footer") || tag.equals("menu")) {
            return true;
        }
        String role = e.attr("role");
        if (role.equalsIgnoreCase("navigation") || role.equalsIgnoreCase("contentinfo")) {
            return true;
        }
        String key = key(e);
        return !key.isEmpty() && (containsAny(key, STRONG) || containsWord(key, STRONG_WORDS));
    }

    private static boolean containsAny(String key, String[] words) {
        for (String w : words) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word occurs bounded by non-letters (class lists separate words with spaces, '-' and '_'). */
    private static boolean containsWord(String key, String[] words) {
        for (String w : words) {
            for (int at = key.indexOf(w); at >= 0; at = key.indexOf(w, at + 1)) {
                int end = at + w.length();
                boolean before = at == 0 || !Character.isLetter(key.charAt(at - 1));
                boolean after = end == key.length() || !Character.isLetter(key.charAt(end));
                if (before && after) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element's class and id, lower-cased: what the vocabulary is matched against. */
    private static String key(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        return lowerCased(id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id);
    }

    private static String lowerCased(String key) {
        for (int i = 0, n = key.length(); i < n; i++) {
            if (Character.isUpperCase(key.charAt(i))) {
                return key.toLowerCase(Locale.ROOT);
            }
        }
        return key;
    }
}
