package org.maillage.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.maillage.actor.ActorKind;
import org.maillage.actor.PublicRecord;
import org.maillage.actor.Sector;
import org.maillage.actor.Siret;
import org.maillage.core.Message;
import org.maillage.importing.ActorColumns.Field;

/**
 * Reads a line of an actor file as a public record, or says why it cannot be one. Only the name and a commune are
 * required: a commune's INSEE code, or its name (with its postal code when several communes of France share it).
 * The kind and sector are an enumeration's name or a French word ("entreprise", "association", "public"); the NAF
 * subclass is written either way ("25.62A", "2562A"); know-how items are separated by semicolons or vertical bars.
 */
final class ActorLines implements RecordLines {

	static final int MAX_KNOW_HOW = 20;

	private static final int NAME_LENGTH = 200;

	private static final int DESCRIPTION_LENGTH = 4_000;

	private static final int WEBSITE_LENGTH = 500;

	private static final Pattern NAF_SUBCLASS = Pattern.compile("([0-9]{2})\\.?([0-9]{2}[A-Z])");

	private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

	private static final Map<String, ActorKind> KINDS = words(Map.of(ActorKind.COMPANY,
			"company entreprise societe pme tpe eti startup", ActorKind.PUBLIC_BODY,
			"publicbody collectivite collectivitelocale collectiviteterritoriale organismepublic etablissementpublic "
					+ "administration",
			ActorKind.RESEARCH_LAB, "researchlab laboratoire labo laboratoirederecherche recherche", ActorKind.CLUSTER,
			"cluster pole poledecompetitivite grappe", ActorKind.ASSOCIATION, "association asso",
			ActorKind.TRAINING_BODY, "trainingbody formation organismedeformation ecole", ActorKind.INVESTOR,
			"investor investisseur fonds", ActorKind.OTHER, "other autre"));

	private static final Map<String, Sector> SECTORS = words(Map.of(Sector.PUBLIC, "public", Sector.PRIVATE,
			"private prive", Sector.ACADEMIC, "academic academique", Sector.NON_PROFIT,
			"nonprofit associatif nonlucratif ess"));

	private final ActorColumns columns;

	private final KnownPlaces known;

	ActorLines(ActorColumns columns, KnownPlaces known) {
		this.columns = columns;
		this.known = known;
	}

	@Override
	public CheckedRecord check(ImportFile.Line line) {
		String name = get(line, Field.NAME);
		if (name == null) {
			return CheckedRecord.rejected(Message.of("import.actor.name.missing"));
		}
		if (name.length() > NAME_LENGTH) {
			return CheckedRecord.rejected(Message.of("import.actor.name.tooLong", String.valueOf(NAME_LENGTH)));
		}
		String siret = get(line, Field.SIRET);
		siret = siret == null ? null : siret.replace(" ", "");
		if (siret != null && !Siret.isValid(siret)) {
			return CheckedRecord.rejected(Message.of("import.siret.invalid", siret));
		}
		String kindValue = get(line, Field.KIND);
		Optional<ActorKind> kind = kindValue == null ? Optional.of(ActorKind.COMPANY)
				: Optional.ofNullable(KINDS.get(ActorColumns.plain(kindValue)));
		if (kind.isEmpty()) {
			return CheckedRecord.rejected(Message.of("import.actor.kind.unknown", kindValue));
		}
		String sectorValue = get(line, Field.SECTOR);
		Optional<Sector> sector = sectorValue == null ? Optional.of(sectorOf(kind.get()))
				: Optional.ofNullable(SECTORS.get(ActorColumns.plain(sectorValue)));
		if (sector.isEmpty()) {
			return CheckedRecord.rejected(Message.of("import.actor.sector.unknown", sectorValue));
		}
		String trade = get(line, Field.NAF);
		if (trade != null) {
			Matcher naf = NAF_SUBCLASS.matcher(trade.replace(" ", "").toUpperCase(Locale.ROOT));
			if (!naf.matches() || !this.known.trade(naf.group(1) + "." + naf.group(2))) {
				return CheckedRecord.rejected(Message.of("import.naf.unknown", trade));
			}
			trade = naf.group(1) + "." + naf.group(2);
		}
		KnownPlaces.Named commune = commune(line);
		if (commune.reason() != null) {
			return CheckedRecord.rejected(commune.reason());
		}
		String website = get(line, Field.WEBSITE);
		if (website != null && (website.length() > WEBSITE_LENGTH || website.contains(" "))) {
			return CheckedRecord.rejected(Message.of("import.actor.website.invalid", website));
		}
		String description = get(line, Field.DESCRIPTION);
		if (description != null && description.length() > DESCRIPTION_LENGTH) {
			return CheckedRecord.rejected(Message.of("import.actor.description.tooLong",
					String.valueOf(DESCRIPTION_LENGTH)));
		}
		List<String> knowHow = knowHow(get(line, Field.KNOW_HOW));
		if (knowHow.size() > MAX_KNOW_HOW) {
			return CheckedRecord.rejected(Message.of("import.actor.knowHow.tooMany", String.valueOf(knowHow.size()),
					String.valueOf(MAX_KNOW_HOW)));
		}
		if (knowHow.stream().anyMatch(item -> item.length() > NAME_LENGTH)) {
			return CheckedRecord.rejected(Message.of("import.actor.knowHow.tooLong", String.valueOf(NAME_LENGTH)));
		}
		return CheckedRecord.accepted(new PublicRecord(siret, kind.get(), sector.get(), name, trade,
				commune.communeId(), true, null, null,
				KnownPlaces.point(get(line, Field.LATITUDE), get(line, Field.LONGITUDE)), website, description,
				knowHow));
	}

	/** By its INSEE code when the file gives one (in either column), else by its name and postal code. */
	private KnownPlaces.Named commune(ImportFile.Line line) {
		String code = get(line, Field.COMMUNE_CODE);
		String name = get(line, Field.COMMUNE);
		String postalCode = get(line, Field.POSTAL_CODE);
		if (code == null && name != null && COMMUNE_CODE.matcher(name).matches()) {
			code = name;
		}
		if (code != null) {
			String given = code;
			return this.known.communeOfCode(code)
				.map(KnownPlaces.Named::found)
				.orElseGet(() -> KnownPlaces.Named.none(Message.of("import.commune.unknown", given)));
		}
		if (name != null) {
			return this.known.communeNamed(name, postalCode);
		}
		return KnownPlaces.Named.none(postalCode != null ? Message.of("import.commune.postalCodeAlone", postalCode)
				: Message.of("import.actor.commune.missing"));
	}

	private String get(ImportFile.Line line, Field field) {
		return this.columns.get(line, field);
	}

	private static List<String> knowHow(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split("[;|\\n]")).map(String::strip).filter(item -> !item.isEmpty()).distinct()
					.toList();
	}

	/** The sector a kind of actor most often has, when the file says none. */
	private static Sector sectorOf(ActorKind kind) {
		return switch (kind) {
			case PUBLIC_BODY -> Sector.PUBLIC;
			case RESEARCH_LAB -> Sector.ACADEMIC;
			case ASSOCIATION, CLUSTER -> Sector.NON_PROFIT;
			default -> Sector.PRIVATE;
		};
	}

	private static <T extends Enum<T>> Map<String, T> words(Map<T, String> words) {
		return words.entrySet()
			.stream()
			.flatMap(entry -> Arrays.stream((entry.getKey().name().toLowerCase(Locale.ROOT).replace("_", "")
					+ " " + entry.getValue()).split(" ")).distinct().map(word -> Map.entry(word, entry.getKey())))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
	}

}
