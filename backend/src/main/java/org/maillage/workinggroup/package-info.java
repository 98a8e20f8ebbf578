/**
 * Working groups and conglomerates that facilitators assemble around problems, with the consent of every actor
 * that takes part: a group moves only forward (proposed, forming, active, closed), and an actor takes part only
 * once one of its owners accepts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working groups")
package org.maillage.workinggroup;
