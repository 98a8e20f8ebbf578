package org.maillage.notification;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How e-mails are sent ({@code maillage.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender's address of every e-mail
 * @param sendInterval how often the outbox is emptied
 * @param attempts how many times an e-mail is tried before it is marked FAILED
 * @param batch how many e-mails are sent per round
 */
@Validated
@ConfigurationProperties("maillage.mail")
public record MailProperties(@DefaultValue("maillage@localhost") @NotBlank String from,
		@DefaultValue("5s") Duration sendInterval, @DefaultValue("5") @Min(1) int attempts,
		@DefaultValue("100") @Min(1) int batch) {
}
