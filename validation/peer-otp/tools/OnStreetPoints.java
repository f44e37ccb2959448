import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ruralaccess.network.Network;
import org.ruralaccess.network.store.NetworkStore;
import org.ruralaccess.network.street.StreetMode;
import org.ruralaccess.network.street.StreetSnap;

/**
 * Moves each point of an {@code id,lat,lon} CSV onto the engine's walk network, where the engine
 * snaps it (within 1,600 m, as the matrix does); points with no walkable way that near are left
 * out. Run with the JDK's source launcher on {@code engine/target/rae.jar}:
 *
 * <pre>java -cp engine/target/rae.jar validation/peer-otp/tools/OnStreetPoints.java NETWORK IN OUT
 * </pre>
 *
 * <p>Why: OpenTripPlanner joins an off-street point to its nearest street at no time, the engine
 * walks that part (docs/validation.md). Points already on a street take that one modelling choice
 * out of the peer check, as {@code rae export-gtfs} takes interpolation out; the sample as drawn
 * keeps it in.
 */
public class OnStreetPoints {

  public static void main(String[] args) throws IOException {
    Network network = NetworkStore.read(Path.of(args[0]));
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    List<String> out = new ArrayList<>();
    out.add("id,lat,lon");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      Optional<StreetSnap> snap =
          network
              .streets()
              .snap(Double.parseDouble(f[1]), Double.parseDouble(f[2]), StreetMode.WALK, 1600);
      snap.ifPresent(
          s -> out.add(String.format(Locale.ROOT, "%s,%.6f,%.6f", f[0], s.lat(), s.lon())));
    }
    Files.write(Path.of(args[2]), out);
  }
}
