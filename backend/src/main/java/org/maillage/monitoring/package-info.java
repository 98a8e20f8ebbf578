/**
 * What the service tells its operators about itself: per-operation latency histograms and error counts by
 * classification for the GraphQL API, and the database driver's pool and transaction metrics, exposed for Prometheus
 * on the management port (see docs/operations.md, "Metrics").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.maillage.monitoring;
