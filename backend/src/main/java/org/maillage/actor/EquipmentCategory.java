package org.maillage.actor;

/** Families of shareable production equipment, for filtering and matching; each with its name in French. */
public enum EquipmentCategory {

	MACHINING("usinage"), FURNACE_THERMAL("fours et traitement thermique"),
	CHEMICAL_PROCESSING("procédés chimiques"), LABORATORY_ANALYSIS("laboratoire et analyses"),
	COLD_STORAGE("stockage frigorifique"), LOGISTICS_TRANSPORT("logistique et transport"),
	RECYCLING_SORTING("tri et recyclage"), ADDITIVE_MANUFACTURING("fabrication additive"), ENERGY("énergie"),
	DIGITAL_COMPUTING("informatique et calcul"), WORKSHOP_SPACE("ateliers et locaux"),
	AGRI_FOOD_PROCESSING("transformation agroalimentaire"), PRODUCTION_LINE("lignes de production"),
	STORAGE_WAREHOUSE("entrepôts et silos"), REFRIGERATED_TRANSPORT("transport frigorifique"),
	POWDER_METALLURGY("métallurgie des poudres et frittage"), OTHER("autres équipements");

	private final String label;

	EquipmentCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The French name of a category given by its constant's name, or the name itself when unknown. */
	public static String labelOf(String name) {
		for (EquipmentCategory category : values()) {
			if (category.name().equals(name)) {
				return category.label;
			}
		}
		return name;
	}

}
