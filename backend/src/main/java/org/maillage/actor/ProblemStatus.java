package org.maillage.actor;

public enum ProblemStatus {

	OPEN, SOLVED

}
