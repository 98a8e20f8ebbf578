/**
 * The demo territory: a fictional ecosystem of actors in Moselle and Meurthe-et-Moselle (real communes and NAF
 * codes), loaded on the first start of the embedded database so that every query has something to show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo territory")
package org.maillage.demo;
