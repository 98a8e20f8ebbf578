package org.maillage.matchmaking;

/** What in an actor's profile meets a need. */
public enum EvidenceKind {

	CORE_TRADE, KNOW_HOW, EQUIPMENT, TOPIC_INTEREST, DESCRIPTION

}
