package org.maillage.actor.persistence;

import java.time.Instant;

import org.maillage.actor.ProblemCategory;
import org.maillage.actor.ProblemStatus;
import org.maillage.core.Visibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;

@Node(primaryLabel = "Problem", labels = "Item")
public class ProblemNode implements ItemNode {

	@Id
	private String id;

	@Version
	private Long version;

	private String title;

	private String description;

	private ProblemCategory category;

	private ProblemStatus status;

	private Instant createdAt;

	private Visibility visibility;

	@Override public String getId() { return this.id; }
	@Override public void setId(String id) { this.id = id; }
	@Override public Long getVersion() { return this.version; }
	@Override public void setVersion(Long version) { this.version = version; }
	public String getTitle() { return this.title; }
	public void setTitle(String title) { this.title = title; }
	public String getDescription() { return this.description; }
	public void setDescription(String description) { this.description = description; }
	public ProblemCategory getCategory() { return this.category; }
	public void setCategory(ProblemCategory category) { this.category = category; }
	public ProblemStatus getStatus() { return this.status; }
	public void setStatus(ProblemStatus status) { this.status = status; }
	public Instant getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
	@Override public Visibility getVisibility() { return this.visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }

}
