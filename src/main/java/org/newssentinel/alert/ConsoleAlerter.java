package org.newssentinel.alert;

import java.io.PrintStream;

/** The local channel: prints the e-mail body of each alert, for the CLI's watch mode. */
public final class ConsoleAlerter implements Alerter {

    private final PrintStream out;

    public ConsoleAlerter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void publish(Alert alert) {
        AlertMessage m = AlertMessage.render(alert);
        out.println("ALERT " + m.subject());
        out.println("SMS   " + m.sms());
        out.println(m.email());
        out.flush();
    }
}
