package org.maillage.watch;

/** A person's digest as they see it. */
public record DigestSubscription(String email, DigestFrequency frequency, DigestStatus status) {
}
