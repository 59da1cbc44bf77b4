package org.newssentinel.digest;

/** Delivers a digest: SNS in Lambda, the console in the CLI. */
public interface DigestPublisher {

    /** Sends the digest; throws when it could not be delivered, so a scheduled run is retried. */
    void publish(Digest digest);
}
