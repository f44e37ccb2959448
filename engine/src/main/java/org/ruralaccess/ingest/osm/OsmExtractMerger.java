package org.ruralaccess.ingest.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ruralaccess.model.BadInputException;

/**
 * Several OpenStreetMap extracts (a county and its neighbours) as one file GraphHopper can import:
 * the extracts are read side by side with GraphHopper's own reader and merged in id order (nodes,
 * then ways, then relations, as every PBF from Geofabrik or osmium is sorted), an element present
 * in more than one extract written once, from the first extract named in region.yaml (Geofabrik's
 * neighbouring extracts overlap at the border with the same elements: ways crossing it are whole in
 * both). The result is OSM XML (which GraphHopper reads as well as PBF), so no PBF writer is
 * needed; the same extracts give the same bytes. Coordinates are written in Java's shortest
 * round-trip form, so GraphHopper reads back exactly the doubles it read from the PBF.
 */
public final class OsmExtractMerger {

  private static final List<ReaderElement.Type> ORDER =
      List.of(ReaderElement.Type.NODE, ReaderElement.Type.WAY, ReaderElement.Type.RELATION);

  /** What was merged, for the build report. */
  public record Merged(Path file, long elementsRead, long duplicatesDropped) {}

  private OsmExtractMerger() {}

  /**
   * Writes the union of {@code extracts} to {@code target} (an {@code .osm} file).
   *
   * @throws BadInputException naming the extract when one cannot be read or is not sorted by id
   */
  public static Merged merge(List<Path> extracts, Path target) {
    for (Path extract : extracts) {
      OsmFileCheck.check(extract);
    }
    List<Cursor> cursors = new ArrayList<>();
    long read = 0;
    long dropped = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("osm");
      xml.writeAttribute("version", "0.6");
      xml.writeAttribute("generator", "rae (merged extracts)");
      xml.writeCharacters("\n");
      for (Path extract : extracts) {
        cursors.add(new Cursor(extract));
      }
      while (true) {
        Cursor first = null;
        for (Cursor cursor : cursors) {
          if (cursor.current != null && (first == null || cursor.compareTo(first) < 0)) {
            first = cursor;
          }
        }
        if (first == null) {
          break;
        }
        ReaderElement element = first.current;
        write(xml, element);
        for (Cursor cursor : cursors) {
          if (cursor.current != null && cursor.compareTo(first) == 0 && cursor != first) {
            cursor.advance();
            dropped++;
            read++;
          }
        }
        first.advance();
        read++;
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the merged OSM file " + target, e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the merged OSM file " + target, e);
    } finally {
      cursors.forEach(Cursor::close);
    }
    return new Merged(target, read, dropped);
  }

  private static void write(XMLStreamWriter xml, ReaderElement element) throws XMLStreamException {
    switch (element) {
      case ReaderNode node -> {
        xml.writeStartElement("node");
        xml.writeAttribute("id", Long.toString(node.getId()));
        xml.writeAttribute("lat", Double.toString(node.getLat()));
        xml.writeAttribute("lon", Double.toString(node.getLon()));
        tags(xml, node);
        xml.writeEndElement();
      }
      case ReaderWay way -> {
        xml.writeStartElement("way");
        xml.writeAttribute("id", Long.toString(way.getId()));
        for (int i = 0; i < way.getNodes().size(); i++) {
          xml.writeEmptyElement("nd");
          xml.writeAttribute("ref", Long.toString(way.getNodes().get(i)));
        }
        tags(xml, way);
        xml.writeEndElement();
      }
      case ReaderRelation relation -> {
        xml.writeStartElement("relation");
        xml.writeAttribute("id", Long.toString(relation.getId()));
        for (ReaderRelation.Member member : relation.getMembers()) {
          xml.writeEmptyElement("member");
          xml.writeAttribute("type", member.getType().name().toLowerCase(java.util.Locale.ROOT));
          xml.writeAttribute("ref", Long.toString(member.getRef()));
          xml.writeAttribute("role", member.getRole() == null ? "" : member.getRole());
        }
        tags(xml, relation);
        xml.writeEndElement();
      }
      default -> {
        return;
      }
    }
    xml.writeCharacters("\n");
  }

  private static void tags(XMLStreamWriter xml, ReaderElement element) throws XMLStreamException {
    // sorted: a map's own order is not part of the data
    for (Map.Entry<String, Object> tag : new TreeMap<>(element.getTags()).entrySet()) {
      xml.writeEmptyElement("tag");
      xml.writeAttribute("k", tag.getKey());
      xml.writeAttribute("v", String.valueOf(tag.getValue()));
    }
  }

  /** One extract, read in order, its current element (null at the end). */
  private static final class Cursor {
    private final Path file;
    private final OSMInputFile input;
    private ReaderElement current;
    private int lastType = -1;
    private long lastId = Long.MIN_VALUE;

    Cursor(Path file) throws IOException {
      this.file = file;
      try {
        this.input = new OSMInputFile(file.toFile()).setWorkerThreads(1).open();
      } catch (XMLStreamException e) {
        throw new BadInputException(file + ": cannot be read as OpenStreetMap data", e);
      }
      advance();
    }

    void advance() {
      try {
        ReaderElement next;
        do {
          next = input.getNext();
        } while (next != null
            && (!ORDER.contains(next.getType())
                || (ORDER.indexOf(next.getType()) == lastType && next.getId() == lastId)));
        // an element repeated within one file (some filtered extracts have them) is read once
        current = next;
      } catch (XMLStreamException | RuntimeException e) {
        throw new BadInputException(
            file
                + ": cannot be read as OpenStreetMap data"
                + OsmStreetImporter.reason(e)
                + "; a download cut short or a damaged file? Download the extract again",
            e);
      }
      if (current != null) {
        int type = ORDER.indexOf(current.getType());
        if (type < lastType || (type == lastType && current.getId() < lastId)) {
          throw new BadInputException(
              file
                  + ": is not sorted by element type and id ("
                  + current.getType().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + current.getId()
                  + " comes after "
                  + ORDER.get(lastType).name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + lastId
                  + "); several extracts are merged in id order: sort it with `osmium sort`");
        }
        lastType = type;
        lastId = current.getId();
      }
    }

    int compareTo(Cursor other) {
      int byType =
          Integer.compare(ORDER.indexOf(current.getType()), ORDER.indexOf(other.current.getType()));
      return byType != 0 ? byType : Long.compare(current.getId(), other.current.getId());
    }

    void close() {
      try {
        input.close();
      } catch (IOException e) {
        // read only: nothing to lose
      }
    }
  }
}
