package org.newssentinel.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-line page furniture recognised by its wording, in HTML blocks and scraped-text lines alike:
 * advertisement labels, share and follow prompts, sign-up calls, "read more" pointers, photo
 * credits, copyright lines, reporting credits ("Reporting by ...; Editing by ...", "--With assistance
 * from ...", "... contributed to this report"), ticker boxes ("In This Article:", "AAPL +0.45%"),
 * standards notes ("Our Standards: ..."), paywall notes ("Article réservé aux abonnés"), closed-comments
 * notices ("Comments are closed.") and a live blog's stamps naming an entry's writer ("12:10 Jane Smith").
 * Only short lines qualify, so an article sentence that happens to start with "Subscribe" or "Photo" survives; the exceptions are notices recognised by their first words, a dated
 * copyright line or a cookie banner, which may run to a few sentences.
 */
final class FurniturePhrases {

    private static final int MAX_LENGTH = 120;

    // The patterns are written in lower case and matched against the lower-cased line: a
    // case-insensitive match folds the case of every character at every alternative it tries, and
    // this is asked of every short block of every page.

    /**
     * Paywall notes ("Article réservé aux abonnés", "This story is for subscribers only") in the
     * languages the other patterns cover; the sign-up calls beside them start with "subscribe".
     */
    private static final String PAYWALL = "(?:(?:(?:this |the )?(?:article|story|content|piece) (?:is )?)?(?:only |exclusively )?"
            + "(?:available |reserved )?(?:for|to) (?:paid |paying |premium |our )?(?:subscribers|members)(?: only)?|"
            + "(?:premium |exclusive )?(?:subscriber|member)s?[- ]only(?: article| content| story)?|"
            + "(?:premium|subscriber|subscribers') (?:article|content|story)|"
            + "(?:(?:cet |l')?article |contenu )?(?:est )?réservée? (?:aux|à nos) abonnés|"
            + "(?:(?:dieser )?(?:artikel|beitrag|inhalt) (?:ist )?)?(?:nur |exklusiv )?für (?:abonnenten|abonnentinnen und abonnenten"
            + "|abonnent\\*innen|abonnierende)|(?:kosten|abo)pflichtiger (?:inhalt|artikel|beitrag)|"
            + "(?:(?:este )?(?:artículo|contenido) (?:es )?)?(?:exclusivo |solo |sólo )?para (?:suscriptores|abonados)|"
            + "(?:(?:este |esta )?(?:artigo|conteúdo|matéria) (?:é )?)?(?:exclusiv[oa] |só |apenas )?para assinantes|"
            + "(?:(?:questo )?(?:articolo|contenuto) (?:è )?)?(?:riservato (?:agli |ai )?|solo per (?:gli )?)abbonati)"
            + "(?: only| uniquement| seulement)?[.!]?";

    /**
     * Notices that readers may no longer comment ("Comments are closed.", "Die Kommentarfunktion ist
     * geschlossen", "Les commentaires sont fermés"): a comment section's last words, left in the article's
     * own block or copied along with its text. Kept out of {@link #LINE}, whose every alternative is tried
     * on every short block: only a short line that starts with one of its first letters and has "ment" in
     * it ("comment", "kommentar", "comentario") is asked.
     */
    private static final Pattern COMMENTS_CLOSED = Pattern.compile("(?:(?:the )?(?:comments?|commenting|comment section"
            + "|comments section)(?: (?:on|for|to) this (?:article|story|post|page|piece))? (?:is |are |has been |have been )?"
            + "(?:now |currently )?(?:closed|disabled|turned off|switched off|not available|unavailable)"
            + "(?: (?:on|for) this (?:article|story|post|page|piece))?|"
            + "(?:die )?(?:kommentarfunktion|kommentare|kommentierung)(?: (?:ist|sind|wurde|wurden|für diesen (?:artikel|beitrag))){0,2}"
            + " (?:geschlossen|deaktiviert|abgeschaltet|gesperrt)(?: worden)?|"
            + "(?:les )?commentaires (?:sont )?(?:désormais )?(?:fermés|clos|désactivés)(?: pour cet article)?|"
            + "(?:los )?comentarios (?:están )?(?:cerrados|desactivados)|(?:os )?comentários (?:estão )?(?:fechados|encerrados|desativados)|"
            + "(?:i )?commenti (?:sono )?(?:chiusi|disattivati))[.!]?");
    private static final int MAX_COMMENTS_NOTICE_LENGTH = 80;
    /** The letters {@link #COMMENTS_CLOSED} can start with ("the", "comments", "die", "kommentare", "les", "os", "i"). */
    private static final String COMMENTS_NOTICE_FIRST_LETTERS = "cdikolt";

    /**
     * The same furniture in Cyrillic script (advertisement labels, read-also pointers, closed comments),
     * asked only of lines that start with a Cyrillic letter.
     */
    private static final Pattern CYRILLIC = Pattern.compile("(?:реклама|(?:читайте (?:также|тоже|по теме)|смотрите также"
            + "|читайте також)(?: ?[:|»›–-].*)?|комментарии (?:к (?:этой )?статье )?(?:закрыты|отключены)"
            + "|комментирование (?:закрыто|отключено))[.!]?");

    /** Advertisement labels standing alone in further languages, looked up whole rather than tried as alternatives. */
    private static final Set<String> AD_LABELS = Set.of("werbung", "publicidade", "pubblicità", "reklama", "advertentie");
    private static final int MAX_AD_LABEL_LENGTH = 11;

    private static final Pattern LINE = Pattern.compile(
            "^(?:(?:advertisement|advertising)(?: ?[·|•:–-] ?[^·|•:–-]{1,40})?|sponsored(?: content)?|ad|anzeige|publicité|publicidad|"
                    + "share(?: this)?(?: article| story| page| post)?|share on \\w+|tweet|email|e-mail|print|"
                    + "comments?|\\d+ comments?|leave a comment|reply|"
                    + "(?:read|see|watch|listen)(?: more| also| next| full story)?|more|continue reading|"
                    + "(?:sign up|subscribe|register|log in|sign in|join)\\b.*|"
                    + "follow (?:us|me)\\b.*|(?:like|follow) us on .*|get the latest\\b.*|stay informed\\b.*|"
                    + "download (?:the|our) app\\b.*|click here\\b.*|skip to (?:main )?content|"
                    + "(?:photo|photograph|foto|image|picture|video|credit|illustration|source image)s?(?: credit)?\\s*[:/|].*|"
                    + "(?:getty images|reuters|ap photo|afp|shutterstock|istock)\\b.{0,60}|"
                    + "untitled(?: design)?(?: \\d+)?|"
                    + "(?:© ?|\\(c\\) ?)\\S.*|copyright (?:©|\\(c\\)|(?:19|20)\\d\\d\\b).*|copyright [^.!?]{1,60}|"
                    + "[-–—(]{0,3} ?(?:additional |further )?(?:reporting|writing|editing|research) by \\S.*|"
                    + PAYWALL + "|"
                    + "in this (?:article|story)\\s*:?|(?:stocks|companies|tickers|securities) (?:mentioned|in this (?:article|story))\\s*:?|"
                    + "our (?:editorial )?(?:standards|principles|ethics policy)\\s*:.*|"
                    + "(?:read|learn more about|see) our (?:editorial )?(?:standards|guidelines|ethics policy|corrections policy)\\b.*|"
                    + "(?:related|recommended|trending|most popular|most read|top stories|top news|latest news|more stories)"
                    + "(?: (?:articles|stories|posts|news|content|coverage|tickers|quotes|stocks))?|"
                    + "you (?:may|might) (?:also )?like|"
                    + "(?:tags?|topics?|filed under|categories|posted in)\\s*:.*|"
                    + "(?:(?:read|see) (?:more|also)|(?:à )?lire aussi|lesen sie auch|mehr zum thema|lea también|leia também|leggi anche)"
                    + "(?: ?[:|»›–-].*)?)$");

    /**
     * Reading times ("5 min read", "Thu, Oct 30, 2025, 10:31 PM 3 min read") and the relative times of
     * teaser cards ("2 hours ago", "Sport · 2h", "Yesterday").
     */
    private static final Pattern TIME = Pattern.compile(
            "^(?:.{0,40}\\b\\d{1,3} ?(?:min|mins|minutes?)\\.? read(?:ing time)?|"
                    + "(?:reading time|read time|temps de lecture|lesezeit|tiempo de lectura)\\s*:?\\s*\\d{1,3} ?(?:min|mins|minutes?)\\.?|"
                    + "(?:[\\p{L}][\\p{L} ]{0,24} ?[·|•-] ?)?(?:\\d{1,2} ?(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|weeks?|mo|months?)(?: ago)?|yesterday|just now))$");

    /** Notices that run long but are furniture from their first words: dated copyright lines, cookie banners. */
    private static final int MAX_NOTICE_LENGTH = 400;
    private static final Pattern NOTICE = Pattern.compile(
            "^(?:(?:©|copyright) ?(?:\\(c\\) ?)?(?:19|20)\\d\\d\\b|"
                    + "(?:we use cookies|this (?:web)?site uses cookies|nous utilisons des cookies|wir verwenden cookies"
                    + "|utilizamos cookies|usiamo (?:i )?cookie)\\b)");

    /**
     * Furniture that ends a line rather than starting it; found by its words, not by a pattern that
     * would scan every line from every position.
     */
    private static final Pattern CONTRIBUTED = Pattern.compile("\\bcontributed (?:reporting )?to this (?:report|story|article)\\.?$");

    /**
     * How a credit to the other reporters opens ("--With assistance from Debby Wu.", "(With reporting by
     * ...)", "Contributing: ...", "Mit Material von dpa"); {@link #isCredit} then wants names after it,
     * so that "With assistance from China, the port was built." stays.
     */
    private static final Pattern CREDIT = Pattern.compile(
            "^[-–—(]{0,3} ?(?:with (?:additional )?(?:assistance|reporting|contributions?) (?:from|by)|"
                    + "(?:contributing|contributors?)(?: reporters?| writers?| reporting| editors?)? ?:|(?:additional )?reporting ?:|"
                    + "mit material (?:von|der|aus)|con (?:información|informaciones|reporte|reportes) de) ");
    /**
     * The small words a list of names and places may hold ("Debby Wu in Taipei and Mark Gurman"), and the
     * agencies that write their names in lower case.
     */
    private static final Set<String> NAME_LINKS = Set.of("and", "in", "from", "of", "at", "de", "del", "da", "di", "du",
            "la", "le", "van", "von", "der", "den", "y", "e", "und", "et", "dpa", "epd", "kna", "apa", "sda");

    /**
     * One quote or more of a ticker box ("AAPL +0.45%", "MSFT 512.30 -2.10 (-0.41%)", "^GSPC +0.3% BRK-B -1.1%",
     * "7203.T +1.2%"): symbols in capitals (or a number on an exchange), each with a signed change. Matched on the line as written, since the capitals
     * are what tell a symbol from a word.
     */
    private static final String QUOTE = "(?:\\^?[A-Z][A-Z0-9]{0,5}(?:[.:=-][A-Z0-9]{1,5})?|\\d{4,6}\\.[A-Z]{1,2}) (?:\\d{1,7}(?:[.,]\\d{1,4})? )?"
            + "[+\u2212\u2013-]\\d{1,7}(?:[.,]\\d{1,4})?%?(?: \\([+\u2212\u2013-]?\\d{1,7}(?:[.,]\\d{1,4})?%\\))?";
    private static final Pattern QUOTES = Pattern.compile(QUOTE + "(?:[,;|·•]? ?" + QUOTE + "){0,9}");

    /**
     * A live blog's stamp over an entry that names its writer: a time of day, with its time zone if any,
     * then a name of at most three capitalised words ("12:10 Jane Smith", "09:45 – J. Smith", "7:30 PM
     * GMT Anna-Lena Vogt"). The name is the entry's byline. A time alone ("12:10", "4:14 p.m.", "11.55
     * Uhr") is not matched: it heads the entry as a subheading does and tells the updates apart, and
     * people who mark up article bodies keep it. Matched on the line as written: the capitals are what
     * tell a name from the sentence that "12:10 is when the pipeline reopened" starts.
     */
    private static final Pattern STAMP = Pattern.compile("(?:[01]?\\d|2[0-3])[:.h][0-5]\\d(?: ?(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?|Uhr))?+"
            + "(?: [A-Z]{2,5})?+(?: ?[-–—|·•,] ?| )\\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)(?: \\p{Lu}(?:\\p{Ll}[\\p{L}'’-]*|\\.)){0,2}");
    private static final int MAX_STAMP_LENGTH = 60;

    private FurniturePhrases() {
    }

    static boolean isFurnitureLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_NOTICE_LENGTH) {
            return false;
        }
        if (isStamp(s)) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.length() <= MAX_LENGTH && isShortNotice(lower)) {
            return true;
        }
        return (s.length() <= MAX_LENGTH && (LINE.matcher(lower).matches() || endsAsFurniture(lower) || isQuoteLine(s)
                || isCredit(s, lower)))
                || NOTICE.matcher(lower).lookingAt();
    }

    private static boolean isShortNotice(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        char first = lower.charAt(0);
        if (first >= '\u0400' && first <= '\u04ff') {
            return CYRILLIC.matcher(lower).matches();
        }
        return (lower.length() <= MAX_AD_LABEL_LENGTH && AD_LABELS.contains(lower))
                || (lower.length() <= MAX_COMMENTS_NOTICE_LENGTH && COMMENTS_NOTICE_FIRST_LETTERS.indexOf(first) >= 0
                        && lower.indexOf("ment") >= 0 && COMMENTS_CLOSED.matcher(lower).matches());
    }

    private static boolean isStamp(String s) {
        return !s.isEmpty() && s.length() <= MAX_STAMP_LENGTH && Character.isDigit(s.charAt(0)) && STAMP.matcher(s).matches();
    }

    private static boolean isCredit(String s, String lower) {
        Matcher m = CREDIT.matcher(lower);
        // Lower-casing can change a line's length (a dotted capital I), and with it where the names start.
        if (lower.length() != s.length() || !m.lookingAt()) {
            return false;
        }
        boolean named = false;
        for (String w : s.substring(m.end()).split("[\\s,;]+")) {
            String word = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (word.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) && !NAME_LINKS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private static boolean isQuoteLine(String s) {
        char c = s.charAt(0);
        return (c == '^' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) && QUOTES.matcher(s).matches();
    }

    private static boolean endsAsFurniture(String lower) {
        String end = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        if (end.endsWith("all rights reserved") || (end.endsWith("trust principles") && lower.length() <= 80)) {
            return true;
        }
        int at = lower.lastIndexOf("contributed");
        if (at < 0 || at > 100) {
            return false;
        }
        Matcher m = CONTRIBUTED.matcher(lower);
        return m.find(at);
    }

    /** A line that only tells a reading time or how long ago a story was posted. */
    static boolean isTimeLine(String line) {
        String s = line.strip();
        return s.length() <= 60 && TIME.matcher(s.toLowerCase(Locale.ROOT)).matches();
    }
}
