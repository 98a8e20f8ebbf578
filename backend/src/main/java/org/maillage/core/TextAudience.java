package org.maillage.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who a full-text search is done for. Full-text scores depend on statistics of the whole index searched (how rare
 * a word is, how long texts are), so each audience searches indexes that hold exactly what it may see: actors, whose
 * profiles are public, and the items whose visibility admits the audience. Hidden text then cannot move a score, nor
 * take the place of a visible hit in a bounded lookup. An item carries one label per audience that may see it
 * ({@code PublicText}, {@code MembersText}, {@code FacilitatorsText}; for problems {@code PublicProblemText}…), kept in
 * step with its visibility by the actor feature; migration V0009 creates the indexes.
 */
public enum TextAudience {

	/** Public visitors: PUBLIC items. */
	PUBLIC("Public", "_public"),

	/** Signed-in people: PUBLIC and MEMBERS items. */
	MEMBERS("Members", "_members"),

	/** Facilitators and decision-makers: PUBLIC, MEMBERS and FACILITATORS items. */
	FACILITATORS("Facilitators", "_facilitators"),

	/** Administrators, and the lookup of a member's own actors' items: every item. */
	EVERYONE(null, "");

	private final String labelPrefix;

	private final String indexSuffix;

	TextAudience(String labelPrefix, String indexSuffix) {
		this.labelPrefix = labelPrefix;
		this.indexSuffix = indexSuffix;
	}

	/** The audience of a caller who may see these visibility levels on any actor's items. */
	public static TextAudience of(Set<Visibility> visibilities) {
		if (visibilities.contains(Visibility.PRIVATE)) {
			return EVERYONE;
		}
		if (visibilities.contains(Visibility.FACILITATORS)) {
			return FACILITATORS;
		}
		return visibilities.contains(Visibility.MEMBERS) ? MEMBERS : PUBLIC;
	}

	/** The audiences that may see an item of this visibility (not EVERYONE, whose indexes hold every item). */
	public static List<TextAudience> thatSee(Visibility visibility) {
		return switch (visibility) {
			case PUBLIC -> List.of(PUBLIC, MEMBERS, FACILITATORS);
			case MEMBERS -> List.of(MEMBERS, FACILITATORS);
			case FACILITATORS -> List.of(FACILITATORS);
			case PRIVATE -> List.of();
		};
	}

	/** The audiences with labels of their own. */
	public static Set<TextAudience> labelled() {
		return EnumSet.of(PUBLIC, MEMBERS, FACILITATORS);
	}

	/** The index of actors, know-how and equipment this audience searches. */
	public String directoryIndex() {
		return "directory_text" + this.indexSuffix;
	}

	/**
	 * The index of directory entries this audience searches: the fields of {@link #levels()} only (migration V0010).
	 */
	public String entryIndex() {
		return "directory_entry" + (this == EVERYONE ? "_everyone" : this.indexSuffix);
	}

	/** The visibility levels of items this audience sees on any actor. */
	public List<Visibility> levels() {
		return switch (this) {
			case PUBLIC -> List.of(Visibility.PUBLIC);
			case MEMBERS -> List.of(Visibility.PUBLIC, Visibility.MEMBERS);
			case FACILITATORS -> List.of(Visibility.PUBLIC, Visibility.MEMBERS, Visibility.FACILITATORS);
			case EVERYONE -> List.of(Visibility.values());
		};
	}

	/** The index of problems this audience searches. */
	public String problemIndex() {
		return "problem_text" + this.indexSuffix;
	}

	/** The label marking an item this audience may see, for items of a family ({@code Text}, {@code ProblemText}). */
	public String label(String family) {
		if (this.labelPrefix == null) {
			throw new IllegalStateException("Every item is in the indexes of everyone: no label marks it");
		}
		return this.labelPrefix + family;
	}

}
