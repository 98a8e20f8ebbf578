package org.maillage.taxonomy;

/** The five levels of NAF rev. 2, from the broadest. */
public enum TradeLevel {

	SECTION, DIVISION, GROUP, CLASS, SUBCLASS

}
