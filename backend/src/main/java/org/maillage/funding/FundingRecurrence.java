package org.maillage.funding;

/** How often a call comes back: aides-territoires' « Ponctuelle », « Récurrente », « Permanente ». */
public enum FundingRecurrence {

	ONE_OFF, RECURRING, PERMANENT

}
