package org.maillage.database;

import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationSeverity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link GuardedDriver}'s guards on the driver Spring Boot builds, whichever database it talks to (embedded
 * or external): the same code path either way. The database sends only warnings, not the performance hints every
 * ranking would collect.
 */
@Configuration(proxyBeanMethods = false)
class DriverGuards {

	@Bean
	static BeanPostProcessor guardedDriver() {
		QueryNotifications notifications = new QueryNotifications();
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof Driver driver ? GuardedDriver.wrap(driver, notifications) : bean;
			}

		};
	}

	@Bean
	ConfigBuilderCustomizer warningsOnly() {
		return builder -> builder.withMinimumNotificationSeverity(NotificationSeverity.WARNING);
	}

}
