package org.maillage.actor.persistence;

import org.maillage.core.Visibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;

@Node(primaryLabel = "KnowHow", labels = "Item")
public class KnowHowNode implements ItemNode {

	@Id
	private String id;

	@Version
	private Long version;

	private String name;

	private String description;

	private Visibility visibility;

	@Override public String getId() { return this.id; }
	@Override public void setId(String id) { this.id = id; }
	@Override public Long getVersion() { return this.version; }
	@Override public void setVersion(Long version) { this.version = version; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	@Override public Visibility getVisibility() { return this.visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }

}
