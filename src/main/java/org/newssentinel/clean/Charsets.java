package org.newssentinel.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes to text. Precedence, as browsers and jsoup's DataUtil apply it: a byte
 * order mark, then the charset declared by the transport (the S3 object's content type), then a
 * {@code <meta charset>} or XML declaration in the first bytes, then strict UTF-8, then a guess.
 */
public final class Charsets {

    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{1,40})");

    private Charsets() {
    }

    /** Decodes {@code bytes}; never throws, malformed sequences become U+FFFD under the chosen charset. */
    public static String decode(byte[] bytes, Optional<String> declaredContentType) {
        return new String(bytes, detect(bytes, declaredContentType));
    }

    /** Chooses the charset for {@code bytes} following the precedence in the class comment. */
    public static Charset detect(byte[] bytes, Optional<String> declaredContentType) {
        Optional<Charset> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = declaredContentType.flatMap(Charsets::fromContentType);
        if (declared.isPresent()) {
            return declared.get();
        }
        Optional<Charset> inDocument = fromDocumentHead(bytes);
        if (inDocument.isPresent()) {
            return inDocument.get();
        }
        if (isValidUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName("windows-1252");
    }

    static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static Optional<Charset> fromContentType(String contentType) {
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> fromDocumentHead(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET_PARAM.matcher(head);
        if (m.find()) {
            return lookup(m.group(1));
        }
        Matcher xml = Pattern.compile("<\\?xml[^>]{0,200}encoding=[\"']([A-Za-z0-9._:-]{1,40})").matcher(head);
        return xml.find() ? lookup(xml.group(1)) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Optional.of(Charset.forName(name.trim().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException unsupported) {
            return Optional.empty();
        }
    }

    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
