package org.ruralaccess.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ruralaccess.model.community.CommunityTransportRequest;

/** How a run used community transport, for run.json: {@code {enabled, rider, booking}}. */
final class CommunityTransportParameters {

  private CommunityTransportParameters() {}

  static Map<String, Object> of(CommunityTransportRequest request) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("enabled", request.enabled());
    parameters.put("rider", request.rider().label());
    parameters.put("booking", request.booking().label());
    return parameters;
  }
}
