package org.maillage.actor;

/**
 * What SIRENE says of a legal unit (a company, an association, a public body), all of whose establishments share its
 * SIREN, the SIRET's first nine digits.
 *
 * @param siren its 9-digit number
 * @param category its legal category (INSEE's "catégorie juridique", four digits), or null
 * @param name its name ({@code denominationUniteLegale}), or null (a person's name is never kept)
 */
public record LegalUnit(String siren, String category, String name) {
}
