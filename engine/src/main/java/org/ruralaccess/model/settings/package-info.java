/**
 * Settings with their defaults: {@link org.ruralaccess.model.settings.RoutingSettings} (region.yaml
 * {@code routing:}, stored in the network file, the basis of every request), {@link
 * org.ruralaccess.model.settings.RoutingOverrides} (what a user changes for one request; merged and
 * checked in one place) and {@link org.ruralaccess.model.settings.BuildSettings}.
 */
package org.ruralaccess.model.settings;
