package org.maillage.actor.persistence;

import java.time.Instant;

import org.maillage.actor.ActorKind;
import org.maillage.actor.Sector;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.types.GeographicPoint2d;

/**
 * An actor's own properties. Its links (commune, trades, items, topics) are maintained by {@link ActorGraph}
 * rather than mapped here, so that saving an actor never rewrites shared nodes such as communes and trades.
 */
@Node("Actor")
public class ActorNode {

	@Id
	private String id;

	@Version
	private Long version;

	private ActorKind kind;

	private Sector sector;

	private String name;

	private String description;

	private String website;

	private String siret;

	private GeographicPoint2d location;

	private Instant createdAt;

	private Instant updatedAt;

	/**
	 * When its owners or editors last said the profile is right (registering, editing it or its items, confirming it,
	 * a claim granted); null for a public-record profile nobody owns. Changes by the service itself (imports) leave it.
	 */
	private Instant confirmedAt;

	/** False once its establishment closed (SIRENE's administrative state F); unset means active. */
	private Boolean active;

	/** True for a profile imported from a public register that nobody has claimed yet. */
	private Boolean publicRecord;

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public Long getVersion() { return this.version; }
	public void setVersion(Long version) { this.version = version; }
	public ActorKind getKind() { return this.kind; }
	public void setKind(ActorKind kind) { this.kind = kind; }
	public Sector getSector() { return this.sector; }
	public void setSector(Sector sector) { this.sector = sector; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public String getWebsite() { return this.website; }
	public void setWebsite(String website) { this.website = website; }
	public String getSiret() { return this.siret; }
	public void setSiret(String siret) { this.siret = siret; }
	public GeographicPoint2d getLocation() { return this.location; }
	public void setLocation(GeographicPoint2d location) { this.location = location; }
	public Instant getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
	public boolean getActive() { return this.active == null || this.active; }
	public void setActive(boolean active) { this.active = active; }
	public boolean getPublicRecord() { return Boolean.TRUE.equals(this.publicRecord); }
	public void setPublicRecord(boolean publicRecord) { this.publicRecord = publicRecord; }
	public Instant getUpdatedAt() { return this.updatedAt; }
	public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
	public Instant getConfirmedAt() { return this.confirmedAt; }
	public void setConfirmedAt(Instant confirmedAt) { this.confirmedAt = confirmedAt; }

}
