package org.maillage.actor;

import java.util.List;

public record EquipmentFilter(String text, List<EquipmentCategory> categories, List<String> territories) {

	public static final EquipmentFilter NONE = new EquipmentFilter(null, null, null);

}
