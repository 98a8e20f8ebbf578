package org.maillage.notification;

/** An e-mail to one address, in plain text. */
public record Mail(String to, String subject, String text) {
}
