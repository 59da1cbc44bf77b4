package org.newssentinel.summary;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Makes article text safe to put in a message: {@link #clean} removes what must never reach a
 * reader's device (control characters, bidi overrides, zero-width characters, markup);
 * {@link #gsm7} and {@link #ascii} transliterate for channels with a small alphabet (Cyrillic
 * and Greek to Latin letters, typographic punctuation to plain, accents folded where the target
 * lacks them) and drop what cannot be written. All methods return single-line text with single
 * spaces, never null. Stateless and thread-safe.
 */
public final class SafeText {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z!?][A-Za-z0-9]*)[^<>]*(>|$)");
    /** Tags inside a run of text: removing them must not split a word ("<b>Gaz</b>prom"). */
    private static final java.util.Set<String> INLINE = java.util.Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span",
            "strong", "sub", "sup", "time", "u", "wbr");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});");
    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "ndash", "-", "mdash", "-");

    /** ISO 9-style Latin letters for Russian, Ukrainian, Belarusian, Bulgarian and Serbian Cyrillic. */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('\u0430', "a"), Map.entry('\u0431', "b"), Map.entry('\u0432', "v"), Map.entry('\u0433', "g"),
            Map.entry('\u0434', "d"), Map.entry('\u0435', "e"), Map.entry('\u0451', "yo"), Map.entry('\u0436', "zh"),
            Map.entry('\u0437', "z"), Map.entry('\u0438', "i"), Map.entry('\u0439', "y"), Map.entry('\u043a', "k"),
            Map.entry('\u043b', "l"), Map.entry('\u043c', "m"), Map.entry('\u043d', "n"), Map.entry('\u043e', "o"),
            Map.entry('\u043f', "p"), Map.entry('\u0440', "r"), Map.entry('\u0441', "s"), Map.entry('\u0442', "t"),
            Map.entry('\u0443', "u"), Map.entry('\u0444', "f"), Map.entry('\u0445', "kh"), Map.entry('\u0446', "ts"),
            Map.entry('\u0447', "ch"), Map.entry('\u0448', "sh"), Map.entry('\u0449', "shch"), Map.entry('\u044a', ""),
            Map.entry('\u044b', "y"), Map.entry('\u044c', ""), Map.entry('\u044d', "e"), Map.entry('\u044e', "yu"),
            Map.entry('\u044f', "ya"), Map.entry('\u0454', "ye"), Map.entry('\u0456', "i"), Map.entry('\u0457', "yi"),
            Map.entry('\u0491', "g"), Map.entry('\u045e', "u"), Map.entry('\u0452', "dj"), Map.entry('\u0458', "j"),
            Map.entry('\u0459', "lj"), Map.entry('\u045a', "nj"), Map.entry('\u045b', "c"), Map.entry('\u045f', "dz"),
            Map.entry('\u0455', "dz"), Map.entry('\u0453', "g"), Map.entry('\u045c', "k"));

    private static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('\u03b1', "a"), Map.entry('\u03b2', "v"), Map.entry('\u03b3', "g"), Map.entry('\u03b4', "d"),
            Map.entry('\u03b5', "e"), Map.entry('\u03b6', "z"), Map.entry('\u03b7', "i"), Map.entry('\u03b8', "th"),
            Map.entry('\u03b9', "i"), Map.entry('\u03ba', "k"), Map.entry('\u03bb', "l"), Map.entry('\u03bc', "m"),
            Map.entry('\u03bd', "n"), Map.entry('\u03be', "x"), Map.entry('\u03bf', "o"), Map.entry('\u03c0', "p"),
            Map.entry('\u03c1', "r"), Map.entry('\u03c3', "s"), Map.entry('\u03c2', "s"), Map.entry('\u03c4', "t"),
            Map.entry('\u03c5', "y"), Map.entry('\u03c6', "f"), Map.entry('\u03c7', "ch"), Map.entry('\u03c8', "ps"),
            Map.entry('\u03c9', "o"));

    private SafeText() {
    }

    /**
     * Text fit for any message body: markup and HTML comments removed (common entities decoded),
     * control, format (bidi, zero-width), private-use and unpaired surrogate characters removed,
     * line breaks and other whitespace folded into single spaces.
     */
    public static String clean(String text) {
        // Entities first, so that escaped markup ("&lt;script&gt;") is removed as markup too.
        String s = decodeEntities(text);
        s = COMMENT.matcher(s).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(m -> INLINE.contains(m.group(1).toLowerCase(java.util.Locale.ROOT)) ? "" : " ");
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
                space = out.length() > 0;
                continue;
            }
            if (type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (!paired) {
                    continue;
                }
                int cp = s.codePointAt(i);
                int cpType = Character.getType(cp);
                if (cpType == Character.FORMAT || cpType == Character.PRIVATE_USE || cpType == Character.UNASSIGNED) {
                    i++;
                    continue;
                }
                appendSpace(out, space);
                space = false;
                out.append(c).append(s.charAt(++i));
                continue;
            }
            appendSpace(out, space);
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@link #clean} text written in the GSM-7 basic table only (one septet per character):
     * Cyrillic and Greek transliterated, typographic quotes and dashes made plain, accents
     * folded unless GSM-7 has the accented letter, extension characters replaced by basic
     * look-alikes; anything else (e.g. CJK, emoji) dropped.
     */
    public static String gsm7(String text) {
        return transliterate(clean(text), true);
    }

    /** {@link #clean} text in printable ASCII only, transliterated like {@link #gsm7}. */
    public static String ascii(String text) {
        return transliterate(clean(text), false);
    }

    /**
     * True when transliteration would drop letters or digits of {@code text} (a script with no
     * Latin mapping here, e.g. Chinese or Arabic): the caller should then keep the original.
     */
    public static boolean losesLetters(String text) {
        String cleaned = clean(text);
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (Character.isLetterOrDigit(c) && mapChar(c, true).isEmpty() && !isSilentSign(c)) {
                return true;
            }
        }
        return false;
    }

    /** Currency signs outside GSM-7 and ASCII, as their ISO 4217 codes (the euro, pound and yen have their own cases). */
    private static final Map<Character, String> CURRENCIES = Map.ofEntries(
            Map.entry('\u00a2', "c"), Map.entry('\u20a6', "NGN"), Map.entry('\u20a9', "KRW"),
            Map.entry('\u20aa', "ILS"), Map.entry('\u20ab', "VND"), Map.entry('\u20b1', "PHP"),
            Map.entry('\u20b4', "UAH"), Map.entry('\u20b8', "KZT"), Map.entry('\u20b9', "INR"),
            Map.entry('\u20ba', "TRY"), Map.entry('\u20bc', "AZN"), Map.entry('\u20bd', "RUB"),
            Map.entry('\u20be', "GEL"), Map.entry('\u0e3f', "THB"));

    private static String transliterate(String cleaned, boolean gsm) {
        StringBuilder out = new StringBuilder(cleaned.length());
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            String m = mapChar(c, gsm);
            if (!m.isEmpty() && Character.isUpperCase(c) && Character.isLowerCase(m.charAt(0)) && m.length() > 1) {
                // "Ж" -> "Zh"; a word in capitals stays in capitals ("ГАЗПРОМ" -> "GAZPROM", "ЩИТ" -> "SHCHIT"),
                // except an abbreviation of two or three letters, whose letters must stay recognisable
                // one by one: "ЄС" (the EU) -> "YeS", not the English word "YES"; "ЖКХ" -> "ZhKKh".
                int capitals = capitalsAround(cleaned, i);
                boolean shouting = capitals > ABBREVIATION_LETTERS;
                m = shouting ? m.toUpperCase() : Character.toUpperCase(m.charAt(0)) + m.substring(1);
            } else if (!m.isEmpty() && Character.isUpperCase(c) && Character.isLowerCase(m.charAt(0))) {
                m = m.toUpperCase();
            }
            out.append(m);
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Longest all-capitals word read as an abbreviation, letter by letter. */
    private static final int ABBREVIATION_LETTERS = 3;

    /** The number of upper-case letters in the run of letters holding {@code i}; 1 when any letter of it is not upper-case. */
    private static int capitalsAround(String text, int i) {
        int start = i;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        for (int k = start; k < end; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return 1;
            }
        }
        return end - start;
    }

    /** The replacement of one character, or "" to drop it. */
    private static String mapChar(char c, boolean gsm) {
        if (c >= 0x20 && c < 0x7f) {
            if (gsm) {
                return switch (c) {
                    case '[', '{' -> "(";
                    case ']', '}' -> ")";
                    case '\\', '|' -> "/";
                    case '~' -> "-";
                    case '^', '`' -> "'";
                    default -> String.valueOf(c);
                };
            }
            return String.valueOf(c);
        }
        boolean greek = c >= '\u0370' && c <= '\u03ff';
        if (gsm && !greek && Gsm7.isBasic(c) && c != '\n' && c != '\r') {
            return String.valueOf(c);
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4':
                return "'";
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
                return "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return "-";
            case '\u2026':
                return "...";
            case '\u20ac':
                return "EUR";
            case '\u00a3':
                return gsm ? "\u00a3" : "GBP";
            case '\u00a5':
                return gsm ? "\u00a5" : "JPY";
            case '\u00b0':
                return " deg";
            case '\u00d7':
                return "x";
            case '\u2116':
                return "No.";
            case '\u00df':
                return gsm ? "\u00df" : "ss";
            case '\u00e6':
                return gsm ? "\u00e6" : "ae";
            case '\u00c6':
                return gsm ? "\u00c6" : "AE";
            case '\u00f8':
                return gsm ? "\u00f8" : "o";
            case '\u00d8':
                return gsm ? "\u00d8" : "O";
            case '\u0153':
                return "oe";
            case '\u0152':
                return "OE";
            case '\u0142':
                return "l";
            case '\u0141':
                return "L";
            case '\u0111':
                return "d";
            case '\u0110':
                return "D";
            case '\u0131':
                return "i";
            default:
                break;
        }
        String currency = CURRENCIES.get(c);
        if (currency != null) {
            // A sum in roubles or tenge is news; the symbol's ISO code keeps it when the symbol cannot travel.
            return currency;
        }
        char lower = Character.toLowerCase(c);
        String cyr = CYRILLIC.get(lower);
        if (cyr != null) {
            return cyr;
        }
        String gr = GREEK.get(lower);
        if (gr != null) {
            return gr;
        }
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!folded.isEmpty() && folded.chars().allMatch(x -> x >= 0x20 && x < 0x7f)) {
            return folded;
        }
        // Accented Greek ("ά") folds to a Greek base letter: transliterate that.
        if (folded.length() == 1 && GREEK.containsKey(Character.toLowerCase(folded.charAt(0)))) {
            return GREEK.get(Character.toLowerCase(folded.charAt(0)));
        }
        if (Character.isSpaceChar(c)) {
            return " ";
        }
        return "";
    }

    /** Cyrillic hard and soft signs transliterate to nothing by design; they are not lost. */
    private static boolean isSilentSign(char c) {
        char l = Character.toLowerCase(c);
        return l == '\u044a' || l == '\u044c';
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> {
            String name = m.group(1);
            String out;
            if (name.startsWith("#")) {
                try {
                    int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    out = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
                } catch (NumberFormatException e) {
                    out = m.group();
                }
            } else {
                out = ENTITIES.getOrDefault(name.toLowerCase(), m.group());
            }
            return java.util.regex.Matcher.quoteReplacement(out);
        });
    }

    private static void appendSpace(StringBuilder out, boolean space) {
        if (space) {
            out.append(' ');
        }
    }
}
