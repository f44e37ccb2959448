package org.ruralaccess.scenario;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.network.transit.TransitNetwork;

/** Withdraws community transport schemes by id. */
public record RemoveSchemes(int line, List<Reference> schemes) implements SchemeModification {

  @Override
  public void resolve(TransitNetwork transit, CommunityTransport baseline, List<String> errors) {
    schemes.forEach(scheme -> SchemeIds.resolve(scheme, baseline, errors));
  }

  @Override
  public CommunityTransport apply(CommunityTransport current, TransitNetwork transit) {
    Set<String> ids =
        schemes.stream()
            .flatMap(scheme -> scheme.match(SchemeIds.of(current)).stream())
            .collect(Collectors.toSet());
    return new CommunityTransport(
        current.schemes().stream().filter(scheme -> !ids.contains(scheme.id())).toList());
  }
}
