package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detectsLatinScriptLanguagesByFunctionWords() {
        assertEquals(Optional.of("en"), detector.detect("The ministry said that the pipeline was closed for repairs and that it would reopen."));
        assertEquals(Optional.of("de"), detector.detect("Die Regierung hat die Leitung geschlossen, und der Minister sagte, dass sie nicht vor dem Winter öffnet."));
        assertEquals(Optional.of("fr"), detector.detect("Le ministre a dit que les sanctions sont prolongées pour les banques et que la décision est prise."));
        assertEquals(Optional.of("es"), detector.detect("El ministro dijo que las sanciones para los bancos se mantienen y que la decisión es firme."));
    }

    @Test
    void detectsCyrillicLanguages() {
        assertEquals(Optional.of("ru"), detector.detect("Министр сказал, что это решение не будет пересмотрено, и что на переговорах он не уступит."));
        assertEquals(Optional.of("uk"), detector.detect("Міністр сказав, що це рішення не буде переглянуто, і що на переговорах він також не поступиться."));
    }

    @Test
    void detectsLanguagesByWritingSystem() {
        assertEquals(Optional.of("ja"), detector.detect("政府はパイプラインの再開を発表した。"));
        assertEquals(Optional.of("zh"), detector.detect("政府宣布重新开放输油管道。"));
        assertEquals(Optional.of("ko"), detector.detect("정부는 송유관 재개를 발표했다."));
    }

    @Test
    void saysNothingWhenTheTextIsTooShortToTell() {
        assertEquals(Optional.empty(), detector.detect("Brent 84.20"));
        assertEquals(Optional.empty(), detector.detect(""));
    }

    private static final String GERMAN = "Die Digitalisierung zieht sich bereits heute durch fast alle Branchen, sei es im "
            + "Finanzbereich, in der Industrie oder auch im Bereich der Gesundheit. Auch wenn nicht jedes Modell bedroht ist, "
            + "bieten die neuen Technologien Potenziale für mehr Effizienz und für die Kostenersparnis. Im Bereich der "
            + "Versorgung in den Krankenhäusern ist dieser Aspekt ein besonders wichtiger, und der Bedarf an Lösungen ist "
            + "groß, denn die Kosten sind hoch und die Mittel sind knapp.";

    @Test
    void aDeclaredLanguageStandsUnlessTheTextIsPlainlyInAnotherItKnows() {
        // A template's lang="en" on a German article: the text is plainly German.
        assertEquals("de", detector.resolve(Optional.of("en"), GERMAN).orElseThrow());
        // A declaration the text agrees with, or that it cannot judge, stands.
        assertEquals("de", detector.resolve(Optional.of("de"), GERMAN).orElseThrow());
        assertEquals("sr", detector.resolve(Optional.of("sr"), "Министар је рекао да та одлука неће бити промењена и да на "
                + "преговорима он не попушта, али да је спреман за разговор и за договор о свему што је на столу.").orElseThrow());
        // Too little text, or a mix, to overrule a declaration.
        assertEquals("en", detector.resolve(Optional.of("en"), "Die Regierung und der Minister.").orElseThrow());
        assertEquals("en", detector.resolve(Optional.of("en"), "The minister quoted the law: \"Die Leitung ist geschlossen und "
                + "die Kosten sind hoch.\" The company said that the pipeline was closed for repairs, that it was the "
                + "second time this year, and that the ministry has not said when it will reopen.").orElseThrow());
        // Nothing declared: the text decides, if it can.
        assertEquals(Optional.of("de"), detector.resolve(Optional.empty(), GERMAN));
        assertEquals(Optional.empty(), detector.resolve(Optional.empty(), "Brent 84.20"));
    }

    private static final String FRENCH = "Les ambassadeurs des pays de l'Union européenne ont approuvé mercredi un nouveau "
            + "paquet de sanctions contre la Russie, qui vise les pétroliers de la flotte fantôme. Le paquet renforce aussi "
            + "le contrôle des exportations sur les machines et les produits chimiques que la Russie achète par des pays "
            + "tiers, a déclaré la Commission, qui a proposé que les mesures soient adoptées avant la fin de la semaine.";

    private static final String UKRAINIAN = "Посли країн Європейського Союзу у середу погодили новий пакет санкцій проти "
            + "Росії, до якого увійшли ще сто танкерів так званого тіньового флоту. Пакет також посилює експортний контроль "
            + "на верстати та хімікати, які потрапляють на російські заводи через треті країни.";

    private static final String RUSSIAN = "Послы стран Европейского союза в среду одобрили новый пакет санкций против "
            + "России, в который вошли ещё сто танкеров так называемого теневого флота. Пакет также усиливает экспортный "
            + "контроль на станки и химикаты, которые попадают на российские заводы через третьи страны.";

    @Test
    void frenchOverrulesADeclarationItSharesFewFunctionWordsWith() {
        // French shares "la", "que", "les" with Spanish and Italian, so it never leads every language
        // by far; it does lead the declared English or German by far.
        assertEquals("fr", detector.resolve(Optional.of("en"), FRENCH).orElseThrow());
        assertEquals("fr", detector.resolve(Optional.of("de"), FRENCH).orElseThrow());
        assertEquals("fr", detector.resolve(Optional.of("fr"), FRENCH).orElseThrow());
        // A language close to French that the page declares is not overruled by it.
        String spanish = "El ministro dijo que las sanciones para los bancos se mantienen y que la decisión es firme, "
                + "pero que el gobierno está dispuesto a negociar con la Unión Europea sobre los plazos y que los bancos "
                + "tendrán tiempo para adaptarse a las nuevas reglas, como ha pedido el sector, según fuentes del ministerio.";
        assertEquals("es", detector.resolve(Optional.of("es"), spanish).orElseThrow());
    }

    @Test
    void cyrillicTextIsToldByItsLettersAndIsNeverEnglish() {
        assertEquals("uk", detector.resolve(Optional.of("en"), UKRAINIAN).orElseThrow());
        assertEquals("uk", detector.resolve(Optional.of("ru"), UKRAINIAN).orElseThrow());
        assertEquals("ru", detector.resolve(Optional.of("uk"), RUSSIAN).orElseThrow());
        assertEquals("ru", detector.resolve(Optional.of("en"), RUSSIAN).orElseThrow());
        assertEquals("ru", detector.resolve(Optional.of("en"), "Транснефть сократила прокачку нефти").orElseThrow());
        assertEquals(Optional.of("uk"), detector.detect(UKRAINIAN));
        assertEquals("sr", detector.resolve(Optional.of("en"), "Министар је рекао да та одлука неће бити промењена и да "
                + "на преговорима он не попушта, али да је спреман за разговор.").orElseThrow());
    }
}
