package org.maillage.actor.persistence;

import org.maillage.core.Visibility;

/** What every item node (know-how, equipment, problem, contact point) has: identity, version, visibility. */
public interface ItemNode {

	String getId();

	void setId(String id);

	Long getVersion();

	void setVersion(Long version);

	Visibility getVisibility();

}
