package org.newssentinel.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Sentences} needs to know about one language's full stops: which words before a
 * period are abbreviations, and which words open a sentence.
 *
 * <p>Why per language: English can tell an abbreviation from a sentence end by the case of the
 * next word, but German capitalises every noun ("ca. 20 Mio. Kubikmeter") and French writes
 * "M. Dupont", so there only the abbreviation itself and a known sentence opener after it can
 * decide. Russian needs no list of its own: its abbreviations ("г.", "тыс.") are followed by lower
 * case, which the English rule already reads. Every language's sets include the English ones (news
 * in any language quotes "U.S." and "Mr."); English itself has only the English sets, so English
 * splitting does not depend on any other language's words. Immutable; look-ups are hash-set hits.
 *
 * @param titles              titles and abbreviations that never end a sentence
 * @param ambiguous           abbreviations that end a sentence only in front of a typical sentence opener
 * @param beforeNumber        abbreviations only in front of a number ("No. 10", "Nr. 5", "janv. 2021")
 * @param openers             words (lower case) that typically open a sentence
 * @param afterOrdinal        words (lower case) that a number and a period in front of make an ordinal
 *                            rather than a sentence end ("am 27. September", "im 19. Jahrhundert"); empty
 *                            where ordinals take no period
 * @param letterAbbreviations whether a single lower-case letter and a period ("z. B.", "u. a.", "p. ex.")
 *                            is an abbreviation unless a sentence opener follows: such a letter never ends
 *                            a sentence in these languages
 */
record SentenceRules(Set<String> titles, Set<String> ambiguous, Set<String> beforeNumber, Set<String> openers,
                     Set<String> afterOrdinal, boolean letterAbbreviations) {

    static final SentenceRules ENGLISH = new SentenceRules(
            words("""
                    mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr gov sen rep rev fr hon pres supt insp det st mt
                    ft messrs e.g i.e vs cf approx ca est dept univ assn bros mx"""),
            words("inc ltd co corp plc llc etc jr sr u.s u.k u.n e.u a.m p.m u.s.a al"),
            words("no nos art vol p pp fig ch sec op tel jan feb mar apr jun jul aug sep sept oct nov dec"),
            words("""
                    the a an he she it they we i you but and in on at this that these those there its his her their our
                    however meanwhile if when while as after before for so yet some many most one mr mrs ms shares
                    analysts officials last earlier later since under"""),
            Set.of(), false);

    private static final Map<String, SentenceRules> OTHERS = Map.of(
            "de", ENGLISH.with(
                    """
                    dr prof st hr fr frl ca bzw vgl z.b u.a d.h z.t u.u v.a o.ä s.o s.u sog ggf evtl inkl zzgl gem lt
                    bspw insb ggü geb gest verh dt engl franz russ std jh jhd chr""",
                    "mio mrd md usw etc ff ua zb dh",
                    "nr abs art s bd kap tel jan feb mär mrz apr jun jul aug sep sept okt nov dez",
                    """
                    der die das den dem des ein eine einer eines einem er sie es wir ich ihr man am im in an auf aus bei
                    nach mit für von vom zu zum zur um auch aber doch dann denn so zudem außerdem bereits damit dabei dazu
                    daher deshalb dort hier dies diese dieser dieses seit laut nun noch jetzt wie was wer wo wenn als ob
                    weil obwohl trotz während zuvor später heute gestern morgen inzwischen allerdings jedoch unter über
                    vor gegen zwar nicht kein keine mehr viele alle beide sein seine ihre unsere""",
                    """
                    januar jänner februar märz april mai juni juli august september oktober november dezember jan feb mär
                    mrz apr jun jul aug sep sept okt nov dez jahrhundert jahrtausend jahrestag geburtstag mal platz runde
                    weltkrieg quartal kalenderwoche sitzung"""),
            "fr", ENGLISH.with(
                    "m mme mlle mm me dr pr st ste env cf av apr mgr boul bd ss",
                    "etc md mds mrd cie",
                    "p n no art t janv févr fév avr juil sept oct nov déc",
                    """
                    le la les l un une il elle ils elles on nous vous je ce cette ces c mais et en dans selon pour par sur
                    au aux à depuis après avant lors cependant pourtant ainsi alors d des du de si quand lundi mardi
                    mercredi jeudi vendredi samedi dimanche son sa ses leur leurs aucun tout tous toutes plusieurs""",
                    ""),
            "es", ENGLISH.with(
                    "sr sra srta sres dña dn d dr dra lic ing prof aprox ud uds vd vds pág núm cía",
                    "etc ee.uu s.a",
                    "n núm pág art ene abr ago sept dic",
                    """
                    el la los las un una en pero y con por para según este esta estos estas sin además se su sus al lo tras
                    desde ya no también cuando si aunque durante ese esa""",
                    ""),
            "it", ENGLISH.with(
                    "sig sigg sig.ra dott dott.ssa dr prof on ing avv arch",
                    "ecc",
                    "n pag art genn febbr apr magg giu lug ago sett ott nov dic",
                    """
                    il lo la i gli le un una in ma e per con secondo questo questa non si anche dopo nel nella da dal
                    della di quando se però mentre""",
                    ""));

    /** The rules for {@code language} (ISO 639-1); English ones for English and any language without its own. */
    static SentenceRules of(String language) {
        return language == null ? ENGLISH : OTHERS.getOrDefault(language, ENGLISH);
    }

    /** These rules plus a language's own words; with its own words, single-letter abbreviations too. */
    private SentenceRules with(String titles, String ambiguous, String beforeNumber, String openers, String afterOrdinal) {
        return new SentenceRules(union(this.titles, titles), union(this.ambiguous, ambiguous),
                union(this.beforeNumber, beforeNumber), union(this.openers, openers), words(afterOrdinal), true);
    }

    private static Set<String> union(Set<String> base, String more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(words(more));
        return Set.copyOf(all);
    }

    private static Set<String> words(String list) {
        String s = list.strip();
        return s.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(s.split("\\s+")));
    }
}
