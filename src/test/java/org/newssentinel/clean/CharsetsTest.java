package org.newssentinel.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetsTest {

    private static final String RUSSIAN = "Правительство заявило, что строительство нового трубопровода начнётся "
            + "весной, а переговоры о цене транзита продолжатся на следующей неделе.";
    private static final String FRENCH = "Le ministre a déclaré que les sanctions seront prolongées à l'été, "
            + "« sans exception », a-t-il précisé.";

    private static byte[] bytes(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }

    @Test
    void aByteOrderMarkWinsOverEverythingAndIsNotText() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = bytes(RUSSIAN, "UTF-8");
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertEquals(RUSSIAN, Charsets.decode(withBom, Optional.of("text/plain; charset=windows-1251")));
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() {
        assertEquals(RUSSIAN, Charsets.decode(bytes(RUSSIAN, "UTF-16"), Optional.empty()));
        assertEquals(RUSSIAN, Charsets.decode(bytes("\uFEFF" + RUSSIAN, "UTF-16LE"), Optional.empty()));
        assertEquals(FRENCH, Charsets.decode(bytes(FRENCH, "UTF-16LE"), Optional.empty()));
        assertEquals(FRENCH, Charsets.decode(bytes(FRENCH, "UTF-16BE"), Optional.empty()));
        assertEquals(FRENCH, Charsets.decode(bytes(FRENCH, "UTF-16LE"), Optional.of("text/plain; charset=utf-16")));
    }

    @Test
    void theDeclaredContentTypeComesBeforeTheDocument() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + RUSSIAN + "</body></html>";
        assertEquals(html, Charsets.decode(bytes(html, "KOI8-R"), Optional.of("text/html; charset=KOI8-R")));
    }

    @Test
    void aUtf8LabelOnBytesThatAreNotUtf8IsIgnored() {
        assertEquals(RUSSIAN, Charsets.decode(bytes(RUSSIAN, "windows-1251"), Optional.of("text/plain; charset=utf-8")));
    }

    @Test
    void metaCharsetAndXmlDeclarationAreRead() {
        String meta = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
                + RUSSIAN + "</body></html>";
        assertEquals(meta, Charsets.decode(bytes(meta, "windows-1251"), Optional.empty()));
        String xml = "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><html><body>" + RUSSIAN + "</body></html>";
        assertEquals(xml, Charsets.decode(bytes(xml, "KOI8-R"), Optional.empty()));
    }

    @Test
    void aMetaDeclarationOfUtf16InAsciiReadableBytesMeansUtf8() {
        String html = "<html><head><meta charset=\"utf-16\"></head><body>" + FRENCH + "</body></html>";
        assertEquals(html, Charsets.decode(bytes(html, "UTF-8"), Optional.empty()));
    }

    @Test
    void undeclaredCyrillicIsToldApartByLetterFrequencies() {
        assertEquals(Charset.forName("windows-1251"), Charsets.detect(bytes(RUSSIAN, "windows-1251"), Optional.empty()));
        assertEquals(Charset.forName("KOI8-R"), Charsets.detect(bytes(RUSSIAN, "KOI8-R"), Optional.empty()));
        assertEquals(RUSSIAN, Charsets.decode(bytes(RUSSIAN, "KOI8-R"), Optional.empty()));
        assertEquals(RUSSIAN, Charsets.decode(bytes(RUSSIAN, "windows-1251"), Optional.empty()));
    }

    @Test
    void validUtf8IsUtf8AndOtherWesternTextIsWindows1252() {
        assertEquals(StandardCharsets.UTF_8, Charsets.detect(bytes(FRENCH, "UTF-8"), Optional.empty()));
        String quotes = "The minister said \u201cno\u201d \u2013 twice.";
        assertEquals(quotes, Charsets.decode(bytes(quotes, "windows-1252"), Optional.empty()));
        assertEquals(FRENCH, Charsets.decode(bytes(FRENCH, "windows-1252"), Optional.empty()));
    }

    @Test
    void latin1LabelsMeanWindows1252AsOnTheWeb() {
        String quotes = "\u201cSanctions\u201d";
        assertEquals(quotes, Charsets.decode(bytes(quotes, "windows-1252"), Optional.of("text/html; charset=ISO-8859-1")));
    }
}
