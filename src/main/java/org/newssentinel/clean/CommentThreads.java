package org.newssentinel.clean;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Finds reader comments by their shape rather than their class names: a comment is one of several
 * sibling elements of the same kind, each carrying its own controls ("Reply", "Like", "Report",
 * with a relative time or a count). Comment systems name their containers anything ("discussion",
 * "user-posts", "c-list"), but every one gives each post a reply or vote control, which an article's
 * paragraphs never have. One instance per page; not thread-safe.
 */
final class CommentThreads {

    /** At least this many sibling posts make a thread (one or two could be a reply box or a quote). */
    private static final int MIN_POSTS = 3;
    /** How far above a control its post may be (the control sits in the post's footer or toolbar). */
    private static final int MAX_LEVELS = 3;
    static final int MAX_CONTROL_LENGTH = 60;

    /** What only a post offers: answering, voting on or reporting it. */
    private static final Set<String> ACTIONS = Set.of(
            "reply", "replies", "respond", "like", "likes", "unlike", "dislike", "upvote", "downvote", "vote", "votes",
            "report", "flag", "permalink", "antworten", "antwort", "melden", "répondre", "repondre", "signaler",
            "responder", "denunciar", "rispondi", "segnala", "ответить", "пожаловаться", "відповісти", "odpowiedz",
            "yanıtla", "svara", "beantwoorden", "reageren");

    /** No action, filler or count is longer ("beantwoorden", "пожаловаться"). */
    private static final int LONGEST_TOKEN = 12;

    /** What may stand beside an action in a post's toolbar: times and counts. */
    private static final Set<String> FILLERS = Set.of(
            "ago", "just", "now", "yesterday", "today", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "point", "points", "and", "or", "vor",
            "stunden", "minuten", "tagen", "il", "y", "a", "hace", "fa", "назад");

    /** Hashes of the action and filler words, sorted: a token with none of them is neither. */
    private static final int[] WORD_HASHES = Stream.concat(ACTIONS.stream(), FILLERS.stream())
            .mapToInt(String::hashCode).sorted().distinct().toArray();

    /** For each parent, its children (or deeper descendants' ancestors) that hold a control, by kind. */
    private final Map<Element, Map<String, Set<Element>>> candidates = new IdentityHashMap<>();

    /** Whether a block's text is nothing but post controls ("Reply", "Like · 3h", "12 points | reply"). */
    static boolean isControl(String text) {
        int n = text.length();
        if (n > MAX_CONTROL_LENGTH) {
            return false;
        }
        // Called on every short block of every page: tokens by hand, no regex, no copy of the text.
        boolean action = false;
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (i - start > LONGEST_TOKEN) {
                return false; // most short blocks are menu items and headings: rejected without a copy
            }
            if (!isCount(text, start, i) && Arrays.binarySearch(WORD_HASHES, lowerHash(text, start, i)) < 0) {
                return false; // nor copied when the token is no action or filler word
            }
            String token = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (ACTIONS.contains(token)) {
                action = true;
            } else if (!FILLERS.contains(token) && !isCount(token)) {
                return false;
            }
        }
        return action;
    }

    /**
     * The hash {@link String#hashCode} gives the token lower-cased character by character; for
     * the words of {@link #ACTIONS} and {@link #FILLERS} that is also their full lower-casing.
     */
    private static int lowerHash(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + Character.toLowerCase(text.charAt(k));
        }
        return h;
    }

    private static boolean isCount(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > from && to - i <= 3;
    }

    /** "12", "3h", "5min": digits, then at most a short unit. */
    private static boolean isCount(String token) {
        int i = 0;
        while (i < token.length() && Character.isDigit(token.charAt(i))) {
            i++;
        }
        return i > 0 && token.length() - i <= 3;
    }

    /** Records a control found inside {@code owner} (the block element holding it). */
    void control(Element owner) {
        Element post = owner;
        for (int level = 0; level < MAX_LEVELS && post != null && post.parent() != null; level++, post = post.parent()) {
            // By tag only: systems mark posts apart by class ("comment is-reply", "comment by-author").
            Set<Element> kind = candidates.computeIfAbsent(post.parent(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(post.normalName(), k -> Collections.newSetFromMap(new IdentityHashMap<>()));
            kind.add(post);
        }
    }

    /** The posts: elements with controls that have at least {@link #MIN_POSTS} siblings of their kind with controls too. */
    Set<Element> posts() {
        Set<Element> posts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map<String, Set<Element>> kinds : candidates.values()) {
            for (Set<Element> kind : kinds.values()) {
                if (kind.size() >= MIN_POSTS) {
                    posts.addAll(kind);
                }
            }
        }
        return posts;
    }
}
