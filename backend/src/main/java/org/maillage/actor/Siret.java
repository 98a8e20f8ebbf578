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
		return luhn(siret);
	}

	/** Whether a SIREN, the legal unit's 9-digit number and a SIRET's start, has its Luhn check digit right. */
	public static boolean isValidSiren(String siren) {
		return siren != null && siren.matches("\\d{9}") && luhn(siren);
	}

	private static boolean luhn(String number) {
		int length = number.length();
		int sum = 0;
		for (int i = 0; i < length; i++) {
			int digit = number.charAt(length - 1 - i) - '0';
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
