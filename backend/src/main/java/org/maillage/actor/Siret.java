package org.maillage.actor;

/**
 * The SIRET, the 14-digit number of a French establishment, ends with a Luhn check digit. La Poste's
 * establishments (SIREN 356000000) are the one documented exception: their digits sum to a multiple of 5.
 */
public final class Siret {

	private static final String LA_POSTE_SIREN = "356000000";

	private Siret() {
	}

	public static boolean isValid(String siret) {
		if (siret == null || !siret.matches("\\d{14}")) {
			return false;
		}
		if (siret.startsWith(LA_POSTE_SIREN)) {
			return siret.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int digit = siret.charAt(13 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
