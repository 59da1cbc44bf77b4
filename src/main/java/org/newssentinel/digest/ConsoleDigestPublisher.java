package org.newssentinel.digest;

import java.io.PrintStream;

/** Prints the digest's e-mail, for the CLI's {@code digest} command. */
public final class ConsoleDigestPublisher implements DigestPublisher {

    private final PrintStream out;

    public ConsoleDigestPublisher(PrintStream out) {
        this.out = out;
    }

    @Override
    public void publish(Digest digest) {
        DigestMessage m = DigestMessage.render(digest);
        out.println("DIGEST " + m.subject());
        out.println(m.email());
        out.flush();
    }
}
