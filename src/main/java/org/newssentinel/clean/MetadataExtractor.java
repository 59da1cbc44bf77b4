package org.newssentinel.clean;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newssentinel.json.JsonTrees;

/**
 * Reads an HTML page's metadata. Sources, most trusted first:
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}, {@code twitter:title}, the first {@code <h1>},
 *       {@code <title>}; a segment naming the site ("Headline | Site", by its name or its host's) is cut
 *       from whichever wins, and so is what the {@code <h1>} leaves out ("Opinion | Headline"), never a
 *       separator inside the headline ("Kirkuk - Ceyhan pipeline");</li>
 *   <li>byline: JSON-LD {@code author}, {@code <meta name=author>}, {@code article:author}, {@code byl},
 *       Dublin Core creator (URLs, which some sites put there, are skipped); a byline only shown on the
 *       page is {@link VisibleByline}'s, read when none of these names one;</li>
 *   <li>published date: JSON-LD {@code datePublished}, {@code article:published_time} and the other
 *       date meta tags, microdata {@code datePublished}, the first {@code <time datetime>} outside furniture
 *       and the page's own header;</li>
 *   <li>canonical URL: {@code <link rel=canonical>} (a relative one resolved against {@code og:url}, else
 *       the saved-from address), {@code og:url}, JSON-LD {@code url}, and last the address a browser
 *       noted when it saved the page ({@link SavedFrom});</li>
 *   <li>site name: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code application-name};</li>
 *   <li>language: {@code <html lang>}, {@code content-language}, JSON-LD {@code inLanguage}, {@code og:locale}.</li>
 * </ul>
 * Malformed JSON-LD is skipped, never fatal. Thread-safe.
 */
