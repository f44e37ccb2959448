package org.ruralaccess.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.network.NetworkSummary;

/** {@code rae info}: what a network holds and what it was built from, ready to show as JSON. */
public final class NetworkDescription {

  private NetworkDescription() {}

  /** {@code {network: NetworkInfo, counts: {...}}}. */
  public static Map<String, Object> of(LoadedNetwork loaded) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("network", loaded.network().info());
    info.put("counts", NetworkSummary.counts(loaded.network()));
    return info;
  }
}
