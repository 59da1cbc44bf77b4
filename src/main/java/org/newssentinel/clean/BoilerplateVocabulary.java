package org.newssentinel.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern STRONG = Pattern.compile(
            "comment|disqus|related|recommend|outbrain|taboola|cookie|consent|gdpr|newsletter|breadcrumb|"
                    + "more-stories|morestories|most-popular|mostpopular|most-read|mostread|popular-posts|"
                    + "trending|read-next|readnext|up-next|upnext|further-reading|see-also|also-read|more-from|"
                    + "footer|skip-link|skiplink|jump-link");

    private static final Pattern WEAK = Pattern.compile(
            "share|sharing|social|header|masthead|(?:^|[^a-z])nav|menu|byline|author|caption|credit|"
                    + "(?:^|[^a-z])tags?(?:[^a-z]|$)|tag-?list|promo|advert|(?:^|[\\s_-])ads?(?:[\\s_-]|$)|"
                    + "adunit|ad-slot|adslot|ad-container|dfp|sponsor|widget|banner|popup|modal|sidebar|side-bar|"
                    + "(?:^|[\\s_-])meta(?:[\\s_-]|$)|dateline|timestamp|toolbar|print|login|rss|pagination|"
                    + "pager|hidden|sr-only|visually-hidden|screen-reader|disclaimer|copyright|legal|"
                    + "(?:^|[^a-z])bio(?:[^a-z]|$)|follow|donate|teaser|card|subscribe|subscription|"
                    + "signup|sign-up|paywall|read-more|readmore");

    /** Words that name the article itself; they outweigh a weak furniture word in the same class list. */
    private static final Pattern ARTICLE = Pattern.compile(
            "article|entry|content|post|story|body|main|text|prose|blog");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
            "alert", "toolbar");

    private static final Set<String> NEVER = Set.of("html", "body", "main");

    private BoilerplateVocabulary() {
    }

    /** Whether the element's class, id or role names it as furniture (strongly or weakly). */
    static boolean looksLikeFurniture(Element e) {
        if (NEVER.contains(e.normalName())) {
            return false;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String key = key(e);
        return !key.isEmpty() && (STRONG.matcher(key).find()
                || (WEAK.matcher(key).find() && !ARTICLE.matcher(key).find()));
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
        return !key.isEmpty() && STRONG.matcher(key).find();
    }

    private static String key(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }
}
