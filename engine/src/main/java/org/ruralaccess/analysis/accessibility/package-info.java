/**
 * The computing behind {@code rae accessibility}: travel times per mode from every zone's origin to
 * every destination (distinct positions routed once) at the chosen percentile ({@link
 * org.ruralaccess.analysis.accessibility.AccessibilityAnalysis}), and for community transport the
 * transit times per rider group, shared between groups that may use the same schemes ({@link
 * org.ruralaccess.analysis.accessibility.RiderTransitTimes}), with their indicators.
 */
package org.ruralaccess.analysis.accessibility;
