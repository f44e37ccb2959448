package org.ruralaccess.model.zone;

import java.util.Optional;

/**
 * The ONS 2021 Rural Urban Classification of LSOAs (RUC21): six classes, from settlement form and
 * relative access to a major town or city (over 75,000 people). Codes, names and the urban/rural
 * flag as ONS publishes them (table "Rural Urban Classification (2021) of LSOAs in EW", columns
 * {@code RUC21CD}, {@code RUC21NM}, {@code Urban_rural_flag}).
 */
public enum Ruc21Class {
  UN1("Urban: Nearer to a major town or city", "urban"),
  UF1("Urban: Further from a major town or city", "urban"),
  RLN1("Larger rural: Nearer to a major town or city", "rural"),
  RLF1("Larger rural: Further from a major town or city", "rural"),
  RSN1("Smaller rural: Nearer to a major town or city", "rural"),
  RSF1("Smaller rural: Further from a major town or city", "rural");

  private final String onsName;
  private final String flag;

  Ruc21Class(String onsName, String flag) {
    this.onsName = onsName;
    this.flag = flag;
  }

  /** The code as published ({@code RUC21CD}). */
  public String code() {
    return name();
  }

  /** The name as published ({@code RUC21NM}). */
  public String onsName() {
    return onsName;
  }

  /** {@code urban} or {@code rural} ({@code Urban_rural_flag}, lower case). */
  public String flag() {
    return flag;
  }

  /** The class of a published code (case as published), or empty. */
  public static Optional<Ruc21Class> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Ruc21Class value : values()) {
      if (value.name().equals(code)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
