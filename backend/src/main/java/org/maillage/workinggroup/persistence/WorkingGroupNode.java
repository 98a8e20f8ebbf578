package org.maillage.workinggroup.persistence;

import java.time.Instant;

import org.maillage.core.Visibility;
import org.maillage.workinggroup.WorkingGroupKind;
import org.maillage.workinggroup.WorkingGroupStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A group's own properties. Its links (the problems it works on, its participants) are written by
 * {@link WorkingGroupGraph} rather than mapped here, so that saving a group never rewrites problems or actors.
 */
@Node("WorkingGroup")
public class WorkingGroupNode {

	@Id
	private String id;

	@Version
	private Long version;

	private WorkingGroupKind kind;

	private String name;

	private String purpose;

	private WorkingGroupStatus status;

	private Visibility visibility;

	private String valueChainId;

	private String createdBy;

	private String createdBySubject;

	private Instant createdAt;

	private Instant updatedAt;

	public String getId() { return this.id; }
	public void setId(String id) { this.id = id; }
	public Long getVersion() { return this.version; }
	public void setVersion(Long version) { this.version = version; }
	public WorkingGroupKind getKind() { return this.kind; }
	public void setKind(WorkingGroupKind kind) { this.kind = kind; }
	public String getName() { return this.name; }
	public void setName(String name) { this.name = name; }
	public String getPurpose() { return this.purpose; }
	public void setPurpose(String purpose) { this.purpose = purpose; }
	public WorkingGroupStatus getStatus() { return this.status; }
	public void setStatus(WorkingGroupStatus status) { this.status = status; }
	public Visibility getVisibility() { return this.visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public String getValueChainId() { return this.valueChainId; }
	public void setValueChainId(String valueChainId) { this.valueChainId = valueChainId; }
	public String getCreatedBy() { return this.createdBy; }
	public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
	public String getCreatedBySubject() { return this.createdBySubject; }
	public void setCreatedBySubject(String createdBySubject) { this.createdBySubject = createdBySubject; }
	public Instant getCreatedAt() { return this.createdAt; }
	public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
	public Instant getUpdatedAt() { return this.updatedAt; }
	public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }

}
