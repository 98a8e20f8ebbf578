package org.maillage;

import org.maillage.importing.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Maillage: an actor directory and collaboration matchmaking service for territories.
 * Each direct sub-package is one feature module, checked by {@code ModularityTests}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaillageApplication {

	public static void main(String[] args) {
		if (ImportCommand.asked(args)) {
			System.exit(ImportCommand.run(MaillageApplication.class, args));
		}
		SpringApplication.run(MaillageApplication.class, args);
	}

}
