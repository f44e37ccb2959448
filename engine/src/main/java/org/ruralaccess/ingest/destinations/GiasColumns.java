package org.ruralaccess.ingest.destinations;

import java.nio.file.Path;
import java.util.List;
import org.ruralaccess.model.BadInputException;

/**
 * Where the fields of a GIAS establishments file are, found by header name. Two layouts are read:
 * DfE's published extract ({@code edubasealldataYYYYMMDD.csv}, "Establishment fields CSV": {@code
 * URN}, {@code LA (code)}, {@code EstablishmentName}, {@code TypeOfEstablishment (name)}, {@code
 * EstablishmentStatus (name)}, {@code PhaseOfEducation (name)}, {@code Easting}, {@code Northing},
 * {@code Postcode}, ...) and the converted lower-case layout ({@code urn}, {@code la_code}, {@code
 * establishment_name}, {@code establishment_type}, {@code education_phase}, {@code easting}, {@code
 * latitude}, ...) that holds open establishments only. A missing column is -1 when optional.
 */
record GiasColumns(
    boolean published,
    int urn,
    int laCode,
    int name,
    int type,
    int typeGroup,
    int status,
    int phase,
    int easting,
    int northing,
    int latitude,
    int longitude,
    int postcode,
    int count) {

  static GiasColumns of(Path file, List<String> header) {
    boolean published = indexOf(header, "URN") >= 0 && indexOf(header, "EstablishmentName") >= 0;
    boolean converted = indexOf(header, "urn") >= 0 && indexOf(header, "establishment_name") >= 0;
    if (!published && !converted) {
      throw BadInputException.at(
          file.toString(),
          1,
          null,
          "not a GIAS establishments file: expected the published header (URN, LA (code),"
              + " EstablishmentName, TypeOfEstablishment (name), PhaseOfEducation (name), ...) or"
              + " the converted one (urn, la_code, establishment_name, establishment_type,"
              + " education_phase, ...); found: "
              + abbreviate(String.join(",", header)));
    }
    if (published) {
      return new GiasColumns(
          true,
          required(file, header, "URN"),
          required(file, header, "LA (code)"),
          required(file, header, "EstablishmentName"),
          required(file, header, "TypeOfEstablishment (name)"),
          indexOf(header, "EstablishmentTypeGroup (name)"),
          indexOf(header, "EstablishmentStatus (name)"),
          required(file, header, "PhaseOfEducation (name)"),
          indexOf(header, "Easting"),
          indexOf(header, "Northing"),
          -1,
          -1,
          indexOf(header, "Postcode"),
          header.size());
    }
    return new GiasColumns(
        false,
        required(file, header, "urn"),
        required(file, header, "la_code"),
        required(file, header, "establishment_name"),
        required(file, header, "establishment_type"),
        indexOf(header, "establishment_type_group"),
        indexOf(header, "establishment_status"),
        required(file, header, "education_phase"),
        indexOf(header, "easting"),
        indexOf(header, "northing"),
        indexOf(header, "latitude"),
        indexOf(header, "longitude"),
        indexOf(header, "postcode"),
        header.size());
  }

  /** The cell, trimmed, or "" when the column is absent. */
  static String cell(List<String> fields, int column) {
    return column < 0 ? "" : fields.get(column).trim();
  }

  private static int required(Path file, List<String> header, String name) {
    int column = indexOf(header, name);
    if (column < 0) {
      throw BadInputException.at(
          file.toString(),
          1,
          name,
          "missing column '" + name + "' in this GIAS establishments file");
    }
    return column;
  }

  private static int indexOf(List<String> header, String name) {
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).trim().equals(name)) { // case matters: URN is published, urn converted
        return c;
      }
    }
    return -1;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
