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
}
