// Before writes were serialised per actor (WriteLocks), deleting an actor while items were being added to it could
// leave items (and their needs) linked to no actor, and invitations to no actor: invisible to everyone and never
// cleaned. Delete what such races left behind; they cannot happen any more.
MATCH (item:Item) WHERE NOT EXISTS { (:Actor)-[:HAS_KNOW_HOW|HAS_EQUIPMENT|FACES|HAS_CONTACT_POINT]->(item) }
OPTIONAL MATCH (item)-[:HAS_NEED]->(need:Need)
DETACH DELETE need, item;
MATCH (invitation:Invitation) WHERE NOT EXISTS { (invitation)-[:TO_JOIN]->(:Actor) }
DETACH DELETE invitation;
