package org.maillage.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.maillage.core.InvalidInputException;
import org.maillage.taxonomy.Trades;

import org.springframework.stereotype.Component;

/**
 * Checks and normalises needs wherever they are given (problems, value-chain steps, matchmaking requests): NAF codes
 * must exist (at any level: a code covers its subtree), equipment categories must be ones the directory knows,
 * topics are kept by key.
 */
@Component
public class Needs {

	public static final int MAX = 30;

	private final Trades trades;

	Needs(Trades trades) {
		this.trades = trades;
	}

	/**
	 * @param field the input field named in errors
	 * @return the needs with normalised values, in the order given
	 */
	public List<Need> normalise(String field, List<Need> needs) {
		if (needs.size() > MAX) {
			throw InvalidInputException.of(field, "needs.tooMany", MAX);
		}
		List<Need> normalised = new ArrayList<>();
		for (Need need : needs) {
			if (need == null || need.kind() == null || need.value() == null || need.value().isBlank()) {
				throw InvalidInputException.of(field, "needs.incomplete");
			}
			String value = switch (need.kind()) {
				case TRADE, EQUIPMENT_CATEGORY -> need.value().toUpperCase(Locale.ROOT);
				case TOPIC -> Topic.keyOf(need.value());
				case KNOW_HOW -> need.value();
			};
			if (need.kind() == NeedKind.EQUIPMENT_CATEGORY
					&& Arrays.stream(EquipmentCategory.values()).noneMatch(category -> category.name().equals(value))) {
				throw InvalidInputException.of(field, "needs.equipmentCategory.unknown", need.value(),
						Arrays.toString(EquipmentCategory.values()));
			}
			if (need.kind() == NeedKind.TRADE && !this.trades.unknown(List.of(value)).isEmpty()) {
				throw InvalidInputException.of(field, "needs.trade.unknown", need.value());
			}
			normalised.add(new Need(need.kind(), value, need.essential(), need.inferred(), null, need.inferredFrom(),
					need.confidence()));
		}
		return normalised;
	}

}
