package org.newssentinel.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void lowerCasesStemsAndSplitsHyphens() {
        assertEquals(List.of("us", "led", "oil", "pipelin", "cut"), Tokenizer.stems("US-led oil pipelines cut"));
    }

    @Test
    void joinsDottedAbbreviationsAndDropsPossessives() {
        assertEquals(List.of("the", "us", "and", "russia", "pipelin"), Tokenizer.stems("the U.S. and Russia's pipeline"));
        assertEquals(List.of("un", "said"), Tokenizer.stems("U.N said"));
        assertEquals(List.of("kazakhstan", "oil"), Tokenizer.stems("Kazakhstan\u2019s oil"));
    }

    @Test
    void keepsOffsetsOfTheWordsAsWritten() {
        String text = "Gas pipeline (Nord) cut";
        List<Tokenizer.Token> tokens = Tokenizer.tokens(text);
        assertEquals(4, tokens.size());
        Tokenizer.Token pipeline = tokens.get(1);
        assertEquals("pipeline", text.substring(pipeline.start(), pipeline.end()));
        assertEquals("Nord", text.substring(tokens.get(2).start(), tokens.get(2).end()));
        assertTrue(tokens.get(0).capitalised());
        assertFalse(tokens.get(1).capitalised());
    }

    @Test
    void aSingleInitialIsNotAnAbbreviation() {
        assertEquals(List.of("plan", "b", "then"), Tokenizer.stems("Plan B. Then"));
    }
}
