package org.maillage.workspace;

/** Where a task stands; any status may follow any other (a task is reopened, a cancelled one taken up again). */
public enum TaskStatus {

	TODO, IN_PROGRESS, DONE, CANCELLED

}
