package org.maillage.core;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Each HTTP request is answered in the language its {@code Accept-Language} asks for among those of the catalogue,
 * French when it asks for none of them: GraphQL carries that locale to every error.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(Languages.SUPPORTED);
		resolver.setDefaultLocale(Languages.FRENCH);
		return resolver;
	}

}
