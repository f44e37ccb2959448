package org.ruralaccess.network.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ruralaccess.ingest.community.FlexFeedReader;
import org.ruralaccess.ingest.community.SchemeFileReader;
import org.ruralaccess.ingest.region.CommunityTransportConfig;
import org.ruralaccess.model.BadInputException;
import org.ruralaccess.model.community.CommunityTransport;
import org.ruralaccess.model.community.Scheme;
import org.ruralaccess.model.issue.ImportIssues;
import org.ruralaccess.network.transit.TransitNetwork;

/**
 * Reads a region's GTFS-Flex feeds and scheme files into the network's {@link CommunityTransport}:
 * flex problems go to the build's issues, scheme-file stops given by GTFS stop id are placed at
 * their timetable stop ({@link SchemeStopResolver}), and a scheme id used by two sources is a user
 * error (ids are what outputs and scenarios refer to).
 */
final class CommunityTransportBuilder {

  private CommunityTransportBuilder() {}

  static CommunityTransport build(
      CommunityTransportConfig config, TransitNetwork transit, ImportIssues issues) {
    List<Scheme> schemes = new ArrayList<>();
    for (CommunityTransportConfig.FlexFeedConfig feed : config.flexFeeds()) {
      schemes.addAll(FlexFeedReader.read(feed.path(), feed.id(), issues));
    }
    SchemeStopResolver resolver = new SchemeStopResolver(transit);
    for (Path file : config.schemeFiles()) {
      schemes.addAll(resolver.resolve(SchemeFileReader.read(file), file));
    }
    checkUniqueIds(schemes);
    return new CommunityTransport(schemes);
  }

  private static void checkUniqueIds(List<Scheme> schemes) {
    Map<String, String> sourceById = new TreeMap<>();
    for (Scheme scheme : schemes) {
      String other = sourceById.putIfAbsent(scheme.id(), scheme.sourceFile());
      if (other != null) {
        throw new BadInputException(
            scheme.sourceFile()
                + ": scheme id '"
                + scheme.id()
                + "' is also used by "
                + other
                + "; give the scheme file (its top-level 'id') or the flex feed another id");
      }
    }
  }
}