final class MetadataExtractor {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /**
     * Between title segments; titles are whitespace-collapsed first, so single spaces suffice (and cannot
     * backtrack). Chinese and Japanese titles put no spaces around them ("标题_新浪新闻", "見出し｜NHK",
     * "見出し：朝日新聞デジタル"): there a full-width bar or colon, or a bar, underscore, hyphen or colon
     * touching a Han or kana character, separates too (not the dash "——", which Chinese writes inside
     * a sentence).
     */
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\u2013\u2014:\u00b7\u2022/\u00bb\u00ab]{1,2} "
            + "| ?[\uff5c\uff1a] ?"
            // The mark first: the script is looked up only beside one.
            + "|[|_\\-:](?:(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].)(?=\\S)"
            + "|(?<=\\S.)(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]))");
    /**
     * How closely a run of title segments must match the {@code <h1>} for the heading to justify
     * cutting the rest: loose enough for "U.S." against "US" or a dropped word, far above what the
     * stop words of an unrelated heading share.
     */
    private static final double CONFIRMING_OVERLAP = 0.6;

    private static final Pattern ACCOUNT_NAME = Pattern.compile("(?i)(?:site[ _-]?)?admin(?:istrator)?|webmaster");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)\\S+$");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
            "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
            "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
            "og:published_time", "cxenseparse:recs:publishtime");

    private static final List<String> AUTHOR_META = List.of(
            "author", "article:author", "byl", "dc.creator", "dcterms.creator", "parsely-author",
            "sailthru.author", "twitter:creator");

    /** The page's own summary of the story, best first ({@link HtmlExtractor} falls back on it). */
    static final List<String> DESCRIPTION_META = List.of("og:description", "description", "twitter:description");

    /**
     * Every meta key (property, name, itemprop or http-equiv, lower-cased) read from a page: the
     * {@link MarkupFilter} drops the other meta elements before parsing, so a key read here and
     * missing from this set would never be seen.
     */
    static final Set<String> META_KEYS_READ = Stream.of(List.of("og:site_name", "application-name", "og:url", "og:title",
            "twitter:title", "content-language", "og:locale", "language"), DATE_META, AUTHOR_META, DESCRIPTION_META)
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    private MetadataExtractor() {
    }

    /**
     * @param headings       the first {@code <h1>} texts (from the content walk)
     * @param bodySignals    JSON-LD scripts, metas and canonical links found in the body
     * @param firstTime      the article's first {@code <time datetime>}
     * @param savedFrom      the address in the page's saved-from comment ({@link SavedFrom}), unchecked
     */
    static PageMetadata extract(Document doc, Headings headings, List<Element> bodySignals, Optional<Element> firstTime,
                                Optional<String> savedFrom) {
        Map<String, String> meta = new HashMap<>();
        List<Element> jsonLd = new ArrayList<>();
        String canonical = "";
        String titleTag = "";
        Element head = doc.head();
        for (Element e : head.children()) {
            switch (e.normalName()) {
                case "meta" -> readMeta(e, meta);
                case "link" -> {
                    if (canonical.isEmpty() && e.attr("rel").equalsIgnoreCase("canonical")) {
                        canonical = e.attr("href").strip();
                    }
                }
                case "title" -> titleTag = e.text();
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        jsonLd.add(e);
                    }
                }
                default -> {
                }
            }
        }
        if (titleTag.isEmpty()) {
            titleTag = doc.title();
        }
        // After the head's own: what the body holds only fills what the head left open.
        for (Element e : bodySignals) {
            switch (e.normalName()) {
                case "meta" -> readMeta(e, meta);
                case "link" -> {
                    if (canonical.isEmpty()) {
                        canonical = e.attr("href").strip();
                    }
                }
                default -> jsonLd.add(e);
            }
        }
        LinkedData ld = LinkedData.read(jsonLd);

        Optional<String> siteName = siteName(meta.get("og:site_name"), ld.publisher, meta.get("application-name"),
                ld.websiteName);
        String ogUrl = meta.getOrDefault("og:url", "");
        Optional<String> url = absoluteUrl(canonical, ogUrl.isBlank() ? savedFrom.orElse(null) : ogUrl)
                .or(() -> absoluteUrl(ogUrl, null))
                .or(() -> absoluteUrl(ld.url, null))
                .or(() -> savedFrom.flatMap(address -> absoluteUrl(address, null)));
        String title = chooseTitle(meta, ld, headings, titleTag, siteName, url.map(MetadataExtractor::hostNames).orElse(Set.of()));
        Optional<String> byline = Optional.of(ByWords.strip(ld.author)).filter(MetadataExtractor::isByline)
                .or(() -> authorFromMeta(meta));
        List<String> dates = new ArrayList<>();
        dates.add(ld.datePublished);
        DATE_META.forEach(key -> dates.add(meta.get(key)));
        firstTime.ifPresent(t -> dates.add(t.attr("datetime")));
        Optional<String> date = dates.stream().filter(d -> d != null && !d.isBlank()).map(PublishedDates::normalise)
                .filter(d -> !PublishedDates.isPlaceholder(d)).findFirst();
        Optional<String> language = first(doc.firstElementChild() == null ? null : doc.firstElementChild().attr("lang"),
                meta.get("content-language"), ld.language, meta.get("og:locale"), meta.get("language"))
                .flatMap(MetadataExtractor::normaliseLanguage);
        return new PageMetadata(title, byline, date, url, siteName, language,
                ld.articleBody.isBlank() ? Optional.empty() : Optional.of(ld.articleBody));
    }

    private static void readMeta(Element e, Map<String, String> meta) {
        String content = e.attr("content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty()) {
                meta.putIfAbsent(key, content);
            }
        }
    }

    /**
     * The first {@code <h1>} outside furniture, and the first inside it (empty when there is none).
     * Only the first is trusted as the headline: an {@code <h1>} in a page header is as often the
     * site's logo text.
     */
    record Headings(String outsideFurniture, String inFurniture) {
    }

    private static String chooseTitle(Map<String, String> meta, LinkedData ld, Headings headings, String titleTag,
                                      Optional<String> siteName, Set<String> host) {
        String h1 = headings.outsideFurniture();
        String headerHeading = Texts.collapse(headings.inFurniture());
        String[] candidates = {meta.get("og:title"), ld.headline, meta.get("twitter:title"), h1, titleTag};
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return h1.isBlank() ? stripByHeaderHeading(Texts.collapse(c), siteName, host, headerHeading)
                        : stripSiteName(Texts.collapse(c), siteName, host, h1);
            }
        }
        return headerHeading;
    }

    /**
     * A title cut by a header's {@code <h1>}, which is as often a logo's text as the headline: the
     * segment it repeats is the headline when it is the longest, and else the site's name
     * ("Headline | Site" under a logo reading "Site").
     */
    private static String stripByHeaderHeading(String title, Optional<String> siteName, Set<String> host,
                                               String headerHeading) {
        String[] parts = SEPARATOR.split(title);
        if (!headerHeading.isBlank() && parts.length > 1) {
            String heading = Texts.words(headerHeading);
            String longest = "";
            boolean repeated = false;
            for (String part : parts) {
                repeated |= Texts.words(part).equals(heading);
                longest = part.length() > longest.length() ? part : longest;
            }
            if (repeated) {
                return Texts.words(longest).equals(heading) ? longest.strip()
                        : stripSiteName(title, siteName.or(() -> Optional.of(headerHeading)), host, "");
            }
        }
        return stripSiteName(title, siteName, host, "");
    }

    /**
     * Cuts "Headline | Site" (or "Site - Headline") down to the headline. Separators also occur inside
     * headlines ("Kirkuk - Ceyhan pipeline", "Ukraine : l'UE adopte..."), so a segment only goes when
     * it names the site, or when the page's {@code <h1>} leaves it out: the run of whole segments that
     * best matches the {@code <h1>} is kept (when it matches it closely), and a title the {@code <h1>} repeats whole is never cut.
     */
    static String stripSiteName(String title, Optional<String> siteName, String h1) {
        return stripSiteName(title, siteName, Set.of(), h1);
    }

    /**
     * As {@link #stripSiteName(String, Optional, String)}, where a first or last segment that spells
     * the page's host name ({@code host}, see {@link #hostNames}) names the site too.
     */
    static String stripSiteName(String title, Optional<String> siteName, Set<String> host, String h1) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String h1Words = Texts.words(h1);
        if (!h1Words.isEmpty() && Texts.words(title).equals(h1Words)) {
            return title;
        }
        String site = siteName.map(Texts::words).orElse("");
        if (!site.isEmpty()) {
            String firstWords = Texts.words(parts[0]);
            String lastWords = Texts.words(parts[parts.length - 1]);
            if (lastWords.equals(site) || namesSite(lastWords, site)) {
                title = cutLast(title);
            } else if (firstWords.equals(site)) {
                title = cutFirst(title);
            }
            if (h1Words.isEmpty()) {
                return title;
            }
        } else if (!host.isEmpty()) {
            if (host.contains(squashed(parts[parts.length - 1]))) {
                title = cutLast(title);
            } else if (host.contains(squashed(parts[0]))) {
                title = cutFirst(title);
            }
        }
        return h1Words.isEmpty() ? title : segmentsMatching(title, h1Words);
    }

    /**
     * The run of consecutive segments of {@code title} whose words best match the heading's ("Opinion |
     * Headline | Section" under an {@code <h1>} "Headline" gives "Headline"); the whole title on a tie,
     * so nothing is cut that the heading does not leave out.
     */
    private static String segmentsMatching(String title, String h1Words) {
        List<int[]> spans = new ArrayList<>();
        var m = SEPARATOR.matcher(title);
        int from = 0;
        while (m.find()) {
            spans.add(new int[] {from, m.start()});
            from = m.end();
        }
        spans.add(new int[] {from, title.length()});
        Set<String> heading = new HashSet<>(Arrays.asList(h1Words.split(" ")));
        String best = title;
        double bestScore = overlap(Texts.words(title), heading);
        for (int i = 0; i < spans.size(); i++) {
            for (int j = i; j < spans.size(); j++) {
                String run = title.substring(spans.get(i)[0], spans.get(j)[1]).strip();
                double score = overlap(Texts.words(run), heading);
                if (score > bestScore) {
                    bestScore = score;
                    best = run;
                }
            }
        }
        // A heading that shares only a few words with every run (another story's <h1>, a section
        // name) confirms no cut.
        return bestScore >= CONFIRMING_OVERLAP ? best : title;
    }

    /** The F1 of the distinct words of {@code words} against {@code heading}'s. */
    private static double overlap(String words, Set<String> heading) {
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> own = new HashSet<>(Arrays.asList(words.split(" ")));
        long shared = own.stream().filter(heading::contains).count();
        return shared == 0 ? 0 : 2.0 * shared / (own.size() + heading.size());
    }

    /**
     * How a title segment may spell the page's host "www.example-times.co.uk": "example-times.co.uk"
     * and "example-times", letters and digits only ("exampletimes", "exampletimescouk"). An exact
     * spelling only: a host's name is often short, and short strings occur inside any headline.
     */
    static Set<String> hostNames(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Set.of();
        }
        if (host == null) {
            return Set.of();
        }
        List<String> labels = new ArrayList<>(Arrays.asList(host.toLowerCase(Locale.ROOT).split("\\.")));
        if (labels.size() > 2 && (labels.get(0).equals("www") || labels.get(0).equals("m") || labels.get(0).equals("amp"))) {
            labels.remove(0);
        }
        Set<String> names = new HashSet<>();
        names.add(squashed(String.join(".", labels)));
        int registered = labels.size() - 2;
        // "co.uk", "com.au": the label before a second-level suffix names the site.
        if (registered > 0 && labels.get(labels.size() - 1).length() == 2
                && Set.of("co", "com", "org", "net", "gov", "ac").contains(labels.get(registered))) {
            registered--;
        }
        if (registered >= 0) {
            names.add(squashed(labels.get(registered)));
        }
        names.remove("");
        return names;
    }

    /**
     * "Guardian" or "reuters com" beside the site name "The Guardian" or "Reuters": a segment inside the
     * name, whole words and at least half of them, or one that holds the whole name. A word or two
     * the name shares with a headline ("Kirkuk - Ceyhan" on "Ceyhan Daily News") is no site name.
     */
    private static boolean namesSite(String segmentWords, String siteWords) {
        if (segmentWords.isEmpty()) {
            return false;
        }
        String segment = " " + segmentWords + " ";
        String site = " " + siteWords + " ";
        return (site.contains(segment) && 2 * Texts.wordCount(segmentWords) >= Texts.wordCount(siteWords))
                || segment.contains(site);
    }

    private static String squashed(String s) {
        return Texts.words(s).replace(" ", "");
    }

    private static String cutLast(String title) {
        var m = SEPARATOR.matcher(title);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last > 0 ? title.substring(0, last).strip() : title;
    }

    private static String cutFirst(String title) {
        var m = SEPARATOR.matcher(title);
        return m.find() ? title.substring(m.end()).strip() : title;
    }

    private static Optional<String> authorFromMeta(Map<String, String> meta) {
        for (String key : AUTHOR_META) {
            String v = meta.get(key);
            if (v != null && !v.startsWith("http") && !v.startsWith("@") && !v.isBlank()) {
                String name = ByWords.strip(v.strip());
                if (isByline(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Not blank, and not the CMS account that published the page ("admin"): that names no writer. */
    static boolean isByline(String name) {
        return !name.isBlank() && !ACCOUNT_NAME.matcher(name.strip()).matches();
    }

    /**
     * The first name that is not an address: some sites put their home page's URL where the name
     * goes. An address is kept, as its host, only when no source names the site.
     */
    private static Optional<String> siteName(String... candidates) {
        Optional<String> named = first(Arrays.stream(candidates).filter(c -> c == null || !WEB_ADDRESS.matcher(c.strip()).lookingAt())
                .toArray(String[]::new));
        return named.or(() -> first(candidates).map(address -> {
            try {
                String host = new URI(address.contains("://") ? address : "https://" + address).getHost();
                return host == null ? address : host;
            } catch (URISyntaxException e) {
                return address;
            }
        }));
    }

    private static Optional<String> first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }

    static Optional<String> normaliseLanguage(String declared) {
        String s = declared.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
            cut++;
        }
        String code = s.substring(0, cut);
        return LANGUAGE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    private static Optional<String> absoluteUrl(String href, String base) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(href.strip());
            if (!uri.isAbsolute() && base != null && !base.isBlank()) {
                uri = new URI(base.strip()).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri.toString()) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The fields we use from a page's JSON-LD, from the first article-typed object (in {@code @graph} too). */
    private static final class LinkedData {
        String headline = "";
        String author = "";
        String datePublished = "";
        String url = "";
        String publisher = "";
        String websiteName = "";
        String language = "";
        String articleBody = "";
        private boolean articleSeen;

        static LinkedData read(List<Element> scripts) {
            LinkedData ld = new LinkedData();
            for (Element script : scripts) {
                String data = script.data().strip();
                if (data.isEmpty()) {
                    continue;
                }
                try {
                    ld.visit(JsonTrees.read(JSON, data), 0);
                } catch (JsonProcessingException malformed) {
                    // Broken JSON-LD is common (CMS templates); the page's other metadata still counts.
                }
            }
            return ld;
        }

        private void visit(JsonNode node, int depth) {
            if (node == null || depth > 6) {
                return;
            }
            if (node.isArray()) {
                for (JsonNode n : node) {
                    visit(n, depth + 1);
                }
                return;
            }
            if (!node.isObject()) {
                return;
            }
            Set<String> types = types(node);
            if (!articleSeen && types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting")
                    || t.equals("LiveBlogPosting") || t.equals("Report") || t.equals("Review"))) {
                articleSeen = true;
                headline = text(node.get("headline"));
                if (headline.isEmpty()) {
                    headline = text(node.get("name"));
                }
                author = names(node.get("author"));
                datePublished = text(node.get("datePublished"));
                if (datePublished.isEmpty()) {
                    datePublished = text(node.get("dateCreated"));
                }
                url = text(node.get("url"));
                if (url.isEmpty() && node.has("mainEntityOfPage")) {
                    JsonNode m = node.get("mainEntityOfPage");
                    url = m.isObject() ? text(m.get("@id")) : text(m);
                }
                JsonNode pub = node.get("publisher");
                if (pub != null) {
                    publisher = names(pub);
                }
                language = text(node.get("inLanguage"));
                // Not collapsed: its line breaks are the only paragraph breaks it has.
                JsonNode body = node.get("articleBody");
                articleBody = body != null && body.isValueNode() ? body.asText().strip() : "";
            } else if (types.contains("WebSite") && websiteName.isEmpty()) {
                websiteName = text(node.get("name"));
            }
            if (node.has("@graph")) {
                visit(node.get("@graph"), depth + 1);
            }
        }

        private static Set<String> types(JsonNode node) {
            Set<String> types = new LinkedHashSet<>();
            JsonNode t = node.get("@type");
            if (t != null && t.isArray()) {
                t.forEach(x -> types.add(x.asText()));
            } else if (t != null) {
                types.add(t.asText());
            }
            return types;
        }

        private static String text(JsonNode n) {
            return n != null && n.isValueNode() ? Texts.collapse(n.asText()) : "";
        }

        /** A person, organisation, plain string, or a list of them, as "A, B". */
        private static String names(JsonNode n) {
            if (n == null) {
                return "";
            }
            List<String> out = new ArrayList<>();
            if (n.isArray()) {
                n.forEach(x -> out.add(names(x)));
            } else if (n.isObject()) {
                out.add(text(n.get("name")));
            } else {
                String s = text(n);
                if (!s.startsWith("http")) {
                    out.add(s);
                }
            }
            out.removeIf(String::isBlank);
            return String.join(", ", out);
        }
    }
}
