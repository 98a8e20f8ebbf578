package org.maillage.actor.persistence;

import org.maillage.actor.ContactKind;
import org.maillage.core.Visibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Node;

@Node(primaryLabel = "ContactPoint", labels = "Item")
public class ContactPointNode implements ItemNode {

	@Id
	private String id;

	@Version
	private Long version;

	private ContactKind kind;

	private String label;

	private String value;

	private Visibility visibility;

	/** Null on contact points written before consent existed: no consent. */
	private Boolean consentsToContact;

	@Override public String getId() { return this.id; }
	@Override public void setId(String id) { this.id = id; }
	@Override public Long getVersion() { return this.version; }
	@Override public void setVersion(Long version) { this.version = version; }
	public ContactKind getKind() { return this.kind; }
	public void setKind(ContactKind kind) { this.kind = kind; }
	public String getLabel() { return this.label; }
	public void setLabel(String label) { this.label = label; }
	public String getValue() { return this.value; }
	public void setValue(String value) { this.value = value; }
	@Override public Visibility getVisibility() { return this.visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public boolean isConsentsToContact() { return Boolean.TRUE.equals(this.consentsToContact); }
	public void setConsentsToContact(boolean consentsToContact) { this.consentsToContact = consentsToContact; }

}
