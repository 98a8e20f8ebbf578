/**
 * Start-up diagnostics: what can make the service fail to start (a port taken, a data folder locked or unwritable,
 * a database unreachable, a malformed address) is checked before anything slow starts, and every start-up failure
 * is told in one line that says what is wrong and what to do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start-up checks")
package org.maillage.startup;
