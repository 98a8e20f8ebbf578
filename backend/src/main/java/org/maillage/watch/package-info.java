/**
 * The watch: people subscribe to topics, trades, territories, value chains and saved searches, and receive the events
 * about them that they may see, as a feed, live, and as an e-mail digest (docs/watch.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watch")
package org.maillage.watch;
