package org.newssentinel.store;

/**
 * Where a record's alert stands. It only moves forward along
 * {@code PENDING -> SENDING -> SENT}, except that a failed publish hands its claim back
 * ({@code SENDING -> PENDING}) and a claim whose lease expired may be taken over; every move is a
 * conditional update, so two deliveries of one event can never both send.
 */
public enum AlertState {
    /** No topic fired: nothing to send. */
    NONE,
    /** An alert is due and not yet claimed by any delivery. */
    PENDING,
    /** One delivery holds the claim (until its lease ends) and is publishing. */
    SENDING,
    /** Published; the record keeps when. */
    SENT
}
