/**
 * Sends e-mails to people through SMTP, from an outbox kept in the database, so that none is lost to a crash or an
 * unreachable mail server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.maillage.notification;
