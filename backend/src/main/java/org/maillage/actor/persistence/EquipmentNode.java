package org.maillage.actor.persistence;

import org.maillage.actor.EquipmentCategory;
import org.maillage.core.Visibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;

@Node(primaryLabel = "Equipment", labels = "Item")
public class EquipmentNode implements ItemNode {

	@Id
	private String id;

	@Version
	private Long version;

	private String name;

	private EquipmentCategory category;

	private String description;

	private String capacity;

	private String sharingTerms;

	private Boolean shared;

	private Visibility visibility;

	@Override public String getId() { return this.id; }
	@Override public void setId(String id) { this.id = id; }
	@Override public Long getVersion() { return this.version; }
	@Override public void setVersion(Long version) { this.version = version; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public EquipmentCategory getCategory() { return this.category; }
	public void setCategory(EquipmentCategory category) { this.category = category; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public String getCapacity() { return this.capacity; }
	public void setCapacity(String capacity) { this.capacity = capacity; }
	public String getSharingTerms() { return this.sharingTerms; }
	public void setSharingTerms(String sharingTerms) { this.sharingTerms = sharingTerms; }
	public Boolean getShared() { return this.shared; }
	public void setShared(Boolean shared) { this.shared = shared; }
	@Override public Visibility getVisibility() { return this.visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }

}
